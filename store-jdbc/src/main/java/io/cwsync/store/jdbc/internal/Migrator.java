package io.cwsync.store.jdbc.internal;

import io.cwsync.core.CwsyncException;
import io.cwsync.store.jdbc.JdbcErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Applies the versioned scripts under {@code db/migration/cwsync/<dialect>/} that the {@code schema_history} table
 * does not list yet, each with its history row, replacing the {@code ${prefix}} placeholder as Flyway would.
 *
 * <p>Concurrency: the whole run holds the dialect's migration lock (in PostgreSQL a transaction-scoped advisory
 * lock, and the DDL is transactional), so two nodes starting at once apply each script once; the second finds the
 * history rows and applies nothing. Scripts use {@code IF NOT EXISTS} throughout, so a schema created by Flyway from
 * the same scripts is adopted as well.
 */
public final class Migrator {

  /** Every script, in version order; released scripts are never edited, new versions are appended. */
  static final List<String> SCRIPTS = List.of("V1__cwsync_stores.sql", "V2__cursor_initial_pull.sql");

  private final Db db;

  /**
   * Creates a migrator.
   *
   * @param stores the stores whose schema to migrate
   */
  public Migrator(StoreSet stores) {
    this.db = stores.db();
  }

  /**
   * Applies what is missing.
   *
   * @return the versions applied by this call, empty if the schema was current
   * @throws CwsyncException with {@link JdbcErrorCode#MIGRATION_FAILED} if a script fails or an applied script
   *     changed since
   */
  public List<Integer> migrate() {
    Tables t = db.tables();
    String history = t.prefix() + "schema_history";
    long lockKey = 0x6377_7379_6e63_0000L ^ (t.name("schema_history").hashCode() & 0xffff_ffffL);
    try {
      return db.own("migrate the schema", c -> db.sql().withMigrationLock(c, lockKey, conn -> {
        String previousSchema = conn.getSchema();
        if (t.schema() != null) {
          SqlDialect.execute(conn, "CREATE SCHEMA IF NOT EXISTS " + t.schema());
          SqlDialect.execute(conn, db.sql().useSchema(t.schema()));
        }
        try {
          return apply(conn, history);
        } finally {
          if (t.schema() != null && previousSchema != null) {
            conn.setSchema(previousSchema);
          }
        }
      }));
    } catch (CwsyncException e) {
      if (e.errorCode() == JdbcErrorCode.MIGRATION_FAILED) {
        throw e;
      }
      throw new CwsyncException(JdbcErrorCode.MIGRATION_FAILED, "store-jdbc: migration failed: " + e.getMessage(),
          e.getCause());
    }
  }

  private List<Integer> apply(Connection c, String history) throws SQLException {
    SqlDialect.execute(c, "CREATE TABLE IF NOT EXISTS " + history + " (version INTEGER NOT NULL, description VARCHAR"
        + " NOT NULL, script VARCHAR NOT NULL, checksum BIGINT NOT NULL, installed_at TIMESTAMP WITH TIME ZONE NOT"
        + " NULL, CONSTRAINT " + history + "_pk PRIMARY KEY (version))");
    Map<Integer, Long> applied = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM " + history);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getLong(2));
      }
    }
    List<Integer> done = new ArrayList<>();
    String folder = "db/migration/cwsync/" + db.sql().dialect().folder() + "/";
    for (String script : SCRIPTS) {
      int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
      String text = read(folder + script);
      long checksum = checksum(text);
      Long was = applied.get(version);
      if (was != null) {
        if (was != checksum) {
          throw new CwsyncException(JdbcErrorCode.MIGRATION_FAILED, "store-jdbc: " + script + " changed after it"
              + " was applied (checksum " + was + ", now " + checksum + "); add a new version instead");
        }
        continue;
      }
      for (String statement : statements(text.replace("${prefix}", db.tables().prefix()))) {
        try {
          SqlDialect.execute(c, statement);
        } catch (SQLException e) {
          throw new CwsyncException(JdbcErrorCode.MIGRATION_FAILED, "store-jdbc: " + script + " failed (SQLState "
              + e.getSQLState() + "): " + e.getMessage(), e);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + history
          + " (version, description, script, checksum, installed_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setInt(1, version);
        ps.setString(2, script.substring(script.indexOf("__") + 2, script.length() - 4).replace('_', ' '));
        ps.setString(3, script);
        ps.setLong(4, checksum);
        Db.setInstant(ps, 5, Instant.now());
        ps.executeUpdate();
      }
      done.add(version);
    }
    return List.copyOf(done);
  }

  /** Splits a script into statements: comment lines dropped, statements end with ';' at the end of a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CwsyncException(JdbcErrorCode.MIGRATION_FAILED, "store-jdbc: migration script " + resource
            + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CwsyncException(JdbcErrorCode.MIGRATION_FAILED, "store-jdbc: cannot read " + resource, e);
    }
  }

  private static long checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
