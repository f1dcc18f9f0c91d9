package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SYNC-CORRECTNESS §3 items 15 (a scan failing midway infers no deletes; the resumed scan's diff covers every
 * execution), 16 (mass-delete guard) and 18 (merged company: {@code deletedFlag} flips, {@code lastUpdated} does
 * not), through {@code SyncCoordinator.reconcile} against the simulator.
 */
class ReconciliationTest {

  static final int RECORDS = 300;

  private static World world() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minus(Duration.ofHours(1)).plusSeconds(id));
    // No client retries: a 500 must reach the coordinator.
    w.clientTuning = b -> b.noRateLimit().retryPolicy(RetryPolicy.none());
    return w;
  }

  private static LinkState state(World w, long cwId) {
    return w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId).orElseThrow().state();
  }

  private static List<Link> tombstoned(World w) {
    return w.links.findByState(w.tenantId, EntityType.COMPANY, LinkState.TOMBSTONED, 1_000);
  }

  private static String hostIdOf(World w, long cwId) {
    return w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId).orElseThrow().hostId();
  }

  @Test
  void reconcile_500OnPageThree_noTombstonesAndResumedDiffCoversEveryExecution() {
    try (World w = world()) {
      SyncCoordinator c = w.builder("node-1").pageSize(50).build();
      Tenant tenant = w.tenant(Direction.PULL);
      assertThat(c.runPass(tenant).successful()).isTrue();
      String h10 = hostIdOf(w, 10);
      String h120 = hostIdOf(w, 120);
      String h250 = hostIdOf(w, 250);
      w.fx.sim.delete(Oracle.COMPANIES, 10);
      w.fx.sim.delete(Oracle.COMPANIES, 120);
      FaultRule page3 = w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies").nthRequest(3)
          .fault(SimulatedFault.serverError(500)).build());

      SyncReport failed = c.reconcile(tenant, World.FLOW);

      assertThat(page3.firedCount()).isEqualTo(1);
      assertThat(failed.stream(World.FLOW, Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.FAILED);
      assertThat(failed.count(SyncAction.DELETE)).isZero();
      assertThat(tombstoned(w)).as("an incomplete scan infers no deletes").isEmpty();
      assertThat(w.host.deleted()).isEmpty();
      assertThat(w.cursors.find(w.tenantId, World.FLOW + "#reconcile").orElseThrow().cursor().hostCursor())
          .as("progress after two pages").isEqualTo("101");

      // Deleted after the failure, behind and ahead of the scan's position.
      w.fx.sim.clearFaults();
      w.fx.sim.delete(Oracle.COMPANIES, 250);
      SyncReport resumed = c.reconcile(tenant, World.FLOW);

      assertThat(resumed.stream(World.FLOW, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.COMPLETED);
      // 10 was absent from page 1, read only by the failed execution: the diff spans both executions.
      assertThat(tombstoned(w)).extracting(Link::cwId).containsExactlyInAnyOrder(10L, 120L, 250L);
      assertThat(w.host.deleted()).containsExactlyInAnyOrder(h10, h120, h250);
      assertThat(w.links.findByState(w.tenantId, EntityType.COMPANY, LinkState.LINKED, 1_000))
          .hasSize(RECORDS - 3);
      assertThat(w.audit.query(AuditQuery.all(w.tenantId, 10_000))).filteredOn(a -> a.action() == SyncAction.DELETE)
          .extracting(AuditEntry::cwId).containsExactlyInAnyOrder(10L, 120L, 250L);
    }
  }

  @Test
  void reconcile_diffOverTheThreshold_abortsAlertsAndTombstonesNothing() {
    try (World w = world()) {
      AtomicInteger alerts = new AtomicInteger();
      SyncCoordinator c = w.builder("node-1").pageSize(100).reconcileMaxDeleteShare(0.10)
          .listener(new SyncListener() {
            @Override
            public void onMassDeleteAborted(TenantId tenant, String flowId, long wouldTombstone, long linked) {
              assertThat(wouldTombstone).isEqualTo(60);
              assertThat(linked).isEqualTo(RECORDS);
              alerts.incrementAndGet();
            }
          }).build();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      for (int id = 1; id <= 60; id++) {
        w.fx.sim.delete(Oracle.COMPANIES, id);
      }

      SyncReport r = c.reconcile(tenant, World.FLOW);

      assertThat(r.stream(World.FLOW, Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.FAILED);
      assertThat(r.stream(World.FLOW, Direction.PULL).orElseThrow().error()).contains("mass-delete guard");
      assertThat(alerts).hasValue(1);
      assertThat(tombstoned(w)).isEmpty();
      assertThat(w.host.deleted()).isEmpty();
      assertThat(w.audit.query(AuditQuery.all(w.tenantId, 10_000))).filteredOn(a -> a.action() == SyncAction.DELETE)
          .singleElement().extracting(AuditEntry::outcome).isEqualTo(Outcome.FAILED);
    }
  }

  @Test
  void reconcile_mergedCompanyDeletedFlagWithoutNewLastUpdated_caughtByReconciliation() {
    try (World w = world()) {
      SyncCoordinator c = w.builder("node-1").pageSize(100).build();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      String h7 = hostIdOf(w, 7);
      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.updateWithoutTimestamp(Oracle.COMPANIES, 7, n -> n.put("deletedFlag", true));

      SyncReport polled = c.runPass(tenant);
      assertThat(polled.writes()).as("the poll cannot see it: lastUpdated did not move").isZero();
      assertThat(state(w, 7)).isEqualTo(LinkState.LINKED);

      SyncReport r = c.reconcile(tenant, World.FLOW);

      assertThat(r.count(SyncAction.DELETE)).isEqualTo(1);
      assertThat(state(w, 7)).isEqualTo(LinkState.TOMBSTONED);
      assertThat(w.host.deleted()).containsExactly(h7);
      assertThat(tombstoned(w)).hasSize(1);
    }
  }
}
