package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one run of one stream (a flow in one direction) did.
 *
 * @param flowId the flow
 * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
 * @param status how the run ended
 * @param actions how many records got each action; every action present, zero included
 * @param recordsRead records read from the source side
 * @param pages pages (pull) or batches (push) committed
 * @param total the source's total from {@code /count} on a full pull, or an incremental pull of more than one page;
 *     -1 when not counted
 * @param dryRun true if nothing was written
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param error why it failed, was throttled or lost its lease; null when completed
 */
public record StreamReport(String flowId, Direction direction, StreamStatus status, Map<SyncAction, Long> actions,
    long recordsRead, long pages, long total, boolean dryRun, Instant startedAt, Instant finishedAt,
    @Nullable String error) {

  /** Validates and copies the components. */
  public StreamReport {
    requireNonNull(flowId, "flowId == null");
    requireNonNull(direction, "direction == null");
    requireNonNull(status, "status == null");
    requireNonNull(startedAt, "startedAt == null");
    requireNonNull(finishedAt, "finishedAt == null");
    EnumMap<SyncAction, Long> copy = new EnumMap<>(SyncAction.class);
    for (SyncAction a : SyncAction.values()) {
      copy.put(a, 0L);
    }
    copy.putAll(requireNonNull(actions, "actions == null"));
    actions = Map.copyOf(copy);
  }

  /**
   * Returns how many records got {@code action}.
   *
   * @param action the action
   * @return the count
   */
  public long count(SyncAction action) {
    return actions.get(action);
  }

  /**
   * Returns the number of writes the run made (or would make, in a dry run): creates, updates, links and deletes.
   *
   * @return the write count
   */
  public long writes() {
    return count(SyncAction.CREATE) + count(SyncAction.UPDATE) + count(SyncAction.LINK) + count(SyncAction.DELETE)
        + count(SyncAction.LEFT_SCOPE);
  }

  /**
   * Returns how long the run took.
   *
   * @return the duration
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
