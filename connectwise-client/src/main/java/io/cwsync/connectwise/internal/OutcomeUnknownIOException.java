package io.cwsync.connectwise.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Raised inside the interceptor chain when a POST may have been processed; the transport turns it
 * into {@link io.cwsync.connectwise.CreateOutcomeUnknownException}. An {@link IOException} so that
 * it travels through OkHttp unchanged.
 */
final class OutcomeUnknownIOException extends IOException {
  private static final long serialVersionUID = 1L;

  final String reason;

  OutcomeUnknownIOException(String reason, @Nullable Throwable cause) {
    super(reason, cause);
    this.reason = reason;
  }
}
