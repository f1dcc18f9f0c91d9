package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void advance_andSet_moveTheInstant() {
    MutableClock clock = new MutableClock(T0);

    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.advance(Duration.ofSeconds(5))).isEqualTo(T0.plusSeconds(5));
    assertThat(clock.millis()).isEqualTo(T0.plusSeconds(5).toEpochMilli());
    clock.set(T0.minusSeconds(1));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(1));
  }

  @Test
  void withZone_viewMovesWithTheClock() {
    MutableClock clock = new MutableClock(T0);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(1));

    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(paris.instant()).isEqualTo(T0.plusSeconds(60));
    assertThat(clock.getZone().getId()).isEqualTo("Z");
  }
}
