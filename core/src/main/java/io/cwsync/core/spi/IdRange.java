package io.cwsync.core.spi;

/**
 * One id range of an {@link InitialPull}: the ConnectWise ids {@code from <= id < to}, read in id order, and how far
 * the host has stored them.
 *
 * @param from the first id of the range (inclusive)
 * @param to the end of the range (exclusive); greater than {@code from}
 * @param next the lowest id not stored yet: the next page reads {@code id >= next}; {@code to} once the range is done
 */
public record IdRange(long from, long to, long next) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code from >= to} or {@code next} is outside {@code [from, to]}
   */
  public IdRange {
    if (from >= to || next < from || next > to) {
      throw new IllegalArgumentException("id range must have from < to and from <= next <= to: [" + from + ", " + to
          + ") next " + next);
    }
  }

  /**
   * Returns a new range that nothing has been read of yet.
   *
   * @param from the first id (inclusive)
   * @param to the end (exclusive)
   * @return the range
   */
  public static IdRange of(long from, long to) {
    return new IdRange(from, to, from);
  }

  /**
   * Whether every id of the range has been read and stored.
   *
   * @return true once {@code next == to}
   */
  public boolean done() {
    return next >= to;
  }

  /**
   * Returns a copy that continues at {@code newNext} (capped at {@code to}).
   *
   * @param newNext the lowest id not stored yet
   * @return the copy
   */
  public IdRange withNext(long newNext) {
    return new IdRange(from, to, Math.min(to, Math.max(next, newNext)));
  }
}
