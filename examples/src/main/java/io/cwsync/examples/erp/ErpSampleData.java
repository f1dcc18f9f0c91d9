package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Seeds the example ERP with a small dealer's data: contract templates (one per common agreement type and a
 * default), technicians mapped to ConnectWise members, main customers of two branches with a location
 * customer, item templates per product type with the error item, and on-hold codes.
 *
 * <p>Thread-safety: stateless.
 */
public final class ErpSampleData {
  /** The default contract template. */
  public static final String DEFAULT_TEMPLATE = "DEFAULT";
  /** The error item used on sales order lines whose item cannot be created. */
  public static final String ERROR_ITEM = "ERROR-ITEM";
  /** The on-hold code put on imported sales orders. */
  public static final String ON_HOLD_CODE = "CWSYNC";

  private ErpSampleData() {}

  /**
   * Seeds the ERP.
   *
   * @param db the ERP, empty
   * @param members ConnectWise member identifiers; the first two are mapped to technicians T01 and T02, a
   *     third technician T03 is left unmapped
   */
  public static void seed(ErpDatabase db, List<String> members) {
    requireNonNull(db, "db == null");
    requireNonNull(members, "members == null");
    ContractRepository contracts = db.contracts();
    contracts.addTemplate("Managed Services", false);
    contracts.addTemplate("Block Time", false);
    contracts.addTemplate(DEFAULT_TEMPLATE, true);
    db.technicians().insert("T01", "Terry Tech", members.size() > 0 ? members.get(0) : null);
    db.technicians().insert("T02", "Tina Tech", members.size() > 1 ? members.get(1) : null);
    db.technicians().insert("T03", "Tom Newhire", null);
    Customer acme = db.customers().insert(customer("ACME01", "Acme Copiers", "Dealer", "Service", "01",
        "1 Main St", "Tampa", "FL", "33602"));
    db.customers().insert(customer("ACME01-N", "Acme Copiers North", "Dealer", "Service", "01",
        "9 North Rd", "Tampa", "FL", "33612").withParent(acme.id()));
    db.customers().insert(customer("GLOBEX", "Globex Imaging", "Dealer", "Managed", "01", "20 Bay St",
        "Orlando", "FL", "32801"));
    db.customers().insert(customer("INITECH", "Initech Print", "Retail", "Service", "02", "5 Lake Ave",
        "Miami", "FL", "33101"));
    db.customers().insert(customer("UMBRELLA", "Umbrella Office", "Dealer", "Managed", "02", "7 Hill Rd",
        "Tallahassee", "FL", "32301").withSyncToCw(false));
    ItemTemplate hardware = new ItemTemplate("Hardware", "1200", null, "4000");
    db.inventory().addTemplate(hardware);
    db.inventory().addTemplate(new ItemTemplate("Software", null, "5100", "4100"));
    db.inventory().addTemplate(new ItemTemplate("Service", null, null, "4200"));
    db.inventory().addItem(ERROR_ITEM, "Item could not be created; see the line description", hardware, true);
    db.inventory().addItem("FIXED-FEE", "Project fixed fee", hardware, true);
    db.inventory().addOnHoldCode(ON_HOLD_CODE, "Imported from ConnectWise, review before release");
  }

  /**
   * Returns an unsaved main customer with a classification and address.
   *
   * @param number the customer number
   * @param name the name
   * @param customerType the customer type
   * @param contractType the contract type
   * @param branch the branch number
   * @param line1 the street
   * @param city the city
   * @param state the state
   * @param zip the postal code
   * @return the draft
   */
  public static Customer customer(String number, String name, String customerType, String contractType,
      String branch, String line1, String city, String state, String zip) {
    return Customer.draft(number, name).withClassification(customerType, contractType, branch)
        .withAddress(line1, city, state, zip);
  }
}
