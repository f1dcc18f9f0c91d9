package io.cwsync.mapping;

import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import java.util.Map;

/** One flow per entity type, for tests. */
final class Flows {
  private Flows() {}

  private static final Map<String, Resource<?>> RESOURCES = Map.ofEntries(
      Map.entry("company", Resources.COMPANIES), Map.entry("contact", Resources.CONTACTS),
      Map.entry("site", Resources.COMPANY_SITES), Map.entry("opportunity", Resources.OPPORTUNITIES),
      Map.entry("forecast_item", Resources.FORECAST_ITEMS),
      Map.entry("opportunity_note", Resources.OPPORTUNITY_NOTES),
      Map.entry("product", Resources.CATALOG_ITEMS), Map.entry("tax_code", Resources.TAX_CODES),
      Map.entry("agreement", Resources.AGREEMENTS), Map.entry("invoice", Resources.INVOICES),
      Map.entry("ticket", Resources.TICKETS), Map.entry("time_entry", Resources.TIME_ENTRIES),
      Map.entry("sales_order", Resources.SALES_ORDERS),
      Map.entry("sales_order_line", Resources.PRODUCT_ITEMS));

  static Flow of(EntityType type) {
    return Flow.builder(type.name().replace('_', '-'), type, RESOURCES.get(type.name())).build();
  }

  static Flow of(String type) {
    return of(EntityType.of(type));
  }
}
