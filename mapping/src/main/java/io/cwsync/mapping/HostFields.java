package io.cwsync.mapping;

import io.cwsync.core.model.EntityType;

/**
 * The neutral field names the engine reads from and writes to {@code HostRecord}s, per entity.
 *
 * <p>Naming: each side keeps its own words. An {@link EntityType} is named with ConnectWise's word for the record
 * (core and the client speak ConnectWise); the nested class here with the seeds' word for the host's record, and
 * each links to its entity type:
 *
 * <table>
 *   <caption>Host word (this class) and ConnectWise word (entity type)</caption>
 *   <tr><th>host (seeds)</th><th>ConnectWise ({@code EntityType})</th></tr>
 *   <tr><td>{@link Company} (client company, ERP customer)</td><td>{@link EntityType#COMPANY}</td></tr>
 *   <tr><td>{@link Contact}</td><td>{@link EntityType#CONTACT}</td></tr>
 *   <tr><td>{@link Opportunity}</td><td>{@link EntityType#OPPORTUNITY}</td></tr>
 *   <tr><td>{@link QuoteLine}</td><td>{@link EntityType#FORECAST_ITEM}</td></tr>
 *   <tr><td>{@link Document} (won document)</td><td>{@link EntityType#OPPORTUNITY_NOTE}</td></tr>
 *   <tr><td>{@link Product}</td><td>{@link EntityType#PRODUCT} (catalog item)</td></tr>
 *   <tr><td>{@link TaxRegion}</td><td>{@link EntityType#TAX_CODE}</td></tr>
 *   <tr><td>{@link Site} (ERP child customer)</td><td>{@link EntityType#SITE} (company site)</td></tr>
 *   <tr><td>{@link Contract}</td><td>{@link EntityType#AGREEMENT}, {@link EntityType#INVOICE}</td></tr>
 *   <tr><td>{@link ServiceCall} (and labour)</td><td>{@link EntityType#TICKET},
 *       {@link EntityType#TIME_ENTRY}</td></tr>
 *   <tr><td>{@link SalesOrder}</td><td>{@link EntityType#SALES_ORDER}</td></tr>
 * </table>
 *
 * <p>Host adapters put their values under these names (the seeds' words on the host side); the
 * engine translates them to ConnectWise fields. A field a host does not have is simply absent.
 * Fields named by the profile (custom field mappings, natural keys, the opt-out field, the CW Status
 * field, the product identifier field) are read under the names the profile gives. Thread-safe
 * (constants only).
 */
public final class HostFields {
  private HostFields() {}

  /** Client company ({@link EntityType#COMPANY}) and ERP customer fields. */
  public static final class Company {
    private Company() {}

    /** Company name (String, required on push). */
    public static final String NAME = "name";
    /** ConnectWise company identifier ("Company ID", String, at most 30 characters). */
    public static final String IDENTIFIER = "identifier";
    /** Account number (String). */
    public static final String ACCOUNT_NUMBER = "accountNumber";
    /** Main phone number (String). */
    public static final String PHONE = "phone";
    /** Fax number (String). */
    public static final String FAX = "fax";
    /** Web site (String). */
    public static final String WEBSITE = "website";
    /** Address line 1 (String). */
    public static final String ADDRESS_LINE1 = "addressLine1";
    /** Address line 2 (String). */
    public static final String ADDRESS_LINE2 = "addressLine2";
    /** City (String). */
    public static final String CITY = "city";
    /** State (String). */
    public static final String STATE = "state";
    /** Postal code (String). */
    public static final String ZIP = "zip";
    /** Company types (List of String; pulled only, ConnectWise sets types on create by id). */
    public static final String TYPES = "types";
    /** Market (String; pulled only). */
    public static final String MARKET = "market";
    /** Company status (String; pulled only). */
    public static final String STATUS = "status";
    /** ERP customer type, used by the customer type filter (String). */
    public static final String CUSTOMER_TYPE = "customerType";
    /** ERP contract type, used by the contract type filter (String). */
    public static final String CONTRACT_TYPE = "contractType";
    /** ERP branch number, used by the branch filter (String). */
    public static final String BRANCH = "branch";
  }

  /** Client contact ({@link EntityType#CONTACT}) fields. */
  public static final class Contact {
    private Contact() {}

    /** First name (String, required on push). */
    public static final String FIRST_NAME = "firstName";
    /** Last name (String). */
    public static final String LAST_NAME = "lastName";
    /** Job title (String). */
    public static final String TITLE = "title";
    /** E-mail address (String; the default {@code Email} communication item). */
    public static final String EMAIL = "email";
    /** Phone number (String; the default {@code Phone} communication item). */
    public static final String PHONE = "phone";
    /** The contact's company (HostRef to a company). */
    public static final String COMPANY = "company";
    /** Contact types (List of String; pulled only). */
    public static final String TYPES = "types";
    /** Whether the contact is inactive (Boolean). */
    public static final String INACTIVE = "inactive";
  }

  /** Opportunity ({@link EntityType#OPPORTUNITY}) fields. */
  public static final class Opportunity {
    private Opportunity() {}

    /** Opportunity name (String, required on push). */
    public static final String NAME = "name";
    /** Host stage name (String); mapped to the ConnectWise stage and status. */
    public static final String STAGE = "stage";
    /** The client company (HostRef to a company, required on push). */
    public static final String COMPANY = "company";
    /** The client contact (HostRef to a contact, required on push). */
    public static final String CONTACT = "contact";
    /** Primary sales rep as a ConnectWise member identifier (String, required on push). */
    public static final String SALES_REP = "salesRep";
    /** Expected close date (LocalDate). */
    public static final String EXPECTED_CLOSE_DATE = "expectedCloseDate";
    /** Notes (String). */
    public static final String NOTES = "notes";
    /** Tax region: a ConnectWise tax code identifier (String, {@code IMPORT_TAX_CODES} mode). */
    public static final String TAX_REGION = "taxRegion";
    /** Tax rate in percent (BigDecimal, {@code MAP_TAX_RATES} mode). */
    public static final String TAX_RATE = "taxRate";
    /** Whether ConnectWise closed the opportunity (Boolean; pulled only). */
    public static final String CLOSED = "closed";
  }

  /** Quote line ({@link EntityType#FORECAST_ITEM}, child of an opportunity) fields. */
  public static final class QuoteLine {
    private QuoteLine() {}

    /** Host product name (String); the catalog item identifier or description. */
    public static final String PRODUCT_NAME = "productName";
    /** Host product id (String); mapped through the profile's product id mapping. */
    public static final String PRODUCT_ID = "productId";
    /** Line description (String). */
    public static final String DESCRIPTION = "description";
    /** Quantity (BigDecimal). */
    public static final String QUANTITY = "quantity";
    /** Unit price (BigDecimal). */
    public static final String UNIT_PRICE = "unitPrice";
    /** Unit cost (BigDecimal). */
    public static final String UNIT_COST = "unitCost";
    /** Host product class (String). */
    public static final String PRODUCT_CLASS = "productClass";
    /** Whether the line is taxable (Boolean; the taxable or non-taxable category). */
    public static final String TAXABLE = "taxable";
    /** Status of the document the line belongs to (String, e.g. {@code Won}, {@code Signed}). */
    public static final String DOCUMENT_STATUS = "documentStatus";
    /** Position of the line (BigDecimal). */
    public static final String SEQUENCE = "sequence";
    /** Whether the line is a bundle (Boolean); its child products are lines of their own. */
    public static final String BUNDLE = "bundle";
    /**
     * The host id of the bundle line a child product belongs to (String); absent for lines that
     * are not part of a bundle.
     */
    public static final String BUNDLE_LINE = "bundleLine";
    /**
     * The host product the line sells ({@code HostRef} to an {@link EntityType#PRODUCT} record); when that
     * product is linked, the forecast item references its catalog item by id. Optional: without it the catalog
     * item is looked up by its identifier.
     */
    public static final String PRODUCT = "product";
  }

  /** Won document ({@link EntityType#OPPORTUNITY_NOTE}, child of an opportunity) fields. */
  public static final class Document {
    private Document() {}

    /** Document name (String). */
    public static final String NAME = "name";
    /** Document status (String: only {@code Won} and {@code Signed} documents are noted). */
    public static final String STATUS = "status";
    /** Document total (BigDecimal). */
    public static final String TOTAL = "total";
    /** Link to the document in the host (String). */
    public static final String URL = "url";
  }

  /** Product ({@link EntityType#PRODUCT}) fields. */
  public static final class Product {
    private Product() {}

    /** Product name (String; the catalog item identifier or description). */
    public static final String NAME = "name";
    /** Host product id (String; mapped through the profile's product id mapping). */
    public static final String PRODUCT_ID = "productId";
    /** Description (String; the catalog item customer description). */
    public static final String DESCRIPTION = "description";
    /** Host product type (String). */
    public static final String TYPE = "type";
    /** Host category (String). */
    public static final String CATEGORY = "category";
    /** Host product class (String). */
    public static final String PRODUCT_CLASS = "productClass";
    /** Price (BigDecimal). */
    public static final String PRICE = "price";
    /** Cost (BigDecimal). */
    public static final String COST = "cost";
    /** Taxable (Boolean). */
    public static final String TAXABLE = "taxable";
    /** Inactive (Boolean). */
    public static final String INACTIVE = "inactive";
  }

  /** Tax region ({@link EntityType#TAX_CODE}, imported from ConnectWise tax codes) fields. */
  public static final class TaxRegion {
    private TaxRegion() {}

    /** Region name: the tax code identifier (String). */
    public static final String NAME = "name";
    /** Region description (String). */
    public static final String DESCRIPTION = "description";
    /**
     * The two tax categories (List of Map with {@code name} String and {@code rate} BigDecimal):
     * the taxable one at the code's rate and the non-taxable one at 0.
     */
    public static final String CATEGORIES = "categories";
  }

  /** ERP customer site ({@link EntityType#SITE}, child customer of a main customer) fields. */
  public static final class Site {
    private Site() {}

    /** Site name (String, required on push). */
    public static final String NAME = "name";
    /** Address line 1 (String). */
    public static final String ADDRESS_LINE1 = "addressLine1";
    /** Address line 2 (String). */
    public static final String ADDRESS_LINE2 = "addressLine2";
    /** City (String). */
    public static final String CITY = "city";
    /** Postal code (String). */
    public static final String ZIP = "zip";
    /** Phone (String). */
    public static final String PHONE = "phone";
  }

  /** ERP contract ({@link EntityType#AGREEMENT} and {@link EntityType#INVOICE}) fields. */
  public static final class Contract {
    private Contract() {}

    /** Agreement name (String). */
    public static final String NAME = "name";
    /** ConnectWise agreement type (String). */
    public static final String AGREEMENT_TYPE = "agreementType";
    /** Host contract template selected for the agreement type (String). */
    public static final String TEMPLATE = "template";
    /** The customer (HostRef to a company). */
    public static final String CUSTOMER = "customer";
    /** The bill-to customer (HostRef to a company). */
    public static final String BILL_TO_CUSTOMER = "billToCustomer";
    /** Start date (LocalDate). */
    public static final String START_DATE = "startDate";
    /** End date (LocalDate). */
    public static final String END_DATE = "endDate";
    /** Billing amount (BigDecimal). */
    public static final String AMOUNT = "amount";
    /** Agreement status or invoice status (String). */
    public static final String STATUS = "status";
    /** Invoice number (String; invoices only). */
    public static final String INVOICE_NUMBER = "invoiceNumber";
    /** The contract's PO field: the invoice number with {@code InvoiceNumberTarget.PO} (String). */
    public static final String PO = "po";
    /** The contract's remarks: the invoice number with {@code InvoiceNumberTarget.REMARKS}. */
    public static final String REMARKS = "remarks";
    /** Invoice date (LocalDate; invoices only). */
    public static final String INVOICE_DATE = "invoiceDate";
    /** The contract the invoice bills (HostRef to an agreement; invoices only). */
    public static final String CONTRACT = "contract";
  }

  /** ERP service call ({@link EntityType#TICKET}) and labour ({@link EntityType#TIME_ENTRY}) fields. */
  public static final class ServiceCall {
    private ServiceCall() {}

    /** Ticket number (String; put in the call description so calls can be found). */
    public static final String TICKET_NUMBER = "ticketNumber";
    /** Summary (String). */
    public static final String DESCRIPTION = "description";
    /** The customer (HostRef to a company). */
    public static final String CUSTOMER = "customer";
    /** ConnectWise ticket status (String). */
    public static final String STATUS = "status";
    /** Technician of the ticket owner (String, mapped from the member). */
    public static final String TECHNICIAN = "technician";
    /** The contract (HostRef to an agreement). */
    public static final String CONTRACT = "contract";
    /** Whether ConnectWise closed the ticket (Boolean). */
    public static final String CLOSED = "closed";
    /** The service call a labour entry belongs to (HostRef to a ticket; time entries only). */
    public static final String CALL = "call";
    /** Labour start (Instant; time entries only). */
    public static final String START = "start";
    /** Labour end (Instant; time entries only). */
    public static final String END = "end";
    /** Hours (BigDecimal; time entries only). */
    public static final String HOURS = "hours";
    /** Notes (String; time entries only). */
    public static final String NOTES = "notes";
  }

  /** ERP sales order ({@link EntityType#SALES_ORDER}) fields. */
  public static final class SalesOrder {
    private SalesOrder() {}

    /** The customer (HostRef to a company). */
    public static final String CUSTOMER = "customer";
    /** Order date (LocalDate). */
    public static final String ORDER_DATE = "orderDate";
    /** PO number (String). */
    public static final String PO_NUMBER = "poNumber";
    /** ConnectWise order status (String). */
    public static final String STATUS = "status";
    /** On-hold codes from the profile (List of String). */
    public static final String ON_HOLD_CODES = "onHoldCodes";
    /**
     * Order lines (List of Map with {@code item}, {@code itemTemplate}, {@code description},
     * {@code quantity}, {@code price}, {@code cost} and {@code errorItem} Boolean).
     */
    public static final String LINES = "lines";
    /** Line: host item number (the catalog item identifier, or the error item). */
    public static final String LINE_ITEM = "item";
    /** Line: item template used to create the item. */
    public static final String LINE_TEMPLATE = "itemTemplate";
    /** Line: whether the error item replaced the item (Boolean). */
    public static final String LINE_ERROR_ITEM = "errorItem";
  }
}
