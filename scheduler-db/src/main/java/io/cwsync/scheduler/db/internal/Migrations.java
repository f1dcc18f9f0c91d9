package io.cwsync.scheduler.db.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Runs scheduler-db's schema script for the database behind a {@link DataSource}. Every statement is
 * {@code IF NOT EXISTS}, so running it again, on every node at start, or after Flyway ran the same script, changes
 * nothing; that is why no history table of its own is kept.
 */
public final class Migrations {

  /** The script, relative to {@code db/migration/cwsync-scheduler/<dialect>/}. */
  static final String SCRIPT = "V1000__cwsync_scheduler.sql";

  private Migrations() {
  }

  /**
   * Whether the database is PostgreSQL (otherwise it is treated as H2).
   *
   * @param c an open connection
   * @return true for PostgreSQL
   * @throws SQLException if the metadata cannot be read
   */
  public static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /**
   * Creates what is missing.
   *
   * @param dataSource the database
   * @throws SQLException if a statement fails
   */
  public static void apply(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String dialect = isPostgres(c) ? "postgresql" : "h2";
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (dialect.equals("postgresql")) {
          // Two nodes starting at once would race on CREATE INDEX IF NOT EXISTS; the advisory lock serialises them.
          s.execute("SELECT pg_advisory_xact_lock(7163027125)");
        }
        for (String statement : statements("db/migration/cwsync-scheduler/" + dialect + "/" + SCRIPT)) {
          s.execute(statement);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  static List<String> statements(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      StringBuilder text = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          text.append(line).append('\n');
        }
      }
      List<String> out = new ArrayList<>();
      for (String part : text.toString().split(";")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
