package io.cwsync.connectwise;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** 404: the record or path does not exist (or the codebase moved and a refresh did not help). Immutable. */
public class NotFoundException extends ConnectWiseServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ConnectWiseServiceException#ConnectWiseServiceException}.
   *
   * @param operation method and path
   * @param statusCode the HTTP status
   * @param errorCode ConnectWise's {@code code}, or {@code null}
   * @param serverMessage ConnectWise's {@code message}, or {@code null}
   * @param errors the per-field errors
   * @param requestId the request id, or {@code null}
   */
  public NotFoundException(String operation, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, List<FieldError> errors, @Nullable String requestId) {
    super(operation, statusCode, errorCode, serverMessage, errors, requestId);
  }
}
