package io.cwsync.connectwise;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer came from ConnectWise: an I/O failure, a timeout, an unreadable body, or a
 * configuration problem found while connecting.
 */
public class ConnectWiseClientException extends ConnectWiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ConnectWiseClientException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
