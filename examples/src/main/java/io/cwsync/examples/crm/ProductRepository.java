package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.execute;
import static io.cwsync.examples.SerialConnection.integer;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code product} and {@code bundle_component} tables.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class ProductRepository extends Table<Product> {
  ProductRepository(CrmDatabase db) {
    super(db, "product", "cw_catalog_item_id");
  }

  /**
   * Finds a product by name (unique in the CRM).
   *
   * @param name the name, exact
   * @return the product, or empty
   */
  public Optional<Product> findByName(String name) {
    requireNonNull(name, "name == null");
    return one("SELECT * FROM product WHERE name = ?", name);
  }

  /**
   * Finds a product by code (SKU), the natural key matched against the ConnectWise identifier.
   *
   * @param code the code, compared ignoring case
   * @return the first product with it, or empty
   */
  public Optional<Product> findByCode(String code) {
    requireNonNull(code, "code == null");
    return one("SELECT * FROM product WHERE LOWER(code) = LOWER(?) ORDER BY id", code);
  }

  /**
   * Inserts a product (a non-null {@code cwCatalogItemId} is stored too).
   *
   * @param product the product to insert
   * @param actor who creates it
   * @return the stored product
   * @throws CrmException if a constraint fails (for example a duplicate name)
   */
  public Product insert(Product product, Actor actor) {
    requireNonNull(product, "product == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting product '" + product.name() + "'", c -> SerialConnection.insert(c,
        "INSERT INTO product (name, code, description, product_type, category, subcategory, product_class, price,"
            + " cost, taxable, bundle, inactive, cw_catalog_item_id, sync_opt_out, modified_at, change_seq,"
            + " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
        product.name(), product.code(), product.description(), product.productType(), product.category(),
        product.subcategory(), product.productClass(), product.price(), product.cost(), product.taxable(),
        product.bundle(), product.inactive(), product.cwCatalogItemId(), product.syncOptOut(), now(), actor));
    return require(id);
  }

  /**
   * Saves every field of a product except its ConnectWise id and moves it to the end of the change
   * sequence.
   *
   * @param product the product, with the id of an existing row
   * @param actor who changes it
   * @return the stored product
   * @throws CrmException if it does not exist or a constraint fails
   */
  public Product update(Product product, Actor actor) {
    requireNonNull(product, "product == null");
    requireNonNull(actor, "actor == null");
    int n = update("updating product " + product.id(),
        "UPDATE product SET name = ?, code = ?, description = ?, product_type = ?, category = ?, subcategory = ?,"
            + " product_class = ?, price = ?, cost = ?, taxable = ?, bundle = ?, inactive = ?, sync_opt_out = ?,"
            + " modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
        product.name(), product.code(), product.description(), product.productType(), product.category(),
        product.subcategory(), product.productClass(), product.price(), product.cost(), product.taxable(),
        product.bundle(), product.inactive(), product.syncOptOut(), now(), actor, product.id());
    if (n == 0) {
      throw new CrmException("product " + product.id() + " does not exist");
    }
    return require(product.id());
  }

  /**
   * Makes a product a bundle of the given components, replacing any it had.
   *
   * @param bundleId the bundle product's CRM id
   * @param components its components (their {@code bundleId} must equal {@code bundleId})
   * @throws IllegalArgumentException if a component belongs to another bundle or is the bundle itself
   * @throws CrmException if a product does not exist
   */
  public void defineBundle(long bundleId, List<BundleComponent> components) {
    requireNonNull(components, "components == null");
    for (BundleComponent component : components) {
      if (component.bundleId() != bundleId || component.productId() == bundleId) {
        throw new IllegalArgumentException("component " + component + " does not fit bundle " + bundleId);
      }
    }
    db.transaction("defining bundle " + bundleId, c -> {
      execute(c, "DELETE FROM bundle_component WHERE bundle_id = ?", bundleId);
      for (BundleComponent component : components) {
        execute(c, "INSERT INTO bundle_component (bundle_id, product_id, quantity) VALUES (?, ?, ?)",
            bundleId, component.productId(), component.quantity());
      }
      int n = execute(c, "UPDATE product SET bundle = TRUE WHERE id = ?", bundleId);
      if (n == 0) {
        throw new CrmException("product " + bundleId + " does not exist");
      }
      return null;
    });
  }

  /**
   * Lists what a bundle is made of.
   *
   * @param bundleId the bundle product's CRM id
   * @return its components, empty for a product that is not a bundle
   */
  public List<BundleComponent> components(long bundleId) {
    return db.transaction("reading bundle " + bundleId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT * FROM bundle_component WHERE bundle_id = ? ORDER BY product_id")) {
        ps.setLong(1, bundleId);
        try (ResultSet rs = ps.executeQuery()) {
          List<BundleComponent> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new BundleComponent(bundleId, rs.getLong("product_id"), rs.getBigDecimal("quantity")));
          }
          return out;
        }
      }
    });
  }

  @Override
  Product map(ResultSet rs) throws SQLException {
    return new Product(rs.getLong("id"), rs.getString("name"), rs.getString("code"), rs.getString("description"),
        rs.getString("product_type"), rs.getString("category"), rs.getString("subcategory"),
        rs.getString("product_class"), decimal(rs, "price"), decimal(rs, "cost"), rs.getBoolean("taxable"),
        rs.getBoolean("bundle"), rs.getObject("inactive", Boolean.class), integer(rs, "cw_catalog_item_id"), rs.getBoolean("sync_opt_out"), tracking(rs));
  }
}
