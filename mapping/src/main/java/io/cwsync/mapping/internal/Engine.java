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
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.mapping.FieldRules;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.MappingErrorCode;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.RelatedRecords;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.mapping.TaxMode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches the {@code SyncRules} operations by entity type to the mappers and filters.
 *
 * <p>Design notes: all profile lookups are resolved once in {@link Compiled}; per record the
 * engine does hash lookups and builds one target record. Immutable and thread-safe.
 */
public final class Engine {

  private static final Map<String, Class<?>> FIELD_CLASSES = Map.ofEntries(
      Map.entry("company", HostFields.Company.class),
      Map.entry("contact", HostFields.Contact.class),
      Map.entry("opportunity", HostFields.Opportunity.class),
      Map.entry("forecast_item", HostFields.QuoteLine.class),
      Map.entry("opportunity_note", HostFields.Document.class),
      Map.entry("product", HostFields.Product.class),
      Map.entry("tax_code", HostFields.TaxRegion.class),
      Map.entry("site", HostFields.Site.class),
      Map.entry("agreement", HostFields.Contract.class),
      Map.entry("invoice", HostFields.Contract.class),
      Map.entry("ticket", HostFields.ServiceCall.class),
      Map.entry("time_entry", HostFields.ServiceCall.class),
      Map.entry("sales_order", HostFields.SalesOrder.class));

  private final Compiled c;
  private final PullFilter filter;
  private final CrmMapper crm;
  private final CatalogMapper catalog;
  private final ErpMapper erp;
  private final Map<String, Set<String>> ownedFields = new HashMap<>();

  /**
   * Compiles a validated profile.
   *
   * @param profile the profile, valid against {@code reference}
   * @param reference the reference data
   * @param related facts about related records
   */
  public Engine(SyncProfile profile, ReferenceData reference, RelatedRecords related) {
    this.c = new Compiled(profile, reference);
    this.filter = new PullFilter(profile, related);
    this.crm = new CrmMapper(c, related);
    this.catalog = new CatalogMapper(c, crm);
    this.erp = new ErpMapper(c, related);
    FIELD_CLASSES.forEach((entity, type) -> {
      Set<String> fields = new HashSet<>(constants(type));
      FieldRules rules = profile.fieldRules(EntityType.of(entity));
      rules.customFields().forEach(m -> fields.add(m.hostField()));
      rules.naturalKeys().forEach(k -> fields.add(k.hostField()));
      ownedFields.put(entity, Set.copyOf(fields));
    });
    Set<String> opportunity = new HashSet<>(ownedFields.get("opportunity"));
    opportunity.add(profile.stageMapping().cwStatusField());
    ownedFields.put("opportunity", Set.copyOf(opportunity));
    String idField = profile.productMapping().identifierField();
    if (idField != null) {
      for (String e : List.of("product", "forecast_item")) {
        Set<String> s = new HashSet<>(ownedFields.get(e));
        s.add(idField);
        ownedFields.put(e, Set.copyOf(s));
      }
    }
  }

  private static List<String> constants(Class<?> type) {
    List<String> out = new java.util.ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          out.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  /**
   * Returns the settings that need {@link RelatedRecords}.
   *
   * @param profile the profile
   * @return the setting paths, empty if none
   */
  public static List<String> needsRelated(SyncProfile profile) {
    return PullFilter.needsRelated(profile);
  }

  /**
   * Returns the conditions to push down.
   *
   * @param type entity type
   * @param incremental whether the pull is incremental
   * @return the conditions or empty
   */
  public Optional<Condition> pullConditions(EntityType type, boolean incremental) {
    return filter.conditions(type, incremental);
  }

  private boolean crmEntity(EntityType type) {
    return switch (type.name()) {
      case "company", "contact", "opportunity", "forecast_item", "opportunity_note" -> true;
      default -> false;
    };
  }

  private boolean selected(EntityType type) {
    return switch (type.name()) {
      case "contact", "opportunity", "forecast_item", "opportunity_note" ->
          c.profile.selection().companiesContactsOpportunities();
      case "product" -> c.profile.selection().products();
      case "tax_code" -> c.profile.taxMapping().mode() == TaxMode.IMPORT_TAX_CODES;
      default -> true;
    };
  }

  /**
   * Returns whether a pulled record is in scope.
   *
   * @param type entity type
   * @param record the record
   * @param ctx the context
   * @return whether in scope
   */
  public boolean pullScope(EntityType type, ConnectWiseRecord record, MappingContext ctx) {
    if (!selected(type)) {
      return false;
    }
    return switch (type.name()) {
      case "company" -> filter.company(cast(record, Company.class, type));
      case "contact" -> filter.contact(cast(record, Contact.class, type));
      case "opportunity" -> filter.opportunity(cast(record, Opportunity.class, type));
      case "agreement" -> filter.agreement(cast(record, Agreement.class, type));
      case "invoice" -> filter.invoice(cast(record, Invoice.class, type));
      case "ticket" -> filter.ticket(cast(record, Ticket.class, type));
      case "product" -> !Boolean.TRUE.equals(cast(record, CatalogItem.class, type).inactiveFlag())
          || ctx.hostId(type, idOf(record)).isPresent();
      default -> true;
    };
  }

  private static long idOf(ConnectWiseRecord record) {
    Integer id = record.id();
    return id == null ? -1 : id;
  }

  /**
   * Maps a ConnectWise record to host values.
   *
   * @param type entity type
   * @param record the record
   * @param existing the linked host record, or null
   * @param ctx the context
   * @return the host record
   */
  public HostRecord toHost(EntityType type, ConnectWiseRecord record,
      @Nullable HostRecord existing, MappingContext ctx) {
    if (existing != null && !updatesPulled(type, existing)) {
      return existing;
    }
    return switch (type.name()) {
      case "company" -> crm.companyToHost(cast(record, Company.class, type), existing, ctx);
      case "contact" -> crm.contactToHost(cast(record, Contact.class, type), existing, ctx);
      case "opportunity" ->
          crm.opportunityToHost(cast(record, Opportunity.class, type), existing, ctx);
      case "forecast_item" ->
          crm.forecastItemToHost(cast(record, ForecastItem.class, type), existing, ctx);
      case "product" -> catalog.productToHost(cast(record, CatalogItem.class, type), existing);
      case "tax_code" -> catalog.taxRegionToHost(cast(record, TaxCode.class, type), existing);
      case "site" -> erp.siteToHost(cast(record, CompanySite.class, type), existing);
      case "agreement" -> erp.agreementToHost(cast(record, Agreement.class, type), existing, ctx);
      case "invoice" -> erp.invoiceToHost(cast(record, Invoice.class, type), existing, ctx);
      case "ticket" -> erp.ticketToHost(cast(record, Ticket.class, type), existing, ctx);
      case "time_entry" ->
          erp.timeEntryToHost(cast(record, TimeEntry.class, type), existing, ctx);
      case "sales_order" ->
          erp.salesOrderToHost(cast(record, SalesOrder.class, type), existing, ctx);
      case "sales_order_line" ->
          erp.salesOrderLineToHost(cast(record, ProductItem.class, type), existing, ctx);
      default -> throw unsupported(type, "pulled");
    };
  }

  private boolean updatesPulled(EntityType type, HostRecord existing) {
    if (crmEntity(type) && !c.profile.mode().syncsUpdates()) {
      return false;
    }
    if (type.equals(EntityType.PRODUCT) && !c.profile.selection().pullProductUpdates()) {
      return false;
    }
    if (type.equals(EntityType.OPPORTUNITY)
        && !c.profile.pushRules().keepSyncingClosedOpportunities()
        && c.isClosedStage(text(existing, HostFields.Opportunity.STAGE))) {
      return false;
    }
    return true;
  }

  /**
   * Returns whether a host record is pushed.
   *
   * @param type entity type
   * @param r the host record
   * @param ctx the context
   * @return whether in scope
   */
  public boolean pushScope(EntityType type, HostRecord r, MappingContext ctx) {
    if (!c.profile.mode().pushes() || !selected(type) || r.syncOptOut()) {
      return false;
    }
    var host = c.profile.hostFilters();
    if (host.optOutField() != null
        && Values.sameName(text(r, host.optOutField()), host.optOutValue())) {
      return false;
    }
    return switch (type.name()) {
      case "company", "site" -> customerInScope(r);
      case "contact" -> true;
      case "opportunity" -> opportunityInScope(r, ctx);
      case "forecast_item" -> crm.quoteLineInScope(r);
      case "opportunity_note" -> CrmMapper.documentWonOrSigned(r);
      case "product" -> true;
      default -> false;
    };
  }

  private boolean customerInScope(HostRecord r) {
    return matches(c.customerTypes, r, HostFields.Company.CUSTOMER_TYPE)
        && matches(c.contractTypes, r, HostFields.Company.CONTRACT_TYPE)
        && matches(c.branches, r, HostFields.Company.BRANCH);
  }

  private static boolean matches(NameSet names, HostRecord r, String field) {
    return names.isEmpty() || names.contains(text(r, field));
  }

  private boolean opportunityInScope(HostRecord r, MappingContext ctx) {
    String stage = text(r, HostFields.Opportunity.STAGE);
    if (c.profile.mode().pushesOnlyWonOpportunities() && !c.isWonStage(stage)) {
      return false;
    }
    if (c.isClosedStage(stage) && !c.profile.pushRules().keepSyncingClosedOpportunities()) {
      // The push that closes the opportunity still goes (a create, or the stage just changed);
      // once closed it stops syncing, as the quoting integration does by default.
      boolean linked = r.hostId() != null
          && ctx.cwId(EntityType.OPPORTUNITY, r.hostId()).isPresent();
      return !linked || ctx.changedHostFields().contains(HostFields.Opportunity.STAGE);
    }
    return true;
  }

  /**
   * Maps a host record to a ConnectWise record.
   *
   * @param type entity type
   * @param r the host record
   * @param existing the linked ConnectWise record, or null
   * @param ctx the context
   * @return the record to write
   */
  public ConnectWiseRecord toConnectWise(EntityType type, HostRecord r,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    if (existing != null && !updatesPushed(type)) {
      return existing;
    }
    return switch (type.name()) {
      case "company" -> crm.companyToCw(r, castOrNull(existing, Company.class, type), ctx);
      case "contact" -> crm.contactToCw(r, castOrNull(existing, Contact.class, type), ctx);
      case "opportunity" ->
          crm.opportunityToCw(r, castOrNull(existing, Opportunity.class, type), ctx);
      case "forecast_item" ->
          crm.forecastItemToCw(r, castOrNull(existing, ForecastItem.class, type), ctx);
      case "opportunity_note" ->
          crm.documentToNote(r, castOrNull(existing, OpportunityNote.class, type), ctx);
      case "product" -> catalog.productToCw(r, castOrNull(existing, CatalogItem.class, type), ctx);
      case "site" -> erp.siteToCw(r, castOrNull(existing, CompanySite.class, type), ctx);
      default -> throw unsupported(type, "pushed");
    };
  }

  private boolean updatesPushed(EntityType type) {
    if (crmEntity(type) && !c.profile.mode().syncsUpdates()) {
      return false;
    }
    return !type.equals(EntityType.PRODUCT) || c.profile.selection().pushProductUpdates();
  }

  /**
   * Returns the natural key conditions of a host record.
   *
   * @param type entity type
   * @param r the host record
   * @return the conditions, or empty
   */
  public Optional<Condition> naturalKey(EntityType type, HostRecord r) {
    return switch (type.name()) {
      case "company" -> crm.companyNaturalKey(r);
      case "product" -> catalog.productNaturalKey(r);
      case "site" -> erp.siteNaturalKey(r);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the host natural key of a ConnectWise record.
   *
   * @param type entity type
   * @param record the record
   * @return the host fields, or empty
   */
  public Optional<Map<String, Object>> hostNaturalKey(EntityType type, ConnectWiseRecord record) {
    return switch (type.name()) {
      case "company" -> crm.companyHostNaturalKey(cast(record, Company.class, type));
      case "product" -> catalog.productHostNaturalKey(cast(record, CatalogItem.class, type));
      default -> Optional.empty();
    };
  }

  /**
   * Returns every host natural key of a ConnectWise record, in the order to try.
   *
   * @param type entity type
   * @param record the record
   * @return the keys; empty for none
   */
  public List<Map<String, Object>> hostNaturalKeys(EntityType type, ConnectWiseRecord record) {
    if (type.name().equals("company")) {
      return crm.companyHostNaturalKeys(cast(record, Company.class, type));
    }
    return hostNaturalKey(type, record).map(List::of).orElse(List.of());
  }

  /**
   * Restricts values to the host fields the engine owns for an entity, so fields the mapping does
   * not touch never make a fingerprint differ (P10).
   *
   * @param type entity type
   * @param fields host values
   * @return the owned values in a stable order
   */
  public Map<String, Object> fingerprint(EntityType type, Map<String, Object> fields) {
    Set<String> owned = ownedFields.get(type.name());
    if (owned == null) {
      return fields;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (owned.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static <T> T cast(ConnectWiseRecord record, Class<T> type, EntityType entity) {
    if (!type.isInstance(record)) {
      throw Errors.record(MappingErrorCode.INVALID_VALUE, entity,
          record.id() == null ? null : record.id().toString(), null, "a " + entity
              + " flow needs ConnectWise " + type.getSimpleName() + " records, got "
              + record.getClass().getSimpleName());
    }
    return type.cast(record);
  }

  private static <T> @Nullable T castOrNull(@Nullable ConnectWiseRecord record, Class<T> type,
      EntityType entity) {
    return record == null ? null : cast(record, type, entity);
  }

  private static RuntimeException unsupported(EntityType type, String how) {
    return Errors.error(MappingErrorCode.INVALID_VALUE,
        "entity type '" + type + "' is not " + how + " by the profile rules");
  }
}
