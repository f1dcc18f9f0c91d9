package io.cwsync.scheduler.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.CallbackSettings;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.store.jdbc.TestDatabases;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One node on H2 against the simulator: the schedule's life cycle (schedule, reschedule, pause, resume, remove),
 * throttled and failing tenants, and real-time work as one-time executions.
 */
class ClusteredSchedulerTest {

  private static final Duration INTERVAL = Duration.ofMillis(1500);

  private final Map<TenantId, List<SyncReport>> passes = new ConcurrentHashMap<>();
  private final Set<TenantId> known = ConcurrentHashMap.newKeySet();
  private JdbcConnectionPool db;
  private ConnectWiseSimulator healthy;
  private ConnectWiseSimulator throttled;
  private SyncCoordinator coordinator;
  private ClusteredScheduler scheduler;

  @BeforeEach
  void setUp() throws SQLException {
    db = TestDatabases.h2();
    JdbcStores stores = JdbcStores.builder(db).build();
    stores.migrate();
    ClusteredScheduler.migrate(db);
    CompanyHost.createTable(db);
    healthy = simulator("healthy");
    throttled = simulator("throttled");
    throttled.inject(FaultRule.builder().fault(SimulatedFault.tooManyRequests(60)).build());
    coordinator = stores.applyTo(SyncCoordinator.builder())
        .credentials((t, ref) -> t.value().startsWith("unknown") ? Optional.empty() : Optional.of(
            ConnectionSettings.onPremise((t.value().startsWith("throttled") ? throttled : healthy).baseUrl(),
                t.value().startsWith("throttled") ? "throttled" : "healthy", "pub", "priv", "client")))
        .adapters((t, type) -> Optional.of(new CompanyHost(db, t)))
        .rules(CompanyContactRules.create())
        .nodeId("solo")
        .build();
    scheduler = ClusteredScheduler.builder()
        .dataSource(db)
        .coordinator(coordinator)
        .tenants(id -> known.contains(id) ? Optional.of(ClusterNode.tenant(id, INTERVAL)) : Optional.empty())
        .pollingInterval(Duration.ofMillis(100))
        .leaseRetry(Duration.ofMillis(200))
        .onPass(r -> passes.computeIfAbsent(r.tenant(), k -> new CopyOnWriteArrayList<>()).add(r))
        .build();
  }

  private static ConnectWiseSimulator simulator(String company) {
    return ConnectWiseSimulator.builder().companyId(company).publicKey("pub").privateKey("priv")
        .seedData(Generated.companies(5, 3)::populate).build().start();
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    coordinator.close();
    healthy.close();
    throttled.close();
    db.dispose();
  }

  private TenantId tenant(String id) {
    TenantId t = TenantId.of(id);
    known.add(t);
    return t;
  }

  private int passCount(TenantId t) {
    return passes.getOrDefault(t, List.of()).size();
  }

  @Test
  void schedule_newTenant_runsAtOnceThenOnceEveryInterval() throws Exception {
    TenantId t = tenant("t1");
    assertThat(scheduler.schedule(ClusterNode.tenant(t, INTERVAL))).isTrue();
    assertThat(scheduler.find(t).orElseThrow().interval()).as("the flow's interval").isEqualTo(INTERVAL);
    scheduler.start();
    await(Duration.ofSeconds(20), () -> passCount(t) >= 3);
    List<SyncReport> runs = passes.get(t);
    assertThat(runs.get(0).successful()).isTrue();
    for (int i = 1; i < runs.size(); i++) {
      assertThat(Duration.between(runs.get(i - 1).finishedAt(), runs.get(i).startedAt()))
          .as("time between pass %s and %s", i - 1, i).isGreaterThanOrEqualTo(INTERVAL.minusMillis(50));
    }
    assertThat(hostNames(t)).hasSize(3);
  }

  @Test
  void schedule_again_keepsNextRunAndChangesInterval() {
    TenantId t = tenant("t1");
    assertThat(scheduler.schedule(t, Duration.ofMinutes(5))).isTrue();
    Instant next = scheduler.find(t).orElseThrow().nextRun();
    assertThat(scheduler.schedule(t, Duration.ofMinutes(5))).isFalse();
    assertThat(scheduler.schedule(t, Duration.ofMinutes(7))).isFalse();
    TenantSchedule s = scheduler.find(t).orElseThrow();
    assertThat(s.interval()).isEqualTo(Duration.ofMinutes(7));
    assertThat(s.nextRun()).isEqualTo(next);
    assertThat(s.paused()).isFalse();
    assertThatThrownBy(() -> scheduler.schedule(t, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval must be positive");
  }

  @Test
  void pause_stopsPasses_resumeRunsAtOnce_removeCancels() throws Exception {
    TenantId t = tenant("t1");
    scheduler.schedule(t, INTERVAL);
    scheduler.start();
    await(Duration.ofSeconds(20), () -> passCount(t) >= 1);
    assertThat(scheduler.pause(t)).isTrue();
    assertThat(scheduler.find(t).orElseThrow().paused()).isTrue();
    assertThat(scheduler.find(t).orElseThrow().nextRun()).isNull();
    int paused = passCount(t);
    Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
    assertThat(passCount(t)).as("passes while paused").isEqualTo(paused);

    assertThat(scheduler.resume(t)).isTrue();
    await(Duration.ofSeconds(5), () -> passCount(t) > paused);

    assertThat(scheduler.remove(t)).isTrue();
    assertThat(scheduler.find(t)).isEmpty();
    int removed = passCount(t);
    Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
    assertThat(passCount(t)).as("passes after removal").isEqualTo(removed);
    assertThat(scheduler.remove(t)).isFalse();
    assertThat(scheduler.pause(TenantId.of("never"))).isFalse();
  }

  @Test
  void throttledTenant_isDueWhenRetryAfterEnds_othersKeepTheirSchedule() throws Exception {
    TenantId slow = tenant("throttled-1");
    TenantId fine = tenant("t1");
    scheduler.schedule(slow, INTERVAL);
    scheduler.schedule(fine, INTERVAL);
    Instant start = Instant.now();
    scheduler.start();
    await(Duration.ofSeconds(20), () -> passCount(slow) >= 1 && passCount(fine) >= 3);
    assertThat(passes.get(slow).get(0).streams()).extracting(s -> s.status()).containsOnly(StreamStatus.THROTTLED);
    assertThat(passCount(slow)).as("throttled tenant's passes").isEqualTo(1);
    // Retry-After: 60 seconds from the throttled response, not one 1.5-second interval.
    assertThat(scheduler.find(slow).orElseThrow().nextRun()).isAfter(start.plusSeconds(55));
  }

  @Test
  void failingTenant_isDueOneIntervalLater_othersUndisturbed() throws Exception {
    TenantId bad = tenant("unknown-1");
    TenantId fine = tenant("t1");
    scheduler.schedule(bad, INTERVAL);
    scheduler.schedule(fine, INTERVAL);
    scheduler.start();
    await(Duration.ofSeconds(20), () -> passCount(fine) >= 3);
    assertThat(passes.get(bad).get(0).successful()).isFalse();
    // A failure is not retried in a hot loop: at most one pass per interval, like a healthy tenant.
    assertThat(passCount(bad)).isBetween(1, passCount(fine) + 1);
    assertThat(hostNames(fine)).hasSize(3);
  }

  @Test
  void tenantGoneFromDirectory_scheduleRemoved() throws Exception {
    TenantId gone = TenantId.of("gone");
    scheduler.schedule(gone, INTERVAL);
    scheduler.start();
    await(Duration.ofSeconds(20), () -> scheduler.find(gone).isEmpty());
    assertThat(passCount(gone)).isZero();
  }

  @Test
  void onCallback_runsAsOneTimeExecution_whileTenantPaused() throws Exception {
    TenantId t = tenant("t1");
    scheduler.schedule(t, INTERVAL);
    scheduler.start();
    await(Duration.ofSeconds(20), () -> hostNames(t).size() == 3);
    scheduler.pause(t);
    ObjectNode company = healthy.records("company/companies").get(0);
    int id = company.get("id").asInt();
    healthy.update("company/companies", id, r -> r.put("name", "Renamed by callback"));
    scheduler.onCallback(t, new ConnectWiseChange(EntityType.COMPANY, id, ConnectWiseChange.Action.UPDATED));
    await(Duration.ofSeconds(20), () -> hostNames(t).contains("Renamed by callback"));
    assertThat(scheduler.find(t).orElseThrow().paused()).isTrue();
  }

  @Test
  void scheduledPasses_streamCoveredByAHealthyCallback_sendNoRequestForIt() throws Exception {
    TenantId t = tenant("t1");
    // Registered, never delivered to: no change happens in ConnectWise, so the endpoint is never called.
    CallbackSettings callbacks = CallbackSettings.builder(URI.create("http://127.0.0.1:9/cw-callbacks/")).build();
    SyncCoordinator withCallbacks = JdbcStores.builder(db).build().applyTo(SyncCoordinator.builder())
        .credentials((x, ref) -> Optional.of(ConnectionSettings.onPremise(healthy.baseUrl(), "healthy", "pub",
            "priv", "client")))
        .adapters((x, type) -> Optional.of(new CompanyHost(db, x)))
        .rules(CompanyContactRules.create())
        .nodeId("solo-callbacks")
        .callbacks(callbacks)
        .build();
    ClusteredScheduler covered = ClusteredScheduler.builder()
        .dataSource(db)
        .coordinator(withCallbacks)
        .tenants(id -> Optional.of(ClusterNode.tenant(id, INTERVAL)))
        .pollingInterval(Duration.ofMillis(100))
        .onPass(r -> passes.computeIfAbsent(r.tenant(), k -> new CopyOnWriteArrayList<>()).add(r))
        .build();
    try {
      covered.schedule(t, INTERVAL);
      covered.start();
      // Pass 1 registers the callback and polls (nothing was polled since the callback became healthy); from
      // pass 2 on the stream is covered.
      await(Duration.ofSeconds(20), () -> passCount(t) >= 2);
      assertThat(healthy.records("system/callbacks")).as("the registration").hasSize(1);
      int before = passCount(t);
      healthy.journal().reset();
      await(Duration.ofSeconds(20), () -> passCount(t) >= before + 2);
      covered.close();

      assertThat(healthy.journal().entries()).as("requests of %s covered passes", passCount(t) - before)
          .noneMatch(e -> e.path().startsWith("company/companies"));
      assertThat(passes.get(t).subList(before, passCount(t))).allMatch(SyncReport::successful);
      assertThat(hostNames(t)).hasSize(3);
    } finally {
      covered.close();
      withCallbacks.close();
    }
  }

  private List<String> hostNames(TenantId t) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT name FROM host_company WHERE tenant_id = ?")) {
      ps.setString(1, t.value());
      try (ResultSet rs = ps.executeQuery()) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(Duration max, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + max);
      }
      Thread.sleep(50);
    }
  }
}
