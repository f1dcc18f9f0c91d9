package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SYNC-CORRECTNESS §3 item 21 and G8: bounded retries, parking, reported a bounded number of times, touch revives. */
class RetriesAndParkingTest {

  static final int RECORDS = 50;
  static final int POISON = 7;

  private static List<AuditEntry> failuresOf(World w, long cwId) {
    return w.audit.query(new AuditQuery(w.tenantId, null, null, java.util.Set.of(Outcome.FAILED), null, 1_000))
        .stream().filter(e -> e.cwId() != null && e.cwId() == cwId).toList();
  }

  @Test
  void runPass_plainServerErrorOnOneRecord_isRetriedWithBackoffNotParkedAtOnce() {
    try (World w = new World()) {
      for (int i = 1; i <= 3; i++) {
        w.host.userCreate(java.util.Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
            CompanyRules.CITY, "Lyon"));
      }
      w.fx.sim.inject(io.cwsync.testkit.simulator.FaultRule.builder().method("POST").path("company/companies")
          .firstRequests(1).fault(io.cwsync.testkit.simulator.SimulatedFault.serverError(500)).build());
      Tenant tenant = w.tenant(Direction.PUSH);
      SyncCoordinator c = w.coordinator();

      SyncReport first = c.runPass(tenant);
      assertThat(first.count(SyncAction.CREATE)).as("the others proceed").isEqualTo(2);
      assertThat(first.count(SyncAction.ERROR)).as("a plain 500 is an error to retry").isEqualTo(1);
      assertThat(first.count(SyncAction.PARKED)).as("not parked at once (catalogue item 21)").isZero();
      assertThat(w.retries.list(World.TENANT, RetryState.RETRYING, 10)).hasSize(1);

      w.fx.clock.advance(Duration.ofMinutes(30));
      SyncReport retried = c.runPass(tenant);
      assertThat(retried.count(SyncAction.CREATE)).isEqualTo(1);
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(3);
      assertThat(w.retries.list(World.TENANT, RetryState.RETRYING, 10)).isEmpty();
    }
  }

  @Test
  void runPass_recordFailingOnEveryAttempt_parkedAfterMaxAttemptsThenRevivedWhenTouched() {
    try (World w = new World()) {
      w.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minus(Duration.ofHours(2)).plusSeconds(id));
      w.host.reject("C" + POISON);
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator c = w.coordinator();
      RetryKey key = new RetryKey(World.TENANT, World.FLOW, Direction.PULL, Integer.toString(POISON));

      SyncReport first = c.runPass(tenant);
      assertThat(first.count(SyncAction.CREATE)).as("the others proceed").isEqualTo(RECORDS - 1);
      assertThat(first.count(SyncAction.ERROR)).isEqualTo(1);
      assertThat(first.successful()).as("one failing record does not fail the run").isTrue();

      // Two more attempts, each once its backoff has passed.
      for (int attempt = 2; attempt <= 3; attempt++) {
        w.fx.clock.advance(Duration.ofMinutes(30));
        SyncReport r = c.runPass(tenant);
        assertThat(r.count(SyncAction.ERROR) + r.count(SyncAction.PARKED)).as("attempt %s", attempt).isEqualTo(1);
      }
      RetryItem parked = w.retries.find(key).orElseThrow();
      assertThat(parked.state()).isEqualTo(RetryState.PARKED);
      assertThat(parked.attempts()).isEqualTo(3);
      assertThat(parked.reason()).contains("locked by an ERP batch job");

      // Parked: no more attempts, no more reports, out of the error report (RETRYING list).
      for (int i = 0; i < 3; i++) {
        w.fx.clock.advance(Duration.ofHours(1));
        SyncReport r = c.runPass(tenant);
        assertThat(r.count(SyncAction.ERROR) + r.count(SyncAction.PARKED)).isZero();
      }
      assertThat(failuresOf(w, POISON)).as("reported exactly max-attempts times").hasSize(3);
      assertThat(w.retries.list(World.TENANT, RetryState.RETRYING, 10)).isEmpty();
      assertThat(w.retries.list(World.TENANT, RetryState.PARKED, 10)).extracting(i -> i.key().recordId())
          .containsExactly(Integer.toString(POISON));
      assertThat(w.host.size()).isEqualTo(RECORDS - 1);

      // Touched: the record changes in ConnectWise (and the host accepts it again): it comes back and syncs.
      w.host.allow("C" + POISON);
      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.update(Oracle.COMPANIES, POISON, n -> n.put("city", "Grenoble"));
      SyncReport touched = c.runPass(tenant);

      assertThat(touched.count(SyncAction.CREATE)).isEqualTo(1);
      assertThat(w.retries.find(key)).as("resolved").isEmpty();
      w.assertInSync();
    }
  }

  @Test
  void runPass_validationErrorOnPush_parkedAtOnceReportedOnceOthersProceedAndFixRequeues() {
    try (World w = new World()) {
      for (int i = 1; i <= 5; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
            CompanyRules.CITY, "Lyon"));
      }
      String bad = w.host.userCreate(Map.of(CompanyRules.NAME, "N".repeat(160), CompanyRules.IDENTIFIER, "HC6",
          CompanyRules.CITY, "Lyon"));
      Tenant tenant = w.tenant(Direction.PUSH);
      SyncCoordinator c = w.coordinator();
      RetryKey key = new RetryKey(World.TENANT, World.FLOW, Direction.PUSH, bad);

      SyncReport first = c.runPass(tenant);

      assertThat(first.count(SyncAction.CREATE)).isEqualTo(5);
      assertThat(first.count(SyncAction.PARKED)).as("a 400 is not retried").isEqualTo(1);
      assertThat(w.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.PARKED);
      assertThat(w.retries.find(key).orElseThrow().reason()).contains("name");
      long posts = w.fx.sim.journal().requestCount("POST", "company/companies");
      for (int i = 0; i < 3; i++) {
        w.fx.clock.advance(Duration.ofHours(1));
        SyncReport r = c.runPass(tenant);
        assertThat(r.count(SyncAction.ERROR) + r.count(SyncAction.PARKED)).isZero();
      }
      assertThat(w.fx.sim.journal().requestCount("POST", "company/companies")).as("never retried")
          .isEqualTo(posts);
      assertThat(w.audit.query(new AuditQuery(World.TENANT, null, null, java.util.Set.of(Outcome.FAILED), null,
          100))).as("reported once").hasSize(1);

      w.host.userUpdate(bad, Map.of(CompanyRules.NAME, "Fixed Name"));
      SyncReport fixed = c.runPass(tenant);

      assertThat(fixed.count(SyncAction.CREATE)).isEqualTo(1);
      assertThat(w.retries.find(key)).isEmpty();
      w.assertInSync();
    }
  }
}
