package io.cwsync.examples.adapter;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.mapping.StageMapping;
import io.cwsync.mapping.TaxMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every adapter of the example CRM, for core's {@link HostAdapterRegistry}.
 *
 * <p>Thread-safety: stateless; the adapters it returns are thread-safe.
 */
public final class CrmAdapters {
  /**
   * The product record field holding the CRM's product code (SKU): the profile maps product names to
   * ConnectWise descriptions and this field to the required ConnectWise identifier.
   */
  public static final String PRODUCT_CODE_FIELD = "code";

  /** The opportunity record field holding the "CW Status" custom field. */
  public static final String CW_STATUS_FIELD = StageMapping.DEFAULT_CW_STATUS_FIELD;

  private CrmAdapters() {}

  /**
   * Returns one adapter per entity kind the CRM syncs, in dependency order.
   *
   * @param db the CRM
   * @return adapters by entity type
   */
  public static Map<EntityType, HostAdapter> all(CrmDatabase db) {
    return all(db, TaxMode.IMPORT_TAX_CODES);
  }

  /**
   * Returns one adapter per entity kind the CRM syncs, in dependency order, for a profile's tax mode.
   *
   * @param db the CRM
   * @param taxMode the profile's {@code taxMapping().mode()}: opportunities carry their quote's tax region name
   *     (imported tax codes) or its rate (rates mapped to tax codes)
   * @return adapters by entity type
   */
  public static Map<EntityType, HostAdapter> all(CrmDatabase db, TaxMode taxMode) {
    requireNonNull(db, "db == null");
    requireNonNull(taxMode, "taxMode == null");
    Map<EntityType, HostAdapter> adapters = new LinkedHashMap<>();
    adapters.put(EntityType.TAX_CODE, new TaxRegionAdapter(db));
    adapters.put(EntityType.PRODUCT, new ProductAdapter(db));
    adapters.put(EntityType.COMPANY, new CompanyAdapter(db));
    adapters.put(EntityType.CONTACT, new ContactAdapter(db));
    adapters.put(EntityType.OPPORTUNITY, new OpportunityAdapter(db, taxMode));
    adapters.put(EntityType.FORECAST_ITEM, new QuoteLineAdapter(db));
    adapters.put(EntityType.OPPORTUNITY_NOTE, new DocumentNoteAdapter(db));
    return adapters;
  }

  /**
   * Returns a registry serving the CRM's adapters to every tenant (the CRM is single-tenant).
   *
   * @param db the CRM
   * @return the registry
   */
  public static HostAdapterRegistry registry(CrmDatabase db) {
    return HostAdapterRegistry.of(all(db));
  }

  /**
   * Returns a registry serving the CRM's adapters for a profile's tax mode to every tenant.
   *
   * @param db the CRM
   * @param taxMode the profile's tax mode
   * @return the registry
   */
  public static HostAdapterRegistry registry(CrmDatabase db, TaxMode taxMode) {
    return HostAdapterRegistry.of(all(db, taxMode));
  }
}
