package io.cwsync.mapping.internal;

import static io.cwsync.mapping.internal.Values.text;

import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TimeEntry;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.TaxMode;
import io.cwsync.mapping.internal.EntityMapper.Parts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link EntityMapper} per entity kind the profile maps. Each reads top to bottom as what happens
 * to its kind: which profile switches select it, which pulled records are in scope, how it maps each
 * way, how an unlinked record is matched. The mapping bodies live in {@link CrmMapper},
 * {@link CatalogMapper} and {@link ErpMapper}, which share per-integration helpers.
 */
final class EntityMappers {
  private EntityMappers() {}

  /** Every kind, keyed by entity type name. */
  static Map<String, EntityMapper<?>> all(Parts p) {
    List<EntityMapper<?>> all = List.of(new CompanyMapper(p), new ContactMapper(p), new OpportunityMapper(p),
        new ForecastItemMapper(p), new OpportunityNoteMapper(p), new ProductMapper(p), new TaxCodeMapper(p),
        new SiteMapper(p),
        new PulledOnly<>(EntityType.AGREEMENT, Agreement.class, HostFields.Contract.class, p, PullFilter::agreement,
            ErpMapper::agreementToHost),
        new PulledOnly<>(EntityType.INVOICE, Invoice.class, HostFields.Contract.class, p, PullFilter::invoice,
            ErpMapper::invoiceToHost),
        new PulledOnly<>(EntityType.TICKET, Ticket.class, HostFields.ServiceCall.class, p, PullFilter::ticket,
            ErpMapper::ticketToHost),
        new PulledOnly<>(EntityType.TIME_ENTRY, TimeEntry.class, HostFields.ServiceCall.class, p, ALL,
            ErpMapper::timeEntryToHost),
        new PulledOnly<>(EntityType.SALES_ORDER, SalesOrder.class, HostFields.SalesOrder.class, p, ALL,
            ErpMapper::salesOrderToHost),
        // Sales order lines are not fingerprinted by owned field: no HostFields class.
        new PulledOnly<>(ErpMapper.SALES_ORDER_LINE, ProductItem.class, null, p, ALL,
            ErpMapper::salesOrderLineToHost));
    Map<String, EntityMapper<?>> byName = new java.util.HashMap<>();
    all.forEach(m -> byName.put(m.type.name(), m));
    return Map.copyOf(byName);
  }

  /**
   * The top-level ConnectWise fields each kind's pulls read ({@link EntityMapper#connectWiseFields}); a kind not
   * listed reads whole records. A field missing from a list would arrive absent and map as empty:
   * {@code PulledFieldsTest} compares the mapping of whole and of restricted records.
   */
  static final Map<EntityType, Set<String>> PULLED_FIELDS = Map.of(
      // CrmMapper.companyToHost, the natural keys (identifier, accountNumber) and PullFilter.company
      EntityType.COMPANY, Set.of("id", "_info", "name", "identifier", "accountNumber", "phoneNumber", "faxNumber",
          "website", "addressLine1", "addressLine2", "city", "state", "zip", "market", "status", "types",
          "customFields", "deletedFlag"),
      // CrmMapper.contactToHost and PullFilter.contact
      EntityType.CONTACT, Set.of("id", "_info", "firstName", "lastName", "title", "communicationItems", "company",
          "types", "inactiveFlag", "customFields"),
      // CrmMapper.opportunityToHost (stage, status, references, tax code) and PullFilter.opportunity
      EntityType.OPPORTUNITY, Set.of("id", "_info", "name", "stage", "status", "company", "contact",
          "primarySalesRep", "expectedCloseDate", "notes", "taxCode", "customFields"));

  private static final BiPredicate<PullFilter, Object> ALL = (filter, record) -> true;

  /** The fingerprint of a pulled record the rules leave out: stable, and needing no mapping. */
  private static final Map<String, Object> OUT_OF_SCOPE = Map.of("outOfScope", Boolean.TRUE);

  private static final Logger LOG = LoggerFactory.getLogger(EntityMappers.class);

  /** A kind the profile does not map: never pushed, refused when a flow maps it. */
  static EntityMapper<ConnectWiseRecord> unmapped(EntityType type, Parts p) {
    return new EntityMapper<>(type, ConnectWiseRecord.class, null, p) {};
  }

  /** Whether a host customer (company or site) passes the ERP customer filters. */
  private static boolean customerInScope(Compiled c, HostRecord r) {
    return matches(c.customerTypes, r, HostFields.Company.CUSTOMER_TYPE)
        && matches(c.contractTypes, r, HostFields.Company.CONTRACT_TYPE)
        && matches(c.branches, r, HostFields.Company.BRANCH);
  }

  private static boolean matches(NameSet names, HostRecord r, String field) {
    return names.isEmpty() || names.contains(text(r, field));
  }

  /** The product identifier field, owned by the kinds that carry a product. */
  private static Set<String> identifierField(Compiled c) {
    String field = c.profile.productMapping().identifierField();
    return field == null ? Set.of() : Set.of(field);
  }

  /** A quoting-integration kind other than companies: synced with companies, contacts and opportunities. */
  private abstract static class CrmKind<R extends ConnectWiseRecord> extends EntityMapper<R> {
    CrmKind(EntityType type, Class<R> recordType, @Nullable Class<?> hostFields, Parts parts) {
      super(type, recordType, hostFields, parts);
    }

    @Override
    boolean crm() {
      return true;
    }

    @Override
    boolean selected() {
      return parts.c().profile.selection().companiesContactsOpportunities();
    }
  }

  static final class CompanyMapper extends EntityMapper<Company> {
    CompanyMapper(Parts p) {
      super(EntityType.COMPANY, Company.class, HostFields.Company.class, p);
    }

    @Override
    boolean crm() {
      return true;
    }

    @Override
    boolean pullScope(Company record, MappingContext ctx) {
      return parts.filter().company(record);
    }

    @Override
    HostRecord toHost(Company record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.crm().companyToHost(record, existing, ctx);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return customerInScope(parts.c(), r);
    }

    @Override
    Company toConnectWise(HostRecord r, @Nullable Company existing, MappingContext ctx) {
      return parts.crm().companyToCw(r, existing, ctx);
    }

    @Override
    Optional<NaturalKey> naturalKeyValues(HostRecord r) {
      return parts.crm().companyNaturalKey(r);
    }

    @Override
    Optional<Map<String, Object>> hostNaturalKey(Company record) {
      return parts.crm().companyHostNaturalKey(record);
    }

    @Override
    List<Map<String, Object>> hostNaturalKeys(Company record) {
      return parts.crm().companyHostNaturalKeys(record);
    }
  }

  static final class ContactMapper extends CrmKind<Contact> {
    ContactMapper(Parts p) {
      super(EntityType.CONTACT, Contact.class, HostFields.Contact.class, p);
    }

    @Override
    boolean pullScope(Contact record, MappingContext ctx) {
      return parts.filter().contact(record);
    }

    @Override
    @Nullable Map<String, Object> cwFingerprint(Contact record, MappingContext ctx) {
      // Core fingerprints a pulled record before asking its scope, and a contact's host values map its company,
      // which is not linked when the company itself is out of scope ("only if an opportunity is present"): mapped,
      // that contact would fail with UNKNOWN_REFERENCE instead of being skipped. Out of scope, nothing is mapped.
      return selected() && pullScope(record, ctx) ? null : OUT_OF_SCOPE;
    }

    @Override
    HostRecord toHost(Contact record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.crm().contactToHost(record, existing, ctx);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return true;
    }

    @Override
    Contact toConnectWise(HostRecord r, @Nullable Contact existing, MappingContext ctx) {
      return parts.crm().contactToCw(r, existing, ctx);
    }
  }

  static final class OpportunityMapper extends CrmKind<Opportunity> {
    OpportunityMapper(Parts p) {
      super(EntityType.OPPORTUNITY, Opportunity.class, HostFields.Opportunity.class, p);
    }

    @Override
    Set<String> extraOwnedFields() {
      return Set.of(parts.c().profile.stageMapping().cwStatusField());
    }

    @Override
    boolean pullScope(Opportunity record, MappingContext ctx) {
      return parts.filter().opportunity(record);
    }

    @Override
    boolean updatesPulled(HostRecord existing) {
      Compiled c = parts.c();
      return super.updatesPulled(existing) && (c.profile.pushRules().keepSyncingClosedOpportunities()
          || !c.isClosedStage(text(existing, HostFields.Opportunity.STAGE)));
    }

    @Override
    HostRecord toHost(Opportunity record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.crm().opportunityToHost(record, existing, ctx);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      Compiled c = parts.c();
      String stage = text(r, HostFields.Opportunity.STAGE);
      if (c.profile.mode().pushesOnlyWonOpportunities() && !c.isWonStage(stage)) {
        return false;
      }
      if (c.isClosedStage(stage) && !c.profile.pushRules().keepSyncingClosedOpportunities()) {
        // The push that closes the opportunity still goes (a create, or the stage just changed);
        // once closed it stops syncing, as the quoting integration does by default.
        boolean linked = r.hostId() != null && ctx.cwId(EntityType.OPPORTUNITY, r.hostId()).isPresent();
        return !linked || ctx.changedHostFields().contains(HostFields.Opportunity.STAGE);
      }
      return true;
    }

    @Override
    Opportunity toConnectWise(HostRecord r, @Nullable Opportunity existing, MappingContext ctx) {
      return parts.crm().opportunityToCw(r, existing, ctx);
    }
  }

  static final class ForecastItemMapper extends CrmKind<ForecastItem> {
    ForecastItemMapper(Parts p) {
      super(EntityType.FORECAST_ITEM, ForecastItem.class, HostFields.QuoteLine.class, p);
    }

    @Override
    Set<String> extraOwnedFields() {
      return identifierField(parts.c());
    }

    /**
     * A line selling an inactive catalog item the host has no product for is out of scope, as the item is out of
     * the products' pull (logged, never an error every pass); a line selling any other product the host lacks
     * fails when stored, naming it.
     */
    @Override
    boolean pullScope(ForecastItem record, MappingContext ctx) {
      Integer itemId = record.catalogItem() == null ? null : record.catalogItem().id();
      if (itemId == null || ctx.hostId(EntityType.PRODUCT, itemId).isPresent()
          || parts.quoteLines().knowsProduct(itemId, record.catalogItem().identifier())
          || !parts.related().catalogItemInactive(itemId)) {
        return true;
      }
      LOG.info("forecast item {} sells inactive catalog item {} ('{}'), which the products flow does not pull;"
          + " the line is not pulled", record.id(), itemId, record.catalogItem().identifier());
      return false;
    }

    @Override
    HostRecord toHost(ForecastItem record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.crm().forecastItemToHost(record, existing, ctx);
    }

    @Override
    HostRecord asStored(HostRecord mapped, ForecastItem record) {
      return parts.quoteLines().pulled(mapped, record.catalogItem() == null ? null : record.catalogItem().id());
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return parts.crm().quoteLineInScope(r);
    }

    @Override
    ForecastItem toConnectWise(HostRecord r, @Nullable ForecastItem existing, MappingContext ctx) {
      return parts.crm().forecastItemToCw(r, existing, ctx);
    }
  }

  /** Won documents, pushed as opportunity notes; never pulled. */
  static final class OpportunityNoteMapper extends CrmKind<OpportunityNote> {
    OpportunityNoteMapper(Parts p) {
      super(EntityType.OPPORTUNITY_NOTE, OpportunityNote.class, HostFields.Document.class, p);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return CrmMapper.documentWonOrSigned(r);
    }

    /**
     * Core fingerprints the note a push created, and notes are never mapped back to the host; push-only, their
     * ConnectWise fingerprint only needs to be stable, so it is the note's text.
     */
    @Override
    Map<String, Object> cwFingerprint(OpportunityNote record, MappingContext ctx) {
      return record.text() == null ? Map.of() : Map.of("text", record.text());
    }

    @Override
    OpportunityNote toConnectWise(HostRecord r, @Nullable OpportunityNote existing, MappingContext ctx) {
      return parts.crm().documentToNote(r, existing, ctx);
    }
  }

  /** Catalog items; their updates follow the product update switches rather than the mode. */
  static final class ProductMapper extends EntityMapper<CatalogItem> {
    ProductMapper(Parts p) {
      super(EntityType.PRODUCT, CatalogItem.class, HostFields.Product.class, p);
    }

    @Override
    boolean selected() {
      return parts.c().profile.selection().products();
    }

    @Override
    Set<String> extraOwnedFields() {
      return identifierField(parts.c());
    }

    @Override
    boolean pullScope(CatalogItem record, MappingContext ctx) {
      // An inactive item still updates the host product it is linked to.
      Integer id = record.id();
      return !Boolean.TRUE.equals(record.inactiveFlag()) || ctx.hostId(type, id == null ? -1 : id).isPresent();
    }

    @Override
    boolean updatesPulled(HostRecord existing) {
      return parts.c().profile.selection().pullProductUpdates();
    }

    @Override
    HostRecord toHost(CatalogItem record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.catalog().productToHost(record, existing);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return true;
    }

    @Override
    boolean updatesPushed() {
      return parts.c().profile.selection().pushProductUpdates();
    }

    @Override
    CatalogItem toConnectWise(HostRecord r, @Nullable CatalogItem existing, MappingContext ctx) {
      return parts.catalog().productToCw(r, existing, ctx);
    }

    @Override
    Optional<NaturalKey> naturalKeyValues(HostRecord r) {
      return parts.catalog().productNaturalKey(r);
    }

    @Override
    Optional<Map<String, Object>> hostNaturalKey(CatalogItem record) {
      return parts.catalog().productHostNaturalKey(record);
    }
  }

  /** Tax codes, pulled as host tax regions when the profile imports them. */
  static final class TaxCodeMapper extends EntityMapper<TaxCode> {
    TaxCodeMapper(Parts p) {
      super(EntityType.TAX_CODE, TaxCode.class, HostFields.TaxRegion.class, p);
    }

    @Override
    boolean selected() {
      return parts.c().profile.taxMapping().mode() == TaxMode.IMPORT_TAX_CODES;
    }

    @Override
    HostRecord toHost(TaxCode record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.catalog().taxRegionToHost(record, existing);
    }
  }

  /** Host child customers as company sites. */
  static final class SiteMapper extends EntityMapper<CompanySite> {
    SiteMapper(Parts p) {
      super(EntityType.SITE, CompanySite.class, HostFields.Site.class, p);
    }

    @Override
    HostRecord toHost(CompanySite record, @Nullable HostRecord existing, MappingContext ctx) {
      return parts.erp().siteToHost(record, existing);
    }

    @Override
    boolean pushScope(HostRecord r, MappingContext ctx) {
      return customerInScope(parts.c(), r);
    }

    @Override
    CompanySite toConnectWise(HostRecord r, @Nullable CompanySite existing, MappingContext ctx) {
      return parts.erp().siteToCw(r, existing, ctx);
    }

    @Override
    Optional<NaturalKey> naturalKeyValues(HostRecord r) {
      return parts.erp().siteNaturalKey(r);
    }
  }

  /** How a pulled-only kind maps a record to host values. */
  @FunctionalInterface
  interface HostMapping<R> {
    HostRecord toHost(ErpMapper erp, R record, @Nullable HostRecord existing, MappingContext ctx);
  }

  /**
   * An ERP kind that is only pulled and has no rule of its own beyond its pull filter: agreements,
   * invoices, tickets, time entries, sales orders and their lines differ only in those two functions.
   */
  static final class PulledOnly<R extends ConnectWiseRecord> extends EntityMapper<R> {
    private final BiPredicate<PullFilter, ? super R> scope;
    private final HostMapping<R> mapping;

    PulledOnly(EntityType type, Class<R> recordType, @Nullable Class<?> hostFields, Parts p,
        BiPredicate<PullFilter, ? super R> scope, HostMapping<R> mapping) {
      super(type, recordType, hostFields, p);
      this.scope = scope;
      this.mapping = mapping;
    }

    @Override
    boolean pullScope(R record, MappingContext ctx) {
      return scope.test(parts.filter(), record);
    }

    @Override
    HostRecord toHost(R record, @Nullable HostRecord existing, MappingContext ctx) {
      return mapping.toHost(parts.erp(), record, existing, ctx);
    }
  }
}
