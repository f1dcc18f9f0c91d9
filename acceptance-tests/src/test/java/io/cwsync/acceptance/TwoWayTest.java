package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SYNC-CORRECTNESS §3 item 11 and G5: a two-way edit storm settles in a bounded number of passes. */
class TwoWayTest {

  static final int RECORDS = 200;
  static final int MAX_PASSES = 2;

  @Test
  void runPass_200RecordsEditedOnBothSides_writesReachZeroWithinTwoPassesAndEchoesAreSuppressed() {
    try (World w = new World()) {
      List<String> hostIds = new ArrayList<>();
      for (int i = 1; i <= RECORDS; i++) {
        hostIds.add(w.host.userCreate(Map.of(CompanyRules.NAME, "Co " + i, CompanyRules.IDENTIFIER, "CO" + i,
            CompanyRules.CITY, "Paris")));
      }
      Tenant tenant = w.tenant(Direction.BOTH);
      SyncCoordinator c = w.builder("node-1").pageSize(100).build();
      c.runPass(tenant);
      w.fx.clock.advance(Duration.ofMinutes(5));
      SyncReport settle = c.runPass(tenant);
      assertThat(settle.writes()).as("the initial push has settled: %s", settle).isZero();
      w.assertInSync();

      // The storm: every record edited on both sides, different fields (no conflict to resolve).
      w.fx.clock.advance(Duration.ofMinutes(5));
      for (int i = 1; i <= RECORDS; i++) {
        String hostId = hostIds.get(i - 1);
        w.host.userUpdate(hostId, Map.of(CompanyRules.CITY, "Host city " + i));
        long cwId = w.links.findByHostId(World.TENANT, io.cwsync.core.model.EntityType.COMPANY, hostId)
            .orElseThrow().cwId();
        int n = i;
        w.fx.sim.update(Oracle.COMPANIES, (int) cwId, c2 -> c2.put("phoneNumber", "555-01" + n));
      }
      long patchesBefore = w.fx.sim.journal().requestCount("PATCH", "company/companies/{id}");

      List<SyncReport> passes = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        w.fx.clock.advance(Duration.ofMinutes(1));
        passes.add(c.runPass(tenant));
      }

      int settledAt = -1;
      for (int p = 0; p < passes.size(); p++) {
        if (passes.get(p).writes() == 0) {
          settledAt = p + 1;
          break;
        }
      }
      assertThat(settledAt).as("writes per pass: %s", passes.stream().map(SyncReport::writes).toList())
          .isBetween(1, MAX_PASSES);
      for (int p = settledAt; p < passes.size(); p++) {
        assertThat(passes.get(p).writes()).as("stays settled").isZero();
      }
      long ourPatches = w.fx.sim.journal().requestCount("PATCH", "company/companies/{id}") - patchesBefore;
      long ourHostWrites = passes.stream().mapToLong(r -> r.stream(World.FLOW, Direction.PULL).orElseThrow()
          .count(SyncAction.UPDATE)).sum();
      long cwEchoes = passes.stream().mapToLong(r -> r.stream(World.FLOW, Direction.PULL).orElseThrow()
          .count(SyncAction.ECHO)).sum();
      assertThat(ourPatches).as("one PATCH per record edited in the host").isEqualTo(RECORDS);
      assertThat(ourHostWrites).as("one host update per record edited in ConnectWise").isEqualTo(RECORDS);
      // Each PATCH of ours comes back on the next pull and is suppressed. The host side's echo of our pull write
      // reaches the push in the same change-feed entry as the user's own edit of that record, so it goes out as
      // that edit (the PATCH of the changed field only), not as a separate write.
      assertThat(cwEchoes).as("every PATCH of ours came back once and was suppressed").isEqualTo(ourPatches);
      for (int i = 1; i <= RECORDS; i++) {
        HostRecord h = w.host.find(hostIds.get(i - 1)).orElseThrow();
        assertThat(h.fields()).containsEntry(CompanyRules.CITY, "Host city " + i)
            .containsEntry(CompanyRules.PHONE, "555-01" + i);
      }
      w.assertInSync();
    }
  }
}
