package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A product or service the CRM quotes (a ConnectWise catalog item once synced); a bundle groups other
 * products (see {@link ProductRepository#components}).
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param name the product name, unique in the CRM
 * @param code the product code (SKU), mapped to the ConnectWise identifier, or {@code null}
 * @param description the customer-facing description, or {@code null}
 * @param productType the product type (for example "Hardware"), or {@code null}
 * @param category the category, or {@code null}
 * @param subcategory the subcategory, or {@code null}
 * @param productClass the product class (for example "NonInventory"), or {@code null}
 * @param price the unit price
 * @param cost the unit cost
 * @param taxable whether the product is taxable
 * @param bundle whether the product is a bundle of other products
 * @param inactive whether ConnectWise marks the item inactive, or {@code null} when it never said
 * @param cwCatalogItemId the linked ConnectWise catalog item id, or {@code null}
 * @param syncOptOut the user's "do not sync this product" switch
 * @param tracking when and by whom the row last changed
 */
public record Product(
    long id,
    String name,
    @Nullable String code,
    @Nullable String description,
    @Nullable String productType,
    @Nullable String category,
    @Nullable String subcategory,
    @Nullable String productClass,
    BigDecimal price,
    BigDecimal cost,
    boolean taxable,
    boolean bundle,
    @Nullable Boolean inactive,
    @Nullable Integer cwCatalogItemId,
    boolean syncOptOut,
    Tracking tracking) {

  /**
   * Checks the required components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Product {
    requireNonNull(name, "name == null");
    requireNonNull(price, "price == null");
    requireNonNull(cost, "cost == null");
    requireNonNull(tracking, "tracking == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("product name is blank");
    }
  }

  /**
   * Returns an unsaved, taxable, non-bundle product.
   *
   * @param name the name
   * @param code the code (SKU), or {@code null}
   * @param price the unit price
   * @param cost the unit cost
   * @return a draft to pass to {@link ProductRepository#insert}
   */
  public static Product draft(String name, @Nullable String code, BigDecimal price, BigDecimal cost) {
    return new Product(0, name, code, name, null, null, null, null, price, cost, true, false, null, null, false,
        Tracking.unsaved());
  }

  /** Returns a copy with another type, category, subcategory and class. */
  public Product withClassification(@Nullable String newType, @Nullable String newCategory,
      @Nullable String newSubcategory, @Nullable String newClass) {
    return new Product(id, name, code, description, newType, newCategory, newSubcategory, newClass, price, cost,
        taxable, bundle, inactive, cwCatalogItemId, syncOptOut, tracking);
  }

  /** Returns a copy with another price and cost. */
  public Product withPrice(BigDecimal newPrice, BigDecimal newCost) {
    return new Product(id, name, code, description, productType, category, subcategory, productClass, newPrice,
        newCost, taxable, bundle, inactive, cwCatalogItemId, syncOptOut, tracking);
  }

  /** Returns a copy with another description. */
  public Product withDescription(@Nullable String newDescription) {
    return new Product(id, name, code, newDescription, productType, category, subcategory, productClass, price,
        cost, taxable, bundle, inactive, cwCatalogItemId, syncOptOut, tracking);
  }

  /** Returns a copy marked taxable or not. */
  public Product withTaxable(boolean newTaxable) {
    return new Product(id, name, code, description, productType, category, subcategory, productClass, price, cost,
        newTaxable, bundle, inactive, cwCatalogItemId, syncOptOut, tracking);
  }

  /** Returns a copy marked as a bundle or not. */
  public Product withBundle(boolean newBundle) {
    return new Product(id, name, code, description, productType, category, subcategory, productClass, price, cost,
        taxable, newBundle, inactive, cwCatalogItemId, syncOptOut, tracking);
  }
}
