package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An ERP customer: a main (parent) customer, synced to a ConnectWise company, or a location (child)
 * customer of one, synced to a site of that company.
 *
 * @param id the ERP id; {@code 0} before the row is saved
 * @param number the customer number, matched against the ConnectWise company identifier or account
 *     number
 * @param name the customer name
 * @param customerType the customer type (filter), or {@code null}
 * @param contractType the contract type (filter), or {@code null}
 * @param branch the branch number (filter), or {@code null}
 * @param parentId the main customer of a location customer, or {@code null} for a main customer
 * @param addressLine1 the street address, or {@code null}
 * @param city the city, or {@code null}
 * @param state the state, or {@code null}
 * @param zip the postal code, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param cwCompanyId custom property {@code ZCJ_CW_CompanyID}: the linked company, or {@code null}
 * @param cwSiteId custom property {@code ZCJ_CW_SiteAddressRecID}: the linked site of a location
 *     customer, or {@code null}
 * @param syncToCw custom property {@code ZCJ_SyncToCW}: {@code Yes}, or {@code No} to keep the
 *     customer out of ConnectWise
 * @param modifiedAt when the row last changed
 * @param changeSeq the row's position in the change sequence
 */
public record Customer(long id, String number, String name, @Nullable String customerType,
    @Nullable String contractType, @Nullable String branch, @Nullable Long parentId,
    @Nullable String addressLine1, @Nullable String city, @Nullable String state, @Nullable String zip,
    @Nullable String phone, @Nullable Integer cwCompanyId, @Nullable Integer cwSiteId, String syncToCw,
    Instant modifiedAt, long changeSeq) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the number or name is blank, or {@code syncToCw} is not
   *     {@code Yes} or {@code No}
   */
  public Customer {
    requireNonNull(number, "number == null");
    requireNonNull(name, "name == null");
    requireNonNull(syncToCw, "syncToCw == null");
    requireNonNull(modifiedAt, "modifiedAt == null");
    if (number.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("customer number and name are required, got '" + number
          + "' and '" + name + "'");
    }
    if (!syncToCw.equals("Yes") && !syncToCw.equals("No")) {
      throw new IllegalArgumentException("ZCJ_SyncToCW must be Yes or No, got '" + syncToCw + "'");
    }
  }

  /**
   * Returns an unsaved main customer.
   *
   * @param number the customer number
   * @param name the name
   * @return the draft
   */
  public static Customer draft(String number, String name) {
    return new Customer(0, number, name, null, null, null, null, null, null, null, null, null, null, null,
        "Yes", Instant.EPOCH, 0);
  }

  /** Returns whether this is a location (child) customer. */
  public boolean isLocation() {
    return parentId != null;
  }

  /** Returns a copy with the classification used by the filters. */
  public Customer withClassification(@Nullable String newCustomerType, @Nullable String newContractType,
      @Nullable String newBranch) {
    return new Customer(id, number, name, newCustomerType, newContractType, newBranch, parentId, addressLine1,
        city, state, zip, phone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy under a main customer (a location customer). */
  public Customer withParent(@Nullable Long newParentId) {
    return new Customer(id, number, name, customerType, contractType, branch, newParentId, addressLine1, city,
        state, zip, phone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy with this address. */
  public Customer withAddress(@Nullable String newLine1, @Nullable String newCity, @Nullable String newState,
      @Nullable String newZip) {
    return new Customer(id, number, name, customerType, contractType, branch, parentId, newLine1, newCity,
        newState, newZip, phone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy with this name. */
  public Customer withName(String newName) {
    return new Customer(id, number, newName, customerType, contractType, branch, parentId, addressLine1, city,
        state, zip, phone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy with this number. */
  public Customer withNumber(String newNumber) {
    return new Customer(id, newNumber, name, customerType, contractType, branch, parentId, addressLine1, city,
        state, zip, phone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy with this phone number. */
  public Customer withPhone(@Nullable String newPhone) {
    return new Customer(id, number, name, customerType, contractType, branch, parentId, addressLine1, city,
        state, zip, newPhone, cwCompanyId, cwSiteId, syncToCw, modifiedAt, changeSeq);
  }

  /** Returns a copy with {@code ZCJ_SyncToCW} set. */
  public Customer withSyncToCw(boolean sync) {
    return new Customer(id, number, name, customerType, contractType, branch, parentId, addressLine1, city,
        state, zip, phone, cwCompanyId, cwSiteId, sync ? "Yes" : "No", modifiedAt, changeSeq);
  }
}
