package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.FieldOwnership;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SYNC-CORRECTNESS §3 item 14 (field ownership, G5a): the owner of a field wins when both sides edit it, the loser is
 * audited as a conflict, fields the host does not own are never written to ConnectWise, and a host-owned field the
 * host clears is cleared in ConnectWise.
 */
class FieldOwnershipTest {

  private static Tenant tenant(FieldOwnership ownership) {
    return Tenant.builder(World.TENANT).flow(Flow.builder(World.FLOW, EntityType.COMPANY, Resources.COMPANIES)
        .direction(Direction.BOTH).ownership(ownership).build()).build();
  }

  private static ObjectNode cw(World w, long cwId) {
    return w.fx.sim.get(Oracle.COMPANIES, Math.toIntExact(cwId)).orElseThrow();
  }

  private static long cwIdOf(World w, String hostId) {
    return w.links.findByHostId(World.TENANT, EntityType.COMPANY, hostId).orElseThrow().cwId();
  }

  private static List<AuditEntry> conflicts(World w) {
    return w.audit.query(AuditQuery.all(World.TENANT, 1000)).stream()
        .filter(e -> e.action() == SyncAction.CONFLICT).toList();
  }

  /**
   * Creates the host's Acme (name, identifier, city Paris, phone) and lets two passes five minutes apart settle it
   * on both sides.
   *
   * @return its host id
   */
  private static String syncedAcme(World w, SyncCoordinator c, Tenant tenant) {
    String hostId = w.host.userCreate(Map.of(CompanyRules.NAME, "Acme", CompanyRules.IDENTIFIER, "ACME",
        CompanyRules.CITY, "Paris", CompanyRules.PHONE, "555-0100"));
    c.runPass(tenant);
    w.fx.clock.advance(Duration.ofMinutes(5));
    c.runPass(tenant);
    return hostId;
  }

  private static void passesAMinuteApart(World w, SyncCoordinator c, Tenant tenant, int passes) {
    for (int p = 0; p < passes; p++) {
      w.fx.clock.advance(Duration.ofMinutes(1));
      c.runPass(tenant);
    }
  }

  @Test
  void bothSidesEditOneField_theOwnerWinsEverywhere_theLoserIsAuditedAsAConflict() {
    try (World w = new World()) {
      FieldOwnership ownership = FieldOwnership.builder().host(CompanyRules.NAME, CompanyRules.IDENTIFIER,
          CompanyRules.PHONE).connectWise(CompanyRules.CITY).build();
      Tenant tenant = tenant(ownership);
      SyncCoordinator c = w.builder("node-1").build();
      String hostId = syncedAcme(w, c, tenant);
      long cwId = cwIdOf(w, hostId);

      // Both sides edit the host-owned phone and the ConnectWise-owned city.
      w.fx.clock.advance(Duration.ofMinutes(5));
      w.host.userUpdate(hostId, Map.of(CompanyRules.PHONE, "555-0199", CompanyRules.CITY, "Host city"));
      w.fx.sim.update(Oracle.COMPANIES, (int) cwId, n -> {
        n.put("phoneNumber", "555-0777");
        n.put("city", "Lyon");
      });
      passesAMinuteApart(w, c, tenant, 3);

      HostRecord host = w.host.find(hostId).orElseThrow();
      assertThat(host.field(CompanyRules.PHONE)).as("host-owned phone keeps the host's value").isEqualTo("555-0199");
      assertThat(cw(w, cwId).path("phoneNumber").asText()).as("and ConnectWise gets it back").isEqualTo("555-0199");
      assertThat(cw(w, cwId).path("city").asText()).as("ConnectWise-owned city keeps ConnectWise's value")
          .isEqualTo("Lyon");
      assertThat(host.field(CompanyRules.CITY)).as("and the host gets it").isEqualTo("Lyon");
      assertThat(conflicts(w)).as("one conflict audited per field the loser changed")
          .anySatisfy(e -> assertThat(e.reason()).contains(CompanyRules.PHONE).contains("host-owned"))
          .anySatisfy(e -> assertThat(e.reason()).contains(CompanyRules.CITY).contains("ConnectWise-owned"));

      // Settled: another pass writes nothing.
      w.fx.clock.advance(Duration.ofMinutes(1));
      assertThat(c.runPass(tenant).writes()).isZero();
    }
  }

  @Test
  void fieldsOutsideTheHostsSet_areNeverPushed_andAClearedHostOwnedFieldIsClearedInConnectWise() {
    try (World w = new World()) {
      // The host owns name, identifier and phone only: city is not the host's to write.
      FieldOwnership ownership = FieldOwnership.builder().host(CompanyRules.NAME, CompanyRules.IDENTIFIER,
          CompanyRules.PHONE).build();
      Tenant tenant = tenant(ownership);
      SyncCoordinator c = w.builder("node-1").build();
      String hostId = syncedAcme(w, c, tenant);
      long cwId = cwIdOf(w, hostId);

      w.fx.clock.advance(Duration.ofMinutes(5));
      w.host.userClear(hostId, CompanyRules.CITY);
      w.host.userClear(hostId, CompanyRules.PHONE);
      passesAMinuteApart(w, c, tenant, 2);
      assertThat(cw(w, cwId).path("city").asText()).as("city is outside the host's set: never written")
          .isEqualTo("Paris");
      assertThat(cw(w, cwId).path("phoneNumber").isMissingNode() || cw(w, cwId).path("phoneNumber").isNull())
          .as("the host cleared its own phone: cleared in ConnectWise too, was %s", cw(w, cwId).path("phoneNumber"))
          .isTrue();
    }
  }

  @Test
  void inferredOwnership_aFieldTheHostRecordDoesNotCarry_isNotARemoval() {
    try (World w = new World()) {
      Tenant tenant = tenant(FieldOwnership.inferred());
      String hostId = w.host.userCreate(Map.of(CompanyRules.NAME, "Acme", CompanyRules.IDENTIFIER, "ACME",
          CompanyRules.CITY, "Paris"));
      SyncCoordinator c = w.builder("node-1").build();
      c.runPass(tenant);
      long cwId = cwIdOf(w, hostId);
      w.fx.clock.advance(Duration.ofMinutes(5));
      c.runPass(tenant);

      // The host stops carrying city (it never held it: an adapter that does not supply it) and edits its name.
      w.fx.clock.advance(Duration.ofMinutes(5));
      w.host.userClear(hostId, CompanyRules.CITY);
      w.host.userUpdate(hostId, Map.of(CompanyRules.NAME, "Acme Corp"));
      w.fx.clock.advance(Duration.ofMinutes(1));
      c.runPass(tenant);
      assertThat(cw(w, cwId).path("name").asText()).isEqualTo("Acme Corp");
      assertThat(cw(w, cwId).path("city").asText()).as("not the host's: left as it is").isEqualTo("Paris");
    }
  }
}
