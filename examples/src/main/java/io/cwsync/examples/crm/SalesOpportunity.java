package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity in the CRM's sales pipeline (a ConnectWise opportunity once synced).
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param name the opportunity name
 * @param companyId the CRM id of the client company
 * @param contactId the CRM id of the client contact, or {@code null}
 * @param stage the pipeline stage name
 * @param amount the expected revenue
 * @param expectedClose the expected close date, or {@code null}
 * @param owner the sales rep's member identifier, or {@code null}
 * @param notes free text, or {@code null}
 * @param cwStatus the "CW Status" custom field: the ConnectWise status name, or {@code null}
 * @param cwOpportunityId the linked ConnectWise opportunity id, or {@code null} before the first sync
 * @param syncOptOut the user's "do not sync this opportunity" switch
 * @param tracking when and by whom the row last changed
 */
public record SalesOpportunity(
    long id,
    String name,
    long companyId,
    @Nullable Long contactId,
    String stage,
    BigDecimal amount,
    @Nullable LocalDate expectedClose,
    @Nullable String owner,
    @Nullable String notes,
    @Nullable String cwStatus,
    @Nullable Integer cwOpportunityId,
    boolean syncOptOut,
    Tracking tracking) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public SalesOpportunity {
    requireNonNull(name, "name == null");
    requireNonNull(stage, "stage == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(tracking, "tracking == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("opportunity name is blank");
    }
  }

  /**
   * Returns an unsaved opportunity.
   *
   * @param name the name
   * @param companyId the company's CRM id
   * @param contactId the contact's CRM id, or {@code null}
   * @param stage the stage name
   * @param amount the expected revenue
   * @return a draft to pass to {@link OpportunityRepository#insert}
   */
  public static SalesOpportunity draft(
      String name, long companyId, @Nullable Long contactId, String stage, BigDecimal amount) {
    return new SalesOpportunity(0, name, companyId, contactId, stage, amount, null, null, null, null, null, false,
        Tracking.unsaved());
  }

  /** Returns a copy in another stage. */
  public SalesOpportunity withStage(String newStage) {
    return new SalesOpportunity(id, name, companyId, contactId, newStage, amount, expectedClose, owner, notes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with another name. */
  public SalesOpportunity withName(String newName) {
    return new SalesOpportunity(id, newName, companyId, contactId, stage, amount, expectedClose, owner, notes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with another amount. */
  public SalesOpportunity withAmount(BigDecimal newAmount) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, newAmount, expectedClose, owner, notes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with another expected close date. */
  public SalesOpportunity withExpectedClose(@Nullable LocalDate newDate) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, amount, newDate, owner, notes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with another "CW Status" custom field value. */
  public SalesOpportunity withCwStatus(@Nullable String newStatus) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, amount, expectedClose, owner, notes,
        newStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with another sales rep. */
  public SalesOpportunity withOwner(@Nullable String newOwner) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, amount, expectedClose, newOwner, notes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with other notes. */
  public SalesOpportunity withNotes(@Nullable String newNotes) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, amount, expectedClose, owner, newNotes,
        cwStatus, cwOpportunityId, syncOptOut, tracking);
  }

  /** Returns a copy with the sync opt-out switch set or cleared. */
  public SalesOpportunity withSyncOptOut(boolean optOut) {
    return new SalesOpportunity(id, name, companyId, contactId, stage, amount, expectedClose, owner, notes,
        cwStatus, cwOpportunityId, optOut, tracking);
  }
}
