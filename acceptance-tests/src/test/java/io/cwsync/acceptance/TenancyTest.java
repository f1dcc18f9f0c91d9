package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * SYNC-CORRECTNESS §3 item 22 and G7: two tenants with the same ConnectWise ids share one coordinator and one set of
 * stores; nothing crosses, and throttling one leaves the other on schedule.
 */
class TenancyTest {

  static final int RECORDS = 120;

  @Test
  void runPass_twoTenantsWithTheSameIdsOnSharedStores_neverCrossAndOnesThrottlingSparesTheOther() {
    try (World a = new World(); Fixture fxB = new Fixture()) {
      World b = a.sibling(fxB, TenantId.of("globex"));
      // Same ids 1..RECORDS in both ConnectWise sites, different content.
      a.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minusSeconds(600 - id));
      fxB.loadCompanies(1, RECORDS, id -> Fixture.T0.minusSeconds(600 - id));
      for (int id = 1; id <= RECORDS; id++) {
        int n = id;
        fxB.sim.updateWithoutTimestamp(Oracle.COMPANIES, id, c -> c.put("name", "Globex " + n));
      }
      SyncCoordinator coordinator = a.multiTenantBuilder(b).build();

      SyncReport ra = coordinator.runPass(a.tenant(Direction.PULL));
      SyncReport rb = coordinator.runPass(b.tenant(Direction.PULL));

      assertThat(ra.successful() && rb.successful()).isTrue();
      a.assertInSync();
      b.assertInSync();
      for (long id = 1; id <= RECORDS; id++) {
        Link la = a.links.findByCwId(a.tenantId, EntityType.COMPANY, id).orElseThrow();
        Link lb = b.links.findByCwId(b.tenantId, EntityType.COMPANY, id).orElseThrow();
        assertThat(a.host.find(la.hostId()).orElseThrow().field(CompanyRules.NAME)).isEqualTo("Company " + id);
        assertThat(b.host.find(lb.hostId()).orElseThrow().field(CompanyRules.NAME)).isEqualTo("Globex " + id);
        assertThat(la.cwFingerprint()).isNotEqualTo(lb.cwFingerprint());
      }
      // One cursor per tenant, each written once by its own pass (a shared row would be at version 2).
      assertThat(a.cursors.find(a.tenantId, World.FLOW).orElseThrow().version()).isEqualTo(1);
      assertThat(b.cursors.find(b.tenantId, World.FLOW).orElseThrow().version()).isEqualTo(1);

      // Tenant A is throttled on every request; B's changes still flow on the same coordinator and stores.
      a.fx.sim.inject(FaultRule.builder().fault(SimulatedFault.tooManyRequests(60)).build());
      a.fx.clock.advance(Duration.ofMinutes(1));
      a.fx.sim.update(Oracle.COMPANIES, 1, c -> c.put("city", "Springfield"));
      fxB.clock.advance(Duration.ofMinutes(1));
      fxB.sim.update(Oracle.COMPANIES, 1, c -> c.put("city", "Shelbyville"));

      SyncReport throttledA = coordinator.runPass(a.tenant(Direction.PULL));
      SyncReport onTimeB = coordinator.runPass(b.tenant(Direction.PULL));

      assertThat(throttledA.stream(World.FLOW, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.THROTTLED);
      assertThat(onTimeB.stream(World.FLOW, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.COMPLETED);
      assertThat(onTimeB.count(io.cwsync.core.spi.SyncAction.UPDATE)).isEqualTo(1);
      b.assertInSync();
      Link la1 = a.links.findByCwId(a.tenantId, EntityType.COMPANY, 1).orElseThrow();
      assertThat(a.host.find(la1.hostId()).orElseThrow().field(CompanyRules.CITY)).as("A untouched while throttled")
          .isNotEqualTo("Shelbyville");
    }
  }
}
