package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A client company of the CRM (a ConnectWise company once synced).
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param name the company name (at most 50 characters, as in ConnectWise)
 * @param identifier the short unique account code, or {@code null}
 * @param phone the main phone number, or {@code null}
 * @param website the web site, or {@code null}
 * @param companyType the company type (for example "Prospect", "Client"), or {@code null}
 * @param market the market (for example "Real Estate"), or {@code null}
 * @param addressLine1 the street address, or {@code null}
 * @param city the city, or {@code null}
 * @param state the state or region, or {@code null}
 * @param zip the postal code, or {@code null}
 * @param cwCompanyId the linked ConnectWise company id, or {@code null} before the first sync
 * @param syncOptOut the user's "do not sync this company" switch
 * @param tracking when and by whom the row last changed
 */
public record ClientCompany(
    long id,
    String name,
    @Nullable String identifier,
    @Nullable String phone,
    @Nullable String website,
    @Nullable String companyType,
    @Nullable String market,
    @Nullable String addressLine1,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zip,
    @Nullable Integer cwCompanyId,
    boolean syncOptOut,
    Tracking tracking) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if {@code name} or {@code tracking} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public ClientCompany {
    requireNonNull(name, "name == null");
    requireNonNull(tracking, "tracking == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("client company name is blank");
    }
  }

  /**
   * Returns an unsaved company with only a name.
   *
   * @param name the company name
   * @return a draft to pass to {@link CompanyRepository#insert}
   */
  public static ClientCompany draft(String name) {
    return new ClientCompany(0, name, null, null, null, null, null, null, null, null, null, null, false,
        Tracking.unsaved());
  }

  /** Returns a copy with another name. */
  public ClientCompany withName(String newName) {
    return new ClientCompany(id, newName, identifier, phone, website, companyType, market, addressLine1, city,
        state, zip, cwCompanyId, syncOptOut, tracking);
  }

  /** Returns a copy with another identifier. */
  public ClientCompany withIdentifier(@Nullable String newIdentifier) {
    return new ClientCompany(id, name, newIdentifier, phone, website, companyType, market, addressLine1, city,
        state, zip, cwCompanyId, syncOptOut, tracking);
  }

  /** Returns a copy with another phone number. */
  public ClientCompany withPhone(@Nullable String newPhone) {
    return new ClientCompany(id, name, identifier, newPhone, website, companyType, market, addressLine1, city,
        state, zip, cwCompanyId, syncOptOut, tracking);
  }

  /** Returns a copy with another type and market. */
  public ClientCompany withTypeAndMarket(@Nullable String newType, @Nullable String newMarket) {
    return new ClientCompany(id, name, identifier, phone, website, newType, newMarket, addressLine1, city,
        state, zip, cwCompanyId, syncOptOut, tracking);
  }

  /** Returns a copy with another address. */
  public ClientCompany withAddress(
      @Nullable String newLine1, @Nullable String newCity, @Nullable String newState, @Nullable String newZip) {
    return new ClientCompany(id, name, identifier, phone, website, companyType, market, newLine1, newCity,
        newState, newZip, cwCompanyId, syncOptOut, tracking);
  }

  /** Returns a copy with the sync opt-out switch set or cleared. */
  public ClientCompany withSyncOptOut(boolean optOut) {
    return new ClientCompany(id, name, identifier, phone, website, companyType, market, addressLine1, city,
        state, zip, cwCompanyId, optOut, tracking);
  }
}
