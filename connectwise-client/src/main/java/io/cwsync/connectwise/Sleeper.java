package io.cwsync.connectwise;

import java.time.Duration;

/**
 * Waits for a duration. The client sleeps only through this interface (retry backoff,
 * {@code Retry-After}, rate limiting), so tests inject a fake that records the requested delays
 * and advances a fake clock instead of sleeping.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait, never negative
   * @throws InterruptedException when the waiting thread is interrupted; the client then gives up
   *     the request
   */
  void sleep(Duration duration) throws InterruptedException;

  /** The real sleeper, backed by {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    };
  }
}
