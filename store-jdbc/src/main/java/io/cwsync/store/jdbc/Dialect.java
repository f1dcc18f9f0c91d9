package io.cwsync.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases store-jdbc supports. Normally detected from the connection's metadata
 * ({@link JdbcStores.Builder#dialect} forces one). Every SQL difference between them lives in one internal class.
 */
public enum Dialect {
  /** PostgreSQL 12 or later: the production database. */
  POSTGRESQL,
  /** H2 2.x: the embedded default for demos, tests and single-node hosts. */
  H2;

  /**
   * Returns the dialect of a database product name as JDBC reports it
   * ({@link java.sql.DatabaseMetaData#getDatabaseProductName()}).
   *
   * @param productName the product name, e.g. {@code PostgreSQL} or {@code H2}
   * @return the dialect, or empty if store-jdbc does not support the database
   */
  public static Optional<Dialect> fromProductName(String productName) {
    String p = requireNonNull(productName, "productName == null").toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) {
      return Optional.of(POSTGRESQL);
    }
    if (p.equals("h2") || p.startsWith("h2 ")) {
      return Optional.of(H2);
    }
    return Optional.empty();
  }

  /**
   * Returns the folder of this dialect's migration scripts in the jar, under {@code db/migration/cwsync/}.
   *
   * @return {@code postgresql} or {@code h2}
   */
  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }
}
