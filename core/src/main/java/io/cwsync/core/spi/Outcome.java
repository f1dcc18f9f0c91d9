package io.cwsync.core.spi;

/** How an audited action ended. */
public enum Outcome {
  /** It happened (or, for skips and echoes, nothing needed to happen). */
  SUCCESS,
  /** It failed; the entry's reason says why. */
  FAILED,
  /** A dry run: it would have happened, nothing was written. */
  DRY_RUN
}
