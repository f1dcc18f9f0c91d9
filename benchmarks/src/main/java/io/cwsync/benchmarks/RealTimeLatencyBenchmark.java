package io.cwsync.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cwsync.connectwise.InvalidCallbackException;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.CallbackSettings;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14, real time: one tenant (1,000 companies, flow {@code companies} in both directions) on the simulator with
 * latency added to every request, a started coordinator with managed callbacks and a loopback endpoint that hands
 * deliveries to {@code acceptCallback}. Prints, after a warm-up round:
 * <ul>
 *   <li>host change to ConnectWise write: a host edit, {@code onHostChange}, until the simulator holds the new value
 *   (goal p99 &lt; 1 s at 50 ms latency);</li>
 *   <li>ConnectWise change to host write: a UI edit in the simulator, its callback delivered, verified, re-read and
 *   applied, until the host's {@code update} sees the value (goal p99 &lt; 5 s);</li>
 *   <li>requests a scheduled pass of the unchanged tenant sends, without and with callbacks, and the check's
 *   share.</li>
 * </ul>
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.RealTimeLatencyBenchmark \
 *     [changes=200] [latencyMs=50] [paceMs=250] [requestsPerMinute=1000]
 * </pre>
 */
public final class RealTimeLatencyBenchmark {

  private static final String COMPANIES = "company/companies";
  private static final int COMPANY_COUNT = 1_000;

  private static int pace;
  private static int latency;

  private RealTimeLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    latency = latencyMs;
    // One change every pace ms each way: 3 requests per host change (re-read, PATCH, the echo's re-read) stay
    // inside the budget below, as a host's users' edits do; back to back, the budget would set the latency.
    pace = args.length > 2 ? Integer.parseInt(args[2]) : 250;
    int requestsPerMinute = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    SimulatorClock clock = SimulatorClock.system();
    ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("bench").publicKey("pub").privateKey("priv")
        .clock(clock).build().start();
    sim.load(COMPANIES, companies(clock.instant().minus(Duration.ofHours(2))));
    sim.inject(FaultRule.builder().fault(SimulatedFault.latency(Duration.ofMillis(latencyMs))).build());
    BenchHost host = new BenchHost();
    TenantId id = TenantId.of("bench");
    Tenant tenant = Tenant.builder(id).rateBudget(new RateBudget(requestsPerMinute, 2)).flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
        .direction(Direction.BOTH).build()).build();
    AtomicReference<SyncCoordinator> receiver = new AtomicReference<>();
    HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/cw/", exchange -> {
      int status = 204;
      try (InputStream in = exchange.getRequestBody()) {
        receiver.get().acceptCallback(tenant, in.readAllBytes(),
            exchange.getRequestHeaders().getFirst("x-content-signature"));
      } catch (InvalidCallbackException e) {
        status = 401;
      } catch (RuntimeException e) {
        status = 500;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    endpoint.start();
    CallbackSettings callbacks = CallbackSettings.builder(URI.create("http://127.0.0.1:"
        + endpoint.getAddress().getPort() + "/cw/")).build();
    try {
      SyncCoordinator c = coordinator(sim, host, clock, callbacks);
      receiver.set(c);
      c.schedule(tenant);
      c.start();
      waitFor("the first pass", () -> host.size() == COMPANY_COUNT && !sim.records("system/callbacks").isEmpty());
      // The first scheduled pass may still be pushing when the host changes start: let it finish.
      Thread.sleep(1_000);

      round(c, sim, host, tenant, Math.min(50, changes), "warm-up", false);
      round(c, sim, host, tenant, changes, "measured", true);
      c.close();

      System.out.printf(Locale.ROOT, "%nunchanged tenant, one scheduled pass (1 stream, %d companies):%n",
          COMPANY_COUNT);
      long without = unchangedPoll(sim, host, clock, tenant, null);
      long with = unchangedPoll(sim, host, clock, tenant, callbacks);
      System.out.printf(Locale.ROOT, "  without callbacks: %d request(s)%n", without);
      System.out.printf(Locale.ROOT, "  with callbacks:    %d request(s) for the covered stream; the registration"
          + " check adds 1 request per tenant every %s%n", with, callbacks.checkEvery());
    } finally {
      endpoint.stop(0);
      sim.close();
    }
  }

  private static SyncCoordinator coordinator(ConnectWiseSimulator sim, BenchHost host, SimulatorClock clock,
      @Nullable CallbackSettings callbacks) {
    SyncCoordinator.Builder b = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "bench", "pub", "priv",
            "bench")))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, host)))
        .rules(CompanyContactRules.create())
        .clock(clock)
        .inMemoryStores()
        .tick(Duration.ofMillis(20));
    if (callbacks != null) {
      b.callbacks(callbacks);
    }
    return b.build();
  }

  private static void round(SyncCoordinator c, ConnectWiseSimulator sim, BenchHost host, Tenant tenant, int n,
      String label, boolean print) throws Exception {
    List<Long> toCw = new ArrayList<>();
    int held = 0;
    sim.journal().reset();
    List<String> hostIds = new ArrayList<>(host.ids());
    for (int i = 0; i < n; i++) {
      Thread.sleep(pace);
      String hostId = hostIds.get(i % hostIds.size());
      String city = "H-" + label + "-" + i;
      long t0 = System.nanoTime();
      host.userUpdate(hostId, city);
      while (true) {
        SyncReport r = c.onHostChange(tenant, EntityType.COMPANY, hostId);
        if (r.streams().stream().noneMatch(s -> s.status() == StreamStatus.LEASE_HELD)) {
          break;
        }
        // The echo of the previous write is being handled on this node: the host retries, as a host would.
        held++;
        Thread.sleep(2);
      }
      long cwId = host.cwId(hostId);
      if (!city.equals(sim.get(COMPANIES, (int) cwId).orElseThrow().path("city").asText())) {
        throw new IllegalStateException("host change " + i + " did not reach ConnectWise");
      }
      toCw.add(System.nanoTime() - t0);
    }
    sim.awaitCallbacks(Duration.ofSeconds(10));
    Thread.sleep(500);
    Map<String, Long> hostPhase = sim.journal().countsByEndpoint();
    sim.journal().reset();
    List<Long> toHost = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread.sleep(pace);
      int cwId = 1 + (i * 7) % COMPANY_COUNT;
      String city = "C-" + label + "-" + i;
      long t0 = System.nanoTime();
      sim.update(COMPANIES, cwId, node -> node.put("city", city));
      Long at = host.awaitCity(city, Duration.ofSeconds(30));
      if (at == null) {
        throw new IllegalStateException("ConnectWise change " + i + " did not reach the host within 30 s");
      }
      toHost.add(at - t0);
    }
    Thread.sleep(500);
    Map<String, Long> cwPhase = sim.journal().countsByEndpoint();
    if (print) {
      System.out.printf(Locale.ROOT, "  requests, host changes (push + echo callbacks): %s%n", hostPhase);
      System.out.printf(Locale.ROOT, "  requests, ConnectWise changes (callbacks): %s%n", cwPhase);
      System.out.printf(Locale.ROOT, "%d changes each way, %s (one every %d ms, %d ms latency per request,"
          + " budget %s):%n", n, label, pace, latency, tenant.rateBudget());
      System.out.printf(Locale.ROOT, "  host change -> ConnectWise write:  p50 %.0f ms, p99 %.0f ms, max %.0f ms"
          + " (goal p99 < 1000 ms); onHostChange retried %d time(s) on a held lease%n", ms(toCw, 0.50),
          ms(toCw, 0.99), ms(toCw, 1.0), held);
      System.out.printf(Locale.ROOT, "  ConnectWise change -> host write: p50 %.0f ms, p99 %.0f ms, max %.0f ms"
          + " (goal p99 < 5000 ms)%n", ms(toHost, 0.50), ms(toHost, 0.99), ms(toHost, 1.0));
    }
  }

  /** Requests the second scheduled pass of an unchanged tenant sends (the first one polls and registers). */
  private static long unchangedPoll(ConnectWiseSimulator sim, BenchHost host, SimulatorClock clock, Tenant tenant,
      @Nullable CallbackSettings callbacks) {
    try (SyncCoordinator c = coordinator(sim, host, clock, callbacks)) {
      c.schedule(tenant);
      c.runDuePasses();
      // Due again; the registration check (15 min) is not, so only the stream's requests are counted.
      clock.advance(Duration.ofMinutes(15).minusSeconds(1));
      c.runDuePasses();
      clock.advance(Duration.ofMinutes(15));
      sim.awaitCallbacks(Duration.ofSeconds(10));
      sim.journal().reset();
      List<SyncReport> reports = c.runDuePasses();
      if (reports.size() != 1 || !reports.get(0).successful()) {
        throw new IllegalStateException("the unchanged pass did not run cleanly: " + reports);
      }
      return sim.journal().requestCount() - (callbacks == null ? 0
          : sim.journal().requestCount("GET", "system/callbacks"));
    }
  }

  private static double ms(List<Long> nanos, double q) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int i = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    return sorted.get(i) / 1e6;
  }

  private static List<ObjectNode> companies(Instant stamp) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 1; i <= COMPANY_COUNT; i++) {
      ObjectNode c = JsonNodeFactory.instance.objectNode();
      c.put("id", i).put("identifier", "C" + i).put("name", "Company " + i).put("city", "City " + (i % 7));
      c.putObject("_info").put("lastUpdated", stamp.toString()).put("dateEntered", stamp.toString())
          .put("updatedBy", "admin");
      out.add(c);
    }
    return out;
  }

  private interface Check {
    boolean done();
  }

  private static void waitFor(String what, Check check) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!check.done()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** An in-memory host with a change feed; notes when a pulled city arrives. */
  static final class BenchHost implements HostAdapter {
    private final Map<String, HostRecord> rows = new LinkedHashMap<>();
    private final Map<String, Long> cwIds = new ConcurrentHashMap<>();
    private final TreeMap<Long, String> changes = new TreeMap<>();
    private final Map<String, Long> cityArrivals = new ConcurrentHashMap<>();
    private long seq;
    private int nextId;

    synchronized int size() {
      return rows.size();
    }

    synchronized List<String> ids() {
      return new ArrayList<>(rows.keySet());
    }

    long cwId(String hostId) {
      return cwIds.get(hostId);
    }

    synchronized void userUpdate(String hostId, String city) {
      HostRecord r = rows.get(hostId);
      rows.put(hostId, HostRecord.builder(EntityType.COMPANY, hostId).fields(r.fields()).field("city", city)
          .modifiedAt(Instant.now()).build());
      changes.put(++seq, hostId);
    }

    @Nullable Long awaitCity(String city, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        Long at = cityArrivals.get(city);
        if (at != null) {
          return at;
        }
        Thread.sleep(1);
      }
      return null;
    }

    @Override
    public EntityType entityType() {
      return EntityType.COMPANY;
    }

    @Override
    public synchronized HostChanges changesSince(@Nullable String cursor, int limit) {
      long from = cursor == null ? 0 : Long.parseLong(cursor);
      List<HostRecord> out = new ArrayList<>();
      long last = from;
      for (Map.Entry<Long, String> e : changes.tailMap(from, false).entrySet()) {
        if (out.size() == limit) {
          return new HostChanges(out, Long.toString(last), true);
        }
        out.add(rows.get(e.getValue()));
        last = e.getKey();
      }
      return new HostChanges(out, Long.toString(last), false);
    }

    @Override
    public synchronized Optional<HostRecord> find(String hostId) {
      return Optional.ofNullable(rows.get(hostId));
    }

    @Override
    public synchronized List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
      return rows.values().stream().filter(r -> naturalKey.entrySet().stream()
          .allMatch(e -> e.getValue().equals(r.field(e.getKey())))).toList();
    }

    @Override
    public synchronized String create(HostRecord record) {
      String id = "h" + (++nextId);
      rows.put(id, HostRecord.builder(EntityType.COMPANY, id).fields(record.fields()).build());
      arrived(record);
      return id;
    }

    @Override
    public synchronized void update(HostRecord record) {
      rows.put(record.hostId(), record);
      arrived(record);
    }

    @Override
    public void writeBackConnectWiseId(String hostId, long cwId) {
      cwIds.put(hostId, cwId);
    }

    private void arrived(HostRecord record) {
      Object city = record.field("city");
      if (city != null) {
        cityArrivals.putIfAbsent(city.toString(), System.nanoTime());
      }
    }
  }
}
