package io.cwsync.examples.adapter;

/**
 * The neutral field names the CRM's adapters put in (and read from) core's host records, per entity
 * kind. The mapping rules translate them to and from ConnectWise fields.
 *
 * <p>Where a CRM concept matches a ConnectWise one the name is the same, so a reader can follow a value
 * across; references to other host records are {@link io.cwsync.core.model.HostRef} values.
 */
public final class CrmFields {
  private CrmFields() {}

  /** Client company fields. */
  public static final class Company {
    private Company() {}

    /** Company name (String). */
    public static final String NAME = "name";
    /** Account code, the natural key (String). */
    public static final String IDENTIFIER = "identifier";
    /** Main phone (String). */
    public static final String PHONE = "phoneNumber";
    /** Web site (String). */
    public static final String WEBSITE = "website";
    /** Company type, such as "Prospect" (String). */
    public static final String TYPE = "type";
    /** Market, such as "Real Estate" (String). */
    public static final String MARKET = "market";
    /** Street (String). */
    public static final String ADDRESS_LINE1 = "addressLine1";
    /** City (String). */
    public static final String CITY = "city";
    /** State (String). */
    public static final String STATE = "state";
    /** Postal code (String). */
    public static final String ZIP = "zip";
  }

  /** Client contact fields. */
  public static final class Contact {
    private Contact() {}

    /** First name (String). */
    public static final String FIRST_NAME = "firstName";
    /** Last name (String). */
    public static final String LAST_NAME = "lastName";
    /** Job title (String). */
    public static final String TITLE = "title";
    /** E-mail address, the natural key (String). */
    public static final String EMAIL = "email";
    /** Direct phone (String). */
    public static final String PHONE = "phone";
    /** Contact type, such as "Approver" (String). */
    public static final String TYPE = "type";
    /** The contact's company (HostRef to a company). */
    public static final String COMPANY = "company";
  }

  /** Opportunity fields. */
  public static final class Opportunity {
    private Opportunity() {}

    /** Name (String). */
    public static final String NAME = "name";
    /** The client company (HostRef to a company). */
    public static final String COMPANY = "company";
    /** The client contact (HostRef to a contact). */
    public static final String CONTACT = "contact";
    /** The CRM pipeline stage name (String). */
    public static final String STAGE = "stage";
    /** Whether the stage closes the opportunity as won (Boolean). */
    public static final String WON = "won";
    /** Whether the stage closes the opportunity as lost (Boolean). */
    public static final String LOST = "lost";
    /** Expected revenue (BigDecimal). */
    public static final String AMOUNT = "amount";
    /** Expected close date (LocalDate). */
    public static final String EXPECTED_CLOSE = "expectedCloseDate";
    /** Sales rep's member identifier (String). */
    public static final String OWNER = "owner";
    /** Notes (String). */
    public static final String NOTES = "notes";
    /** The "CW Status" custom field: a ConnectWise status name (String). */
    public static final String CW_STATUS = "cwStatus";
    /** Whether one of the opportunity's documents is won or signed (Boolean). */
    public static final String HAS_WON_DOCUMENT = "hasWonOrSignedDocument";
  }

  /** Product fields. */
  public static final class Product {
    private Product() {}

    /** Product name, unique in the CRM (String). */
    public static final String NAME = "name";
    /** Product code (SKU), the natural key against the ConnectWise identifier (String). */
    public static final String IDENTIFIER = "identifier";
    /** Description (String). */
    public static final String DESCRIPTION = "description";
    /** Product type (String). */
    public static final String TYPE = "type";
    /** Category (String). */
    public static final String CATEGORY = "category";
    /** Subcategory (String). */
    public static final String SUBCATEGORY = "subcategory";
    /** Product class (String). */
    public static final String PRODUCT_CLASS = "productClass";
    /** Unit price (BigDecimal). */
    public static final String PRICE = "price";
    /** Unit cost (BigDecimal). */
    public static final String COST = "cost";
    /** Taxable (Boolean). */
    public static final String TAXABLE = "taxable";
    /** Whether the product is a bundle (Boolean). */
    public static final String BUNDLE = "bundle";
  }

  /** Tax region fields (ConnectWise tax codes). */
  public static final class TaxRegion {
    private TaxRegion() {}

    /** Region name (String). */
    public static final String NAME = "name";
    /** Taxable rate as a fraction (BigDecimal). */
    public static final String RATE = "rate";
  }

  /** Quote line fields (ConnectWise forecast items); the record's parent is the opportunity. */
  public static final class QuoteLine {
    private QuoteLine() {}

    /** The product (HostRef to a product). */
    public static final String PRODUCT = "product";
    /** The product's code (String). */
    public static final String PRODUCT_IDENTIFIER = "productIdentifier";
    /** The product's name (String). */
    public static final String PRODUCT_NAME = "productName";
    /** The line text (String). */
    public static final String DESCRIPTION = "description";
    /** Quantity (BigDecimal). */
    public static final String QUANTITY = "quantity";
    /** Unit price (BigDecimal). */
    public static final String UNIT_PRICE = "unitPrice";
    /** Unit cost (BigDecimal). */
    public static final String UNIT_COST = "unitCost";
    /** Line position in its document (BigDecimal, whole). */
    public static final String LINE_NO = "lineNo";
    /** Whether the line is a bundle with child lines (Boolean). */
    public static final String BUNDLE = "bundle";
    /** The bundle line's host id, on a bundle's child line (String). */
    public static final String PARENT_LINE = "parentLine";
    /** Whether the line is taxed (Boolean, from its tax category). */
    public static final String TAXABLE = "taxable";
    /** The document's tax region (HostRef to a tax code). */
    public static final String TAX_REGION = "taxRegion";
    /** The document's name (String). */
    public static final String DOCUMENT_NAME = "documentName";
    /** The document's status: DRAFT, SENT, WON, SIGNED or LOST (String). */
    public static final String DOCUMENT_STATUS = "documentStatus";
  }

  /** Document fields, pushed as a note on the ConnectWise opportunity once won or signed. */
  public static final class DocumentNote {
    private DocumentNote() {}

    /** The document's name (String). */
    public static final String DOCUMENT_NAME = "documentName";
    /** The document's status: DRAFT, SENT, WON, SIGNED or LOST (String). */
    public static final String DOCUMENT_STATUS = "documentStatus";
    /** The note text naming the document (String). */
    public static final String TEXT = "text";
    /** The document total before tax (BigDecimal). */
    public static final String TOTAL = "total";
  }
}
