package io.cwsync.benchmarks;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.ClientFactory;
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
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.cwsync.testkit.simulator.SimulatorTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * cwsync's side of {@link PeerComparisonBenchmark}, in its own JVM so that CPU and RSS are the client's alone: pulls
 * every company and contact through {@code listAll} from the simulator's HTTPS base URL, {@code passes} times.
 * Arguments: base URL, passes, mode ({@code sequential}: one stream after the other; {@code parallel}: both streams
 * at once on two threads; {@code coordinator}: a fresh {@code SyncCoordinator}'s first pass, pulling companies and
 * then contacts into lean hosts, with the default budget of one request at a time; {@code ranged}: the same pass
 * under a budget of several requests in flight, so each stream's initial pull reads id ranges concurrently, with the
 * lean rules' {@code fields=}; {@code ranged-jdbc}: the same pass on store-jdbc, as in production, over the
 * PostgreSQL at the JDBC URL in the system property {@value #JDBC_URL}), page size, and for {@code ranged} and
 * {@code ranged-jdbc} the budget's requests per minute and in-flight limit.
 *
 * <p>Prints the same lines as the peer's script: {@code PASS <n> records=<r> wallMs=<ms> cpuMs=<process CPU since
 * the JVM started>} per pass (so pass 1 includes JVM start and JIT compilation: the cold figure), then
 * {@code HWM kb=<VmHWM>}; {@code ranged-jdbc} then {@code POSTGRES hwmKb=<sum> pssKb=<sum> processes=<n>
 * sharedBuffers=<setting>} for the database's processes (see {@link Postgres#peak}). It reads a line from standard
 * input before each pass. The client is built with its defaults (rate limit 1,000 a minute, burst 20) plus trust in
 * the simulator's test CA.
 */
public final class PeerPullProcess {

  /** The system property naming the database of {@code ranged-jdbc} (a JDBC URL with the user). */
  static final String JDBC_URL = "cwsync.peer.jdbcUrl";
  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+)");

  private PeerPullProcess() {
  }

  /**
   * Runs the passes.
   *
   * @param args base URL, passes, mode, page size
   * @throws Exception if a pull fails
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int passes = Integer.parseInt(args[1]);
    String mode = args[2];
    boolean parallel = mode.equals("parallel");
    boolean jdbc = mode.equals("ranged-jdbc");
    boolean ranged = mode.equals("ranged") || jdbc;
    int pageSize = Integer.parseInt(args[3]);
    RateBudget budget = ranged
        ? new RateBudget(Integer.parseInt(args[4]), Integer.parseInt(args[5])) : RateBudget.DEFAULT;
    OkHttpClient ok = new OkHttpClient.Builder()
        .sslSocketFactory(SimulatorTls.sslSocketFactory(), SimulatorTls.trustManager()).build();
    ConnectWiseClient cw = ConnectWiseClient.builder().okHttpClient(ok).baseUrl(baseUrl).companyId("bench")
        .publicKey("public").privateKey("private").clientId("peer-comparison").pageSize(pageSize).build();
    Query all = Query.builder().pageSize(pageSize).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Postgres pg = jdbc ? new Postgres(System.getProperty(JDBC_URL)) : null;
    try {
      for (int pass = 1; pass <= passes; pass++) {
        // A fresh schema per pass, migrated before the pass as a host's deployment does: every pass is an initial
        // pull.
        UnaryOperator<SyncCoordinator.Builder> stores = pg != null ? pg.freshStores(pass)
            : b -> b.inMemoryStores()
                // Audit and history go to the host's tables in production: counting sinks keep them off this heap.
                .auditLog(new CoordinatorPassBenchmark.CountingAudit())
                .historyStore(new CoordinatorPassBenchmark.CountingHistory());
        // The benchmark counts the simulator's requests between passes, then says go.
        if (go.readLine() == null) {
          return;
        }
        long start = System.nanoTime();
        long records;
        if (mode.equals("coordinator") || ranged) {
          records = coordinatorPull(baseUrl, ok, ranged, budget, pageSize, stores);
        } else if (parallel) {
          CompletableFuture<Long> companies = CompletableFuture.supplyAsync(
              () -> count(cw.companies().listAll(all)), pool);
          CompletableFuture<Long> contacts = CompletableFuture.supplyAsync(
              () -> count(cw.contacts().listAll(all)), pool);
          records = companies.join() + contacts.join();
        } else {
          records = count(cw.companies().listAll(all)) + count(cw.contacts().listAll(all));
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("PASS %d records=%d wallMs=%.1f cpuMs=%.1f%n", pass, records, wallMs, processCpuMs());
        System.out.flush();
        if (pg != null) {
          pg.dropStores(pass);
        }
      }
      System.out.println("HWM kb=" + hwmKb());
      if (pg != null) {
        System.out.println(pg.peak());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A full pull of companies then contacts (contacts depend on companies) by a fresh coordinator with empty stores
   * ({@code stores}: core's in-memory ones, audit and history to counting sinks as in
   * {@link CoordinatorPassBenchmark}; or store-jdbc on a fresh schema) into testkit's {@link FingerprintHost}s, so each
   * pass is an initial pull, not an incremental one. The rules are
   * {@link MappedFieldsRules}: only the fields they map are read ({@code fields=}). {@code ranged}: the client is
   * {@link ClientFactory#standard}'s, so the tenant's budget is the client's token bucket (burst: a second's worth)
   * and in-flight limit, as in production. Otherwise the tenant has the default budget (one request at a time: the
   * sequential scan) and the client its own defaults, as this row was first measured.
   */
  private static long coordinatorPull(String baseUrl, OkHttpClient ok, boolean ranged, RateBudget budget,
      int pageSize, UnaryOperator<SyncCoordinator.Builder> stores) {
    FingerprintHost companies = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contacts = FingerprintHost.of(EntityType.CONTACT);
    Tenant tenant = Tenant.builder(TenantId.of("bench"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build())
        .flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies").build())
        .rateBudget(budget)
        .build();
    SyncCoordinator coordinator = stores.apply(SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(baseUrl, "bench", "public", "private",
            "peer-comparison")))
        .clientFactory(ranged ? ClientFactory.standard((t, b) -> b.okHttpClient(ok))
            : (t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
                .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).okHttpClient(ok).build())
        .pageSize(pageSize)
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
        .rules(new MappedFieldsRules()))
        .build();
    SyncReport report;
    try {
      report = coordinator.runPass(tenant);
    } finally {
      coordinator.close();
    }
    for (StreamReport r : report.streams()) {
      if (r.error() != null) {
        throw new IllegalStateException("stream " + r.flowId() + " " + r.direction() + " failed: " + r.error());
      }
    }
    return companies.size() + contacts.size();
  }

  private static long count(Iterable<?> records) {
    long n = 0;
    for (Object ignored : records) {
      n++;
    }
    return n;
  }

  static double processCpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e6;
  }

  /** Peak resident set size of this process in KB ({@code VmHWM}), or -1 where {@code /proc} is absent. */
  static long hwmKb() {
    try {
      Matcher m = HWM.matcher(Files.readString(Path.of("/proc/self/status")));
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The production configuration's stores for {@code ranged-jdbc}: store-jdbc (all six stores, audit and history
   * included) on a PostgreSQL the benchmark started for this client ({@link PeerComparisonBenchmark#startPostgres}),
   * reached through a pool of {@value #POOL_SIZE} connections as a host's {@code DataSource} would be.
   */
  static final class Postgres {
    /** A host's pool size (HikariCP's default): enough for 8 ranges in flight plus the pass's own statements. */
    static final int POOL_SIZE = 10;
    private static final Pattern PSS = Pattern.compile("(?m)^Pss:\\s+(\\d+)");

    private final CountingConnectionPool pool;

    Postgres(@Nullable String jdbcUrl) {
      if (jdbcUrl == null || jdbcUrl.isBlank()) {
        throw new IllegalArgumentException("ranged-jdbc needs the database's JDBC URL in -D" + JDBC_URL);
      }
      this.pool = CountingConnectionPool.ofUrl(jdbcUrl, POOL_SIZE);
    }

    /** store-jdbc on a new schema for {@code pass}, migrated. */
    UnaryOperator<SyncCoordinator.Builder> freshStores(int pass) {
      JdbcStores stores = JdbcStores.builder(pool).schema(schema(pass)).build();
      stores.migrate();
      return stores::applyTo;
    }

    /** Drops the schema of {@code pass}, so the next pass's database is as small as the first's. */
    void dropStores(int pass) throws SQLException {
      try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema(pass) + " CASCADE");
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
    }

    private static String schema(int pass) {
      return "peer_pass" + pass;
    }

    /**
     * The database's processes (the postmaster and its children: the pool's backends, checkpointer, writers,
     * launchers) and their memory: {@code hwmKb} sums each one's peak resident set ({@code VmHWM}), which counts the
     * shared buffers once in every process that touched them, so it overstates what the machine spends;
     * {@code pssKb} sums their proportional set size now ({@code Pss} in {@code smaps_rollup}: shared pages divided
     * among the processes sharing them), a fair figure but not a peak. Backends that have exited (short-lived
     * autovacuum workers) are not counted.
     */
    String peak() throws SQLException {
      long backend;
      String sharedBuffers;
      try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
        try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), current_setting('shared_buffers')")) {
          rs.next();
          backend = rs.getLong(1);
          sharedBuffers = rs.getString(2);
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
      ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow(
          () -> new IllegalStateException("no postmaster above backend " + backend));
      List<ProcessHandle> processes = new ArrayList<>();
      processes.add(postmaster);
      postmaster.children().forEach(processes::add);
      long hwm = 0;
      long pss = 0;
      for (ProcessHandle p : processes) {
        hwm += Math.max(0, statusKb(p.pid(), HWM));
        pss += Math.max(0, rollupKb(p.pid()));
      }
      return "POSTGRES hwmKb=" + hwm + " pssKb=" + pss + " processes=" + processes.size() + " sharedBuffers="
          + sharedBuffers;
    }

    private static long statusKb(long pid, Pattern field) {
      try {
        Matcher m = field.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
      } catch (IOException e) {
        return -1;
      }
    }

    private static long rollupKb(long pid) {
      try {
        Matcher m = PSS.matcher(Files.readString(Path.of("/proc/" + pid + "/smaps_rollup")));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
      } catch (IOException e) {
        return -1;
      }
    }
  }
}
