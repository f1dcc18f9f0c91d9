package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressWindowTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void add_withinWindow_rateSinceRunStart() {
    ProgressWindow w = new ProgressWindow(T0, Duration.ofSeconds(30));
    assertThat(w.add(T0.plusSeconds(10), 100)).isEqualTo(10.0);
    assertThat(w.add(T0.plusSeconds(20), 300)).isEqualTo(15.0);
  }

  @Test
  void add_runSlowsDown_rateFollowsTheLastThirtySecondsNotTheAverage() {
    ProgressWindow w = new ProgressWindow(T0, Duration.ofSeconds(30));
    for (int s = 10; s <= 60; s += 10) {
      w.add(T0.plusSeconds(s), s * 100L); // 100 records per second for a minute
    }
    double rate = 0;
    for (int s = 70; s <= 120; s += 10) {
      rate = w.add(T0.plusSeconds(s), 6000 + (s - 60) * 10L); // then 10 per second
    }
    assertThat(rate).isEqualTo(10.0);
  }

  @Test
  void add_pagesSlowerThanWindow_anchorsOnThePreviousSample() {
    ProgressWindow w = new ProgressWindow(T0, Duration.ofSeconds(30));
    w.add(T0.plusSeconds(60), 600);
    assertThat(w.add(T0.plusSeconds(120), 900)).isEqualTo(5.0);
  }

  @Test
  void add_noTimePassed_zero() {
    ProgressWindow w = new ProgressWindow(T0, Duration.ofSeconds(30));
    assertThat(w.add(T0, 50)).isZero();
  }
}
