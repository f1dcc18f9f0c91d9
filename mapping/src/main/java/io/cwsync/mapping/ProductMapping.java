package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How host products map to ConnectWise catalog items.
 *
 * <p>With the standard mapping, host product types, categories, subcategories and product classes
 * carry ConnectWise names unchanged. Without it, each value goes through its individual map, and a
 * value with no entry is a mapping error for that product (never a silent default). The host product
 * name maps to the catalog item identifier or description; with {@link ProductNameTarget#DESCRIPTION}
 * the host field named by {@code identifierField} must supply the identifier. Thread-safe (immutable
 * record).
 *
 * @param standard keep a standard mapping (names unchanged); the individual maps must then be empty
 * @param productTypes host product type to ConnectWise product type
 * @param categories host category to ConnectWise category and subcategory
 * @param productClasses host product class to ConnectWise {@code productClass}
 * @param productIds host product id to ConnectWise catalog item identifier
 * @param nameTarget where the host product name goes
 * @param identifierField host field mapped to the identifier when the name goes to the description,
 *     otherwise {@code null}
 */
public record ProductMapping(
    boolean standard,
    Map<String, String> productTypes,
    Map<String, Category> categories,
    Map<String, String> productClasses,
    Map<String, String> productIds,
    ProductNameTarget nameTarget,
    @Nullable String identifierField) {

  /** The ConnectWise product classes, as the API spells them. */
  public static final java.util.Set<String> PRODUCT_CLASSES =
      java.util.Set.of("Agreement", "Bundle", "Inventory", "NonInventory", "Service");

  /**
   * Copies the maps.
   *
   * @throws NullPointerException if an argument or entry is null
   */
  public ProductMapping {
    productTypes = Map.copyOf(requireNonNull(productTypes, "productTypes == null"));
    categories = Map.copyOf(requireNonNull(categories, "categories == null"));
    productClasses = Map.copyOf(requireNonNull(productClasses, "productClasses == null"));
    productIds = Map.copyOf(requireNonNull(productIds, "productIds == null"));
    requireNonNull(nameTarget, "nameTarget == null");
  }

  /**
   * Returns the standard mapping with the product name as identifier.
   *
   * @return the default product mapping
   */
  public static ProductMapping defaults() {
    return new ProductMapping(true, Map.of(), Map.of(), Map.of(), Map.of(),
        ProductNameTarget.IDENTIFIER, null);
  }

  /**
   * A ConnectWise category and subcategory pair that a host category maps to.
   *
   * <p>Thread-safe (immutable record).
   *
   * @param category ConnectWise product category name
   * @param subcategory ConnectWise product subcategory name (required by ConnectWise on catalog
   *     items)
   */
  public record Category(String category, String subcategory) {
    /**
     * Checks the names.
     *
     * @throws NullPointerException if a name is null
     */
    public Category {
      requireNonNull(category, "category == null");
      requireNonNull(subcategory, "subcategory == null");
    }
  }
}
