package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The progress of a stream's initial (full) pull split into id ranges that are read concurrently: each range's
 * position, checkpointed page by page, so a crash resumes every range where it stopped.
 *
 * <p>{@code watermark} is no later than ConnectWise's {@code _info/lastUpdated} clock when the pull began (derived from
 * server values, G3, never from the local clock), and may be raised while the pull reads pages as long as that holds.
 * Once every range is done it becomes the stream's incremental watermark: a record changed while the ranges were read
 * has a later {@code lastUpdated} (or the same second, which the overlap re-reads), so the incremental pull that
 * follows reads it again even if its range was already behind it. The highest {@code lastUpdated} seen while reading
 * would not do: a record of a finished range changed in between could sort below it.
 *
 * @param watermark a {@code lastUpdated} no later than ConnectWise's clock when the pull began
 * @param ranges the ranges in id order; unmodifiable, not empty
 */
public record InitialPull(Instant watermark, List<IdRange> ranges) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code ranges} is empty
   */
  public InitialPull {
    requireNonNull(watermark, "watermark == null");
    ranges = List.copyOf(requireNonNull(ranges, "ranges == null"));
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("an initial pull needs at least one id range");
    }
  }

  /**
   * Whether every range is done.
   *
   * @return true if no range has ids left to read
   */
  public boolean done() {
    return ranges.stream().allMatch(IdRange::done);
  }

  /**
   * Returns a copy with range {@code index} replaced.
   *
   * @param index the range's position in {@link #ranges()}
   * @param range the new position of that range
   * @return the copy
   */
  public InitialPull withRange(int index, IdRange range) {
    java.util.ArrayList<IdRange> copy = new java.util.ArrayList<>(ranges);
    copy.set(index, requireNonNull(range, "range == null"));
    return new InitialPull(watermark, copy);
  }
}
