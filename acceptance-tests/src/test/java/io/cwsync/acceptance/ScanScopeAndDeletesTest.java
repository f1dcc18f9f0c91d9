package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SYNC-CORRECTNESS §3 items 5 (mid-scan update), 6 (late commit inside the overlap), 7 (leaving scope by poll and by
 * callback), 10 (ambiguous match), 12 (automation under our member), 17 (delete callback) and 19 (delete beats a
 * queued stale update).
 */
class ScanScopeAndDeletesTest {

  static final int RECORDS = 300;

  private static World world() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minus(Duration.ofHours(1)).plusSeconds(id));
    return w;
  }

  private static HostRecord hostOf(World w, long cwId) {
    Link l = w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId).orElseThrow();
    return w.host.find(l.hostId()).orElseThrow();
  }

  @Test
  void runPass_pageOneRecordChangesWhilePageTwoIsRead_nothingSkipped() {
    try (World w = world()) {
      CrashingStores.CursorHook midScan = new CrashingStores.CursorHook(w.cursors, 1,
          () -> w.fx.sim.update(Oracle.COMPANIES, 3, c -> c.put("city", "Changed mid-scan")));

      SyncReport r = w.builder("node-1", w.links, midScan).pageSize(100).build().runPass(w.tenant(Direction.PULL));

      assertThat(r.successful()).isTrue();
      assertThat(hostOf(w, 3).field(CompanyRules.CITY)).as("the change is read in the same scan")
          .isEqualTo("Changed mid-scan");
      assertThat(w.host.creates()).isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  @Test
  void runPass_recordCommittedLateBehindTheWatermarkInsideTheOverlap_isApplied() {
    try (World w = world()) {
      SyncCoordinator c = w.builder("node-1").overlap(Duration.ofMinutes(5)).build();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      java.time.Instant wm = w.cursors.find(w.tenantId, World.FLOW).orElseThrow().cursor().watermark();

      // A transaction that began before the last pass commits now, stamped 3 minutes behind the watermark.
      w.fx.loadCompanies(9_001, 1, wm.minus(Duration.ofMinutes(3)));
      SyncReport r = c.runPass(tenant);

      assertThat(r.count(SyncAction.CREATE)).isEqualTo(1);
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 9_001)).isPresent();
      w.assertInSync();
    }
  }

  @Test
  void runPassAndOnCallback_recordsLeavingScope_hostToldLeftScopeByPollAndByCallback() {
    try (World w = world()) {
      SyncCoordinator c = w.coordinator();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      String h5 = hostOf(w, 5).hostId();
      String h6 = hostOf(w, 6).hostId();

      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.update(Oracle.COMPANIES, 5, n -> n.put("deletedFlag", true));
      SyncReport polled = c.runPass(tenant);
      w.fx.sim.update(Oracle.COMPANIES, 6, n -> n.put("deletedFlag", true));
      SyncReport called = c.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, 6, ConnectWiseChange.Action.UPDATED));

      assertThat(polled.count(SyncAction.LEFT_SCOPE)).isEqualTo(1);
      assertThat(called.count(SyncAction.LEFT_SCOPE)).isEqualTo(1);
      assertThat(w.host.leftScope()).containsExactly(h5, h6);
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 5).orElseThrow().state())
          .isEqualTo(LinkState.LEFT_SCOPE);
    }
  }

  @Test
  void runPass_twoHostRecordsMatchTheNaturalKey_noLinkConflictParked() {
    try (World w = new World()) {
      w.fx.sim.create(Oracle.COMPANIES, Fixture.company("DUP", "Dup Inc", "Oslo"));
      w.host.userCreate(Map.of(CompanyRules.NAME, "Dup Inc", CompanyRules.IDENTIFIER, "DUP"));
      w.host.userCreate(Map.of(CompanyRules.NAME, "Dup Incorporated", CompanyRules.IDENTIFIER, "DUP"));
      long cwId = w.fx.sim.records(Oracle.COMPANIES).get(0).get("id").asLong();

      SyncReport r = w.coordinator().runPass(w.tenant(Direction.PULL));

      assertThat(r.count(SyncAction.CONFLICT)).isEqualTo(1);
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId)).as("never linked by guess").isEmpty();
      assertThat(w.host.size()).as("no third record created").isEqualTo(2);
      assertThat(w.retries.find(new RetryKey(w.tenantId, World.FLOW, Direction.PULL, Long.toString(cwId)))
          .orElseThrow().state()).isEqualTo(RetryState.PARKED);
    }
  }

  @Test
  void runPass_automationRewritesOurFieldAsOurApiMember_isARealChange() {
    try (World w = world()) {
      SyncCoordinator c = w.coordinator();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);

      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.updateAs(w.fx.sim.member().identifier(), Oracle.COMPANIES, 8, n -> n.put("city", "Set by workflow"));
      SyncReport r = c.runPass(tenant);

      assertThat(r.count(SyncAction.UPDATE)).isEqualTo(1);
      assertThat(hostOf(w, 8).field(CompanyRules.CITY)).isEqualTo("Set by workflow");
      w.assertInSync();
    }
  }

  @Test
  void onCallback_deletedAction_deletesOnlyAfterA404() {
    try (World w = world()) {
      SyncCoordinator c = w.coordinator();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      String h9 = hostOf(w, 9).hostId();

      SyncReport stillThere = c.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, 9,
          ConnectWiseChange.Action.DELETED));
      assertThat(stillThere.count(SyncAction.DELETE)).as("GET 200: no delete").isZero();
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 9).orElseThrow().state())
          .isEqualTo(LinkState.LINKED);
      assertThat(w.host.deleted()).isEmpty();

      w.fx.sim.delete(Oracle.COMPANIES, 9);
      SyncReport gone = c.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, 9, ConnectWiseChange.Action.DELETED));

      assertThat(gone.count(SyncAction.DELETE)).isEqualTo(1);
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 9).orElseThrow().state())
          .isEqualTo(LinkState.TOMBSTONED);
      assertThat(w.host.deleted()).containsExactly(h9);
    }
  }

  @Test
  void runPass_queuedOlderUpdateOfARecordDeletedSince_doesNotResurrectIt() {
    try (World w = world()) {
      SyncCoordinator c = w.coordinator();
      Tenant tenant = w.tenant(Direction.PULL);
      c.runPass(tenant);
      String h11 = hostOf(w, 11).hostId();

      // An update of company 11 fails in the host and is queued for retry ...
      w.host.reject("C11");
      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.update(Oracle.COMPANIES, 11, n -> n.put("city", "Stale update"));
      assertThat(c.runPass(tenant).count(SyncAction.ERROR)).isEqualTo(1);
      // ... then the company is deleted in ConnectWise, and the host accepts writes again.
      w.host.allow("C11");
      w.fx.sim.delete(Oracle.COMPANIES, 11);
      SyncReport deleted = c.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, 11,
          ConnectWiseChange.Action.DELETED));
      assertThat(deleted.count(SyncAction.DELETE)).isEqualTo(1);

      w.fx.clock.advance(Duration.ofHours(1));
      SyncReport retried = c.runPass(tenant);

      assertThat(retried.count(SyncAction.UPDATE) + retried.count(SyncAction.CREATE)).isZero();
      assertThat(w.host.find(h11).orElseThrow().field(CompanyRules.CITY)).as("the stale update was not applied")
          .isNotEqualTo("Stale update");
      assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 11).orElseThrow().state())
          .isEqualTo(LinkState.TOMBSTONED);
      assertThat(w.retries.find(new RetryKey(w.tenantId, World.FLOW, Direction.PULL, "11"))).as("dropped")
          .isEmpty();
      assertThat(w.host.deleted()).containsExactly(h11);
    }
  }
}
