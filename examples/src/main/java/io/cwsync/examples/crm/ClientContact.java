package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A client contact of the CRM (a ConnectWise contact once synced).
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param companyId the CRM id of the contact's company, or {@code null}
 * @param firstName the first name (required, as ConnectWise requires it)
 * @param lastName the last name, or {@code null}
 * @param title the job title, or {@code null}
 * @param email the e-mail address, the natural key matched against ConnectWise, or {@code null}
 * @param phone the direct phone number, or {@code null}
 * @param contactType the contact type (for example "Approver"), or {@code null}
 * @param inactive whether ConnectWise marks the contact inactive, or {@code null} when it never said
 * @param cwContactId the linked ConnectWise contact id, or {@code null} before the first sync
 * @param syncOptOut the user's "do not sync this contact" switch
 * @param tracking when and by whom the row last changed
 */
public record ClientContact(
    long id,
    @Nullable Long companyId,
    String firstName,
    @Nullable String lastName,
    @Nullable String title,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String contactType,
    @Nullable Boolean inactive,
    @Nullable Integer cwContactId,
    boolean syncOptOut,
    Tracking tracking) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if {@code firstName} or {@code tracking} is null
   * @throws IllegalArgumentException if {@code firstName} is blank
   */
  public ClientContact {
    requireNonNull(firstName, "firstName == null");
    requireNonNull(tracking, "tracking == null");
    if (firstName.isBlank()) {
      throw new IllegalArgumentException("client contact first name is blank");
    }
  }

  /**
   * Returns an unsaved contact.
   *
   * @param companyId the company's CRM id, or {@code null}
   * @param firstName the first name
   * @param lastName the last name, or {@code null}
   * @param email the e-mail address, or {@code null}
   * @return a draft to pass to {@link ContactRepository#insert}
   */
  public static ClientContact draft(
      @Nullable Long companyId, String firstName, @Nullable String lastName, @Nullable String email) {
    return new ClientContact(0, companyId, firstName, lastName, null, email, null, null, null, null, false,
        Tracking.unsaved());
  }

  /** Returns the first and last name joined by a space. */
  public String fullName() {
    return lastName == null ? firstName : firstName + " " + lastName;
  }

  /** Returns a copy with another title. */
  public ClientContact withTitle(@Nullable String newTitle) {
    return new ClientContact(id, companyId, firstName, lastName, newTitle, email, phone, contactType, inactive, cwContactId,
        syncOptOut, tracking);
  }

  /** Returns a copy with another phone number. */
  public ClientContact withPhone(@Nullable String newPhone) {
    return new ClientContact(id, companyId, firstName, lastName, title, email, newPhone, contactType, inactive, cwContactId,
        syncOptOut, tracking);
  }

  /** Returns a copy with another contact type. */
  public ClientContact withContactType(@Nullable String newType) {
    return new ClientContact(id, companyId, firstName, lastName, title, email, phone, newType, inactive, cwContactId,
        syncOptOut, tracking);
  }

  /** Returns a copy with the sync opt-out switch set or cleared. */
  public ClientContact withSyncOptOut(boolean optOut) {
    return new ClientContact(id, companyId, firstName, lastName, title, email, phone, contactType, inactive, cwContactId,
        optOut, tracking);
  }
}
