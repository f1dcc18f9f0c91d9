package io.cwsync.benchmarks;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.scheduler.db.ClusteredScheduler;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 11's figures: many tenants polled on an interval by three cluster nodes ({@link ClusteredScheduler} on
 * db-scheduler) over one embedded PostgreSQL, after every tenant's first pass, when nothing changes in ConnectWise
 * (idle polls). The nodes are threads of this JVM, each with its own coordinator, scheduler, worker threads and
 * store-jdbc stores over the shared database; the simulator runs in a child JVM ({@link SimulatorProcess}), so this
 * JVM's CPU time is the nodes' alone (PostgreSQL's is not included). Every tenant has one pull flow of companies over
 * the same one-company data set.
 *
 * <p>Prints, for the steady phase: idle polls, CPU per idle poll (this JVM's process CPU time, which includes
 * db-scheduler's polling and heartbeats and the client's HTTP work) split into the HTTP part and the rest, and by
 * thread (the JVM's own JIT and GC threads are the process CPU the Java threads do not account for), database round
 * trips per idle poll (statements, commits, rollbacks: {@link CountingConnectionPool}), ConnectWise requests per idle
 * poll (the simulator's journal), and
 * schedule lag p50/p99/max (a pass's start minus the end of the tenant's previous pass plus the interval: how late
 * the cluster ran a due tenant). The steady phase starts one interval after the first passes began, when the second
 * round is under way.
 *
 * <p>The HTTP part is calibrated in the same run: once the nodes have stopped, as many bare {@link ConnectWiseClient}
 * requests as the steady phase sent, of the same shape (the incremental page: {@code lastUpdated >= [watermark -
 * overlap]}, ordered by {@code lastUpdated, id}, 1,000 per page, the one company decoded), through clients the
 * coordinator's standard {@link ClientFactory} builds, from as many threads as the nodes had, against the same
 * simulator. Their CPU per request times the requests per poll is the HTTP part; the rest (goal under 1 ms) is
 * scheduler, engine and store work.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests -Dcwsync.publish.skip=true
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ClusteredSchedulingBenchmark \
 *     [tenants=10000] [interval seconds=120] [steady seconds=interval] [nodes=3] [threads per node=4] [round=2]
 * # issue 11's figures: 15-minute interval, the second round measured (about 18 minutes each)
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ClusteredSchedulingBenchmark 10000 900 180
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ClusteredSchedulingBenchmark 1000 900 180
 * </pre>
 */
public final class ClusteredSchedulingBenchmark {

  private ClusteredSchedulingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Duration interval = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120);
    Duration steady = args.length > 2 ? Duration.ofSeconds(Long.parseLong(args[2])) : interval;
    int nodes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    // Which round of passes the steady phase measures: the second by default; a later one once the JIT has settled.
    int round = args.length > 5 ? Integer.parseInt(args[5]) : 2;
    PrintStream out = System.out;

    Process simProcess = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), SimulatorProcess.class.getName(), "1", "0", "0")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader simOut = new BufferedReader(new InputStreamReader(simProcess.getInputStream(),
        StandardCharsets.UTF_8));
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
    String sim = baseUrl;
    List<ClusteredScheduler> schedulers = new ArrayList<>();
    List<SyncCoordinator> coordinators = new ArrayList<>();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
        .setServerConfig("max_connections", "300").start()) {
      // Bounded under max_connections (300); the nodes' threads never hold that many at once.
      CountingConnectionPool ds = CountingConnectionPool.of(pg.getPostgresDatabase(), 280);
      JdbcStores stores = JdbcStores.create(ds);
      stores.migrate();
      ClusteredScheduler.migrate(ds);

      Map<TenantId, Long> lastFinish = new ConcurrentHashMap<>();
      Map<TenantId, Boolean> firstDone = new ConcurrentHashMap<>();
      List<Long> lagsMs = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicLong polls = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      boolean[] measuring = {false};
      long intervalNanos = interval.toNanos();
      for (int n = 0; n < nodes; n++) {
        SyncCoordinator c = stores.applyTo(SyncCoordinator.builder())
            .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim, "bench", "public", "private",
                "bench")))
            .adapters((t, type) -> Optional.of(FingerprintHost.of(EntityType.COMPANY)))
            .rules(CompanyContactRules.create())
            .nodeId("node-" + n)
            .build();
        coordinators.add(c);
        schedulers.add(ClusteredScheduler.builder()
            .dataSource(ds)
            .coordinator(c)
            .tenants(id -> Optional.of(tenant(id, interval)))
            .threads(threads)
            .onPass(report -> {
              long now = System.nanoTime();
              Long prev = lastFinish.put(report.tenant(), now);
              if (!report.successful()) {
                failed.incrementAndGet();
              }
              if (firstDone.putIfAbsent(report.tenant(), Boolean.TRUE) == null || !measuring[0]) {
                return;
              }
              polls.incrementAndGet();
              long started = now - Duration.between(report.startedAt(), report.finishedAt()).toNanos();
              if (prev != null) {
                lagsMs.add(Math.max(0, (started - (prev + intervalNanos)) / 1_000_000));
              }
            })
            .build());
      }
      long t0 = System.nanoTime();
      for (int i = 0; i < tenants; i++) {
        schedulers.get(0).schedule(TenantId.of("t" + i), interval);
      }
      out.printf(Locale.ROOT, "scheduled %,d tenants in %.1f s%n", tenants, (System.nanoTime() - t0) / 1e9);
      schedulers.forEach(ClusteredScheduler::start);
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (firstDone.size() < tenants) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("first passes not done within 30 minutes: " + firstDone.size());
        }
        Thread.sleep(200);
      }
      out.printf(Locale.ROOT, "first pass of every tenant done in %.1f s%n", (System.nanoTime() - t0) / 1e9);

      // Steady phase: unchanged tenants polled every interval, from when the measured round begins (a tenant is due
      // one interval after its previous pass ended).
      long measuredRound = t0 + (round - 1) * intervalNanos;
      if (System.nanoTime() < measuredRound) {
        Thread.sleep((measuredRound - System.nanoTime()) / 1_000_000);
      }
      journal(simProcess, simOut);
      ds.takeRoundTrips();
      Map<Long, Long> threads0 = threadCpu();
      long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
      long gc0 = gcMillis();
      long cpu0 = cpuNanos();
      measuring[0] = true;
      long s0 = System.nanoTime();
      Thread.sleep(steady.toMillis());
      measuring[0] = false;
      long cpu = cpuNanos() - cpu0;
      Map<String, Long> byThread = cpuByThreadGroup(threads0, threadCpu());
      long jitMs = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
      long gcMs = gcMillis() - gc0;
      double seconds = (System.nanoTime() - s0) / 1e9;
      Map<String, Long> byStatement = ds.roundTripsByStatement();
      long roundTrips = ds.takeRoundTrips();
      Map<String, Long> byEndpoint = journal(simProcess, simOut);
      long requests = byEndpoint.values().stream().mapToLong(Long::longValue).sum();
      long p = polls.get();
      List<Long> lags = new ArrayList<>(lagsMs);
      lags.sort(null);
      out.printf(Locale.ROOT, "%n%,d tenants on %d nodes x %d threads, interval %s, steady phase %.0f s from round"
          + " %d%n", tenants, nodes, threads, interval, seconds, round);
      out.printf(Locale.ROOT, "idle polls: %,d (%.1f per second), failed passes: %d%n", p, p / seconds,
          failed.get());
      out.printf(Locale.ROOT, "CPU per idle poll (nodes' JVM, all threads): %.2f ms (goal < 1 ms besides the HTTP"
          + " request); %.0f%% of one core%n", cpu / 1e6 / p, 100.0 * cpu / 1e9 / seconds);
      out.printf(Locale.ROOT, "database round trips per idle poll: %.1f%n", (double) roundTrips / p);
      out.printf(Locale.ROOT, "ConnectWise requests per idle poll: %.2f %s%n", (double) requests / p, byEndpoint);
      out.printf(Locale.ROOT, "schedule lag: p50 %d ms, p99 %d ms, max %d ms (goal p99 < 5 s), over %,d passes%n",
          pct(lags, 0.50), pct(lags, 0.99), lags.isEmpty() ? 0 : lags.get(lags.size() - 1), lags.size());
      // Calibration: the HTTP part of an idle poll, measured on bare client requests once the nodes have stopped.
      schedulers.forEach(ClusteredScheduler::close);
      ConnectionSettings settings = ConnectionSettings.onPremise(sim, "bench", "public", "private", "bench");
      List<ConnectWiseClient> clients = new ArrayList<>();
      for (int i = 0; i < Math.min(tenants, 1000); i++) {
        clients.add(ClientFactory.standard().create(tenant(TenantId.of("t" + i), interval), settings));
      }
      ConnectWiseRecord one = clients.get(0).service(Resources.COMPANIES).list(Query.builder().pageSize(1).build())
          .items().get(0);
      Query idlePage = Query.builder().conditions(Condition.field("lastUpdated")
              .ge(one.info().lastUpdated().minus(Duration.ofMinutes(10))))
          .orderByAsc("lastUpdated").orderByAsc("id").pageSize(1000).build();
      int calls = (int) Math.max(1000, requests);
      calibrate(clients, idlePage, Math.min(calls, 2000), nodes * threads); // warm-up
      journal(simProcess, simOut);
      long cal0 = cpuNanos();
      calibrate(clients, idlePage, calls, nodes * threads);
      double httpMs = (cpuNanos() - cal0) / 1e6 / calls;
      Map<String, Long> calJournal = journal(simProcess, simOut);
      double totalMs = cpu / 1e6 / p;
      double httpPerPoll = httpMs * requests / p;
      out.printf(Locale.ROOT, "CPU per idle poll: total %.2f ms = HTTP %.2f ms (%.2f requests x %.3f ms, calibrated"
          + " on %,d bare client requests of the same shape: %s) + rest %.2f ms (goal < 1 ms)%n", totalMs,
          httpPerPoll, (double) requests / p, httpMs, calls, calJournal, totalMs - httpPerPoll);
      long javaThreads = byThread.values().stream().mapToLong(Long::longValue).sum();
      byThread.put("JVM (JIT compiler, GC: process CPU minus Java threads)", cpu - javaThreads);
      out.println("CPU per idle poll by thread (names without digits):");
      byThread.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.printf(Locale.ROOT, "  %8.3f ms  %s%n", e.getValue() / 1e6 / p, e.getKey()));
      out.printf(Locale.ROOT, "  (JVM: JIT compilation %d ms, GC pauses and cycles %d ms in the phase, wall time)%n",
          jitMs, gcMs);
      out.println("round trips by statement:");
      byStatement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
          .forEach(e -> out.printf(Locale.ROOT, "  %8.2f  %s%n", (double) e.getValue() / p, e.getKey()));
      // Stop the nodes while the database still runs.
      schedulers.forEach(ClusteredScheduler::close);
      coordinators.forEach(SyncCoordinator::close);
    } finally {
      schedulers.forEach(ClusteredScheduler::close);
      coordinators.forEach(SyncCoordinator::close);
      simProcess.getOutputStream().close();
      simProcess.waitFor();
    }
  }

  /** Sends {@code calls} requests of {@code query} round-robin over {@code clients} from {@code threads} threads. */
  private static void calibrate(List<ConnectWiseClient> clients, Query query, int calls, int threads)
      throws InterruptedException {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
            if (clients.get(i % clients.size()).service(Resources.COMPANIES).list(query).items().size() != 1) {
              throw new IllegalStateException("the idle page should hold the one company");
            }
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(10, java.util.concurrent.TimeUnit.MINUTES);
      }
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("calibration failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Tenant tenant(TenantId id, Duration interval) {
    return Tenant.builder(id).flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
        .interval(interval).build()).build();
  }

  /** CPU time of every live Java thread, by id. */
  private static Map<Long, Long> threadCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> out = new java.util.HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t >= 0) {
        out.put(id, t);
      }
    }
    return out;
  }

  /** The CPU each group of threads (their names without digits) used between two {@link #threadCpu()} readings. */
  private static Map<String, Long> cpuByThreadGroup(Map<Long, Long> before, Map<Long, Long> after) {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new java.util.TreeMap<>();
    after.forEach((id, t) -> {
      java.lang.management.ThreadInfo info = mx.getThreadInfo(id);
      String name = info == null ? "(ended)" : info.getThreadName().replaceAll("[0-9]+", "N");
      out.merge(name, t - before.getOrDefault(id, 0L), Long::sum);
    });
    return out;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long pct(List<Long> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  /** Asks the simulator process for its journal counts since the last call. */
  private static Map<String, Long> journal(Process sim, BufferedReader out) throws java.io.IOException {
    sim.getOutputStream().write("journal\n".getBytes(StandardCharsets.UTF_8));
    sim.getOutputStream().flush();
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String line = out.readLine(); line != null && !line.equals("END"); line = out.readLine()) {
      if (line.startsWith("COUNT ")) {
        int last = line.lastIndexOf(' ');
        counts.put(line.substring(6, last), Long.parseLong(line.substring(last + 1)));
      }
    }
    return counts;
  }
}
