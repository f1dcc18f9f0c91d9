package io.cwsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressEventTest {
  static final TenantId T = TenantId.of("acme");

  @Test
  void eta_totalKnown_remainingAtRecentRate() {
    ProgressEvent e = new ProgressEvent(T, "companies", Direction.PULL, 1000, 4000, 50, 100);
    assertThat(e.eta()).contains(Duration.ofSeconds(30));
  }

  @Test
  void eta_totalUnknownOrNoRecentProgress_empty() {
    assertThat(new ProgressEvent(T, "companies", Direction.PUSH, 10, -1, 5, 5).eta()).isEmpty();
    assertThat(new ProgressEvent(T, "companies", Direction.PULL, 10, 100, 5, 0).eta()).isEmpty();
  }

  @Test
  void eta_done_zero() {
    assertThat(new ProgressEvent(T, "companies", Direction.PULL, 100, 100, 5, 0).eta()).contains(Duration.ZERO);
  }

  @Test
  void constructor_sixComponents_recentRateIsTheAverage() {
    assertThat(new ProgressEvent(T, "companies", Direction.PULL, 1, 2, 7.5).recentRecordsPerSecond()).isEqualTo(7.5);
  }
}
