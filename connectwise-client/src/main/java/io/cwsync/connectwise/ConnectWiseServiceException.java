package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ConnectWise answered with an error status. Carries the HTTP status, the ConnectWise error
 * {@code code} (such as {@code InvalidObject}), the server's message, the per-field
 * {@link #errors()} and the {@code x-cw-request-id} to quote in a support ticket.
 *
 * <p>The message reads like {@code GET company/companies: 400 InvalidObject: contact object is
 * invalid [firstName: MissingRequiredField The firstName field is required.]; request-id abc}.
 * Subclasses name the common cases. Immutable.
 */
public class ConnectWiseServiceException extends ConnectWiseException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String serverMessage;
  private final List<FieldError> errors;
  private final @Nullable String requestId;

  /**
   * Creates the exception.
   *
   * @param operation method and path, for example {@code GET company/companies}
   * @param statusCode the HTTP status
   * @param errorCode ConnectWise's {@code code}, or {@code null} when the body had none
   * @param serverMessage ConnectWise's {@code message}, or {@code null}
   * @param errors the per-field errors, possibly empty
   * @param requestId the {@code x-cw-request-id} response header, or {@code null}
   */
  public ConnectWiseServiceException(String operation, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, List<FieldError> errors, @Nullable String requestId) {
    super(format(operation, statusCode, errorCode, serverMessage, errors, requestId), null);
    this.operation = requireNonNull(operation, "operation == null");
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.serverMessage = serverMessage;
    this.errors = List.copyOf(errors);
    this.requestId = requestId;
  }

  private static String format(String operation, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, List<FieldError> errors, @Nullable String requestId) {
    StringBuilder sb = new StringBuilder(operation).append(": ").append(statusCode);
    if (errorCode != null) {
      sb.append(' ').append(errorCode);
    }
    if (serverMessage != null && !serverMessage.isBlank()) {
      sb.append(": ").append(serverMessage.strip());
    }
    if (!errors.isEmpty()) {
      sb.append(' ').append(errors);
    }
    if (requestId != null) {
      sb.append("; request-id ").append(requestId);
    }
    return sb.toString();
  }

  /** Method and path of the failed request, for example {@code GET company/companies}. */
  public String operation() {
    return operation;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** ConnectWise's error {@code code} such as {@code InvalidObject}, or {@code null} when absent. */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** ConnectWise's {@code message}, or {@code null} when the body had none. */
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /** The per-field errors; empty when the body had {@code errors: null} or none. */
  public List<FieldError> errors() {
    return errors;
  }

  /** The {@code x-cw-request-id} header of the response, or {@code null} when absent. */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Whether sending the same request again may succeed: 429, 502, 503, 504 and a 500 whose body
   * says the server timed out.
   */
  public boolean isRetryable() {
    return statusCode == 429 || statusCode == 502 || statusCode == 503 || statusCode == 504
        || (statusCode == 500 && isTimeoutMessage(serverMessage));
  }

  static boolean isTimeoutMessage(@Nullable String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(java.util.Locale.ROOT);
    // ConnectWise spells it "occured"; accept the correct spelling too.
    return m.contains("a timeout has occured") || m.contains("a timeout has occurred")
        || m.contains("timeout expired");
  }
}
