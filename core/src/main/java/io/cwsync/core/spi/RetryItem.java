package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A failing record waiting for another attempt, parked, or ignored.
 *
 * @param key what failed
 * @param type the entity type
 * @param state the state
 * @param attempts failed attempts since the item was (re)queued; each counts as one report
 * @param reason the last failure's reason (error code and message)
 * @param nextAttemptAt when the next attempt is due (meaningful while {@link RetryState#RETRYING})
 * @param firstFailedAt when the item first failed
 * @param lastFailedAt when it last failed
 * @param fingerprint the record's fingerprint at the last failure, so a touch (a changed record) is recognised;
 *     null if unknown
 */
public record RetryItem(RetryKey key, EntityType type, RetryState state, int attempts, String reason,
    Instant nextAttemptAt, Instant firstFailedAt, Instant lastFailedAt, @Nullable String fingerprint) {

  /** Validates the components. */
  public RetryItem {
    requireNonNull(key, "key == null");
    requireNonNull(type, "type == null");
    requireNonNull(state, "state == null");
    requireNonNull(reason, "reason == null");
    requireNonNull(nextAttemptAt, "nextAttemptAt == null");
    requireNonNull(firstFailedAt, "firstFailedAt == null");
    requireNonNull(lastFailedAt, "lastFailedAt == null");
  }
}
