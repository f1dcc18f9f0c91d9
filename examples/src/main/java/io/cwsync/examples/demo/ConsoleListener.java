package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.ProgressEvent;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncListener;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.TenantId;
import java.util.Locale;

/**
 * Drives a {@link ProgressBar} from the coordinator's progress events: one bar per stream, labelled
 * with its direction and flow ({@code pull companies}).
 *
 * <p>Thread-safety: safe for use from many threads (the bar is synchronized).
 */
public final class ConsoleListener implements SyncListener {
  private final ProgressBar bar;

  /**
   * Creates the listener.
   *
   * @param bar the bar to draw on
   */
  public ConsoleListener(ProgressBar bar) {
    this.bar = requireNonNull(bar, "bar == null");
  }

  @Override
  public void onProgress(ProgressEvent event) {
    bar.update(label(event.flowId(), event.direction()), event.processed(), event.total(),
        event.eta().orElse(null));
  }

  @Override
  public void onStreamFinished(TenantId tenant, StreamReport report) {
    long done = report.recordsRead();
    bar.update(label(report.flowId(), report.direction()), done, report.total() > 0 ? report.total() : done);
  }

  static String label(String flowId, Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT) + " " + flowId;
  }
}
