package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code customer} table.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class CustomerRepository {
  private final ErpDatabase db;

  CustomerRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Inserts a customer; id, ConnectWise ids and tracking come from the database.
   *
   * @param c the customer
   * @return the stored customer
   * @throws ErpException if a constraint fails (for example a duplicate number)
   */
  public Customer insert(Customer c) {
    requireNonNull(c, "customer == null");
    long id = db.insert("inserting customer " + c.number(),
        "INSERT INTO customer (number, name, customer_type, contract_type, branch, parent_id, address_line1, city,"
            + " state, zip, phone, sync_to_cw, modified_at, change_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq)",
        c.number(), c.name(), c.customerType(), c.contractType(), c.branch(), c.parentId(), c.addressLine1(),
        c.city(), c.state(), c.zip(), c.phone(), c.syncToCw(), db.now());
    return require(id);
  }

  /**
   * Saves a user's change to every field except the ConnectWise ids, and moves the customer to the
   * end of the change sequence.
   *
   * @param c the customer, with the id of an existing row
   * @return the stored customer
   * @throws ErpException if the customer does not exist or a constraint fails
   */
  public Customer update(Customer c) {
    requireNonNull(c, "customer == null");
    return db.transaction("updating customer " + c.number(), conn -> {
      Customer before = require(c.id());
      Customer after = save(c);
      if (!before.syncToCw().equals(after.syncToCw())) {
        // Its locations follow a main customer's ZCJ_SyncToCW: they change with it, so the sync sees them again.
        db.update("touching locations of " + c.number(), "UPDATE customer SET modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq WHERE parent_id = ?", db.now(), c.id());
      }
      return after;
    });
  }

  private Customer save(Customer c) {
    int n = db.update("updating customer " + c.number(),
        "UPDATE customer SET number = ?, name = ?, customer_type = ?, contract_type = ?, branch = ?, parent_id = ?,"
            + " address_line1 = ?, city = ?, state = ?, zip = ?, phone = ?, sync_to_cw = ?, modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq WHERE id = ?",
        c.number(), c.name(), c.customerType(), c.contractType(), c.branch(), c.parentId(), c.addressLine1(),
        c.city(), c.state(), c.zip(), c.phone(), c.syncToCw(), db.now(), c.id());
    if (n == 0) {
      throw new ErpException("customer " + c.id() + " does not exist");
    }
    return require(c.id());
  }

  /**
   * Finds a customer by id.
   *
   * @param id the ERP id
   * @return the customer, or empty
   */
  public Optional<Customer> find(long id) {
    return db.one("reading customer " + id, CustomerRepository::map, "SELECT * FROM customer WHERE id = ?", id);
  }

  /**
   * Finds a customer by id, failing if it is missing.
   *
   * @param id the ERP id
   * @return the customer
   * @throws ErpException if there is none
   */
  public Customer require(long id) {
    return find(id).orElseThrow(() -> new ErpException("customer " + id + " does not exist"));
  }

  /**
   * Finds a customer by number, ignoring case.
   *
   * @param number the customer number
   * @return the customer, or empty
   */
  public Optional<Customer> findByNumber(String number) {
    return db.one("reading customer " + number, CustomerRepository::map,
        "SELECT * FROM customer WHERE LOWER(number) = LOWER(?)", number);
  }

  /**
   * Finds a customer by number, failing if it is missing.
   *
   * @param number the customer number
   * @return the customer
   * @throws ErpException if there is none
   */
  public Customer requireNumber(String number) {
    return findByNumber(number).orElseThrow(() -> new ErpException("customer " + number + " does not exist"));
  }

  /**
   * Finds the main customer linked to a ConnectWise company ({@code ZCJ_CW_CompanyID}).
   *
   * @param cwCompanyId the company id
   * @return the customer, or empty
   */
  public Optional<Customer> findByCwCompanyId(int cwCompanyId) {
    return db.one("reading customer of company " + cwCompanyId, CustomerRepository::map,
        "SELECT * FROM customer WHERE cw_company_id = ? AND parent_id IS NULL", cwCompanyId);
  }

  /**
   * Lists every customer in id order.
   *
   * @return the customers
   */
  public List<Customer> list() {
    return db.query("listing customers", CustomerRepository::map, "SELECT * FROM customer ORDER BY id");
  }

  /**
   * Returns main customers (or location customers of main customers synced to ConnectWise) changed after a
   * cursor, oldest change first.
   *
   * @param locations whether to return location customers instead of main customers
   * @param cursor the last change sequence seen, {@code 0} from the beginning
   * @param limit the most rows
   * @return the rows
   */
  public List<Customer> changesSince(boolean locations, long cursor, int limit) {
    if (locations) {
      // Locations of a main customer kept out of ConnectWise are left out too; they come back when it changes.
      return db.query("reading location changes", CustomerRepository::map,
          "SELECT c.* FROM customer c JOIN customer p ON c.parent_id = p.id WHERE c.change_seq > ?"
              + " AND p.sync_to_cw = 'Yes' ORDER BY c.change_seq LIMIT ?", cursor, limit);
    }
    return db.query("reading customer changes", CustomerRepository::map,
        "SELECT * FROM customer WHERE change_seq > ? AND parent_id IS NULL ORDER BY change_seq LIMIT ?", cursor,
        limit);
  }

  /**
   * Lists the location customers of a main customer.
   *
   * @param parentId the main customer
   * @return its locations
   */
  public List<Customer> locationsOf(long parentId) {
    return db.query("listing locations", CustomerRepository::map,
        "SELECT * FROM customer WHERE parent_id = ? ORDER BY id", parentId);
  }

  /**
   * Writes back (or clears) custom property {@code ZCJ_CW_CompanyID}. Sync bookkeeping: the change
   * sequence does not move.
   *
   * @param id the customer
   * @param cwCompanyId the company id, or {@code null} to clear it
   */
  public void linkCompany(long id, @Nullable Integer cwCompanyId) {
    requireUpdated(id, db.update("linking customer " + id,
        "UPDATE customer SET cw_company_id = ? WHERE id = ?", cwCompanyId, id));
  }

  /**
   * Writes back (or clears) custom property {@code ZCJ_CW_SiteAddressRecID}. Sync bookkeeping: the
   * change sequence does not move.
   *
   * @param id the location customer
   * @param cwSiteId the site id, or {@code null} to clear it
   */
  public void linkSite(long id, @Nullable Integer cwSiteId) {
    requireUpdated(id, db.update("linking customer " + id,
        "UPDATE customer SET cw_site_id = ? WHERE id = ?", cwSiteId, id));
  }

  /**
   * Counts customers.
   *
   * @return the number of customers
   */
  public long count() {
    return db.count("SELECT COUNT(*) FROM customer");
  }

  /**
   * Returns the highest change sequence of the customers.
   *
   * @return the sequence, {@code 0} when there are none
   */
  public long lastChangeSeq() {
    return db.count("SELECT COALESCE(MAX(change_seq), 0) FROM customer");
  }

  private static void requireUpdated(long id, int n) {
    if (n == 0) {
      throw new ErpException("customer " + id + " does not exist");
    }
  }

  static Customer map(ResultSet rs) throws SQLException {
    return new Customer(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
        rs.getString("customer_type"), rs.getString("contract_type"), rs.getString("branch"),
        SerialConnection.longOrNull(rs, "parent_id"), rs.getString("address_line1"), rs.getString("city"),
        rs.getString("state"), rs.getString("zip"), rs.getString("phone"),
        SerialConnection.integer(rs, "cw_company_id"), SerialConnection.integer(rs, "cw_site_id"),
        rs.getString("sync_to_cw"),
        java.util.Objects.requireNonNull(ErpDatabase.instant(rs, "modified_at")), rs.getLong("change_seq"));
  }
}
