package io.cwsync.connectwise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cwsync.connectwise.Resource.Operation;
import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.Callback;
import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Department;
import io.cwsync.connectwise.model.Forecast;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Location;
import io.cwsync.connectwise.model.Member;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.OpportunityRating;
import io.cwsync.connectwise.model.OpportunityStage;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.model.OpportunityType;
import io.cwsync.connectwise.model.ProductCategory;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.ProductSubcategory;
import io.cwsync.connectwise.model.ProductType;
import io.cwsync.connectwise.model.ProjectTicket;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.SystemInfo;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TicketNote;
import io.cwsync.connectwise.model.TimeEntry;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of ConnectWise resources cwsync uses, one constant per model.
 *
 * <p>Forward-only paging is marked on the large entity lists; reference data (stages, statuses, ...) is
 * small enough for navigable paging. Callback types follow the ConnectWise developer guide; sales orders,
 * forecasts, tax codes and most reference data have none and must be polled. {@code login/companyinfo} is
 * not here: it lives outside the API base and is read by the client's codebase discovery
 * ({@link io.cwsync.connectwise.model.CompanyInfo}).
 *
 * <p>All constants are immutable and thread-safe.
 */
public final class Resources {

  private Resources() {}

  /** Companies, {@code company/companies}. */
  public static final Resource<Company> COMPANIES = Resource.builder("companies", "company/companies", Company.class)
      .forwardOnly(true).deepLinkRecordType("CompanyFV").callbackType("Company").build();

  /** Contacts, {@code company/contacts}. */
  public static final Resource<Contact> CONTACTS = Resource.builder("contacts", "company/contacts", Contact.class)
      .forwardOnly(true).deepLinkRecordType("ContactFV").callbackType("Contact").build();

  /** Sites of a company, {@code company/companies/{parentId}/sites}. */
  public static final Resource<CompanySite> COMPANY_SITES =
      Resource.builder("companySites", "company/companies/{parentId}/sites", CompanySite.class).build();

  /** Opportunities, {@code sales/opportunities}. */
  public static final Resource<Opportunity> OPPORTUNITIES =
      Resource.builder("opportunities", "sales/opportunities", Opportunity.class)
          .forwardOnly(true).deepLinkRecordType("OpportunityFV").callbackType("Opportunity").build();

  /**
   * Forecast items of an opportunity, {@code sales/opportunities/{parentId}/forecast}. The list body is one
   * or more {@link Forecast} wrappers (object or array), unwrapped into their items by
   * {@link Resource#readList}; the full specification creates through {@code .../forecast/}.
   */
  public static final Resource<ForecastItem> FORECAST_ITEMS =
      Resource.builder("forecastItems", "sales/opportunities/{parentId}/forecast", ForecastItem.class)
          .createPath("sales/opportunities/{parentId}/forecast/")
          .listReader(Resources::readForecastItems).build();

  /** Notes of an opportunity, {@code sales/opportunities/{parentId}/notes}. */
  public static final Resource<OpportunityNote> OPPORTUNITY_NOTES =
      Resource.builder("opportunityNotes", "sales/opportunities/{parentId}/notes", OpportunityNote.class).build();

  /** Sales stages, {@code sales/stages}. */
  public static final Resource<OpportunityStage> OPPORTUNITY_STAGES =
      Resource.builder("opportunityStages", "sales/stages", OpportunityStage.class).build();

  /** Opportunity statuses, {@code sales/opportunities/statuses}. */
  public static final Resource<OpportunityStatus> OPPORTUNITY_STATUSES =
      Resource.builder("opportunityStatuses", "sales/opportunities/statuses", OpportunityStatus.class).build();

  /** Opportunity ratings, {@code sales/opportunities/ratings}. */
  public static final Resource<OpportunityRating> OPPORTUNITY_RATINGS =
      Resource.builder("opportunityRatings", "sales/opportunities/ratings", OpportunityRating.class).build();

  /** Opportunity types, {@code sales/opportunities/types}. */
  public static final Resource<OpportunityType> OPPORTUNITY_TYPES =
      Resource.builder("opportunityTypes", "sales/opportunities/types", OpportunityType.class).build();

  /** System locations, {@code system/locations}. */
  public static final Resource<Location> LOCATIONS =
      Resource.builder("locations", "system/locations", Location.class).build();

  /** System departments (business units), {@code system/departments}. */
  public static final Resource<Department> DEPARTMENTS =
      Resource.builder("departments", "system/departments", Department.class).build();

  /** Product catalog, {@code procurement/catalog}. */
  public static final Resource<CatalogItem> CATALOG_ITEMS =
      Resource.builder("catalogItems", "procurement/catalog", CatalogItem.class)
          .forwardOnly(true).callbackType("ProductCatalog").build();

  /** Product types, {@code procurement/types}. */
  public static final Resource<ProductType> PRODUCT_TYPES =
      Resource.builder("productTypes", "procurement/types", ProductType.class).build();

  /** Product categories, {@code procurement/categories}. */
  public static final Resource<ProductCategory> PRODUCT_CATEGORIES =
      Resource.builder("productCategories", "procurement/categories", ProductCategory.class).build();

  /** Product subcategories, {@code procurement/subcategories/} (the specification's trailing slash). */
  public static final Resource<ProductSubcategory> PRODUCT_SUBCATEGORIES =
      Resource.builder("productSubcategories", "procurement/subcategories/", ProductSubcategory.class).build();

  /** Product lines on opportunities, tickets, orders and invoices, {@code procurement/products}. */
  public static final Resource<ProductItem> PRODUCT_ITEMS =
      Resource.builder("productItems", "procurement/products", ProductItem.class).forwardOnly(true).build();

  /** Tax codes, {@code finance/taxCodes}. */
  public static final Resource<TaxCode> TAX_CODES =
      Resource.builder("taxCodes", "finance/taxCodes", TaxCode.class).build();

  /** Agreements, {@code finance/agreements}. */
  public static final Resource<Agreement> AGREEMENTS =
      Resource.builder("agreements", "finance/agreements", Agreement.class)
          .forwardOnly(true).callbackType("Agreement").build();

  /** Invoices, {@code finance/invoices}. */
  public static final Resource<Invoice> INVOICES = Resource.builder("invoices", "finance/invoices", Invoice.class)
      .forwardOnly(true).callbackType("Invoice").build();

  /** Service tickets, {@code service/tickets}. */
  public static final Resource<Ticket> TICKETS = Resource.builder("tickets", "service/tickets", Ticket.class)
      .forwardOnly(true).deepLinkRecordType("ServiceFV").callbackType("Ticket").build();

  /** Notes of a service ticket, {@code service/tickets/{parentId}/notes}. */
  public static final Resource<TicketNote> TICKET_NOTES =
      Resource.builder("ticketNotes", "service/tickets/{parentId}/notes", TicketNote.class).build();

  /** Time entries, {@code time/entries}. */
  public static final Resource<TimeEntry> TIME_ENTRIES =
      Resource.builder("timeEntries", "time/entries", TimeEntry.class).forwardOnly(true).callbackType("Time").build();

  /**
   * Project tickets, {@code project/tickets}. They are reported by {@code Ticket} callbacks (level
   * {@code Project}); the web UI record type for a project ticket is not documented, so there is no deep link.
   */
  public static final Resource<ProjectTicket> PROJECT_TICKETS =
      Resource.builder("projectTickets", "project/tickets", ProjectTicket.class)
          .forwardOnly(true).callbackType("Ticket").build();

  /** Notes of a project ticket, {@code project/tickets/{parentId}/notes}. */
  public static final Resource<TicketNote> PROJECT_TICKET_NOTES =
      Resource.builder("projectTicketNotes", "project/tickets/{parentId}/notes", TicketNote.class).build();

  /** Sales orders, {@code sales/orders} (no callback type: poll). */
  public static final Resource<SalesOrder> SALES_ORDERS =
      Resource.builder("salesOrders", "sales/orders", SalesOrder.class).forwardOnly(true).build();

  /** Members, {@code system/members}; ConnectWise offers no DELETE. */
  public static final Resource<Member> MEMBERS = Resource.builder("members", "system/members", Member.class)
      .only("ConnectWise has no DELETE for members (deactivate them with inactiveFlag)",
          Operation.GET, Operation.LIST, Operation.COUNT, Operation.CREATE, Operation.UPDATE, Operation.REPLACE)
      .forwardOnly(true).callbackType("Member").build();

  /** Callback registrations, {@code system/callbacks}. */
  public static final Resource<Callback> CALLBACKS =
      Resource.builder("callbacks", "system/callbacks", Callback.class).build();

  /** The server description, {@code system/info}: a read-only singleton. */
  public static final Resource<SystemInfo> SYSTEM_INFO =
      Resource.builder("systemInfo", "system/info", SystemInfo.class)
          .only("system/info is a read-only document", Operation.GET).singleton(true).build();

  private static final List<Resource<?>> ALL = List.of(COMPANIES, CONTACTS, COMPANY_SITES, OPPORTUNITIES,
      FORECAST_ITEMS, OPPORTUNITY_NOTES, OPPORTUNITY_STAGES, OPPORTUNITY_STATUSES, OPPORTUNITY_RATINGS,
      OPPORTUNITY_TYPES, LOCATIONS, DEPARTMENTS, CATALOG_ITEMS, PRODUCT_TYPES, PRODUCT_CATEGORIES,
      PRODUCT_SUBCATEGORIES, PRODUCT_ITEMS, TAX_CODES, AGREEMENTS, INVOICES, TICKETS, TICKET_NOTES, TIME_ENTRIES,
      PROJECT_TICKETS, PROJECT_TICKET_NOTES, SALES_ORDERS, MEMBERS, CALLBACKS, SYSTEM_INFO);

  /**
   * Returns every resource of this catalogue.
   *
   * @return the unmodifiable list, in declaration order
   */
  public static List<Resource<?>> all() {
    return ALL;
  }

  /** Keys only a forecast item has; a wrapper (even one without items) has none of them. */
  private static final List<String> FORECAST_ITEM_KEYS = List.of("forecastType", "forecastDescription",
      "opportunity", "catalogItem", "productDescription", "quantity", "revenue", "status", "includeFlag");

  private static boolean isForecastItem(JsonNode element) {
    if (element.has("forecastItems")) {
      return false;
    }
    for (String key : FORECAST_ITEM_KEYS) {
      if (element.has(key)) {
        return true;
      }
    }
    return false;
  }

  /** Unwraps forecast bodies: a Forecast object, an array of them, or (leniently) bare forecast items. */
  private static List<ForecastItem> readForecastItems(JsonNode body, ObjectMapper mapper) {
    List<ForecastItem> items = new ArrayList<>();
    Iterable<JsonNode> elements = body.isArray() ? body : List.of(body);
    try {
      for (JsonNode element : elements) {
        if (isForecastItem(element)) {
          items.add(mapper.treeToValue(element, ForecastItem.class));
        } else {
          Forecast forecast = mapper.treeToValue(element, Forecast.class);
          if (forecast.forecastItems() != null) {
            items.addAll(forecast.forecastItems());
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot read the forecast body: " + e.getOriginalMessage(), e);
    }
    return items;
  }
}
