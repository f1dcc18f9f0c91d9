package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.execute;
import static io.cwsync.examples.SerialConnection.integer;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tax_region} and {@code tax_category} tables. A region is always stored with its two
 * categories, because ConnectWise knows only the region (tax code) while the CRM taxes each line by
 * category.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class TaxRepository extends Table<TaxRegion> {
  /** Name of the category taxed at the region's rate. */
  public static final String TAXABLE = "Taxable";

  /** Name of the category taxed at 0%. */
  public static final String NON_TAXABLE = "Non-Taxable";

  TaxRepository(CrmDatabase db) {
    super(db, "tax_region", "cw_tax_code_id");
  }

  /**
   * Finds a region by name.
   *
   * @param name the name, exact
   * @return the region, or empty
   */
  public Optional<TaxRegion> findByName(String name) {
    requireNonNull(name, "name == null");
    return one("SELECT * FROM tax_region WHERE name = ?", name);
  }

  /**
   * Inserts a region with its "Taxable" category at the region's rate and its "Non-Taxable" category
   * at 0% (a non-null {@code cwTaxCodeId} is stored too).
   *
   * @param region the region to insert
   * @param actor who creates it
   * @return the stored region
   * @throws CrmException if a constraint fails (for example a duplicate name)
   */
  public TaxRegion insert(TaxRegion region, Actor actor) {
    requireNonNull(region, "region == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting tax region '" + region.name() + "'", c -> {
      long regionId = SerialConnection.insert(c,
          "INSERT INTO tax_region (name, rate, cw_tax_code_id, sync_opt_out, modified_at, change_seq, changed_by)"
              + " VALUES (?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
          region.name(), region.rate(), region.cwTaxCodeId(), region.syncOptOut(), now(), actor);
      insertCategory(c, regionId, TAXABLE, true, region.rate());
      insertCategory(c, regionId, NON_TAXABLE, false, BigDecimal.ZERO);
      return regionId;
    });
    return require(id);
  }

  /**
   * Saves a region's name, rate and opt-out (and its taxable category's rate).
   *
   * @param region the region, with the id of an existing row
   * @param actor who changes it
   * @return the stored region
   * @throws CrmException if it does not exist or a constraint fails
   */
  public TaxRegion update(TaxRegion region, Actor actor) {
    requireNonNull(region, "region == null");
    requireNonNull(actor, "actor == null");
    db.transaction("updating tax region " + region.id(), c -> {
      int n = execute(c,
          "UPDATE tax_region SET name = ?, rate = ?, sync_opt_out = ?, modified_at = ?,"
              + " change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
          region.name(), region.rate(), region.syncOptOut(), now(), actor, region.id());
      if (n == 0) {
        throw new CrmException("tax region " + region.id() + " does not exist");
      }
      return execute(c, "UPDATE tax_category SET rate = ? WHERE tax_region_id = ? AND taxable = TRUE",
          region.rate(), region.id());
    });
    return require(region.id());
  }

  /**
   * Lists a region's categories, taxable first.
   *
   * @param regionId the region's CRM id
   * @return its two categories
   */
  public List<TaxCategory> categories(long regionId) {
    return categories("SELECT * FROM tax_category WHERE tax_region_id = ? ORDER BY taxable DESC", regionId);
  }

  /**
   * Finds a category by id.
   *
   * @param categoryId the category's CRM id
   * @return the category, or empty
   */
  public Optional<TaxCategory> category(long categoryId) {
    List<TaxCategory> found = categories("SELECT * FROM tax_category WHERE id = ?", categoryId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Returns the region's category for taxable or non-taxable lines.
   *
   * @param regionId the region's CRM id
   * @param taxable which of the two
   * @return the category
   * @throws CrmException if the region does not exist
   */
  public TaxCategory category(long regionId, boolean taxable) {
    return categories(regionId).stream().filter(c -> c.taxable() == taxable).findFirst()
        .orElseThrow(() -> new CrmException("tax region " + regionId + " does not exist"));
  }

  private List<TaxCategory> categories(String sql, long arg) {
    return db.transaction("reading tax categories", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, arg);
        try (ResultSet rs = ps.executeQuery()) {
          List<TaxCategory> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new TaxCategory(rs.getLong("id"), rs.getLong("tax_region_id"), rs.getString("name"),
                rs.getBoolean("taxable"), rs.getBigDecimal("rate")));
          }
          return out;
        }
      }
    });
  }

  private static void insertCategory(Connection c, long regionId, String name, boolean taxable, BigDecimal rate)
      throws SQLException {
    SerialConnection.insert(c, "INSERT INTO tax_category (tax_region_id, name, taxable, rate) VALUES (?, ?, ?, ?)",
        regionId, name, taxable, rate);
  }

  @Override
  TaxRegion map(ResultSet rs) throws SQLException {
    return new TaxRegion(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("rate"),
        integer(rs, "cw_tax_code_id"), rs.getBoolean("sync_opt_out"), tracking(rs));
  }
}
