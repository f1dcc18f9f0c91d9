package io.cwsync.scheduler.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases the tests run on: a fresh in-memory H2 database per test, and one embedded PostgreSQL per JVM
 * (started on first use, bounded startup, stopped at exit) with a fresh database per test, reachable by URL so that
 * child JVMs connect to it too.
 */
final class TestDatabases {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {
  }

  static JdbcConnectionPool h2() {
    return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A JDBC URL (user and password included) of a new, empty database in the shared embedded PostgreSQL. */
  static synchronized String freshPostgresUrl() throws SQLException {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            // Durability is not under test here; these keep a commit from costing a disk flush.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "200")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // exiting anyway
        }
      }));
    }
    String name = "cluster" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres";
  }
}
