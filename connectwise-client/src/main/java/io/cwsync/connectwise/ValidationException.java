package io.cwsync.connectwise;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 400 (or 409): ConnectWise refused the request content, typically {@code InvalidObject} with
 * per-field {@link #errors()}. {@link #isObjectExists()} tells a duplicate apart. Immutable.
 */
public class ValidationException extends ConnectWiseServiceException {
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
  public ValidationException(String operation, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, List<FieldError> errors, @Nullable String requestId) {
    super(operation, statusCode, errorCode, serverMessage, errors, requestId);
  }

  /**
   * Whether ConnectWise refused because the record already exists (code {@code ObjectExists} on
   * the body or on one of its field errors).
   */
  public boolean isObjectExists() {
    if ("ObjectExists".equalsIgnoreCase(errorCode())) {
      return true;
    }
    for (FieldError e : errors()) {
      if ("ObjectExists".equalsIgnoreCase(e.code())) {
        return true;
      }
    }
    return false;
  }
}
