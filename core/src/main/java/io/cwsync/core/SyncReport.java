package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one pass (or one flow's run) over a tenant did: one {@link StreamReport} per stream, in run order.
 *
 * @param tenant the tenant
 * @param streams the streams' reports
 * @param startedAt when the pass started
 * @param finishedAt when it ended
 */
public record SyncReport(TenantId tenant, List<StreamReport> streams, Instant startedAt, Instant finishedAt) {

  /** Validates and copies the components. */
  public SyncReport {
    requireNonNull(tenant, "tenant == null");
    streams = List.copyOf(requireNonNull(streams, "streams == null"));
    requireNonNull(startedAt, "startedAt == null");
    requireNonNull(finishedAt, "finishedAt == null");
  }

  /**
   * Returns the total count of {@code action} over all streams.
   *
   * @param action the action
   * @return the count
   */
  public long count(SyncAction action) {
    return streams.stream().mapToLong(s -> s.count(action)).sum();
  }

  /**
   * Returns the total number of writes over all streams.
   *
   * @return the count
   */
  public long writes() {
    return streams.stream().mapToLong(StreamReport::writes).sum();
  }

  /**
   * Returns whether every stream completed (throttled streams count as completed: they resume next time).
   *
   * @return true if no stream failed, lost its lease or was skipped
   */
  public boolean successful() {
    return streams.stream().allMatch(s -> s.status() == StreamStatus.COMPLETED || s.status() == StreamStatus.THROTTLED
        || s.status() == StreamStatus.LEASE_HELD);
  }

  /**
   * Finds the report of one stream.
   *
   * @param flowId the flow
   * @param direction the direction
   * @return the report, or empty if that stream did not run
   */
  public Optional<StreamReport> stream(String flowId, Direction direction) {
    return streams.stream().filter(s -> s.flowId().equals(flowId) && s.direction() == direction).findFirst();
  }
}
