package io.cwsync.core.spi;

/** The state of a {@link RetryItem}. */
public enum RetryState {
  /** Waiting for its next attempt; shown in error reports. */
  RETRYING,
  /** Out of attempts (or permanently failing); hidden from error reports until touched or requeued (G8). */
  PARKED,
  /** Removed from the sync by a person ("remove from the sync"); skipped until requeued. */
  IGNORED
}
