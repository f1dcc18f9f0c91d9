package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;

/**
 * Identifies one failing item: a record in one stream and direction.
 *
 * @param tenant the tenant
 * @param flowId the flow
 * @param direction {@link Direction#PULL} (record id is the ConnectWise id) or {@link Direction#PUSH} (host id)
 * @param recordId the record's id on the source side of {@code direction}
 */
public record RetryKey(TenantId tenant, String flowId, Direction direction, String recordId) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code direction} is {@link Direction#BOTH}
   */
  public RetryKey {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(direction, "direction == null");
    requireNonNull(recordId, "recordId == null");
    if (direction == Direction.BOTH) {
      throw new IllegalArgumentException("a retry item is either PULL or PUSH");
    }
  }
}
