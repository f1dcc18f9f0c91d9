package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.CwsyncException;
import io.cwsync.store.jdbc.JdbcErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The one JDBC runner every store uses: connections, transactions, the page session of the current thread, and the
 * translation of {@link SQLException} into {@link CwsyncException} with {@link JdbcErrorCode#STORE_FAILED}.
 *
 * <p>Transactions: outside a page each write runs in its own transaction on its own connection (committed before
 * the call returns, so every write is durable when the store method returns), and each read auto-committed
 * ({@link #read}: no commit round trip). Inside a page opened by
 * {@link PageSession#begin} on the calling thread, link, retry, audit, history and cursor operations run on the
 * page's connection and commit together at the cursor checkpoint. Leases never join a page: a lease renewal must be
 * visible to other nodes at once.
 *
 * <p>Thread-safety: safe for concurrent use; a page session belongs to the thread that opened it.
 */
public final class Db {

  private final DataSource dataSource;
  private final SqlDialect sql;
  private final Tables tables;
  private final @Nullable Clock leaseClock;
  private final ThreadLocal<@Nullable PageSession> page = new ThreadLocal<>();

  /**
   * Creates the runner.
   *
   * @param dataSource the database
   * @param sql the dialect
   * @param tables the table names
   * @param leaseClock the clock leases read; null for the database clock
   */
  Db(DataSource dataSource, SqlDialect sql, Tables tables, @Nullable Clock leaseClock) {
    this.dataSource = requireNonNull(dataSource, "dataSource == null");
    this.sql = sql;
    this.tables = tables;
    this.leaseClock = leaseClock;
  }

  SqlDialect sql() {
    return sql;
  }

  Tables tables() {
    return tables;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The open page session of this thread, or null. */
  @Nullable PageSession page() {
    PageSession p = page.get();
    return p != null && p.usable() ? p : null;
  }

  /** The page session of this thread, failed or not, or null. */
  @Nullable PageSession anyPage() {
    return page.get();
  }

  void open(PageSession session) {
    page.set(session);
  }

  void close(PageSession session) {
    if (page.get() == session) {
      page.remove();
    }
  }

  /**
   * Runs {@code work} in the thread's page transaction if one is open, else in a transaction of its own.
   *
   * @param what the operation, for error messages
   */
  <T> T tx(String what, SqlWork<T> work) {
    PageSession p = page();
    if (p != null) {
      return p.run(what, work);
    }
    return own(what, work);
  }

  /**
   * Runs read-only {@code work} on the thread's page connection if a page is open (seeing the page's own writes), else
   * on a connection of its own in auto-commit mode: a read needs no transaction, so no commit round trip.
   *
   * @param what the operation, for error messages
   */
  <T> T read(String what, SqlWork<T> work) {
    PageSession p = page();
    if (p != null) {
      return p.read(what, work);
    }
    return autoCommit(what, work);
  }

  /** Runs {@code work} in a transaction of its own, never the page's (leases, migrations, maintenance). */
  <T> T own(String what, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      if (auto) {
        c.setAutoCommit(false);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        if (auto) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /**
   * Runs {@code work} on a connection of its own in auto-commit mode: each statement commits by itself, one round
   * trip. Only for work whose statements are each atomic on their own (an insert the constraints may refuse, then a
   * read).
   */
  <T> T autoCommit(String what, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      if (!auto) {
        c.setAutoCommit(true);
      }
      try {
        return work.run(c);
      } finally {
        if (!auto) {
          c.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /**
   * Opens a connection for a page session in auto-commit mode: the page's reads run outside a transaction, and its
   * first write begins one ({@link PageSession#run}).
   */
  Connection openPageConnection() {
    try {
      Connection c = dataSource.getConnection();
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      throw failed("open a page transaction", e);
    }
  }

  static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  /** Wraps a driver error; the message names the operation and SQLState, never statement parameters. */
  static CwsyncException failed(String what, SQLException e) {
    return new CwsyncException(JdbcErrorCode.STORE_FAILED, "store-jdbc: " + what + " failed (SQLState "
        + e.getSQLState() + ", error " + e.getErrorCode() + ")", e);
  }

  /** True if leases read an injected clock rather than the database's. */
  boolean leaseClockInjected() {
    return leaseClock != null;
  }

  /**
   * The time leases compare against: the injected clock if one was given, else the database's clock read on
   * {@code c}, so that nodes with skewed clocks agree on expiry.
   */
  Instant leaseNow(Connection c) throws SQLException {
    if (leaseClock != null) {
      return micros(leaseClock.instant());
    }
    try (PreparedStatement ps = c.prepareStatement(sql.currentTime()); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return micros(instant(rs, 1));
    }
  }

  // ---- value conversions shared by the stores ----

  /** Both databases keep microseconds; the stores truncate so that what a call returns equals what a read returns. */
  static Instant micros(Instant i) {
    return i.truncatedTo(ChronoUnit.MICROS);
  }

  static @Nullable Instant micros(@Nullable Instant i, boolean nullable) {
    return i == null ? null : micros(i);
  }

  static void setInstant(PreparedStatement ps, int index, @Nullable Instant i) throws SQLException {
    if (i == null) {
      ps.setObject(index, null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(micros(i), ZoneOffset.UTC));
    }
  }

  static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    Object o = rs.getObject(column);
    if (o == null) {
      return null;
    }
    if (o instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (o instanceof Timestamp ts) {
      return ts.toInstant();
    }
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Instant instantNotNull(ResultSet rs, int column) throws SQLException {
    return requireNonNull(instant(rs, column), "NOT NULL column was null");
  }

  // ---- PostgreSQL: a page's rows as one array per column, read back with unnest (see SqlDialect#unnest) ----

  static void setTextArray(Connection c, PreparedStatement ps, int index, @Nullable String[] values)
      throws SQLException {
    ps.setArray(index, c.createArrayOf("varchar", values));
  }

  static void setBigintArray(Connection c, PreparedStatement ps, int index, @Nullable Long[] values)
      throws SQLException {
    ps.setArray(index, c.createArrayOf("int8", values));
  }

  static void setBooleanArray(Connection c, PreparedStatement ps, int index, Boolean[] values) throws SQLException {
    ps.setArray(index, c.createArrayOf("bool", values));
  }

  /** Instants as ISO-8601 text at microsecond precision; the statement casts them to {@code timestamptz[]}. */
  static void setInstantArray(Connection c, PreparedStatement ps, int index, @Nullable Instant[] values)
      throws SQLException {
    String[] text = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      text[i] = values[i] == null ? null : micros(values[i]).toString();
    }
    ps.setArray(index, c.createArrayOf("varchar", text));
  }

  static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, java.sql.Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  static @Nullable Long getLong(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
