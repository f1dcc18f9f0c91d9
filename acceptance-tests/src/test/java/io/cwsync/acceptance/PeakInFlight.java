package io.cwsync.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The most requests the simulator's journal shows arriving within one window of each other. With a fixed latency
 * injected on every request and a window a little under it, that is the peak number of requests in flight.
 */
final class PeakInFlight {

  private PeakInFlight() {
  }

  /**
   * @param arrivals request arrival times, in any order
   * @param window a little under the injected latency
   */
  static int of(List<Instant> arrivals, Duration window) {
    List<Instant> at = arrivals.stream().sorted().toList();
    int peak = 0;
    int first = 0;
    for (int last = 0; last < at.size(); last++) {
      while (Duration.between(at.get(first), at.get(last)).compareTo(window) >= 0) {
        first++;
      }
      peak = Math.max(peak, last - first + 1);
    }
    return peak;
  }
}
