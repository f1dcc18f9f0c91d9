package io.cwsync.benchmarks;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * One coordinator pass over a simulated tenant of 50,000 companies and 150,000 contacts with a latency per request,
 * then a second pass over the unchanged tenant. Prints requests against the paging minimum, the coordinator JVM's
 * peak heap and the duration of each pass.
 *
 * <p>Owned by core-bench: this is the issue 4 coordinator benchmark ("Figures"), measuring HTTP requests of a first
 * full pass against the paging minimum, the coordinator's peak heap during that pass, and requests per stream on a
 * second pass over the unchanged tenant. Changes to it go through core-bench.
 *
 * <p>The simulator runs in a child JVM ({@link SimulatorProcess}) so the heap figure is the coordinator's (plus the
 * in-memory stores and a lean host); run this JVM with {@code -Xmx256m} to prove the bound.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package} then
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.CoordinatorPassBenchmark
 * [companies] [contacts] [latencyMs]} (defaults 50000 150000 100).
 */
public final class CoordinatorPassBenchmark {

  private CoordinatorPassBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args companies, contacts, latency in milliseconds
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    int companies = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 100;
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process sim = new ProcessBuilder(java.toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        SimulatorProcess.class.getName(), Integer.toString(companies), Integer.toString(contacts),
        Long.toString(latency)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
      String line;
      String baseUrl = null;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("READY ")) {
          baseUrl = line.substring(6);
          break;
        }
      }
      if (baseUrl == null) {
        throw new IllegalStateException("simulator did not start");
      }
      run(baseUrl, companies, contacts, latency);
    } finally {
      sim.getOutputStream().close();
      sim.waitFor();
    }
  }

  private static void run(String baseUrl, int companies, int contacts, long latency) {
    AtomicLong requests = new AtomicLong();
    OkHttpClient ok = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      requests.incrementAndGet();
      return chain.proceed(chain.request());
    }).build();
    LeanHost companyHost = new LeanHost();
    LeanHost contactHost = new LeanHost();
    Flow companyFlow = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build();
    Flow contactFlow = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies")
        .build();
    Tenant tenant = Tenant.builder(TenantId.of("bench")).flow(companyFlow).flow(contactFlow)
        .rateBudget(new RateBudget(100_000, 1)).build();
    SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(new ConnectionSettings(baseUrl, null, "bench", "public", "private",
            "benchmark")))
        .clientFactory((t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
            .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).okHttpClient(ok)
            .noRateLimit().build())
        .inMemoryStores()
        // Audit and history go to the host's database in production; counting sinks keep them off this heap.
        .auditLog(new CountingAudit())
        .historyStore(new CountingHistory())
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companyHost, EntityType.CONTACT, contactHost)))
        .rules(new LeanRules())
        .build();

    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    SyncReport first = coordinator.runPass(tenant);
    long firstMs = (System.nanoTime() - t0) / 1_000_000;
    long firstRequests = requests.getAndSet(0);
    long peak = peakHeap();
    System.gc();
    long retained = usedHeap();
    long t1 = System.nanoTime();
    SyncReport second = coordinator.runPass(tenant);
    long secondMs = (System.nanoTime() - t1) / 1_000_000;
    long secondRequests = requests.get();

    // Paging needs n / 1000 full pages and, unless the server marks the last full page as last, one short page.
    long minimum = ceilDiv(companies, 1000) + ceilDiv(contacts, 1000);
    System.out.printf("tenant: %,d companies, %,d contacts, latency %d ms per request%n", companies, contacts,
        latency);
    for (StreamReport r : first.streams()) {
      System.out.printf("  first pass %s %s: %s, read %,d, pages %d, total %,d, creates %,d%n", r.flowId(),
          r.direction(), r.status(), r.recordsRead(), r.pages(), r.total(),
          r.count(io.cwsync.core.spi.SyncAction.CREATE));
    }
    System.out.printf("first pass: %,d requests (paging minimum %,d, +%.2f%%), %,d ms, peak heap %,d MB, "
        + "retained after GC %,d MB (links, cursors, lean host), max heap %,d MB%n", firstRequests, minimum,
        100.0 * (firstRequests - minimum) / minimum, firstMs, peak / (1024 * 1024), retained / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.printf("second pass (unchanged tenant): %,d requests for %d streams, %,d ms, writes %d%n",
        secondRequests, second.streams().size(), secondMs, second.writes());
    System.out.printf("host: %,d companies, %,d contacts stored%n", companyHost.size(), contactHost.size());
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** A host that keeps one compact fingerprint per record, like a host persisting to its own database. */
  static final class LeanHost implements HostAdapter {
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    int size() {
      return stored.size();
    }

    @Override
    public EntityType entityType() {
      return EntityType.COMPANY;
    }

    @Override
    public HostChanges changesSince(@Nullable String cursor, int limit) {
      return new HostChanges(List.of(), cursor, false);
    }

    @Override
    public Optional<HostRecord> find(String hostId) {
      return Optional.empty();
    }

    @Override
    public String create(HostRecord record) {
      String id = Integer.toString(ids.incrementAndGet());
      stored.put(id, record.fields().hashCode());
      return id;
    }

    @Override
    public void update(HostRecord record) {
      stored.put(record.hostId(), record.fields().hashCode());
    }
  }

  /** Maps a few fields of companies and contacts, with the contact's company as a host reference. */
  static final class LeanRules implements SyncRules {
    @Override
    public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
      return Optional.empty();
    }

    @Override
    public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
      return Scope.IN_SCOPE;
    }

    @Override
    public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
        MappingContext ctx) {
      HostRecord.Builder b = HostRecord.builder(flow.entityType(), existing == null ? null : existing.hostId());
      if (record instanceof Company c) {
        put(b, "code", c.identifier());
        put(b, "name", c.name());
        put(b, "city", c.city());
      } else if (record instanceof Contact c) {
        put(b, "firstName", c.firstName());
        put(b, "lastName", c.lastName());
        if (c.company() != null && c.company().id() != null) {
          ctx.hostId(EntityType.COMPANY, c.company().id()).ifPresent(h ->
              b.field("company", new HostRef(EntityType.COMPANY, h)));
        }
      }
      return b.build();
    }

    private static void put(HostRecord.Builder b, String field, @Nullable Object value) {
      if (value != null) {
        b.field(field, value);
      }
    }

    @Override
    public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
      return Scope.OUT_OF_SCOPE;
    }

    @Override
    public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
        MappingContext ctx) {
      throw new UnsupportedOperationException("pull-only benchmark");
    }
  }

  /** Counts audit entries, as a stand-in for the host's audit table. */
  static final class CountingAudit implements io.cwsync.core.spi.AuditLog {
    final AtomicLong entries = new AtomicLong();

    @Override
    public void append(io.cwsync.core.spi.AuditEntry entry) {
      entries.incrementAndGet();
    }

    @Override
    public List<io.cwsync.core.spi.AuditEntry> query(io.cwsync.core.spi.AuditQuery query) {
      return List.of();
    }
  }

  /** Counts history steps, as a stand-in for the host's history table. */
  static final class CountingHistory implements io.cwsync.core.spi.HistoryStore {
    final AtomicLong steps = new AtomicLong();

    @Override
    public io.cwsync.core.spi.HistoryEntry append(io.cwsync.core.spi.HistoryEntry entry) {
      return entry.withSequence(steps.incrementAndGet());
    }

    @Override
    public List<io.cwsync.core.spi.HistoryEntry> forHostRecord(TenantId tenant, EntityType type, String hostId,
        int limit) {
      return List.of();
    }

    @Override
    public List<io.cwsync.core.spi.HistoryEntry> forCwRecord(TenantId tenant, EntityType type, long cwId,
        int limit) {
      return List.of();
    }
  }
}
