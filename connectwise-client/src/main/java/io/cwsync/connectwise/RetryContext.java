package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RetryPolicy.RetryCondition} sees about one failed attempt.
 *
 * @param method the HTTP method, for example {@code GET}
 * @param path the path below the API base, for example {@code company/companies}
 * @param attempt the attempt that failed, starting at 1
 * @param statusCode the HTTP status, or 0 when no response arrived
 * @param body the start of the error body (at most 8 KB) when a response arrived, else {@code null}
 * @param failure the I/O failure when no response arrived, else {@code null}
 */
public record RetryContext(
    String method, String path, int attempt, int statusCode, @Nullable String body,
    @Nullable IOException failure) {

  /** Checks the components. */
  public RetryContext {
    requireNonNull(method, "method == null");
    requireNonNull(path, "path == null");
  }

  /** Whether the body says ConnectWise timed out ("A timeout has occured", "Timeout expired"). */
  public boolean isServerTimeoutBody() {
    return ConnectWiseServiceException.isTimeoutMessage(body);
  }
}
