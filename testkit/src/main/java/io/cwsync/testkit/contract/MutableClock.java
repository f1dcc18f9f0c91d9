package io.cwsync.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it, so leases, backoffs and schedules can expire without
 * sleeping.
 *
 * <p>Thread-safe: the instant is held in an atomic reference; readers on other threads see every move at once.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * Creates a clock standing at {@code start}, in UTC.
   *
   * @param start the initial instant
   */
  public MutableClock(Instant start) {
    this(new AtomicReference<>(requireNonNull(start, "start == null")), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock forward (or, with a negative amount, back).
   *
   * @param amount how far to move
   * @return the new instant
   */
  public Instant advance(Duration amount) {
    requireNonNull(amount, "amount == null");
    return now.updateAndGet(i -> i.plus(amount));
  }

  /**
   * Sets the clock to {@code instant}.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant == null"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a view of this clock in another zone that moves with it.
   *
   * @param newZone the zone
   * @return the view
   */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, requireNonNull(newZone, "newZone == null"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
