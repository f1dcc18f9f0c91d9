package io.cwsync.store.jdbc.internal;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.store.jdbc.JdbcErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One pulled page's store work on one thread: a transaction on one connection (begun by the page's first write; a
 * page that only reads commits nothing), the page's links and retry items read ahead (one statement on PostgreSQL,
 * two queries on H2), and the page's audit and history entries buffered and written together (one statement per
 * table on PostgreSQL, a batch on H2) when the cursor checkpoint commits.
 *
 * <p>Design notes:
 * <ul>
 *   <li>Link and retry writes execute at once on the page connection, so {@code putIfAbsent} and {@code replace}
 *       still answer from the unique constraints and the version column (another node's conflicting write waits for
 *       this transaction and then fails). One exception: inserting a link whose ConnectWise id the read-ahead found
 *       free (a pulled record's first link) is queued and written with the others before the page's next link
 *       statement on that tenant and type, or at its checkpoint; should the batch still meet a conflict (another
 *       link holding the host id), the page fails as a whole and is read again, as after a crash. The page's writes
 *       become visible to other connections when the page commits, together with the cursor: a crash before the
 *       checkpoint loses the page's store writes and the cursor alike, so the page is read again and its records
 *       are re-linked through the host's written-back ConnectWise ids. Likewise the first update of a write intent
       this page inserted (a pulled record's create: the intent becomes LINKED once the host has it) is queued: the
       intent itself was committed at once, the stream's lease keeps other writers off it, and a batch that still
       finds it changed fails the page.</li>
 *   <li>The read-ahead caches answer lookups of the page's records without a round trip. The stream's lease keeps
 *       other nodes off these records; should one still write a link meanwhile, the cache only makes this node's
 *       compare-and-set fail, never overwrite.</li>
 *   <li>If a statement fails, the page's uncommitted writes are rolled back and the session is marked failed: the
 *       remaining operations run in their own transactions and the cursor checkpoint refuses to move the cursor,
 *       so the page is read again.</li>
 *   <li>Confined to the thread that opened it.</li>
 * </ul>
 */
final class PageSession {

  final TenantId tenant;
  final String flowId;
  final EntityType type;
  private final Db db;
  private @Nullable Connection connection;
  private @Nullable String failure;
  /** True once the page wrote: its connection is then in a transaction, committed at the checkpoint or the end. */
  private boolean writing;

  /** A link's key by ConnectWise id. */
  record CwKey(TenantId tenant, EntityType type, long cwId) {
  }

  /** A link's key by host id. */
  record HostKey(TenantId tenant, EntityType type, String hostId) {
  }

  /** Links read or written in this page by ConnectWise id: empty optional = known absent. */
  final Map<CwKey, Optional<Link>> linksByCwId = new HashMap<>();
  /** Links read or written in this page by host id, only those known present. */
  final Map<HostKey, Link> linksByHostId = new HashMap<>();
  /** Link refs read in this page by ConnectWise id, for links the full caches above do not hold (references to
   *  other records' links): empty optional = known absent. Any write of a link drops its refs. */
  final Map<CwKey, Optional<LinkRef>> refsByCwId = new HashMap<>();
  /** Link refs read in this page by host id, only those known present; as {@link #refsByCwId}. */
  final Map<HostKey, LinkRef> refsByHostId = new HashMap<>();
  /** Links inserted in this page whose ids the read-ahead showed free, written together before the next link
   *  statement on the same tenant and type, and at the checkpoint. */
  final List<Link> pendingLinks = new ArrayList<>();
  /** Write intents this page inserted (each committed on its own at once), by ConnectWise id: their first update
   *  may be queued. */
  final java.util.Set<CwKey> pageIntents = new java.util.HashSet<>();
  /** Updates of this page's own write intents, {expected, replacement}, written together with the queued inserts
   *  (see {@link #pendingLinks}). */
  final List<Link[]> pendingReplaces = new ArrayList<>();
  private final SqlWork<?> flushLinks;
  /** Retry items of the page's keys: empty optional = known absent. */
  final Map<RetryKey, Optional<RetryItem>> retryItems = new HashMap<>();
  final List<AuditEntry> audit = new ArrayList<>();
  final List<HistoryEntry> history = new ArrayList<>();
  long nextSequence;
  long sequenceEnd;

  PageSession(Db db, TenantId tenant, String flowId, EntityType type, SqlWork<?> flushLinks) {
    this.db = db;
    this.flushLinks = flushLinks;
    this.tenant = tenant;
    this.flowId = flowId;
    this.type = type;
  }

  boolean usable() {
    return failure == null;
  }

  @Nullable String failure() {
    return failure;
  }

  Connection connection() {
    if (connection == null) {
      connection = db.openPageConnection();
    }
    return connection;
  }

  /**
   * Runs {@code work} on the page connection inside the page's transaction (begun by the page's first write); on
   * failure rolls the page back and marks the session failed.
   */
  <T> T run(String what, SqlWork<T> work) {
    Connection c = connection();
    try {
      if (!writing) {
        c.setAutoCommit(false);
        writing = true;
      }
      return work.run(c);
    } catch (SQLException e) {
      fail(what, e);
      throw new CwsyncException(JdbcErrorCode.STORE_FAILED, "store-jdbc: " + what + " failed (SQLState "
          + e.getSQLState() + "); the page's store writes were rolled back, so its cursor stays and the page is"
          + " read again", e);
    } catch (RuntimeException e) {
      fail(what, e);
      throw e;
    }
  }

  /**
   * Runs read-only {@code work} on the page connection: in the page's transaction once it wrote, else auto-committed
   * (a page that only reads, such as an idle poll's re-read of unchanged records, commits nothing).
   */
  <T> T read(String what, SqlWork<T> work) {
    if (writing) {
      return run(what, work);
    }
    Connection c = connection();
    try {
      return work.run(c);
    } catch (SQLException e) {
      fail(what, e);
      throw new CwsyncException(JdbcErrorCode.STORE_FAILED, "store-jdbc: " + what + " failed (SQLState "
          + e.getSQLState() + ")", e);
    } catch (RuntimeException e) {
      fail(what, e);
      throw e;
    }
  }

  /** True if a queued link insert or update has this tenant and type. */
  boolean pending(TenantId t, EntityType ty) {
    for (Link l : pendingLinks) {
      if (l.tenant().equals(t) && l.type().equals(ty)) {
        return true;
      }
    }
    for (Link[] r : pendingReplaces) {
      if (r[0].tenant().equals(t) && r[0].type().equals(ty)) {
        return true;
      }
    }
    return false;
  }

  /** True if link inserts or updates are queued. */
  boolean queuedLinks() {
    return !pendingLinks.isEmpty() || !pendingReplaces.isEmpty();
  }

  private void fail(String what, Exception e) {
    failure = what + ": " + e.getMessage();
    linksByCwId.clear();
    linksByHostId.clear();
    refsByCwId.clear();
    refsByHostId.clear();
    pendingLinks.clear();
    pageIntents.clear();
    pendingReplaces.clear();
    retryItems.clear();
    if (connection != null && writing) {
      Db.rollbackQuietly(connection, e);
    }
  }

  /** Commits the page's writes (buffered entries first); the session stays open for the rest of the page. */
  void commit(SqlWork<?> beforeCommit) throws SQLException {
    Connection c = connection();
    if (!writing) {
      c.setAutoCommit(false);
      writing = true;
    }
    if (queuedLinks()) {
      flushLinks.run(c);
    }
    beforeCommit.run(c);
    c.commit();
  }

  /** Fails unless the page's writes so far are intact; called before the cursor may move. */
  void requireIntact() {
    if (failure != null) {
      throw new CwsyncException(JdbcErrorCode.STORE_FAILED, "store-jdbc: the page's store writes were rolled back ("
          + failure + "); the cursor stays, so the page is read again");
    }
  }

  /** Ends the page: commits what is left, or rolls back if the session failed, and releases the connection. */
  void end(SqlWork<?> flush) {
    Connection c = connection;
    if ((c == null || !writing) && audit.isEmpty() && history.isEmpty() && !queuedLinks()) {
      // Nothing written and nothing buffered (the page only read): no commit to send.
      connection = null;
      closeQuietly(c);
      return;
    }
    try {
      if (failure == null) {
        commit(flush);
      } else {
        // The page's link writes are gone; its audit and history lines still say what happened to the host.
        db.own("write the audit of a failed page", flush);
      }
    } catch (SQLException e) {
      if (c != null) {
        Db.rollbackQuietly(c, e);
      }
      throw Db.failed("commit a page", e);
    } catch (RuntimeException e) {
      if (c != null) {
        Db.rollbackQuietly(c, e);
      }
      throw e;
    } finally {
      audit.clear();
      history.clear();
      connection = null;
      writing = false;
      closeQuietly(c);
    }
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // The connection is discarded either way; an open transaction is rolled back by the driver.
      }
    }
  }
}
