package io.cwsync.examples.demo;

/**
 * A command-line argument the demo cannot use; the message names the flag and what was wrong.
 *
 * <p>Instances are immutable.
 */
public final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names the flag and the problem
   */
  public UsageException(String message) {
    super(message);
  }
}
