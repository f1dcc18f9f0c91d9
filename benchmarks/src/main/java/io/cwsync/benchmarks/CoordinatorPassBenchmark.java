package io.cwsync.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * One coordinator pass over a simulated tenant of 50,000 companies and 150,000 contacts with a latency per request,
 * then a second pass over the unchanged tenant. Prints requests against the paging minimum, the coordinator's heap
 * during the first pass and the requests per stream of the second pass.
 *
 * <p>Owned by core-bench: this is the issue 4 coordinator benchmark ("Figures"), measuring HTTP requests of a first
 * full pass against the paging minimum, the coordinator's peak heap during that pass, and requests per stream on a
 * second pass over the unchanged tenant. Changes to it go through core-bench.
 *
 * <p>Requests are counted by the simulator's {@code RequestJournal} (the server's view) and cross-checked by an
 * OkHttp network interceptor (the client's view). The minimum is, per stream, {@code ceil(count / 1000)} page
 * requests plus the one {@code GET .../count} the coordinator makes on a full pull for its progress total.
 *
 * <p>Two simulator placements ({@code --simulator=}):
 * <ul>
 *   <li>{@code inprocess} (default): the simulator runs in this JVM. The heap figure is the delta over a baseline
 *       taken after the tenant is loaded and a full GC; a background thread samples used heap every 10 ms and a GC
 *       listener records heap in use after every collection. The delta still includes the simulator's own
 *       per-request garbage and its per-query result cache, so it is an upper bound for the coordinator.
 *   <li>{@code child}: the simulator runs in a child JVM ({@link SimulatorProcess}), so this JVM's heap is the
 *       coordinator's alone (plus the in-memory stores and a lean host); run it with {@code -Xmx256m} to prove the
 *       bound by completing.
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package} then
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.CoordinatorPassBenchmark
 * [--companies=50000] [--contacts=150000] [--latency-ms=30] [--simulator=inprocess|child]
 * [--audit-history=host|memory]}.
 *
 * <p>{@code --audit-history=host} (default) sends audit entries and history steps to counting sinks, standing in for
 * the host's database tables where production keeps them; {@code memory} keeps them in core's in-memory stores
 * (bounded per tenant and per record, but about 0.3 KB a synchronized record here). Links, cursors, retries and
 * leases are core's in-memory stores either way.
 */
public final class CoordinatorPassBenchmark {

  private static final int PAGE_SIZE = 1000;
  private static final long MB = 1024 * 1024;

  private CoordinatorPassBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --companies=N --contacts=N --latency-ms=N --simulator=inprocess|child}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    BenchmarkArgs a = BenchmarkArgs.parse(args,
        "--companies=N --contacts=N --latency-ms=N --simulator=inprocess|child --audit-history=host|memory");
    int companies = a.intValue("companies", 50_000);
    int contacts = a.intValue("contacts", 150_000);
    long latency = a.longValue("latency-ms", 30);
    boolean child = a.choice("simulator", "inprocess", "inprocess", "child").equals("child");
    boolean memoryAudit = a.choice("audit-history", "host", "host", "memory").equals("memory");
    a.done();
    System.out.printf("tenant: %,d companies, %,d contacts; latency %d ms per request; simulator %s; audit and "
        + "history %s; max heap %,d MB%n", companies, contacts, latency, child ? "in a child JVM" : "in this JVM",
        memoryAudit ? "in memory" : "to host sinks", Runtime.getRuntime().maxMemory() / MB);
    final boolean keepAudit = memoryAudit;
    if (child) {
      runWithChild(companies, contacts, latency, keepAudit);
    } else {
      long t0 = System.nanoTime();
      ConnectWiseSimulator sim = SimulatorProcess.start(companies, contacts, latency);
      try {
        System.out.printf("simulator loaded in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
        run(sim.baseUrl(), companies, contacts, keepAudit, () -> {
          Map<String, Long> counts = sim.journal().countsByEndpoint();
          sim.journal().reset();
          return counts;
        });
      } finally {
        sim.close();
      }
    }
  }

  private static void runWithChild(int companies, int contacts, long latency, boolean memoryAudit)
      throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process sim = new ProcessBuilder(java.toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        SimulatorProcess.class.getName(), Integer.toString(companies), Integer.toString(contacts),
        Long.toString(latency)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
      PrintStream in = new PrintStream(sim.getOutputStream(), true, StandardCharsets.UTF_8);
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
      run(baseUrl, companies, contacts, memoryAudit, () -> {
        in.println("journal");
        Map<String, Long> counts = new TreeMap<>();
        try {
          String l;
          while ((l = out.readLine()) != null && !l.equals("END")) {
            if (l.startsWith("COUNT ")) {
              int sp = l.lastIndexOf(' ');
              counts.put(l.substring(6, sp), Long.parseLong(l.substring(sp + 1)));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return counts;
      });
    } finally {
      sim.getOutputStream().close();
      sim.waitFor();
    }
  }

  private static void run(String baseUrl, int companies, int contacts, boolean memoryAudit,
      Supplier<Map<String, Long>> journal) {
    AtomicLong requests = new AtomicLong();
    OkHttpClient ok = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      requests.incrementAndGet();
      return chain.proceed(chain.request());
    }).build();
    FingerprintHost companyHost = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contactHost = FingerprintHost.of(EntityType.CONTACT);
    Flow companyFlow = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build();
    Flow contactFlow = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies")
        .build();
    Tenant tenant = Tenant.builder(TenantId.of("bench")).flow(companyFlow).flow(contactFlow)
        .rateBudget(new RateBudget(100_000, 1)).build();
    SyncCoordinator.Builder builder = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(baseUrl, "bench", "public", "private",
            "benchmark")))
        .clientFactory((t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
            .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).okHttpClient(ok)
            .noRateLimit().build())
        .inMemoryStores()
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companyHost, EntityType.CONTACT, contactHost)))
        .rules(CompanyContactRules.create());
    if (!memoryAudit) {
      // Audit and history go to the host's database in production; counting sinks keep them off this heap.
      builder.auditLog(new CountingAudit()).historyStore(new CountingHistory());
    }
    SyncCoordinator coordinator = builder.build();
    journal.get(); // drop anything before the pass

    System.gc();
    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    HeapSampler sampler = HeapSampler.start();
    long t0 = System.nanoTime();
    SyncReport first = coordinator.runPass(tenant);
    long firstMs = (System.nanoTime() - t0) / 1_000_000;
    sampler.stop();
    long firstClient = requests.getAndSet(0);
    Map<String, Long> firstServer = journal.get();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    long t1 = System.nanoTime();
    SyncReport second = coordinator.runPass(tenant);
    long secondMs = (System.nanoTime() - t1) / 1_000_000;
    long secondClient = requests.get();
    Map<String, Long> secondServer = journal.get();

    long companyPages = ceilDiv(companies, PAGE_SIZE);
    long contactPages = ceilDiv(contacts, PAGE_SIZE);
    long minimum = companyPages + contactPages + 2;
    long firstTotal = sum(firstServer);
    System.out.println();
    System.out.println("first pass (full pull):");
    for (StreamReport r : first.streams()) {
      System.out.printf("  stream %s %s: %s, read %,d, pages %d, total %,d, creates %,d%s%n", r.flowId(),
          r.direction(), r.status(), r.recordsRead(), r.pages(), r.total(), r.count(SyncAction.CREATE),
          r.error() == null ? "" : ", error " + r.error());
    }
    firstServer.forEach((k, v) -> System.out.printf("  server saw %-40s %,6d%n", k, v));
    System.out.printf("  requests: %,d (server journal), %,d (client interceptor)%n", firstTotal, firstClient);
    System.out.printf("  minimum: %,d = %d company pages + %d contact pages (ceil(n/%d)) + 2 /count (one per stream)%n",
        minimum, companyPages, contactPages, PAGE_SIZE);
    System.out.printf("  over minimum: %+d (%+.2f%%; goal within 2%%)%n", firstTotal - minimum,
        100.0 * (firstTotal - minimum) / minimum);
    System.out.printf("  duration: %,d ms%n", firstMs);
    System.out.printf("  heap: baseline %,d MB after GC before the pass%n", baseline / MB);
    System.out.printf("  heap: peak used (sampled every 10 ms, garbage included) %,d MB, delta %+,d MB%n",
        sampler.peakUsed() / MB, (sampler.peakUsed() - baseline) / MB);
    System.out.printf("  heap: max in use after a GC during the pass %,d MB, delta %+,d MB (%d GCs seen)%n",
        sampler.peakAfterGc() / MB, (sampler.peakAfterGc() - baseline) / MB, sampler.gcs());
    System.out.printf("  heap: after the pass and a full GC %,d MB, delta %+,d MB (stores + host kept)%n",
        retained / MB, (retained - baseline) / MB);
    System.out.println();
    System.out.println("second pass (unchanged tenant):");
    for (StreamReport r : second.streams()) {
      System.out.printf("  stream %s %s: %s, read %,d, pages %d, writes %,d%n", r.flowId(), r.direction(),
          r.status(), r.recordsRead(), r.pages(), r.count(SyncAction.CREATE) + r.count(SyncAction.UPDATE));
    }
    secondServer.forEach((k, v) -> System.out.printf("  server saw %-40s %,6d%n", k, v));
    System.out.printf("  requests: %,d (server journal), %,d (client interceptor) for %d streams: %.2f per stream "
        + "(goal <= 1)%n", sum(secondServer), secondClient, second.streams().size(),
        (double) sum(secondServer) / second.streams().size());
    System.out.printf("  duration: %,d ms, writes %d%n", secondMs, second.writes());
    System.out.printf("host: %,d companies, %,d contacts stored%n", companyHost.size(), contactHost.size());
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Samples used heap on a daemon thread and records heap in use after every GC, until stopped. */
  static final class HeapSampler {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicInteger gcs = new AtomicInteger();
    private final List<Runnable> unregister = new ArrayList<>();
    private volatile boolean running = true;
    private @Nullable Thread thread;

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          NotificationListener l = (n, hb) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
              GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                  (CompositeData) n.getUserData());
              long used = 0;
              for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                used += u.getUsed();
              }
              // Non-heap pools (metaspace, code cache) are in this map too; subtract them.
              for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
                if (u != null && p.getType() == MemoryType.NON_HEAP) {
                  used -= u.getUsed();
                }
              }
              s.gcs.incrementAndGet();
              s.peakAfterGc.accumulateAndGet(used, Math::max);
            }
          };
          emitter.addNotificationListener(l, null, null);
          s.unregister.add(() -> {
            try {
              emitter.removeNotificationListener(l);
            } catch (ListenerNotFoundException e) {
              // Already gone.
            }
          });
        }
      }
      Thread t = new Thread(() -> {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        while (s.running) {
          s.peakUsed.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      t.setDaemon(true);
      t.start();
      s.thread = t;
      return s;
    }

    void stop() {
      running = false;
      Thread t = thread;
      if (t != null) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      unregister.forEach(Runnable::run);
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakAfterGc() {
      return peakAfterGc.get();
    }

    int gcs() {
      return gcs.get();
    }
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * The old name of testkit's {@link FingerprintHost} (a company host), kept while other branches still use it.
   *
   * @deprecated use {@code FingerprintHost.of(type)}
   */
  @Deprecated
  static final class LeanHost extends FingerprintHost {
    LeanHost() {
      super(EntityType.COMPANY);
    }
  }

  /**
   * The old name of testkit's {@link CompanyContactRules}, kept while other branches still use it.
   *
   * @deprecated use {@code CompanyContactRules.create()}
   */
  @Deprecated
  static final class LeanRules extends CompanyContactRules {
  }

  /** Counts audit entries, as a stand-in for the host's audit table. */
  static final class CountingAudit implements AuditLog {
    final AtomicLong entries = new AtomicLong();

    @Override
    public void append(AuditEntry entry) {
      entries.incrementAndGet();
    }

    @Override
    public List<AuditEntry> query(AuditQuery query) {
      return List.of();
    }
  }

  /** Counts history steps, as a stand-in for the host's history table. */
  static final class CountingHistory implements HistoryStore {
    final AtomicLong steps = new AtomicLong();

    @Override
    public HistoryEntry append(HistoryEntry entry) {
      return entry.withSequence(steps.incrementAndGet());
    }

    @Override
    public List<HistoryEntry> forHostRecord(TenantId tenant, EntityType type, String hostId, int limit) {
      return List.of();
    }

    @Override
    public List<HistoryEntry> forCwRecord(TenantId tenant, EntityType type, long cwId, int limit) {
      return List.of();
    }
  }
}
