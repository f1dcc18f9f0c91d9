package io.cwsync.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases the tests run on: a fresh in-memory H2 database per store, and one embedded PostgreSQL per JVM
 * (started on first use, bounded startup, stopped at exit) with a fresh schema per store.
 */
final class TestDatabases {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static DataSource postgresPool;

  private TestDatabases() {
  }

  /** A new, empty in-memory H2 database. */
  static DataSource h2() {
    return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A new, empty in-memory H2 database behind a {@link TestPool} (counts round trips, can crash). */
  static TestPool h2Pool() {
    return new TestPool(h2(), 16);
  }

  /** The shared embedded PostgreSQL, through a small pool. */
  static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            // Durability is not under test here; these keep a commit from costing a disk flush.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "100")
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
      postgresPool = new TestPool(postgres.getPostgresDatabase(), 24);
    }
    return postgresPool;
  }

  /** Migrated stores on a fresh H2 database. */
  static JdbcStores h2Stores() {
    return migrated(JdbcStores.builder(h2()));
  }

  /** Migrated stores in a fresh schema of the shared PostgreSQL. */
  static JdbcStores postgresStores() {
    return migrated(JdbcStores.builder(postgres()).schema(freshSchema()));
  }

  /** Migrated stores whose leases read {@code clock}. */
  static JdbcStores withLeaseClock(boolean postgresql, Clock clock) {
    JdbcStores.Builder b = postgresql ? JdbcStores.builder(postgres()).schema(freshSchema())
        : JdbcStores.builder(h2());
    return migrated(b.leaseClock(clock));
  }

  static String freshSchema() {
    return "t" + SCHEMAS.incrementAndGet();
  }

  private static JdbcStores migrated(JdbcStores.Builder b) {
    JdbcStores s = b.build();
    s.migrate();
    return s;
  }
}
