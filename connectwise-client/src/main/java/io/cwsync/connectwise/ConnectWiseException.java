package io.cwsync.connectwise;

import org.jspecify.annotations.Nullable;

/**
 * The unchecked root of every failure the ConnectWise client reports.
 *
 * <p>Messages never contain credentials. Instances are immutable apart from suppressed exceptions
 * attached while retrying.
 */
public class ConnectWiseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message what went wrong, in words a user can act on
   * @param cause the underlying failure, or {@code null}
   */
  public ConnectWiseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
