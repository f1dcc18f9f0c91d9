package io.cwsync.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.store.jdbc.internal.Migrator;
import io.cwsync.store.jdbc.internal.Reports;
import io.cwsync.store.jdbc.internal.StoreSet;
import io.cwsync.store.jdbc.internal.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The six cwsync stores on one relational database: links, cursors, leases, the audit log, record history and the
 * retry queue, durable across restarts and shared by every coordinator node that uses the same database.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.create(dataSource);   // dialect from the connection metadata, tables cwsync_*
 * stores.migrate();                                    // idempotent; or run the scripts with Flyway
 * SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
 *     .adapters(adapters).rules(rules).credentials(credentials).build();
 * }</pre>
 *
 * <p>Every contract clause of the store SPIs holds across connections and nodes: uniqueness both ways is two unique
 * constraints, compare-and-set is a version column, leases expire by the database's clock with fencing tokens that
 * only grow. When the coordinator pulls a page, the link store reads the page's links and retry items ahead and the
 * page's link, retry, audit and history writes commit in one transaction with the cursor checkpoint; outside pages
 * each call is its own transaction.
 *
 * <p>Plain JDBC, no ORM or driver dependency: the host brings the driver and, ideally, a connection pool.
 * Supported: PostgreSQL 12+ and H2 2.x ({@link Dialect}).
 *
 * <p>Thread-safe.
 */
public final class JdbcStores {

  /** The default table prefix. */
  public static final String DEFAULT_TABLE_PREFIX = "cwsync_";

  private final StoreSet stores;
  private final Dialect dialect;
  private final Clock clock;
  private final int purgeBatchSize;

  private JdbcStores(Builder b, Dialect dialect) {
    this.dialect = dialect;
    this.stores = new StoreSet(b.dataSource, dialect, new Tables(b.schema, b.tablePrefix), b.leaseClock);
    this.clock = b.clock;
    this.purgeBatchSize = b.purgeBatchSize;
  }

  /**
   * Returns stores on {@code dataSource} with the defaults: dialect detected, tables {@code cwsync_*} in the
   * connection's default schema, leases on the database clock.
   *
   * @param dataSource the database
   * @return the stores
   * @throws CwsyncException with {@link JdbcErrorCode#UNSUPPORTED_DATABASE} for a database other than PostgreSQL
   *     or H2
   */
  public static JdbcStores create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * Returns a builder for stores on {@code dataSource}.
   *
   * @param dataSource the database
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Applies the schema with the default options (see {@link #migrate()}).
   *
   * @param dataSource the database
   * @return the script versions applied, empty if the schema was current
   */
  public static List<Integer> migrate(DataSource dataSource) {
    return create(dataSource).migrate();
  }

  /**
   * Creates or upgrades the stores' tables, for hosts without a migration tool. It runs the same scripts a host's
   * Flyway would run from {@code db/migration/cwsync/<dialect>} and records each in the {@code <prefix>schema_history}
   * table. Idempotent, and safe when several nodes call it at once.
   *
   * @return the script versions applied by this call, empty if the schema was current
   * @throws CwsyncException with {@link JdbcErrorCode#MIGRATION_FAILED} naming the script that failed
   */
  public List<Integer> migrate() {
    return new Migrator(stores).migrate();
  }

  /**
   * Hands all six stores to a coordinator builder.
   *
   * @param builder the builder
   * @return the same builder
   */
  public SyncCoordinator.Builder applyTo(SyncCoordinator.Builder builder) {
    requireNonNull(builder, "builder == null");
    return builder.linkStore(stores.links()).cursorStore(stores.cursors()).leaseStore(stores.leases())
        .auditLog(stores.audit()).historyStore(stores.history()).retryQueue(stores.retries());
  }

  /** Returns the dialect in use. */
  public Dialect dialect() {
    return dialect;
  }

  /** Returns the link store. */
  public LinkStore linkStore() {
    return stores.links();
  }

  /** Returns the cursor store. */
  public CursorStore cursorStore() {
    return stores.cursors();
  }

  /** Returns the lease store. */
  public LeaseStore leaseStore() {
    return stores.leases();
  }

  /** Returns the audit log. */
  public AuditLog auditLog() {
    return stores.audit();
  }

  /** Returns the history store. */
  public HistoryStore historyStore() {
    return stores.history();
  }

  /** Returns the retry queue. */
  public RetryQueue retryQueue() {
    return stores.retries();
  }

  /** Returns the paged queries behind the host's sync screens. */
  public StoreQueries queries() {
    return new StoreQueries(new Reports(stores));
  }

  /**
   * Deletes audit and history rows older than {@code age} (by the builder's clock), in batches of the builder's
   * purge batch size, each batch its own short transaction so that syncing never waits long on a purge.
   *
   * @param age how old a row must be to go; positive
   * @return the rows deleted
   * @throws IllegalArgumentException if {@code age} is not positive
   */
  public PurgeResult purgeOlderThan(Duration age) {
    requireNonNull(age, "age == null");
    if (age.isZero() || age.isNegative()) {
      throw new IllegalArgumentException("age must be positive: " + age);
    }
    Instant cutoff = clock.instant().minus(age);
    Reports r = new Reports(stores);
    return new PurgeResult(r.purgeAudit(cutoff, purgeBatchSize), r.purgeHistory(cutoff, purgeBatchSize));
  }

  /**
   * What {@link #purgeOlderThan} deleted.
   *
   * @param auditEntries audit rows deleted
   * @param historyEntries history rows deleted
   */
  public record PurgeResult(long auditEntries, long historyEntries) {
  }

  @Override
  public String toString() {
    return "JdbcStores[" + dialect + "]";
  }

  /** Builds {@link JdbcStores}; not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tablePrefix = DEFAULT_TABLE_PREFIX;
    private @Nullable String schema;
    private @Nullable Dialect dialect;
    private @Nullable Clock leaseClock;
    private Clock clock = Clock.systemUTC();
    private int purgeBatchSize = 1_000;

    private Builder(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource == null");
    }

    /**
     * Sets the prefix of every table, index and sequence name (default {@code cwsync_}); the scripts' Flyway
     * placeholder {@code ${prefix}}.
     *
     * @param prefix letters, digits and underscores, or empty
     * @return this builder
     * @throws IllegalArgumentException if the prefix has other characters
     */
    public Builder tablePrefix(String prefix) {
      requireNonNull(prefix, "prefix == null");
      new Tables(schema, prefix);
      this.tablePrefix = prefix;
      return this;
    }

    /**
     * Puts the tables in {@code schema} instead of the connection's default schema ({@link #migrate} creates it).
     *
     * @param schema a plain identifier
     * @return this builder
     * @throws IllegalArgumentException if the name is not a plain identifier
     */
    public Builder schema(String schema) {
      requireNonNull(schema, "schema == null");
      new Tables(schema, tablePrefix);
      this.schema = schema;
      return this;
    }

    /**
     * Forces the dialect instead of detecting it from the connection metadata.
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = requireNonNull(dialect, "dialect == null");
      return this;
    }

    /**
     * Sets the clock that {@link #purgeOlderThan} measures ages by (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Makes leases read {@code clock} instead of the database's clock. For tests that expire leases without
     * waiting; production nodes should keep the database clock, which all of them share.
     *
     * @param clock the clock leases compare expiry against
     * @return this builder
     */
    public Builder leaseClock(Clock clock) {
      this.leaseClock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how many rows one purge transaction deletes (default 1,000).
     *
     * @param size positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder purgeBatchSize(int size) {
      if (size <= 0) {
        throw new IllegalArgumentException("purgeBatchSize must be positive: " + size);
      }
      this.purgeBatchSize = size;
      return this;
    }

    /**
     * Builds the stores; reads the connection metadata once unless the dialect was set.
     *
     * @return the stores
     * @throws CwsyncException with {@link JdbcErrorCode#UNSUPPORTED_DATABASE} if the database is not supported
     */
    public JdbcStores build() {
      Dialect d = dialect != null ? dialect : StoreSet.detect(dataSource).orElseThrow(() -> new CwsyncException(
          JdbcErrorCode.UNSUPPORTED_DATABASE, "store-jdbc supports PostgreSQL and H2; set the dialect explicitly"
              + " only for a compatible database"));
      return new JdbcStores(this, d);
    }
  }
}
