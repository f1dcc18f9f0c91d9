package io.cwsync.mapping.internal;

import java.util.Map;
import java.util.Set;

/**
 * The ConnectWise fields the engine writes per entity, and the fields that can identify a record for
 * natural-key matching. Validation checks field rules against this catalog, so a typo in a
 * never-updated field is reported instead of silently ignored.
 */
public final class FieldCatalog {

  private static final Map<String, Set<String>> WRITTEN = Map.ofEntries(
      Map.entry("company", Set.of("identifier", "name", "phoneNumber", "faxNumber", "website",
          "addressLine1", "addressLine2", "city", "state", "zip", "accountNumber", "market",
          "types", "status", "territory", "customFields")),
      Map.entry("contact", Set.of("firstName", "lastName", "title", "company",
          "communicationItems", "customFields")),
      Map.entry("opportunity", Set.of("name", "company", "contact", "stage", "status", "rating",
          "locationId", "businessUnitId", "expectedCloseDate", "notes", "customFields")),
      Map.entry("forecast_item", Set.of("catalogItem", "productDescription", "quantity",
          "revenue", "cost", "forecastType", "status", "includeFlag", "sequenceNumber")),
      Map.entry("opportunity_note", Set.of("text")),
      Map.entry("product", Set.of("identifier", "description", "customerDescription",
          "type", "category", "subcategory", "productClass", "price", "cost", "taxableFlag",
          "inactiveFlag", "customFields")),
      Map.entry("site", Set.of("name", "addressLine1", "addressLine2", "city", "zip",
          "phoneNumber")),
      Map.entry("agreement", Set.of()),
      Map.entry("invoice", Set.of()),
      Map.entry("ticket", Set.of("summary", "company", "status", "customFields")),
      Map.entry("time_entry", Set.of()),
      Map.entry("sales_order", Set.of()));

  private static final Map<String, Set<String>> NATURAL_KEYS = Map.of(
      "company", Set.of("identifier", "accountNumber"),
      "product", Set.of("identifier"),
      "site", Set.of("name"));

  private FieldCatalog() {}

  /**
   * Returns the ConnectWise fields the engine writes for an entity.
   *
   * @param entity entity name
   * @return the field names, empty for read-only entities
   */
  public static Set<String> connectWiseFields(String entity) {
    return WRITTEN.getOrDefault(entity, Set.of());
  }

  /**
   * Returns the ConnectWise fields a natural key of an entity may use.
   *
   * @param entity entity name
   * @return the field names, empty when the entity is matched by link only
   */
  public static Set<String> naturalKeyFields(String entity) {
    return NATURAL_KEYS.getOrDefault(entity, Set.of());
  }
}
