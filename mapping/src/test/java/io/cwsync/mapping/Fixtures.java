package io.cwsync.mapping;

import io.cwsync.core.model.EntityType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Shared profiles and reference data for the mapping tests. */
final class Fixtures {
  private Fixtures() {}

  /** A tenant's ConnectWise setup that {@link #fullProfile()} validates against. */
  static ReferenceData reference() {
    return ReferenceData.builder()
        .stage(1, "Prospect").stage(2, "Qualification").stage(3, "Negotiation")
        .stage(4, "Closed")
        .status(10, "Open", false, false, false).status(11, "Won", true, false, true)
        .status(12, "Lost", false, true, true).status(13, "No Decision", false, false, true)
        .location(20, "Tampa Office").location(21, "Remote")
        .department(30, "Sales").department(31, "Services")
        .rating(40, "Hot").rating(41, "Cold")
        .productType(50, "Hardware").productType(51, "Service")
        .category(60, "Computers").category(61, "Services")
        .subcategory(70, "Laptops", 60).subcategory(71, "Desktops", 60)
        .subcategory(72, "Managed", 61)
        .taxCode(80, "FL", "Florida", new BigDecimal("7"))
        .taxCode(81, "TX", "Texas", new BigDecimal("8.25"))
        .member(90, "jsmith", "John Smith").member(91, "adoe", "Ann Doe")
        .customField(100, "Region").customField(101, "Quote #")
        .build();
  }

  /** A profile that sets every setting to a non-default value. */
  static SyncProfile fullProfile() {
    return SyncProfile.builder()
        .mode(SyncMode.REAL_TIME)
        .pullInterval(Duration.ofMinutes(30))
        .selection(sel -> sel.syncCompaniesContactsOpportunities(true)
        .syncProducts(true).pullProductUpdates(true).pushProductUpdates(true))
        .pullFilters(pf -> pf.onlyCompaniesWithOpportunity(true)
        .companyTypes("Prospect", "Customer").contactTypes("Approver").markets("Real estate")
        .opportunityStages("Prospect", "Negotiation").opportunityStatuses("Open")
        .opportunitiesUpdatedAfter(Instant.parse("2025-01-31T08:00:00Z")))
        .hostFilters(hf -> hf.customerTypes("Retail").contractTypes("Service").branches("01", "02")
        .optOut("ZCJ_SyncToCW", "No"))
        .pushRules(pr -> pr.onlyWonOrSignedDocuments(true).keepSyncingClosedOpportunities(true))
        .opportunityDefaults(od -> od.defaultLocation("Tampa Office").defaultBusinessUnit("Sales").defaultRating("Hot")
        .defaultStage("Prospect").defaultStatus("Open"))
        .stageMapping(sm -> sm.mapStage("Discovery", "Qualification").mapStage("Proposal", "Negotiation")
        .mapStage("Won", "Closed")
        .mapStatus("Won", "Won").mapStatus("Lost", "Lost")
        .wonStages("Won").lostStages("Lost", "Abandoned"))
        .bundles(BundleStrategy.CHILD_PRODUCTS)
        .productMapping(pm -> pm.standardProductMapping(false)
        .mapProductType("Hardware", "Hardware").mapProductType("Labour", "Service")
        .mapProductCategory("PCs", "Computers", "Laptops")
        .mapProductClass("Physical", "Inventory").mapProductClass("Recurring", "Service")
        .mapProductId("SKU-1", "LAPTOP-14")
        .productNameToDescription("sku"))
        .taxMapping(tm -> tm.mapTaxRate(new BigDecimal("7.0"), "FL").mapTaxRate(new BigDecimal("8.25"), "TX")
        .taxCategoryNames("Taxable", "Exempt"))
        .fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("phoneNumber", "website")
        .naturalKey("customerNumber", "identifier")
        .naturalKey("customerNumber", "accountNumber")
        .mapCustomField("salesRegion", "Region"))
        .fieldRules(EntityType.OPPORTUNITY, fr -> fr.mapCustomField("quoteNumber", "Quote #"))
        .erp(erp -> erp.mapAgreementType("Managed Services", "MS-TEMPLATE")
        .contractTemplates("Break Fix", "Block Hours")
        .defaultContractTemplate("DEFAULT")
        .invoiceStatuses("Sent").agreementTypes("Managed Services", "Break Fix")
        .ticketStatuses("Closed", "Completed").onlyTicketsWithTimeEntries(true)
        .mapTechnician("jsmith", "T100").mapTechnician("adoe", "T200")
        .mapItemTemplate("Hardware", "HW-TEMPLATE").mapItemTemplate("Service", "SVC-TEMPLATE")
        .errorItem("ERROR-ITEM")
        .onHoldCodes("CW", "REVIEW").invoiceNumberIn(InvoiceNumberTarget.REMARKS))
        .build();
  }
}
