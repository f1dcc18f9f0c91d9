package io.cwsync.benchmarks;

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
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The coordinator's initial pull of a simulated tenant (50,000 companies and 150,000 contacts: 200,000 records) twice
 * in one JVM against one simulator: first with core's in-memory stores, then with store-jdbc on an embedded
 * PostgreSQL. Prints each pass's wall time, their ratio (goal: JDBC at most 1.3 times memory), the database round
 * trips per 1,000-record page (statements, batches, commits, counted by {@link CountingConnectionPool}) and the heap.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package} then
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.JdbcStoresBenchmark
 * [--companies=50000] [--contacts=150000] [--latency-ms=0] [--simulator=child|inprocess] [--stores=both|jdbc]}
 * ({@code --stores=jdbc} skips the memory pass, e.g. to run store-jdbc alone under {@code -Xmx256m}). By default
 * the simulator runs in a child JVM ({@link SimulatorProcess}), so this JVM's heap holds the coordinator, its
 * stores and a lean host only (the memory stores keep every link, audit entry and history step on it; store-jdbc
 * keeps a page).
 *
 * <p>PostgreSQL runs with {@code fsync=off} as tests do: the benchmark measures the stores' round trips and
 * statements, not the disk; with fsync on, each commit adds a flush, which is why a page commits once.
 */
public final class JdbcStoresBenchmark {

  private static final long MB = 1024 * 1024;

  private JdbcStoresBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --companies=N --contacts=N --latency-ms=N}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    BenchmarkArgs a = BenchmarkArgs.parse(args,
        "--companies=N --contacts=N --latency-ms=N --stores=both|jdbc --simulator=child|inprocess");
    int companies = a.intValue("companies", 50_000);
    int contacts = a.intValue("contacts", 150_000);
    long latency = a.longValue("latency-ms", 0);
    boolean memoryToo = a.choice("stores", "both", "both", "jdbc").equals("both");
    boolean child = a.choice("simulator", "child", "inprocess", "child").equals("child");
    a.done();
    Simulator sim = child ? Simulator.child(companies, contacts, latency)
        : Simulator.inProcess(SimulatorProcess.start(companies, contacts, latency));
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start()) {
      // Bounded under PostgreSQL's default max_connections (100); one pull holds a few at once.
      CountingConnectionPool ds = CountingConnectionPool.of(pg.getPostgresDatabase(), 90);
      JdbcStores stores = JdbcStores.create(ds);
      stores.migrate();

      // Warm-up on a small tenant, so neither measured pass pays class loading and JIT alone.
      ConnectWiseSimulator small = SimulatorProcess.start(3_000, 3_000, 0);
      try {
        pass(small.baseUrl(), "warmup_memory", b -> b.inMemoryStores());
        pass(small.baseUrl(), "warmup_jdbc", stores::applyTo);
      } finally {
        small.close();
      }
      small = null;
      ds.takeRoundTrips();

      Result memory = memoryToo ? pass(sim.baseUrl(), "memory", b -> b.inMemoryStores()) : null;
      ds.takeRoundTrips();
      Result jdbc = pass(sim.baseUrl(), "jdbc", stores::applyTo);
      Map<String, Long> byStatement = ds.roundTripsByStatement();
      long roundTrips = ds.takeRoundTrips();

      System.out.println();
      System.out.printf("records: %,d companies + %,d contacts, page size 1,000, simulator latency %d ms, "
          + "simulator %s, max heap %,d MB%n", companies, contacts, latency, child ? "in a child JVM" : "in this JVM",
          Runtime.getRuntime().maxMemory() / MB);
      if (memory != null) {
        memory.print("memory stores");
      }
      jdbc.print("store-jdbc on embedded PostgreSQL " + pgVersion(ds));
      System.out.printf("  round trips: %,d for %,d pages = %.1f per page (%.2f per record)%n", roundTrips,
          jdbc.pages, (double) roundTrips / jdbc.pages, (double) roundTrips / jdbc.read);
      byStatement.forEach((sql, n) -> System.out.printf("    %,9d  %s%n", n, sql));
      if (memory != null) {
        System.out.printf("ratio jdbc / memory wall time: %.2f (goal <= 1.3)%n", (double) jdbc.ms / memory.ms);
      }
    } finally {
      sim.close();
    }
  }

  /** The simulator under test: in this JVM, or in a child JVM so that this heap is the coordinator's alone. */
  private record Simulator(String baseUrl, AutoCloseable closer) {
    static Simulator inProcess(ConnectWiseSimulator sim) {
      return new Simulator(sim.baseUrl(), sim::close);
    }

    static Simulator child(int companies, int contacts, long latency) throws java.io.IOException {
      java.nio.file.Path javaBin = java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(javaBin.toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
          SimulatorProcess.class.getName(), Integer.toString(companies), Integer.toString(contacts),
          Long.toString(latency)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("READY ")) {
          return new Simulator(line.substring(6), () -> {
            p.getOutputStream().close();
            p.waitFor();
          });
        }
      }
      throw new IllegalStateException("the simulator process did not start");
    }

    void close() throws Exception {
      closer.close();
    }
  }

  private static String pgVersion(CountingConnectionPool ds) {
    try (var c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "?";
    }
  }

  private record Result(long ms, long read, long pages, long creates, long heapDeltaMb) {
    void print(String name) {
      System.out.printf("%s: %,d ms, read %,d, creates %,d, pages %,d, peak heap over baseline %+,d MB%n", name, ms,
          read, creates, pages, heapDeltaMb);
    }
  }

  private static Result pass(String baseUrl, String tenantName,
      UnaryOperator<SyncCoordinator.Builder> stores) {
    FingerprintHost companyHost = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contactHost = FingerprintHost.of(EntityType.CONTACT);
    Flow companyFlow = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build();
    Flow contactFlow = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies")
        .build();
    Tenant tenant = Tenant.builder(TenantId.of(tenantName)).flow(companyFlow).flow(contactFlow)
        .rateBudget(new RateBudget(100_000, 1)).build();
    SyncCoordinator.Builder builder = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(new ConnectionSettings(baseUrl, null, "bench", "public",
            "private", "benchmark")))
        .clientFactory((t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
            .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).noRateLimit().build())
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companyHost, EntityType.CONTACT, contactHost)))
        .rules(CompanyContactRules.create());
    SyncCoordinator coordinator = stores.apply(builder).build();
    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    CoordinatorPassBenchmark.HeapSampler sampler = CoordinatorPassBenchmark.HeapSampler.start();
    long t0 = System.nanoTime();
    SyncReport report = coordinator.runPass(tenant);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    sampler.stop();
    long read = 0;
    long pages = 0;
    long creates = 0;
    for (StreamReport r : report.streams()) {
      read += r.recordsRead();
      pages += r.pages();
      creates += r.count(SyncAction.CREATE);
      if (r.error() != null) {
        throw new IllegalStateException(tenantName + ": stream " + r.flowId() + " failed: " + r.error());
      }
    }
    return new Result(ms, read, pages, creates, (sampler.peakUsed() - baseline) / MB);
  }

}
