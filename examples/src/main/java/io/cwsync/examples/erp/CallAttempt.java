package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one attempt to create the ConnectWise ticket of an ERP call: what the host e-mails
 * after every attempt (the seed's "first column says FAIL"). After each attempt the call is on hold.
 *
 * @param callId the ERP call
 * @param callNumber the call number
 * @param success whether the ticket was created (or found and linked)
 * @param ticketId the ticket, or {@code null} on failure
 * @param reason why it failed, or {@code null} on success
 * @param at when
 */
public record CallAttempt(long callId, String callNumber, boolean success, @Nullable Long ticketId,
    @Nullable String reason, Instant at) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a required component is null
   */
  public CallAttempt {
    requireNonNull(callNumber, "callNumber == null");
    requireNonNull(at, "at == null");
  }

  /** Returns the e-mail line: {@code OK} or {@code FAIL}, the call, and the ticket or the reason. */
  public String line() {
    return (success ? "OK   " : "FAIL ") + callNumber + (success ? " -> ticket #" + ticketId : ": " + reason);
  }
}
