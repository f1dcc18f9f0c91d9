package io.cwsync.connectwise;

import org.jspecify.annotations.Nullable;

/**
 * A delivered callback was refused: the signature is missing or wrong, the payload is malformed,
 * or its key URL points at a host other than the tenant's. Answer the delivery with an error and
 * do not act on it. Immutable.
 */
public final class InvalidCallbackException extends ConnectWiseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the callback was refused
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidCallbackException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
