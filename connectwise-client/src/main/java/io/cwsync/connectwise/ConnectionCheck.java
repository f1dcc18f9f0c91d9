package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.model.SystemInfo;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link ConnectWiseClient#checkConnection()}: a status a program can branch on
 * and a message a user can act on.
 *
 * @param status what happened
 * @param message what it means and what to do, in the user's words; never contains credentials
 * @param systemInfo the server's {@code system/info} when the check succeeded, else {@code null}
 * @param cause the failure behind a non-OK status, else {@code null}
 */
public record ConnectionCheck(
    Status status, String message, @Nullable SystemInfo systemInfo, @Nullable ConnectWiseException cause) {

  /** What a connection check found. */
  public enum Status {
    /** Credentials, client id and permissions work. */
    OK,
    /** The public/private key pair (or the company id they belong to) was rejected: HTTP 401. */
    BAD_CREDENTIALS,
    /** The client id is missing or not recognised. */
    INVALID_CLIENT_ID,
    /** The keys work but the API member's security role does not allow the call: HTTP 403. */
    MISSING_PERMISSION,
    /** ConnectWise does not know the company id on this site. */
    UNKNOWN_COMPANY,
    /** The host could not be reached (DNS, connection refused, timeout, TLS). */
    UNREACHABLE,
    /** Anything else; the message quotes ConnectWise's answer. */
    UNEXPECTED
  }

  /** Checks the components. */
  public ConnectionCheck {
    requireNonNull(status, "status == null");
    requireNonNull(message, "message == null");
  }

  /** Whether the connection works. */
  public boolean isOk() {
    return status == Status.OK;
  }

  /**
   * Returns the server info when the check succeeded, else throws.
   *
   * @return the server's {@code system/info}
   * @throws ConnectWiseClientException carrying {@link #message()} and the cause, when not OK
   */
  public SystemInfo requireOk() {
    if (status != Status.OK || systemInfo == null) {
      throw new ConnectWiseClientException(status + ": " + message, cause);
    }
    return systemInfo;
  }
}
