package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.time.Duration;
import java.util.Optional;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 "Fewer requests": the natural-key lookups before the creates of a page are one query, not one GET per
 * record, counted in the simulator's request journal.
 */
class BatchedLookupsTest {

  private static final int RECORDS = 60;
  private static final int EXISTING = 6;

  /** Runs a push of {@link #RECORDS} new host records, {@link #EXISTING} of which ConnectWise already has. */
  private static Run push(SyncRules rules) {
    try (World w = new World()) {
      for (int i = 0; i < EXISTING; i++) {
        w.fx.sim.create(Oracle.COMPANIES, Fixture.company("KEY" + i * 10, "Existing " + i, "Oslo"));
      }
      List<String> hostIds = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        // Case differs from ConnectWise's: ConnectWise compares identifiers without regard to case.
        hostIds.add(w.host.userCreate(Map.of(CompanyRules.NAME, "Host " + i, CompanyRules.IDENTIFIER,
            "key" + i, CompanyRules.CITY, "Lyon")));
      }
      w.fx.sim.journal().reset();
      SyncReport r = w.builder("node-1").rules(rules).build().runPass(w.tenant(Direction.PUSH));
      assertThat(r.successful()).as("%s", r).isTrue();
      for (String id : hostIds) {
        assertThat(w.links.findByHostId(World.TENANT, EntityType.COMPANY, id)).as(id).isPresent();
      }
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("no duplicates").isEqualTo(RECORDS);
      var stream = r.stream(World.FLOW, Direction.PUSH).orElseThrow();
      return new Run(w.fx.sim.journal().requestCount("GET", "company/companies"),
          w.fx.sim.journal().requestCount("POST", "company/companies"), stream.count(SyncAction.LINK),
          stream.count(SyncAction.CREATE));
    }
  }

  private record Run(long lookups, long posts, long linked, long created) {
  }

  @Test
  void push_sixtyCreatesOnAPage_lookUpTheirKeysWithOneRequest() {
    Run batched = push(new BatchedRules.Batched());

    assertThat(batched.lookups()).as("one lookup for the page instead of one per record").isEqualTo(1);
    assertThat(batched.linked()).as("existing companies matched, case aside").isEqualTo(EXISTING);
    assertThat(batched.created()).isEqualTo(RECORDS - EXISTING);
    assertThat(batched.posts()).isEqualTo(RECORDS - EXISTING);
  }

  @Test
  void push_rulesWithoutKeyValues_stillLookUpEachRecord() {
    Run perRecord = push(new BatchedRules.PerRecord());

    assertThat(perRecord.lookups()).as("the per-record path is unchanged").isEqualTo(RECORDS);
    assertThat(perRecord.linked()).isEqualTo(EXISTING);
    assertThat(perRecord.created()).isEqualTo(RECORDS - EXISTING);
  }

  @Test
  void push_keysLongerThanOneUrl_areSplitIntoFewLookups() {
    try (World w = new World()) {
      for (int i = 0; i < 400; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Host " + i, CompanyRules.IDENTIFIER,
            "LONG-IDENTIFIER-" + i, BatchedRules.ACCOUNT, "ACCOUNT-NUMBER-" + i, CompanyRules.CITY, "Lyon"));
      }
      w.fx.sim.journal().reset();

      SyncReport r = w.builder("node-1").rules(new BatchedRules.Batched()).build().runPass(w.tenant(Direction.PUSH));

      assertThat(r.successful()).as("%s", r).isTrue();
      long lookups = w.fx.sim.journal().requestCount("GET", "company/companies");
      assertThat(lookups).as("split by URL length, far fewer than one per record").isBetween(2L, 40L);
      String base = w.fx.sim.baseUrl();
      assertThat(w.fx.sim.journal().entries()).allSatisfy(e -> assertThat(base.length() + e.path().length() + 1
          + e.query().length()).as(e.query()).isLessThanOrEqualTo(io.cwsync.connectwise.query.Query.MAX_URL_LENGTH));
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(400);
    }
  }

  /** Company rules without a natural key: a create whose outcome is unknown is found by the values it sent. */
  static final class NoKeyRules extends CompanyRules {
    @Override
    public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
      return Optional.empty();
    }
  }

  @Test
  void retry_writeIntentsWithoutNaturalKey_lookForTheirCreatesWithOneListing() {
    try (World w = new World()) {
      int n = 5;
      for (int i = 0; i < n; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Lost " + i, CompanyRules.IDENTIFIER, "LOST" + i,
            CompanyRules.CITY, "Lyon"));
      }
      // Every POST lands but its response is lost, and the lookup that would resolve it fails too: five intents
      // stay pending and are queued for retry.
      FaultRule lost = w.fx.sim.inject(FaultRule.builder().method("POST").path("company/companies").always()
          .fault(SimulatedFault.commitThenLoseResponse()).build());
      FaultRule down = w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies").always()
          .fault(SimulatedFault.serverError(503)).build());
      w.builder("node-1").rules(new NoKeyRules()).build().runPass(w.tenant(Direction.PUSH));
      assertThat(lost.firedCount()).isEqualTo(n);
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 100)).hasSize(n);
      w.fx.sim.clearFaults();
      w.fx.clock.advance(Duration.ofMinutes(30));
      w.fx.sim.journal().reset();

      SyncReport r = w.builder("node-1").rules(new NoKeyRules()).build().runPass(w.tenant(Direction.PUSH));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.fx.sim.journal().requestCount("GET", "company/companies")).as("one listing for five intents")
          .isEqualTo(1);
      assertThat(w.fx.sim.journal().requestCount("POST", "company/companies")).as("nothing created twice").isZero();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(n);
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.LINKED, 100)).hasSize(n);
      assertThat(r.stream(World.FLOW, Direction.PUSH).orElseThrow().count(SyncAction.LINK)).isEqualTo(n);
    }
  }
}
