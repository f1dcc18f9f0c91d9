package io.cwsync.connectwise;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 429: ConnectWise throttled the request and the retry policy gave up (attempts exhausted, or the
 * server asked for a longer wait than the policy allows). Immutable.
 */
public final class RateLimitedException extends ConnectWiseServiceException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception; see {@link ConnectWiseServiceException#ConnectWiseServiceException}.
   *
   * @param operation method and path
   * @param errorCode the body's code (the 429 body names {@code error: ConnectWiseAPI}), or {@code null}
   * @param serverMessage the body's message, or {@code null}
   * @param requestId the request id, or {@code null}
   * @param retryAfter the wait the server asked for, or {@code null} when it sent no usable
   *     {@code Retry-After}
   */
  public RateLimitedException(String operation, @Nullable String errorCode, @Nullable String serverMessage,
      @Nullable String requestId, @Nullable Duration retryAfter) {
    super(operation, 429, errorCode, serverMessage, List.of(), requestId);
    this.retryAfter = retryAfter;
  }

  /** The wait ConnectWise asked for through {@code Retry-After}, or {@code null} when absent. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
