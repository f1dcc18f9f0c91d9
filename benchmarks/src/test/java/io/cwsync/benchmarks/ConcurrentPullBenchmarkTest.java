package io.cwsync.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.RateBudget;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shape for the requests goal: an initial pull of 20,000 companies then 30,000 contacts in 1,000-record
 * pages, read in id ranges at 4 in flight, reads 50 pages and sends nothing else (no {@code /count}, no discovery
 * read). The sequential scan's minimum is checked at a smaller scale in acceptance-tests' ConcurrentInitialPullTest.
 */
class ConcurrentPullBenchmarkTest {

  static ConnectWiseSimulator sim;

  @BeforeAll
  static void start() {
    sim = SimulatorProcess.start(20_000, 30_000, 0);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void run_twentyThousandCompaniesThirtyThousandContactsInRanges_exactlyThePagingMinimum() {
    ConcurrentPullBenchmark.Result r = ConcurrentPullBenchmark.run(sim, 20_000, 30_000,
        new RateBudget(1_000_000, 4), false);

    assertThat(r.status()).isEqualTo("COMPLETED");
    assertThat(r.stored()).isEqualTo(50_000);
    assertThat(r.requests()).as("0 requests beyond the 20 + 30 pages").isEqualTo(50);
    assertThat(r.pages()).isEqualTo(50);
    assertThat(r.counts()).isZero();
    assertThat(r.peakInFlight()).isBetween(2, 4);
  }
}
