package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's notion of "now", which stamps {@code _info/lastUpdated} and drives the
 * per-minute request cap. Tests control it: a fixed clock only moves when {@link #set} or
 * {@link #advance} is called; a system clock follows the wall clock plus any advance.
 *
 * <p>Thread-safe. Extends {@link Clock} so it can be handed to anything that takes one.
 */
public final class SimulatorClock extends Clock {

  private final boolean ticking;
  private volatile Instant base;
  private volatile long offsetNanos;

  private SimulatorClock(boolean ticking, Instant base) {
    this.ticking = ticking;
    this.base = base;
  }

  /**
   * A clock that stands still at {@code start} until set or advanced.
   *
   * @throws NullPointerException if start is null
   */
  public static SimulatorClock fixed(Instant start) {
    return new SimulatorClock(false, requireNonNull(start, "start == null"));
  }

  /** A clock that follows the system clock (UTC); {@link #advance} shifts it. */
  public static SimulatorClock system() {
    return new SimulatorClock(true, Instant.EPOCH);
  }

  /** The current instant (full precision; the simulator truncates to seconds where ConnectWise does). */
  public Instant now() {
    Instant at = ticking ? Clock.systemUTC().instant() : base;
    return at.plusNanos(offsetNanos);
  }

  /**
   * Moves the clock to {@code instant}.
   *
   * @throws NullPointerException if instant is null
   */
  public synchronized void set(Instant instant) {
    requireNonNull(instant, "instant == null");
    if (ticking) {
      offsetNanos = Duration.between(Clock.systemUTC().instant(), instant).toNanos();
    } else {
      base = instant;
      offsetNanos = 0;
    }
  }

  /**
   * Moves the clock forward (or back, for a negative duration) by {@code duration}.
   *
   * @throws NullPointerException if duration is null
   */
  public synchronized void advance(Duration duration) {
    requireNonNull(duration, "duration == null");
    offsetNanos += duration.toNanos();
  }

  @Override
  public Instant instant() {
    return now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock: the simulator clock is always UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "SimulatorClock[" + (ticking ? "system" : "fixed") + ", now=" + now() + "]";
  }
}
