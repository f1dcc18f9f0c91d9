package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When and how the client repeats a failed request. Immutable and thread-safe.
 *
 * <p>The default condition retries 429 (honouring {@code Retry-After} in seconds or as an HTTP
 * date), 502, 503, 504, connection failures and timeouts, and a 500 whose body says ConnectWise
 * timed out; never other 500s or 4xx. Whatever the condition says, a POST is repeated only when it
 * provably was not processed (a 429, or a failure to connect); a POST that timed out or lost its
 * connection after sending fails with {@link CreateOutcomeUnknownException}.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.builder()
 *     .maxAttempts(8)
 *     .backoff(BackoffStrategy.exponentialWithJitter(Duration.ofMillis(500), Duration.ofSeconds(60)))
 *     .build();
 * }</pre>
 */
public final class RetryPolicy {

  /** Decides whether a failed attempt is worth repeating. Implementations must be thread-safe. */
  @FunctionalInterface
  public interface RetryCondition {
    /**
     * Whether to retry.
     *
     * @param context the failed attempt
     * @return {@code true} to retry (subject to attempts left and the POST rule)
     */
    boolean shouldRetry(RetryContext context);

    /** The ConnectWise rules described on {@link RetryPolicy}. */
    static RetryCondition connectWiseDefaults() {
      return c -> {
        if (c.failure() != null) {
          return true;
        }
        int s = c.statusCode();
        return s == 429 || s == 502 || s == 503 || s == 504 || (s == 500 && c.isServerTimeoutBody());
      };
    }
  }

  private static final RetryPolicy DEFAULT = builder().build();

  private final int maxAttempts;
  private final BackoffStrategy backoff;
  private final Duration maxRetryAfter;
  private final RetryCondition condition;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.backoff = b.backoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.condition = b.condition;
  }

  /**
   * The default for background work: 5 attempts, exponential backoff with jitter from 250 ms up to
   * 30 s, {@code Retry-After} honoured up to 2 minutes.
   */
  public static RetryPolicy defaultPolicy() {
    return DEFAULT;
  }

  /** For interactive calls: 3 attempts, backoff from 100 ms up to 3 s, {@code Retry-After} up to 10 s. */
  public static RetryPolicy interactive() {
    return builder().maxAttempts(3)
        .backoff(BackoffStrategy.exponentialWithJitter(Duration.ofMillis(100), Duration.ofSeconds(3)))
        .maxRetryAfter(Duration.ofSeconds(10)).build();
  }

  /** Never retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.backoff = backoff;
    b.maxRetryAfter = maxRetryAfter;
    b.condition = condition;
    return b;
  }

  /** Total attempts including the first, at least 1. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The delay between attempts when the server sent no {@code Retry-After}. */
  public BackoffStrategy backoff() {
    return backoff;
  }

  /**
   * The longest {@code Retry-After} the client waits; a longer one fails at once with
   * {@link RateLimitedException} so the caller can reschedule.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Which failures are retried. */
  public RetryCondition retryCondition() {
    return condition;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 5;
    private BackoffStrategy backoff =
        BackoffStrategy.exponentialWithJitter(Duration.ofMillis(250), Duration.ofSeconds(30));
    private Duration maxRetryAfter = Duration.ofMinutes(2);
    private RetryCondition condition = RetryCondition.connectWiseDefaults();

    private Builder() {}

    /**
     * Total attempts including the first.
     *
     * @param maxAttempts at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxAttempts < 1}
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The delay between attempts when the server sent no {@code Retry-After}.
     *
     * @param backoff the strategy
     * @return this builder
     */
    public Builder backoff(BackoffStrategy backoff) {
      this.backoff = requireNonNull(backoff, "backoff == null");
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured by waiting.
     *
     * @param maxRetryAfter not negative
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      requireNonNull(maxRetryAfter, "maxRetryAfter == null");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Which failures are retried; replaces {@link RetryCondition#connectWiseDefaults()}. The POST
     * rule described on {@link RetryPolicy} applies regardless.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder retryCondition(RetryCondition condition) {
      this.condition = requireNonNull(condition, "condition == null");
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
