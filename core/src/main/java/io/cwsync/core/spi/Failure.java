package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One failed attempt, as reported to {@link RetryQueue#recordFailure}.
 *
 * @param key what failed
 * @param type the entity type
 * @param reason why (error code and message)
 * @param at when it failed
 * @param nextAttemptAt when to try again if attempts remain
 * @param maxAttempts after this many failed attempts the item is parked; 1 parks at once (permanent errors)
 * @param fingerprint the record's fingerprint now; null if unknown
 */
public record Failure(RetryKey key, EntityType type, String reason, Instant at, Instant nextAttemptAt,
    int maxAttempts, @Nullable String fingerprint) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is not positive
   */
  public Failure {
    requireNonNull(key, "key == null");
    requireNonNull(type, "type == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(at, "at == null");
    requireNonNull(nextAttemptAt, "nextAttemptAt == null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }
}
