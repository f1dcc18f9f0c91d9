package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;

/**
 * Progress of a running stream, sent after each committed page or batch.
 *
 * @param tenant the tenant
 * @param flowId the flow
 * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
 * @param processed records handled so far in this run
 * @param total the total from {@code /count} on a full pull; -1 when unknown
 * @param recordsPerSecond the run's average rate so far
 */
public record ProgressEvent(TenantId tenant, String flowId, Direction direction, long processed, long total,
    double recordsPerSecond) {

  /** Validates the components. */
  public ProgressEvent {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(direction, "direction == null");
  }
}
