package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code item}, {@code item_template} and {@code on_hold_code} tables.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class InventoryRepository {
  private final ErpDatabase db;

  InventoryRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Adds an item template for a product type.
   *
   * @param t the template
   */
  public void addTemplate(ItemTemplate t) {
    requireNonNull(t, "template == null");
    db.update("adding item template " + t.productType(), "INSERT INTO item_template (product_type, inventory_code,"
        + " expense_code, sales_code) VALUES (?, ?, ?, ?)", t.productType(), t.inventoryCode(), t.expenseCode(),
        t.salesCode());
  }

  /**
   * Finds the template of a product type, ignoring case.
   *
   * @param productType the ConnectWise product type
   * @return the template, or empty
   */
  public Optional<ItemTemplate> template(String productType) {
    return db.one("reading item template", rs -> new ItemTemplate(rs.getString("product_type"),
        rs.getString("inventory_code"), rs.getString("expense_code"), rs.getString("sales_code")),
        "SELECT * FROM item_template WHERE LOWER(product_type) = LOWER(?)", productType);
  }

  /**
   * Adds an item (the error item too).
   *
   * @param number the item number
   * @param description the description
   * @param template the codes, taken from this template (its product type is ignored)
   * @param nonInventory whether it is a non-inventory item
   */
  public void addItem(String number, @Nullable String description, ItemTemplate template, boolean nonInventory) {
    db.update("adding item " + number, "INSERT INTO item (number, description, inventory_code, expense_code,"
        + " sales_code, non_inventory) VALUES (?, ?, ?, ?, ?, ?)", number, description, template.inventoryCode(),
        template.expenseCode(), template.salesCode(), nonInventory);
  }

  /**
   * Returns an item's codes, if the item exists.
   *
   * @param number the item number
   * @return its codes as a template named after the item, or empty
   */
  public Optional<ItemTemplate> item(String number) {
    return db.one("reading item " + number, rs -> new ItemTemplate(rs.getString("number"),
        rs.getString("inventory_code"), rs.getString("expense_code"), rs.getString("sales_code")),
        "SELECT * FROM item WHERE LOWER(number) = LOWER(?)", number);
  }

  /**
   * Creates an item from a template unless it exists.
   *
   * @param number the item number
   * @param description the description
   * @param template the template
   */
  public void ensureItem(String number, @Nullable String description, ItemTemplate template) {
    if (item(number).isEmpty()) {
      addItem(number, description, template, false);
    }
  }

  /**
   * Adds an on-hold code.
   *
   * @param code the code
   * @param description the description
   */
  public void addOnHoldCode(String code, String description) {
    db.update("adding on-hold code " + code, "INSERT INTO on_hold_code (code, description) VALUES (?, ?)", code,
        description);
  }

  /**
   * Lists the on-hold codes.
   *
   * @return the codes, sorted
   */
  public List<String> onHoldCodes() {
    return db.query("listing on-hold codes", rs -> rs.getString(1), "SELECT code FROM on_hold_code ORDER BY code");
  }

  /**
   * Returns a summary of the items and templates that changes whenever one is added or recoded.
   *
   * @return an opaque state string
   */
  public String state() {
    return db.one("reading inventory state", rs -> rs.getString(1), "SELECT CONCAT((SELECT COUNT(*) FROM item), '/',"
        + " (SELECT COUNT(*) FROM item_template), '/', (SELECT COUNT(*) FROM item_template WHERE sales_code IS NOT"
        + " NULL), '/', (SELECT COUNT(*) FROM item WHERE sales_code IS NOT NULL))").orElse("");
  }
}
