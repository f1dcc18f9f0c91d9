package io.cwsync.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The rate of a stream's progress over a sliding window of recent samples, for ETA estimates.
 *
 * <p>Design: one sample per committed page or batch, so the deque stays small. The window keeps every sample
 * within {@code window} of the newest plus one older anchor, so the rate always spans at least the window (or
 * the run, when shorter) even when pages are slower than the window. The run's start, with nothing processed, is
 * the first anchor. Confined to the stream's thread.
 */
final class ProgressWindow {
  static final Duration DEFAULT_WINDOW = Duration.ofSeconds(30);

  private record Sample(Instant at, long processed) {
  }

  private final Duration window;
  private final ArrayDeque<Sample> samples = new ArrayDeque<>();

  ProgressWindow(Instant start, Duration window) {
    this.window = window;
    samples.add(new Sample(start, 0));
  }

  /**
   * Adds a sample and returns the rate over the window.
   *
   * @return records per second since the window's anchor; 0 when no time has passed
   */
  double add(Instant now, long processed) {
    samples.addLast(new Sample(now, processed));
    Instant cutoff = now.minus(window);
    // Drop the anchor while the next sample is still at or before the cutoff: it can anchor the window instead.
    while (samples.size() > 2) {
      var it = samples.iterator();
      it.next();
      if (it.next().at().isAfter(cutoff)) {
        break;
      }
      samples.removeFirst();
    }
    Sample anchor = samples.getFirst();
    double seconds = Duration.between(anchor.at(), now).toNanos() / 1e9;
    return seconds <= 0 ? 0 : (processed - anchor.processed()) / seconds;
  }
}
