package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9 item 3: a crash between a pulled record's host create and its link save. On restart the host record is
 * linked, never created twice, and the edits the user made in the host after the crash are kept (and pushed), not
 * overwritten by the pull; the link is audited. On the push side, a crash after the POST leaves the host with its
 * ConnectWise id.
 */
class HostCreateCrashTest {

  static final int RECORDS = 3;

  @ParameterizedTest
  @EnumSource(value = TestHost.CrashPoint.class, names = {"AFTER_CREATE", "AFTER_WRITE_BACK"})
  void pull_crashAfterTheHostCreate_restartLinksItKeepsTheUsersLaterEditsAndCreatesNothingTwice(
      TestHost.CrashPoint point) {
    try (World w = new World()) {
      w.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minus(Duration.ofHours(1)).plusSeconds(id));
      Tenant tenant = w.tenant(Direction.BOTH);
      w.host.crashAt(point, 1);

      assertThatThrownBy(() -> w.builder("node-1").build().runPass(tenant)).isInstanceOf(Kill.class);
      assertThat(w.host.size()).as("the host create happened before the kill").isEqualTo(1);
      String hostId = w.host.records().keySet().iterator().next();
      // The page stored its three creates' intents together before its first host create (PullStep.planCreates).
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10))
          .as("the intents survive the crash").extracting(io.cwsync.core.spi.Link::cwId)
          .containsExactlyInAnyOrder(1L, 2L, 3L);

      // The user edits the new record before the sync restarts.
      w.host.userUpdate(hostId, Map.of(CompanyRules.CITY, "User city"));
      w.fx.clock.advance(Duration.ofMinutes(1));
      SyncCoordinator restarted = w.builder("node-2").build();
      SyncReport r = restarted.runPass(tenant);

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).as("nothing created twice").isEqualTo(RECORDS);
      assertThat(w.host.creates()).isEqualTo(RECORDS);
      HostRecord edited = w.host.find(hostId).orElseThrow();
      assertThat(edited.field(CompanyRules.CITY)).as("the user's later edit is kept").isEqualTo("User city");
      long cwId = w.links.findByHostId(World.TENANT, EntityType.COMPANY, hostId).orElseThrow().cwId();
      assertThat(w.host.cwIdOf(hostId)).as("the host has its ConnectWise id").contains(cwId);
      assertThat(w.fx.sim.get(Oracle.COMPANIES, (int) cwId).orElseThrow().path("city").asText())
          .as("and the edit reached ConnectWise").isEqualTo("User city");
      assertThat(w.audit.query(AuditQuery.all(World.TENANT, 1000))).as("the resumed link is audited")
          .anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(SyncAction.LINK);
            assertThat(e.hostId()).isEqualTo(hostId);
          });
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).isEmpty();
      w.fx.clock.advance(Duration.ofMinutes(1));
      assertThat(restarted.runPass(tenant).writes()).as("settled").isZero();
      w.assertInSync();
    }
  }

  @Test
  void push_crashBetweenThePostAndTheLinkSave_theHostAlreadyHasItsConnectWiseId() {
    try (World w = new World()) {
      String hostId = w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co", CompanyRules.IDENTIFIER, "HC1",
          CompanyRules.CITY, "Lyon"));
      Tenant tenant = w.tenant(Direction.PUSH);
      CrashingStores.LinkSaveCrash crash = new CrashingStores.LinkSaveCrash(w.links);

      assertThatThrownBy(() -> w.builder("node-1", crash, w.cursors).build().runPass(tenant))
          .isInstanceOf(Kill.class);

      assertThat(w.host.cwIdOf(hostId)).as("written back before the link save").isPresent();
      assertThat(w.audit.query(AuditQuery.all(World.TENANT, 100))).as("and the create audited")
          .anySatisfy(e -> assertThat(e.action()).isEqualTo(SyncAction.CREATE));
      SyncReport restart = w.builder("node-2").build().runPass(tenant);
      assertThat(restart.successful()).isTrue();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(1);
      assertThat(w.host.cwIdOf(hostId)).contains(w.links.findByHostId(World.TENANT, EntityType.COMPANY, hostId)
          .orElseThrow().cwId());
    }
  }
}
