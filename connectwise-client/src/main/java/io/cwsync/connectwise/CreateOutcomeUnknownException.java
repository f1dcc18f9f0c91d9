package io.cwsync.connectwise;

import org.jspecify.annotations.Nullable;

/**
 * A create (POST) was sent but no reliable answer came back: a timeout or a lost connection after
 * the request was written, a gateway timeout, or a redirect. The record may or may not exist now.
 *
 * <p>The client never re-sends such a POST. Look the record up by its natural key before trying
 * again; a blind retry can create a duplicate.
 */
public final class CreateOutcomeUnknownException extends ConnectWiseClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the request, for example {@code POST company/companies}
   * @param reason what happened, for example {@code read timed out}
   * @param cause the underlying failure, or {@code null}
   */
  public CreateOutcomeUnknownException(String operation, String reason, @Nullable Throwable cause) {
    super(operation + ": " + reason + "; the create may have happened; look the record up before retrying",
        cause);
  }
}
