package io.cwsync.core.internal;

import io.cwsync.core.StreamStatus;
import org.jspecify.annotations.Nullable;

/** Thrown inside a run to stop it with a status (a lost lease); never escapes the engine. */
final class StopRun extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final StreamStatus status;

  StopRun(StreamStatus status, String message, @Nullable Throwable cause) {
    super(message, cause, false, false);
    this.status = status;
  }
}
