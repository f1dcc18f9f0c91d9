package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in the sync history of one record (the seeds' History tab on an opportunity).
 *
 * @param tenant the tenant
 * @param type the entity type
 * @param hostId the host id; null if the record has none yet
 * @param cwId the ConnectWise id; null if the record has none yet
 * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
 * @param action what was done
 * @param outcome how it ended
 * @param detail a short description (changed fields, error reason); may be empty
 * @param at when it happened
 * @param sequence the store-assigned position, increasing per store in append order (0 before appending)
 */
public record HistoryEntry(TenantId tenant, EntityType type, @Nullable String hostId, @Nullable Long cwId,
    Direction direction, SyncAction action, Outcome outcome, String detail, Instant at, long sequence) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if both ids are null
   */
  public HistoryEntry {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(direction, "direction == null");
    requireNonNull(action, "action == null");
    requireNonNull(outcome, "outcome == null");
    requireNonNull(detail, "detail == null");
    requireNonNull(at, "at == null");
    if (hostId == null && cwId == null) {
      throw new IllegalArgumentException("a history entry needs a host id or a ConnectWise id");
    }
  }

  /**
   * Returns a copy with the store-assigned sequence.
   *
   * @param newSequence the sequence
   * @return the copy
   */
  public HistoryEntry withSequence(long newSequence) {
    return new HistoryEntry(tenant, type, hostId, cwId, direction, action, outcome, detail, at, newSequence);
  }
}
