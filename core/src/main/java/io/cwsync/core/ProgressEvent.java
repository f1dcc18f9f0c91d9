package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;
import java.time.Duration;
import java.util.Optional;

/**
 * Progress of a running stream, sent after each committed page or batch.
 *
 * <pre>{@code
 * public void onProgress(ProgressEvent e) {
 *   String eta = e.eta().map(d -> d.toSeconds() + " s left").orElse("");
 *   bar.update(e.flowId(), e.processed(), e.total(), eta);
 * }
 * }</pre>
 *
 * @param tenant the tenant
 * @param flowId the flow
 * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
 * @param processed records handled so far in this run
 * @param total the total from {@code /count} with the pull's conditions (full pulls, and incremental pulls whose
 *     first page has a next one); -1 when unknown (pushes, child flows, incremental pulls of one page)
 * @param recordsPerSecond the run's average rate so far
 * @param recentRecordsPerSecond the rate over a sliding window of the most recent progress (about the last 30
 *     seconds), which follows a run that speeds up or slows down; the basis of {@link #eta()}
 */
public record ProgressEvent(TenantId tenant, String flowId, Direction direction, long processed, long total,
    double recordsPerSecond, double recentRecordsPerSecond) {

  /** Validates the components. */
  public ProgressEvent {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(direction, "direction == null");
  }

  /**
   * Creates an event whose recent rate is the run's average rate.
   *
   * @param tenant the tenant
   * @param flowId the flow
   * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
   * @param processed records handled so far
   * @param total the total; -1 when unknown
   * @param recordsPerSecond the average rate
   */
  public ProgressEvent(TenantId tenant, String flowId, Direction direction, long processed, long total,
      double recordsPerSecond) {
    this(tenant, flowId, direction, processed, total, recordsPerSecond, recordsPerSecond);
  }

  /**
   * Estimates the time left: the records still to go at the recent rate.
   *
   * @return the estimate; zero once {@code processed >= total}; empty when the total is unknown or nothing was
   *     processed recently (no rate to extrapolate)
   */
  public Optional<Duration> eta() {
    if (total < 0) {
      return Optional.empty();
    }
    long remaining = total - processed;
    if (remaining <= 0) {
      return Optional.of(Duration.ZERO);
    }
    if (!(recentRecordsPerSecond > 0) || Double.isInfinite(recentRecordsPerSecond)) {
      return Optional.empty();
    }
    double seconds = remaining / recentRecordsPerSecond;
    return Optional.of(seconds >= Long.MAX_VALUE / 1_000_000_000L ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)
        : Duration.ofNanos((long) (seconds * 1_000_000_000L)));
  }
}
