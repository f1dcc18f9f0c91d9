package io.cwsync.examples;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * The one H2 connection behind an example host's database (the CRM's and the ERP's), with the JDBC helpers their
 * repositories share. Every statement runs under one lock on this one connection. That is deliberate, not lazy:
 * writes take their change sequence value and commit in the same order, so a reader of a change feed can never see
 * sequence 12 commit before sequence 11 and skip 11 forever (the pitfall a multi-connection pool would bring; a real
 * application would use a commit-ordered outbox or accept a small overlap instead).
 *
 * <p>Failures reach the caller as the host's own exception type, made by the {@link Failure} it passes in.
 *
 * <p>Thread-safety: safe for use from many threads.
 */
public final class SerialConnection implements AutoCloseable {

  /** Makes the host's exception for a failed database operation. */
  @FunctionalInterface
  public interface Failure {
    /**
     * Returns the exception to throw.
     *
     * @param message what failed
     * @param cause the JDBC failure
     * @return the host's exception
     */
    RuntimeException of(String message, Exception cause);
  }

  /**
   * Work inside one transaction.
   *
   * @param <T> the work's result
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs the work.
     *
     * @param connection the connection, in the transaction
     * @return the result
     * @throws SQLException if a statement fails; the transaction is rolled back
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Reads one row of a result set.
   *
   * @param <T> the row type
   */
  @FunctionalInterface
  public interface RowMapper<T> {
    /**
     * Maps the current row.
     *
     * @param rs the result set, on the row
     * @return the row
     * @throws SQLException if a column cannot be read
     */
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final String url;
  private final String description;
  private final Failure failure;
  private @Nullable JdbcConnectionPool pool;

  private SerialConnection(Connection connection, String url, String description, Failure failure) {
    this.connection = connection;
    this.url = url;
    this.description = description;
    this.failure = failure;
  }

  /**
   * Opens the connection.
   *
   * @param url the H2 JDBC URL
   * @param description the database's name for messages, such as {@code the CRM database mem:crm-1}
   * @param failure makes the host's exception
   * @return the open connection
   * @throws RuntimeException made by {@code failure} if H2 cannot open the database
   */
  public static SerialConnection open(String url, String description, Failure failure) {
    try {
      return new SerialConnection(DriverManager.getConnection(url, "sa", ""), url, description, failure);
    } catch (SQLException e) {
      throw failure.of("cannot open " + description + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs work in one transaction, committing at the end and rolling back on any failure. Nested calls join the
   * outer transaction.
   *
   * @param what what the work does, for the error message
   * @param work the work; receives the connection
   * @param <T> the work's result
   * @return the work's result
   * @throws RuntimeException made by the {@link Failure} if the work fails with an SQL error
   */
  public <T> T transaction(String what, Work<T> work) {
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
      throw failure.of(what + " failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Creates the host's tables from a {@link SqlScript} next to {@code owner}, in one transaction.
   *
   * @param owner the class whose package holds the script
   * @param resource the script's name, such as {@code schema.sql}
   * @param what what applying it does, for the error message
   * @throws RuntimeException made by the {@link Failure} if the script is missing or a statement fails
   */
  public void applySchema(Class<?> owner, String resource, String what) {
    List<String> statements;
    try {
      statements = SqlScript.statements(owner, resource);
    } catch (IllegalStateException e) {
      throw failure.of(e.getMessage(), e);
    }
    transaction(what, c -> {
      try (Statement s = c.createStatement()) {
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      return null;
    });
  }

  /**
   * Returns a pooled {@link DataSource} on this same database, for code that keeps its own tables beside the
   * host's (the sync's stores, through store-jdbc).
   *
   * @return the data source, open until {@link #close(boolean)}
   */
  public DataSource dataSource() {
    lock.lock();
    try {
      if (pool == null) {
        pool = JdbcConnectionPool.create(url, "sa", "");
      }
      return pool;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes the pool and the connection.
   *
   * @param shutdown whether to shut the database down first (an in-memory one is then dropped)
   * @throws RuntimeException made by the {@link Failure} if H2 fails to close
   */
  public void close(boolean shutdown) {
    lock.lock();
    try {
      if (pool != null) {
        pool.dispose();
      }
      if (shutdown) {
        try (Statement s = connection.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
      connection.close();
    } catch (SQLException e) {
      throw failure.of("closing " + description + " failed", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Shuts the database down and closes it; see {@link #close(boolean)}.
   */
  @Override
  public void close() {
    close(true);
  }

  @Override
  public String toString() {
    return "SerialConnection{" + description + "}";
  }

  // ---------------------------------------------------------------- statements, inside a transaction

  /**
   * Runs a query and maps every row.
   *
   * @param c the connection, in a transaction
   * @param mapper reads one row
   * @param sql the query, with {@code ?} for each argument
   * @param args the arguments, bound as {@link #bind} does
   * @param <T> the row type
   * @return the rows, in the query's order
   * @throws SQLException if the query fails
   */
  public static <T> List<T> query(Connection c, RowMapper<T> mapper, String sql, @Nullable Object... args)
      throws SQLException {
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
  }

  /**
   * Inserts a row and returns its generated id.
   *
   * @param c the connection, in a transaction
   * @param sql the insert, with {@code ?} for each argument
   * @param args the arguments, bound as {@link #bind} does
   * @return the new row's {@code ID}
   * @throws SQLException if the insert fails
   */
  public static long insert(Connection c, String sql, @Nullable Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * Runs an update, insert or delete.
   *
   * @param c the connection, in a transaction
   * @param sql the statement, with {@code ?} for each argument
   * @param args the arguments, bound as {@link #bind} does
   * @return the number of rows changed
   * @throws SQLException if the statement fails
   */
  public static int execute(Connection c, String sql, @Nullable Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /**
   * Binds arguments in order: {@code null} as SQL NULL, a {@link LocalDate} as a DATE, an {@link Instant} as a UTC
   * timestamp, an enum by its name, anything else as JDBC maps it.
   *
   * @param ps the statement
   * @param args the arguments
   * @throws SQLException if one cannot be bound
   */
  public static void bind(PreparedStatement ps, @Nullable Object... args) throws SQLException {
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

  // ---------------------------------------------------------------- nullable columns

  /**
   * Reads a nullable INTEGER column.
   *
   * @param rs the result set, on a row
   * @param column the column
   * @return the value, or {@code null} for SQL NULL
   * @throws SQLException if the column cannot be read
   */
  public static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /**
   * Reads a nullable BIGINT column.
   *
   * @param rs the result set, on a row
   * @param column the column
   * @return the value, or {@code null} for SQL NULL
   * @throws SQLException if the column cannot be read
   */
  public static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /**
   * Reads a nullable DATE column.
   *
   * @param rs the result set, on a row
   * @param column the column
   * @return the date, or {@code null} for SQL NULL
   * @throws SQLException if the column cannot be read
   */
  public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
