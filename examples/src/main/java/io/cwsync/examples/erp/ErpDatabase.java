package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The example ERP's embedded H2 database (an e-automate-like dealer ERP): opens a private in-memory
 * database, applies {@code schema.sql}, and hands out one repository per business object.
 *
 * <p>Thread-safety: safe for use from many threads. Every statement runs under one lock on one JDBC
 * connection, so change-sequence values commit in the order they are taken and a change feed reader
 * never skips a row (the same reasoning as the example CRM's database).
 */
public final class ErpDatabase implements AutoCloseable {
  private final SerialConnection connection;
  private final Clock clock;
  private final String name;
  private final CustomerRepository customers = new CustomerRepository(this);
  private final ContractRepository contracts = new ContractRepository(this);
  private final ServiceCallRepository calls = new ServiceCallRepository(this);
  private final TechnicianRepository technicians = new TechnicianRepository(this);
  private final InventoryRepository inventory = new InventoryRepository(this);
  private final SalesOrderRepository salesOrders = new SalesOrderRepository(this);

  private ErpDatabase(String url, String name, Clock clock) {
    this.clock = requireNonNull(clock, "clock == null");
    this.name = name;
    this.connection = SerialConnection.open(url, "the ERP database " + name, ErpException::new);
    connection.applySchema(ErpDatabase.class, "schema.sql", "applying the ERP schema");
  }

  /**
   * Opens a fresh private in-memory database, gone when closed.
   *
   * @param clock the clock for {@code modified_at}
   * @return the open database
   * @throws ErpException if H2 cannot open it
   */
  public static ErpDatabase inMemory(Clock clock) {
    String name = "erp-" + UUID.randomUUID();
    return new ErpDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, clock);
  }

  /**
   * Returns a pooled {@link javax.sql.DataSource} on this same database, for the sync's stores (store-jdbc), which
   * keep their tables beside the ERP's.
   *
   * @return the data source, open until {@link #close()}
   */
  public javax.sql.DataSource dataSource() {
    return connection.dataSource();
  }

  /** Returns the customers (main customers and their locations). */
  public CustomerRepository customers() {
    return customers;
  }

  /** Returns the contracts, their templates and billing lines. */
  public ContractRepository contracts() {
    return contracts;
  }

  /** Returns the service calls, their labour and parts. */
  public ServiceCallRepository calls() {
    return calls;
  }

  /** Returns the technicians. */
  public TechnicianRepository technicians() {
    return technicians;
  }

  /** Returns the items, item templates, and on-hold codes. */
  public InventoryRepository inventory() {
    return inventory;
  }

  /** Returns the sales orders and their lines. */
  public SalesOrderRepository salesOrders() {
    return salesOrders;
  }

  /** Returns the clock stamped into {@code modified_at}. */
  public Clock clock() {
    return clock;
  }

  /** Closes the connection; the in-memory database is dropped. */
  @Override
  public void close() {
    connection.close(true);
  }

  @Override
  public String toString() {
    return "ErpDatabase{" + name + "}";
  }

  // ---------------------------------------------------------------- JDBC helpers for the repositories

  <T> T transaction(String what, SerialConnection.Work<T> work) {
    return connection.transaction(what, work);
  }

  <T> List<T> query(String what, SerialConnection.RowMapper<T> mapper, String sql, @Nullable Object... args) {
    return transaction(what, c -> SerialConnection.query(c, mapper, sql, args));
  }

  <T> Optional<T> one(String what, SerialConnection.RowMapper<T> mapper, String sql, @Nullable Object... args) {
    List<T> rows = query(what, mapper, sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  int update(String what, String sql, @Nullable Object... args) {
    return transaction(what, c -> SerialConnection.execute(c, sql, args));
  }

  long insert(String what, String sql, @Nullable Object... args) {
    return transaction(what, c -> SerialConnection.insert(c, sql, args));
  }

  long count(String sql, @Nullable Object... args) {
    return one("counting", rs -> rs.getLong(1), sql, args).orElse(0L);
  }

  OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
