package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An ERP service call: imported from a ConnectWise ticket with its time entries as labour, or opened
 * in the ERP and sent to ConnectWise as a ticket.
 *
 * @param id the ERP id; {@code 0} before the row is saved
 * @param number the call number
 * @param customerId the customer
 * @param contractId the contract found through the agreement-to-contract mapping, or {@code null}
 * @param description the description; an imported call's names its ticket ({@code CW Ticket #123})
 * @param technician the technician number, or {@code null}
 * @param status the call status (the ticket status for imported calls)
 * @param onHold whether the call is on hold; the call sync puts a call on hold after each attempt
 * @param origin where the call was opened
 * @param cwTicketId the linked ticket, or {@code null}
 * @param modifiedAt when the row last changed
 * @param changeSeq the row's position in the change sequence
 */
public record ServiceCall(long id, String number, long customerId, @Nullable Long contractId, String description,
    @Nullable String technician, String status, boolean onHold, CallOrigin origin, @Nullable Integer cwTicketId,
    Instant modifiedAt, long changeSeq) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   */
  public ServiceCall {
    requireNonNull(number, "number == null");
    requireNonNull(description, "description == null");
    requireNonNull(status, "status == null");
    requireNonNull(origin, "origin == null");
    requireNonNull(modifiedAt, "modifiedAt == null");
  }

  /** Returns a copy on or off hold. */
  public ServiceCall withOnHold(boolean hold) {
    return new ServiceCall(id, number, customerId, contractId, description, technician, status, hold, origin,
        cwTicketId, modifiedAt, changeSeq);
  }

  /** Returns a copy with this description. */
  public ServiceCall withDescription(String newDescription) {
    return new ServiceCall(id, number, customerId, contractId, newDescription, technician, status, onHold, origin,
        cwTicketId, modifiedAt, changeSeq);
  }
}
