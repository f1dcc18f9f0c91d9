package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.nullableNonBlank;
import static io.cwsync.mapping.Checks.requireArgument;
import static io.cwsync.mapping.Checks.requireState;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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

  /**
   * Sets the product mapping of a {@link SyncProfile.Builder#productMapping section}; not
   * thread-safe. Individual mappings need {@code standardProductMapping(false)} first.
   */
  public static final class Builder {
    private boolean standard = true;
    private final Map<String, String> productTypes = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, String> productClasses = new LinkedHashMap<>();
    private final Map<String, String> productIds = new LinkedHashMap<>();
    private ProductNameTarget nameTarget = ProductNameTarget.IDENTIFIER;
    private @Nullable String identifierField;

    Builder() {}

    void replay(ProductMapping from, Replay r) {
      r.set("standard", () -> standardProductMapping(from.standard()));
      new TreeMap<>(from.productTypes()).forEach((host, cw) -> r.set("productTypes." + host,
          () -> mapProductType(host, cw)));
      new TreeMap<>(from.categories()).forEach((host, cw) -> r.set("categories." + host,
          () -> mapProductCategory(host, cw.category(), cw.subcategory())));
      new TreeMap<>(from.productClasses()).forEach((host, cw) -> r.set("productClasses." + host,
          () -> mapProductClass(host, cw)));
      new TreeMap<>(from.productIds()).forEach((host, cw) -> r.set("productIds." + host,
          () -> mapProductId(host, cw)));
      r.set("identifierField", () -> productName(from.nameTarget(), from.identifierField()));
    }

    /**
     * Keeps a standard product mapping (on by default) or switches to individual mappings.
     *
     * @param standard whether to use the standard mapping
     * @return this builder
     * @throws IllegalStateException if turned on while individual mappings exist
     */
    public Builder standardProductMapping(boolean standard) {
      int individual = productTypes.size() + categories.size() + productClasses.size() + productIds.size();
      requireState(!standard || individual == 0,
          "the standard product mapping cannot be used with %s individual product mapping(s)", individual);
      this.standard = standard;
      return this;
    }

    /**
     * Maps a host product type to a ConnectWise product type.
     *
     * @param hostType host product type
     * @param cwType ConnectWise product type name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException with the standard mapping, or if the host type is mapped
     */
    public Builder mapProductType(String hostType, String cwType) {
      putIndividual(productTypes, "product type", hostType, cwType);
      return this;
    }

    /**
     * Maps a host product category to a ConnectWise category and subcategory.
     *
     * @param hostCategory host category
     * @param cwCategory ConnectWise category name
     * @param cwSubcategory ConnectWise subcategory name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException with the standard mapping, or if the host category is mapped
     */
    public Builder mapProductCategory(String hostCategory, String cwCategory, String cwSubcategory) {
      nonBlank(cwSubcategory, "ConnectWise subcategory");
      requireIndividual("product category");
      nonBlank(hostCategory, "host product category");
      nonBlank(cwCategory, "ConnectWise product category");
      requireState(!categories.containsKey(hostCategory),
          "host product category '%s' is already mapped to %s", hostCategory, categories.get(hostCategory));
      categories.put(hostCategory, new Category(cwCategory, cwSubcategory));
      return this;
    }

    /**
     * Maps a host product class to a ConnectWise {@code productClass}.
     *
     * @param hostClass host product class
     * @param cwClass one of {@link ProductMapping#PRODUCT_CLASSES}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or the class is not a ConnectWise class
     * @throws IllegalStateException with the standard mapping, or if the host class is mapped
     */
    public Builder mapProductClass(String hostClass, String cwClass) {
      requireArgument(PRODUCT_CLASSES.contains(cwClass), "'%s' is not a ConnectWise product class; use one of %s",
          cwClass, new TreeSet<>(PRODUCT_CLASSES));
      putIndividual(productClasses, "product class", hostClass, cwClass);
      return this;
    }

    /**
     * Maps a host product id to a ConnectWise catalog item identifier.
     *
     * @param hostProductId host product id
     * @param cwIdentifier ConnectWise catalog item identifier
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank
     * @throws IllegalStateException with the standard mapping, or if the host id is mapped
     */
    public Builder mapProductId(String hostProductId, String cwIdentifier) {
      putIndividual(productIds, "product id", hostProductId, cwIdentifier);
      return this;
    }

    /**
     * Maps the host product name to the catalog item identifier.
     *
     * @return this builder
     */
    public Builder productNameToIdentifier() {
      this.nameTarget = ProductNameTarget.IDENTIFIER;
      this.identifierField = null;
      return this;
    }

    /**
     * Maps the host product name to the catalog item description, and {@code identifierField} to
     * its identifier (which ConnectWise requires).
     *
     * @param identifierField host field that supplies the identifier
     * @return this builder
     * @throws NullPointerException if {@code identifierField} is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder productNameToDescription(String identifierField) {
      this.identifierField = nonBlank(identifierField, "product identifier field");
      this.nameTarget = ProductNameTarget.DESCRIPTION;
      return this;
    }

    /**
     * Sets the product name target without requiring an identifier field, so that a stored profile
     * missing it is reported by {@link ProfileValidator} rather than rejected on read.
     */
    private void productName(ProductNameTarget target, @Nullable String field) {
      this.nameTarget = requireNonNull(target, "target == null");
      this.identifierField = nullableNonBlank(field, "product identifier field");
    }

    private void requireIndividual(String what) {
      requireState(!standard, "an individual %s mapping needs standardProductMapping(false) first", what);
    }

    private void putIndividual(Map<String, String> map, String what, String host, String cw) {
      requireIndividual(what);
      nonBlank(host, "host " + what);
      nonBlank(cw, "ConnectWise " + what);
      requireState(!map.containsKey(host), "host %s '%s' is already mapped to '%s'", what, host, map.get(host));
      map.put(host, cw);
    }

    ProductMapping build() {
      return new ProductMapping(standard, productTypes, categories, productClasses, productIds, nameTarget,
          identifierField);
    }
  }
}
