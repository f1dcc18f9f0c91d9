package io.cwsync.store.jdbc.internal;

import io.cwsync.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every SQL difference between PostgreSQL and H2, in one place (the rest of the SQL is standard and shared).
 *
 * <ul>
 *   <li>Insert-if-absent: PostgreSQL's {@code ON CONFLICT DO NOTHING} never raises, so a page transaction is never
 *       aborted by a lost race; H2 raises a duplicate-key error, which only undoes that statement, so the caller
 *       catches it ({@link #isDuplicateKey}).</li>
 *   <li>Upsert of a retry item: {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} vs {@code MERGE INTO ...
 *       USING} (no {@code RETURNING} in H2: the caller reads the row back in the same transaction).</li>
 *   <li>Row limits ({@code LIMIT} vs {@code FETCH FIRST}), sequences ({@code nextval()} vs {@code NEXT VALUE FOR}),
 *       the database clock ({@code now()} vs {@code CURRENT_TIMESTAMP}), and the lock that serialises migrations
 *       ({@code pg_advisory_xact_lock} vs a lock in this JVM, H2 being embedded in one process).</li>
 * </ul>
 */
final class SqlDialect {

  /** SQLState of a unique-constraint violation in both databases. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Dialect dialect;

  SqlDialect(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  boolean postgres() {
    return dialect == Dialect.POSTGRESQL;
  }

  /** Appended to an {@code INSERT} so that a duplicate key inserts nothing instead of failing (PostgreSQL only). */
  String insertIfAbsentSuffix() {
    return postgres() ? " ON CONFLICT DO NOTHING" : "";
  }

  /** A row-limit clause taking one parameter, placed after {@code ORDER BY}. */
  String limit() {
    return postgres() ? " LIMIT ?" : " FETCH FIRST ? ROWS ONLY";
  }

  /** Selects the next value of a sequence. */
  String nextValue(String sequence) {
    return postgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
  }

  /** Selects the database's current time. */
  String currentTime() {
    return postgres() ? "SELECT now()" : "SELECT CURRENT_TIMESTAMP";
  }

  /** {@code column = ANY(?)} for an array parameter ({@link Connection#createArrayOf}); both support it. */
  String anyOf(String column) {
    return column + " = ANY(?)";
  }

  /**
   * PostgreSQL: {@code unnest(CAST(? AS t1[]), ...) AS alias(c1, ...)}, a table of rows bound as one array parameter
   * per column ({@link Db#setTextArray} and siblings), so one statement writes a page's rows: PostgreSQL runs a JDBC
   * batch as one execution per row, each with its own executor start, which made a page's link, audit and history
   * writes the pulled page's largest cost (issue 14's budgeted full pass).
   *
   * @param alias the table alias
   * @param columns column name and PostgreSQL type pairs, e.g. {@code "tenant", "varchar"}
   */
  static String unnest(String alias, String... columns) {
    StringBuilder args = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < columns.length; i += 2) {
      args.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(columns[i + 1]).append("[])");
      names.append(i == 0 ? "" : ", ").append(columns[i]);
    }
    return "unnest(" + args + ") AS " + alias + "(" + names + ")";
  }

  /** The SQL array type name of BIGINT for {@link Connection#createArrayOf}. */
  String bigintArrayType() {
    return postgres() ? "int8" : "BIGINT";
  }

  /** The SQL array type name of VARCHAR for {@link Connection#createArrayOf}. */
  String varcharArrayType() {
    return postgres() ? "varchar" : "VARCHAR";
  }

  /**
   * The upsert of {@link io.cwsync.core.spi.RetryQueue#recordFailure}: creates the item with one attempt or adds one;
   * parks it at {@code maxAttempts}; an ignored or parked item keeps its state. Parameters, in order: tenant,
   * flow_id, direction, record_id, entity_type, state (for a new item), reason, next_attempt_at, first/last_failed_at
   * (the failure time), fingerprint, then maxAttempts.
   */
  String retryUpsert(String table) {
    if (postgres()) {
      return "INSERT INTO " + table + " AS r (tenant, flow_id, direction, record_id, entity_type, state, attempts,"
          + " reason, next_attempt_at, first_failed_at, last_failed_at, fingerprint)"
          + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (tenant, flow_id, direction, record_id) DO UPDATE SET"
          + " entity_type = EXCLUDED.entity_type,"
          + " state = CASE WHEN r.state <> 'RETRYING' THEN r.state"
          + " WHEN r.attempts + 1 >= ? THEN 'PARKED' ELSE 'RETRYING' END,"
          + " attempts = r.attempts + 1, reason = EXCLUDED.reason, next_attempt_at = EXCLUDED.next_attempt_at,"
          + " last_failed_at = EXCLUDED.last_failed_at, fingerprint = EXCLUDED.fingerprint"
          + " RETURNING " + JdbcRetryQueue.COLUMNS;
    }
    return "MERGE INTO " + table + " r USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
        + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
        + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE),"
        + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR), CAST(? AS INTEGER)))"
        + " AS f (tenant, flow_id, direction, record_id, entity_type, state, reason, next_attempt_at,"
        + " first_failed_at, last_failed_at, fingerprint, max_attempts)"
        + " ON r.tenant = f.tenant AND r.flow_id = f.flow_id AND r.direction = f.direction"
        + " AND r.record_id = f.record_id"
        + " WHEN MATCHED THEN UPDATE SET entity_type = f.entity_type,"
        + " state = CASE WHEN r.state <> 'RETRYING' THEN r.state"
        + " WHEN r.attempts + 1 >= f.max_attempts THEN 'PARKED' ELSE 'RETRYING' END,"
        + " attempts = r.attempts + 1, reason = f.reason, next_attempt_at = f.next_attempt_at,"
        + " last_failed_at = f.last_failed_at, fingerprint = f.fingerprint"
        + " WHEN NOT MATCHED THEN INSERT (tenant, flow_id, direction, record_id, entity_type, state, attempts, reason,"
        + " next_attempt_at, first_failed_at, last_failed_at, fingerprint)"
        + " VALUES (f.tenant, f.flow_id, f.direction, f.record_id, f.entity_type, f.state, 1, f.reason,"
        + " f.next_attempt_at, f.first_failed_at, f.last_failed_at, f.fingerprint)";
  }

  /** True if {@link #retryUpsert} returns the row ({@code RETURNING}); else the caller reads it back. */
  boolean upsertReturnsRow() {
    return postgres();
  }

  /** True if {@code e} reports a unique-constraint violation. */
  static boolean isDuplicateKey(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Migrations serialise on this in H2, embedded in one JVM. */
  private static final Object H2_MIGRATION_LOCK = new Object();

  /**
   * Runs {@code work} holding the migration lock: a transaction-scoped advisory lock in PostgreSQL (so two nodes
   * migrating at once run one after the other, the second finding the history row), a JVM lock in H2.
   */
  <T> T withMigrationLock(Connection c, long lockKey, SqlWork<T> work) throws SQLException {
    if (postgres()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, lockKey);
        ps.execute();
      }
      return work.run(c);
    }
    synchronized (H2_MIGRATION_LOCK) {
      // Committed inside the lock, so that the next caller sees this one's history rows.
      T result = work.run(c);
      c.commit();
      return result;
    }
  }

  /** Makes {@code schema} the connection's default for unqualified names (the migration scripts use none). */
  String useSchema(String schema) {
    return postgres() ? "SET search_path TO " + schema : "SET SCHEMA " + schema;
  }

  /** Runs one DDL statement. */
  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
