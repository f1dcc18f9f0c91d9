package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
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
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final Clock clock;
  private final String name;
  private final CustomerRepository customers = new CustomerRepository(this);
  private final ContractRepository contracts = new ContractRepository(this);
  private final ServiceCallRepository calls = new ServiceCallRepository(this);
  private final TechnicianRepository technicians = new TechnicianRepository(this);
  private final InventoryRepository inventory = new InventoryRepository(this);
  private final SalesOrderRepository salesOrders = new SalesOrderRepository(this);

  private final String url;
  private org.h2.jdbcx.@org.jspecify.annotations.Nullable JdbcConnectionPool pool;

  private ErpDatabase(String url, String name, Clock clock) {
    this.clock = requireNonNull(clock, "clock == null");
    this.name = name;
    this.url = url;
    try {
      this.connection = DriverManager.getConnection(url, "sa", "");
    } catch (SQLException e) {
      throw new ErpException("cannot open the ERP database " + name + ": " + e.getMessage(), e);
    }
    applySchema();
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
    lock.lock();
    try {
      if (pool == null) {
        pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
      }
      return pool;
    } finally {
      lock.unlock();
    }
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
    lock.lock();
    if (pool != null) {
      pool.dispose();
    }
    try (Statement s = connection.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new ErpException("closing the ERP database " + name + " failed", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "ErpDatabase{" + name + "}";
  }

  // ---------------------------------------------------------------- JDBC helpers for the repositories

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work inside one transaction. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> T transaction(String what, SqlWork<T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.run(connection);
      }
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ErpException(what + " failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  <T> List<T> query(String what, RowMapper<T> mapper, String sql, @Nullable Object... args) {
    return transaction(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          List<T> out = new ArrayList<>();
          while (rs.next()) {
            out.add(mapper.map(rs));
          }
          return out;
        }
      }
    });
  }

  <T> Optional<T> one(String what, RowMapper<T> mapper, String sql, @Nullable Object... args) {
    List<T> rows = query(what, mapper, sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  int update(String what, String sql, @Nullable Object... args) {
    return transaction(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        return ps.executeUpdate();
      }
    });
  }

  long insert(String what, String sql, @Nullable Object... args) {
    return transaction(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
        bind(ps, args);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  long count(String sql, @Nullable Object... args) {
    return one("counting", rs -> rs.getLong(1), sql, args).orElse(0L);
  }

  OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static void bind(PreparedStatement ps, @Nullable Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (arg instanceof LocalDate date) {
        ps.setDate(i + 1, Date.valueOf(date));
      } else if (arg instanceof Instant instant) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (arg instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, arg);
      }
    }
  }

  static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return rs.getBigDecimal(column);
  }

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private void applySchema() {
    List<String> statements;
    try {
      statements = io.cwsync.examples.SqlScript.statements(ErpDatabase.class, "schema.sql");
    } catch (IllegalStateException e) {
      throw new ErpException(e.getMessage(), e);
    }
    transaction("applying the ERP schema", c -> {
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      return null;
    });
  }
}
