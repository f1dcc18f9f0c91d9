package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.Sleeper;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: {@code burst} tokens, refilled at {@code requestsPerMinute}. A caller that finds
 * the bucket empty reserves the next token (the balance goes negative) and sleeps until it is due,
 * so concurrent callers queue up in arrival order without holding the lock while sleeping.
 *
 * <p>Concurrency: the balance is guarded by {@code this}; sleeping happens outside the lock through
 * the injected {@link Sleeper}, and time comes from the injected {@link Clock}, so tests drive it
 * with a fake clock.
 */
public final class RateLimiter {
  private final double nanosPerToken;
  private final double burst;
  private final Clock clock;
  private final Sleeper sleeper;
  private double tokens;
  private Instant last;

  /**
   * Creates a bucket that starts full.
   *
   * @param requestsPerMinute the sustained rate, at least 1
   * @param burst the bucket size, at least 1
   * @param clock the time source
   * @param sleeper how to wait
   */
  public RateLimiter(int requestsPerMinute, int burst, Clock clock, Sleeper sleeper) {
    if (requestsPerMinute < 1 || burst < 1) {
      throw new IllegalArgumentException("requestsPerMinute and burst must be >= 1 but were "
          + requestsPerMinute + " and " + burst);
    }
    this.nanosPerToken = 60_000_000_000d / requestsPerMinute;
    this.burst = burst;
    this.clock = clock;
    this.sleeper = sleeper;
    this.tokens = burst;
    this.last = clock.instant();
  }

  /**
   * Takes one token, sleeping until it is available.
   *
   * @throws InterruptedIOException when interrupted while waiting
   */
  public void acquire() throws InterruptedIOException {
    long waitNanos;
    synchronized (this) {
      Instant now = clock.instant();
      long elapsed = Duration.between(last, now).toNanos();
      if (elapsed > 0) {
        tokens = Math.min(burst, tokens + elapsed / nanosPerToken);
        last = now;
      }
      tokens -= 1;
      waitNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
    }
    if (waitNanos > 0) {
      try {
        sleeper.sleep(Duration.ofNanos(waitNanos));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limiter");
      }
    }
  }
}
