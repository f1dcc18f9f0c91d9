package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.LinkState;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SYNC-CORRECTNESS §3 item 8: no duplicate creates after a crash or a lost POST response (G4). */
class CreatesTest {

  static final int RECORDS = 3;

  private static void seedHost(World w) {
    for (int i = 1; i <= RECORDS; i++) {
      w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
          CompanyRules.CITY, "Lyon"));
    }
  }

  private static long posts(World w) {
    return w.fx.sim.journal().requestCount("POST", "company/companies");
  }

  @Test
  void runPass_killedBetweenRemoteCreateAndLinkSave_restartLinksByLookupWithoutSecondPost() {
    try (World w = new World()) {
      seedHost(w);
      Tenant tenant = w.tenant(Direction.PUSH);
      CrashingStores.LinkSaveCrash crash = new CrashingStores.LinkSaveCrash(w.links);

      assertThatThrownBy(() -> w.builder("node-1", crash, w.cursors).build().runPass(tenant))
          .isInstanceOf(Kill.class);
      assertThat(crash.fired()).isTrue();
      assertThat(posts(w)).as("the POST happened before the kill").isEqualTo(1);
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10))
          .as("the write intent survives the crash").hasSize(1);

      SyncReport restart = w.builder("node-2").build().runPass(tenant);

      assertThat(restart.successful()).as("%s", restart).isTrue();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("exactly one ConnectWise record per host record")
          .isEqualTo(RECORDS);
      assertThat(posts(w)).as("no second POST for the record created before the kill").isEqualTo(RECORDS);
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).isEmpty();
      w.assertInSync();
      assertThat(w.builder("node-2").build().runPass(tenant).writes()).as("settled").isZero();
    }
  }

  @Test
  void runPass_postCommittedThenResponseLost_resolvedByLookupWithoutSecondPost() {
    try (World w = new World()) {
      seedHost(w);
      Tenant tenant = w.tenant(Direction.PUSH);
      FaultRule lost = w.fx.sim.inject(FaultRule.builder().method("POST").path("company/companies").nthRequest(2)
          .fault(SimulatedFault.commitThenLoseResponse()).build());

      SyncReport first = w.coordinator().runPass(tenant);
      w.fx.clock.advance(Duration.ofMinutes(15));
      SyncReport second = w.coordinator().runPass(tenant);

      assertThat(lost.firedCount()).isEqualTo(1);
      assertThat(first.successful() && second.successful()).as("%s %s", first, second).isTrue();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("no duplicate from the lost response").isEqualTo(RECORDS);
      assertThat(posts(w)).as("the committed POST is never sent again").isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  @Test
  void runPass_postResetBeforeCommit_isSentAgainOnceAndCreatesOneRecord() {
    try (World w = new World()) {
      seedHost(w);
      Tenant tenant = w.tenant(Direction.PUSH);
      FaultRule reset = w.fx.sim.inject(FaultRule.builder().method("POST").path("company/companies").nthRequest(2)
          .fault(SimulatedFault.connectionReset()).build());

      w.coordinator().runPass(tenant);
      w.fx.clock.advance(Duration.ofMinutes(15));
      w.coordinator().runPass(tenant);

      assertThat(reset.firedCount()).isEqualTo(1);
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(RECORDS);
      assertThat(posts(w)).as("the POST that never reached the server is sent once more").isEqualTo(RECORDS + 1);
      w.assertInSync();
    }
  }

  @Test
  void onHostChange_onAnotherNodeWhilePollPushesTheSameRecord_oneConnectWiseRecord() {
    try (World w = new World()) {
      String hostId = w.host.userCreate(Map.of(CompanyRules.NAME, "Race Co", CompanyRules.IDENTIFIER, "RACE",
          CompanyRules.CITY, "Bergen"));
      Tenant tenant = w.tenant(Direction.PUSH);
      SyncCoordinator nodeB = w.builder("node-b").build();
      java.util.concurrent.atomic.AtomicReference<SyncReport> realTime = new java.util.concurrent.atomic.AtomicReference<>();
      // Node B's real-time push arrives while node A's poll has recorded its intent and is about to POST.
      CrashingStores.IntentHook hook = new CrashingStores.IntentHook(w.links,
          () -> realTime.set(nodeB.onHostChange(tenant, EntityType.COMPANY, hostId)));

      SyncReport poll = w.builder("node-a", hook, w.cursors).build().runPass(tenant);

      assertThat(realTime.get().stream(World.FLOW, Direction.PUSH).orElseThrow().status())
          .isEqualTo(io.cwsync.core.StreamStatus.LEASE_HELD);
      assertThat(poll.count(io.cwsync.core.spi.SyncAction.CREATE)).isEqualTo(1);
      SyncReport later = nodeB.onHostChange(tenant, EntityType.COMPANY, hostId);
      assertThat(later.writes()).isZero();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(1);
      assertThat(posts(w)).isEqualTo(1);
      w.assertInSync();
    }
  }

  @Test
  void runPassAndOnHostChange_twoNodesRacingOnRealThreads_oneConnectWiseRecordPerHostRecord() {
    try (World w = new World()) {
      seedHost(w);
      for (int i = 4; i <= 20; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
            CompanyRules.CITY, "Bergen"));
      }
      Tenant tenant = w.tenant(Direction.PUSH);
      SyncCoordinator a = w.builder("node-a").build();
      SyncCoordinator b = w.builder("node-b").build();
      java.util.List<String> ids = java.util.List.copyOf(w.host.records().keySet());
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.Future<?> polls = pool.submit(() -> {
          for (int i = 0; i < 5; i++) {
            a.runPass(tenant);
          }
        });
        java.util.concurrent.Future<?> events = pool.submit(() -> {
          for (String id : ids) {
            b.onHostChange(tenant, EntityType.COMPANY, id);
          }
        });
        polls.get(60, java.util.concurrent.TimeUnit.SECONDS);
        events.get(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError(e);
      } finally {
        pool.shutdownNow();
      }
      a.runPass(tenant);

      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(ids.size());
      assertThat(posts(w)).as("one POST per host record").isEqualTo(ids.size());
      w.assertInSync();
    }
  }
}
