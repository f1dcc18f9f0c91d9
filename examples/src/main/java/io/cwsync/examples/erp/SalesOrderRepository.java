package io.cwsync.examples.erp;


import io.cwsync.examples.SerialConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code sales_order} and {@code sales_order_line} tables.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class SalesOrderRepository {
  private final ErpDatabase db;

  SalesOrderRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Creates or updates the order of a ConnectWise sales order.
   *
   * @param cwOrderId the ConnectWise order
   * @param customerId the customer
   * @param orderDate the order date
   * @param po the PO number
   * @param status the status
   * @param onHoldCode the on-hold code (must exist), or {@code null}
   * @return the order's id
   */
  public long upsert(int cwOrderId, long customerId, @Nullable LocalDate orderDate, @Nullable String po,
      @Nullable String status, @Nullable String onHoldCode) {
    return db.transaction("storing sales order of " + cwOrderId, c -> {
      Optional<SalesOrder> existing = findByCwId(cwOrderId);
      if (existing.isPresent()) {
        db.update("updating sales order", "UPDATE sales_order SET customer_id = ?, order_date = ?, po = ?,"
            + " status = ?, on_hold_code = ? WHERE id = ?", customerId, orderDate, po, status, onHoldCode,
            existing.get().id());
        return existing.get().id();
      }
      long id = db.insert("creating sales order", "INSERT INTO sales_order (number, customer_id, order_date, po,"
          + " status, on_hold_code, cw_order_id) VALUES (RANDOM_UUID(), ?, ?, ?, ?, ?, ?)", customerId, orderDate,
          po, status, onHoldCode, cwOrderId);
      db.update("numbering order", "UPDATE sales_order SET number = ? WHERE id = ?",
          String.format(java.util.Locale.ROOT, "SO-%05d", id), id);
      return id;
    });
  }

  /**
   * Replaces an order's lines.
   *
   * @param orderId the order
   * @param lines the new lines (ids and order ids ignored)
   */
  public void replaceLines(long orderId, List<SalesOrderLine> lines) {
    db.transaction("storing lines of order " + orderId, c -> {
      db.update("clearing lines", "DELETE FROM sales_order_line WHERE order_id = ?", orderId);
      for (SalesOrderLine l : lines) {
        db.insert("adding line", "INSERT INTO sales_order_line (order_id, item, description, quantity, price,"
            + " error_item, cw_product_id) VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, l.item(), l.description(),
            l.quantity(), l.price(), l.errorItem(), l.cwProductId());
      }
      return null;
    });
  }

  /**
   * Finds an order.
   *
   * @param id the ERP id
   * @return the order, or empty
   */
  public Optional<SalesOrder> find(long id) {
    return db.one("reading order", SalesOrderRepository::map, "SELECT * FROM sales_order WHERE id = ?", id);
  }

  /**
   * Finds the order of a ConnectWise order.
   *
   * @param cwOrderId the ConnectWise order
   * @return the order, or empty
   */
  public Optional<SalesOrder> findByCwId(int cwOrderId) {
    return db.one("reading order", SalesOrderRepository::map, "SELECT * FROM sales_order WHERE cw_order_id = ?",
        cwOrderId);
  }

  /**
   * Lists every order.
   *
   * @return the orders in id order
   */
  public List<SalesOrder> list() {
    return db.query("listing orders", SalesOrderRepository::map, "SELECT * FROM sales_order ORDER BY id");
  }

  /**
   * Lists an order's lines.
   *
   * @param orderId the order
   * @return the lines in id order
   */
  public List<SalesOrderLine> lines(long orderId) {
    return db.query("listing lines", rs -> new SalesOrderLine(rs.getLong("id"), rs.getLong("order_id"),
        rs.getString("item"), rs.getString("description"), rs.getBigDecimal("quantity"),
        rs.getBigDecimal("price"), rs.getBoolean("error_item"), SerialConnection.integer(rs, "cw_product_id")),
        "SELECT * FROM sales_order_line WHERE order_id = ? ORDER BY id", orderId);
  }

  static SalesOrder map(ResultSet rs) throws SQLException {
    return new SalesOrder(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
        SerialConnection.date(rs, "order_date"), rs.getString("po"), rs.getString("status"),
        rs.getString("on_hold_code"), SerialConnection.integer(rs, "cw_order_id"));
  }

}
