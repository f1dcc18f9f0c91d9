package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SYNC-CORRECTNESS §3 item 20 and G8: a 429 storm completes with progress saved and no request sent early. */
class RateLimitTest {

  static final int REMOTE = 300;
  static final int LOCAL = 15;
  static final int RETRY_AFTER = 5;

  @Test
  void runPasses_30PercentOf429WithRetryAfterUnderAPerMinuteCap_completeWithNothingLostAndNothingEarly() {
    // Default retry policy: 429 is retried after Retry-After, through the sleeper that moves simulated time.
    int throttled = storm(RetryPolicy.defaultPolicy());
    assertThat(throttled).isGreaterThanOrEqualTo(0);
  }

  @Test
  void runPasses_429StormWithoutClientRetries_passesEndThrottledAtACheckpointAndResumeToCompletion() {
    // No client retries: the first 429 ends the pass THROTTLED at its last checkpoint; the next pass resumes.
    int throttled = storm(RetryPolicy.none());
    assertThat(throttled).as("passes that ended throttled").isPositive();
  }

  private static int storm(RetryPolicy policy) {
    try (World w = new World()) {
      w.clientTuning = b -> b.noRateLimit().retryPolicy(policy);
      w.fx.loadCompanies(1, REMOTE, id -> Fixture.T0.minus(Duration.ofHours(1)).plusSeconds(id));
      for (int i = 1; i <= LOCAL; i++) {
        w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
            CompanyRules.CITY, "Nantes"));
      }
      FaultRule storm = w.fx.sim.inject(FaultRule.builder().rate(0.3)
          .fault(SimulatedFault.tooManyRequests(RETRY_AFTER)).build());
      w.fx.sim.limitRequestsPerMinute(30);
      Tenant tenant = w.tenant(Direction.BOTH);
      SyncCoordinator c = w.builder("node-1").pageSize(50).build();

      int passes = 0;
      int throttledPasses = 0;
      boolean done = false;
      while (!done && passes < 60) {
        SyncReport r = c.runPass(tenant);
        passes++;
        assertThat(r.successful()).as("pass %s: %s", passes, r).isTrue();
        boolean throttled = r.streams().stream().anyMatch(s -> s.status() == StreamStatus.THROTTLED);
        throttledPasses += throttled ? 1 : 0;
        done = !throttled && r.streams().stream().map(StreamReport::status).allMatch(StreamStatus.COMPLETED::equals);
        w.fx.clock.advance(Duration.ofMinutes(1));
      }

      assertThat(done).as("completed within %s passes", passes).isTrue();
      assertThat(storm.firedCount()).as("the storm happened").isGreaterThan(5);
      w.fx.sim.clearFaults();
      w.fx.sim.limitRequestsPerMinute(0);
      w.assertInSync();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(REMOTE + LOCAL);
      assertThat(w.host.creates()).as("no pulled record created twice").isEqualTo(REMOTE);
      assertThat(c.runPass(tenant).writes()).as("nothing left to do").isZero();
      assertNoRequestEarly(w.fx.requests());
      return throttledPasses;
    }
  }

  /** After each 429, the next request comes no earlier than its Retry-After (simulated time). */
  static void assertNoRequestEarly(List<JournalEntry> journal) {
    int checked = 0;
    for (int i = 0; i + 1 < journal.size(); i++) {
      JournalEntry e = journal.get(i);
      if (e.status() != 429) {
        continue;
      }
      // The rule's 429s say Retry-After: 5; the per-minute cap's say "until the next minute".
      Instant notBefore = e.fault() != null ? e.at().plusSeconds(RETRY_AFTER)
          : Instant.ofEpochSecond(e.at().getEpochSecond() - e.at().getEpochSecond() % 60 + 60);
      JournalEntry next = journal.get(i + 1);
      assertThat(next.at()).as("request %s %s after the 429 at %s", next.method(), next.path(), e.at())
          .isAfterOrEqualTo(notBefore);
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
