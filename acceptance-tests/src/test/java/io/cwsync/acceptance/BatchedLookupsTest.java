package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.SyncReport;
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
}
