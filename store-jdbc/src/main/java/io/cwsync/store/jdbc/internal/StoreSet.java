package io.cwsync.store.jdbc.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.VersionedCursor;
import io.cwsync.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The six stores over one database, sharing one {@link Db} runner, and the page protocol between them: the link
 * store announces a page, link and retry lookups answer from the read-ahead, audit and history buffer, and the
 * cursor's compare-and-set writes the buffers and commits the page's transaction.
 *
 * <p>Thread-safe; a page belongs to the thread that began it.
 */
public final class StoreSet {

  private final Db db;
  private final JdbcLinkStore links;
  private final JdbcCursorStore cursors;
  private final JdbcLeaseStore leases;
  private final JdbcAuditLog audit;
  private final JdbcHistoryStore history;
  private final JdbcRetryQueue retries;
  /** PostgreSQL's page read-ahead, links then retry items in one statement; null on H2. */
  private final @Nullable String readAheadTogether;

  /**
   * Creates the stores.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @param tables the table names
   * @param leaseClock the clock leases read; null for the database clock
   */
  public StoreSet(DataSource dataSource, Dialect dialect, Tables tables, @Nullable Clock leaseClock) {
    this.db = new Db(dataSource, new SqlDialect(dialect), tables, leaseClock);
    this.links = new JdbcLinkStore(db, this);
    this.cursors = new JdbcCursorStore(db, this);
    this.leases = new JdbcLeaseStore(db);
    this.audit = new JdbcAuditLog(db);
    this.history = new JdbcHistoryStore(db);
    this.retries = new JdbcRetryQueue(db);
    this.readAheadTogether = dialect == Dialect.POSTGRESQL
        ? links.readAheadSql() + "; " + retries.readAheadSql() : null;
  }

  /**
   * Detects the dialect from the connection metadata.
   *
   * @param dataSource the database
   * @return the dialect, or empty if unsupported
   */
  public static Optional<Dialect> detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.fromProductName(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw Db.failed("read the database product name", e);
    }
  }

  /** The link store (also the {@link io.cwsync.core.spi.PageBatch}). */
  public LinkStore links() {
    return links;
  }

  /** The cursor store. */
  public CursorStore cursors() {
    return cursors;
  }

  /** The lease store. */
  public LeaseStore leases() {
    return leases;
  }

  /** The audit log. */
  public AuditLog audit() {
    return audit;
  }

  /** The history store. */
  public HistoryStore history() {
    return history;
  }

  /** The retry queue. */
  public RetryQueue retries() {
    return retries;
  }

  /** The runner, for migrations, maintenance and reports. */
  public Db db() {
    return db;
  }

  void beginPage(TenantId tenant, String flowId, EntityType type, Collection<Long> cwIds) {
    PageSession previous = db.anyPage();
    if (previous != null) {
      // Never nested by contract; should a previous page have been left open, close it cleanly first.
      endPage();
    }
    PageSession[] self = new PageSession[1];
    PageSession p = new PageSession(db, tenant, flowId, type, c -> links.flushPending(self[0], c));
    self[0] = p;
    db.open(p);
    try {
      p.read("read a page's links and retry items ahead", c -> {
        if (readAheadTogether != null && !cwIds.isEmpty()) {
          readAheadTogether(p, c, cwIds);
        } else {
          links.readAhead(p, c, cwIds);
          retries.readAhead(p, c, cwIds);
        }
        return null;
      });
    } catch (RuntimeException e) {
      // The page still runs, without read-ahead, in per-operation transactions.
      db.close(p);
      throw e;
    }
  }

  /**
   * PostgreSQL: the page's two read-ahead queries as one statement, two result sets, one round trip (the driver
   * sends both before it waits). H2, embedded, runs them one after the other.
   */
  private void readAheadTogether(PageSession p, Connection c, Collection<Long> cwIds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(readAheadTogether)) {
      int next = links.bindReadAhead(p, c, ps, 1, cwIds);
      retries.bindReadAhead(p, c, ps, next, cwIds);
      if (!ps.execute()) {
        throw new SQLException("the page read-ahead returned no links result");
      }
      try (ResultSet rs = ps.getResultSet()) {
        links.acceptReadAhead(p, rs, cwIds);
      }
      if (!ps.getMoreResults()) {
        throw new SQLException("the page read-ahead returned no retry items result");
      }
      try (ResultSet rs = ps.getResultSet()) {
        retries.acceptReadAhead(p, rs, cwIds);
      }
    }
  }

  void endPage() {
    PageSession p = db.anyPage();
    if (p == null) {
      return;
    }
    try {
      p.end(c -> flush(p, c));
    } finally {
      db.close(p);
    }
    links.keepStatistics();
  }

  /** The page's checkpoint: buffered entries, then the cursor compare-and-set, in the page's transaction. */
  Optional<VersionedCursor> checkpoint(PageSession p, SqlWork<Optional<VersionedCursor>> compareAndSet) {
    p.requireIntact();
    return p.run("checkpoint a page", c -> {
      if (p.queuedLinks()) {
        links.flushPending(p, c);
      }
      flush(p, c);
      Optional<VersionedCursor> r = compareAndSet.run(c);
      // Committed even if the compare-and-set failed: the links, audit and history say what the host now holds.
      c.commit();
      return r;
    });
  }

  private Void flush(PageSession p, Connection c) throws SQLException {
    audit.write(c, p.audit);
    p.audit.clear();
    history.write(c, p.history);
    p.history.clear();
    return null;
  }
}
