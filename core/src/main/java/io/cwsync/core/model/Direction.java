package io.cwsync.core.model;

/** Which way a flow moves records. */
public enum Direction {
  /** ConnectWise to host. */
  PULL,
  /** Host to ConnectWise. */
  PUSH,
  /** Both ways (two-way sync, with echo suppression). */
  BOTH;

  /**
   * Returns whether this direction includes pulling.
   *
   * @return true for {@link #PULL} and {@link #BOTH}
   */
  public boolean pulls() {
    return this != PUSH;
  }

  /**
   * Returns whether this direction includes pushing.
   *
   * @return true for {@link #PUSH} and {@link #BOTH}
   */
  public boolean pushes() {
    return this != PULL;
  }
}
