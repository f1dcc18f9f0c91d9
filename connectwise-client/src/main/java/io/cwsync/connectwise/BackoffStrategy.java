package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before a retry when the server gave no {@code Retry-After}. Implementations
 * must be thread-safe and never return a negative duration.
 *
 * <pre>{@code
 * BackoffStrategy b = BackoffStrategy.exponentialWithJitter(Duration.ofMillis(250), Duration.ofSeconds(30));
 * }</pre>
 */
@FunctionalInterface
public interface BackoffStrategy {

  /**
   * The delay before retry number {@code retry}.
   *
   * @param retry 1 for the first retry (the second attempt), 2 for the next, and so on
   * @return the delay, never negative
   */
  Duration delayBeforeRetry(int retry);

  /** No delay at all. */
  static BackoffStrategy none() {
    return retry -> Duration.ZERO;
  }

  /**
   * The same delay before every retry.
   *
   * @param delay the delay
   * @throws IllegalArgumentException when {@code delay} is negative
   */
  static BackoffStrategy fixed(Duration delay) {
    requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return retry -> delay;
  }

  /**
   * {@code base * 2^(retry-1)}, capped at {@code cap}, without jitter.
   *
   * @param base the first delay
   * @param cap the largest delay
   * @throws IllegalArgumentException when a duration is negative or {@code cap < base}
   */
  static BackoffStrategy exponential(Duration base, Duration cap) {
    check(base, base, cap);
    return retry -> exponentialDelay(base, cap, retry);
  }

  /**
   * Exponential backoff with "equal jitter": the capped exponential delay {@code d} is replaced by a
   * random value in {@code [d/2, d]}, and never less than {@code base}. The floor keeps retries
   * from hammering a server that is already struggling; the jitter spreads out clients that failed
   * together.
   *
   * @param base the first delay and the floor
   * @param cap the largest delay
   * @throws IllegalArgumentException when a duration is negative or {@code cap < base}
   */
  static BackoffStrategy exponentialWithJitter(Duration base, Duration cap) {
    return exponentialWithJitter(base, base, cap);
  }

  /**
   * Exponential backoff with equal jitter and an explicit floor: a random value in {@code [d/2, d]}
   * where {@code d = min(cap, base * 2^(retry-1))}, raised to at least {@code floor}.
   *
   * @param base the first (un-jittered) delay
   * @param floor the smallest delay returned
   * @param cap the largest delay
   * @throws IllegalArgumentException when a duration is negative, {@code floor > cap} or
   *     {@code cap < base}
   */
  static BackoffStrategy exponentialWithJitter(Duration base, Duration floor, Duration cap) {
    check(base, floor, cap);
    return retry -> {
      long d = exponentialDelay(base, cap, retry).toNanos();
      long half = d / 2;
      long jittered = half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(d - half + 1));
      return Duration.ofNanos(Math.max(floor.toNanos(), jittered));
    };
  }

  private static void check(Duration base, Duration floor, Duration cap) {
    requireNonNull(base, "base == null");
    requireNonNull(floor, "floor == null");
    requireNonNull(cap, "cap == null");
    if (base.isNegative() || floor.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative: base=" + base
          + ", floor=" + floor + ", cap=" + cap);
    }
    if (cap.compareTo(base) < 0 || cap.compareTo(floor) < 0) {
      throw new IllegalArgumentException("cap must be at least base and floor: base=" + base
          + ", floor=" + floor + ", cap=" + cap);
    }
  }

  private static Duration exponentialDelay(Duration base, Duration cap, int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1 but was " + retry);
    }
    int shift = Math.min(retry - 1, 30);
    long nanos = base.toNanos();
    long capNanos = cap.toNanos();
    if (nanos != 0 && (nanos > capNanos >> shift)) {
      return cap;
    }
    return Duration.ofNanos(Math.min(capNanos, nanos << shift));
  }
}
