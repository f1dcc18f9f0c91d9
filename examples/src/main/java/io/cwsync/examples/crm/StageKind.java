package io.cwsync.examples.crm;

/** Whether a pipeline stage is open or closes the opportunity as won or lost. */
public enum StageKind {
  /** The opportunity is still being worked. */
  OPEN,
  /** The opportunity is closed as won. */
  WON,
  /** The opportunity is closed as lost. */
  LOST;

  /** Returns whether this kind closes the opportunity (won or lost). */
  public boolean closed() {
    return this != OPEN;
  }
}
