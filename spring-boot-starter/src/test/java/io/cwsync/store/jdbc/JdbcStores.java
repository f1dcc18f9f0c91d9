package io.cwsync.store.jdbc;

import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.memory.MemoryAuditLog;
import io.cwsync.core.memory.MemoryCursorStore;
import io.cwsync.core.memory.MemoryHistoryStore;
import io.cwsync.core.memory.MemoryLeaseStore;
import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.memory.MemoryRetryQueue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A stand-in for cwsync-store-jdbc's entry point (same name and the three methods the starter calls), while that
 * module is built on another branch. It records the calls and the DataSource it was given, proves the DataSource
 * works by opening a connection, and hands over in-memory stores. Delete it once store-jdbc is a test dependency.
 */
public final class JdbcStores {

  /** What the starter called, in order. */
  public static final List<String> CALLS = new ArrayList<>();
  /** The stores handed over, to recognise them in the coordinator. */
  public static final MemoryLinkStore LINKS = new MemoryLinkStore();

  private JdbcStores() {
  }

  public static JdbcStores create(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      CALLS.add("create " + c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new JdbcStores();
  }

  public List<Integer> migrate() {
    CALLS.add("migrate");
    return List.of();
  }

  public SyncCoordinator.Builder applyTo(SyncCoordinator.Builder builder) {
    CALLS.add("applyTo");
    return builder.linkStore(LINKS).cursorStore(new MemoryCursorStore()).auditLog(new MemoryAuditLog())
        .historyStore(new MemoryHistoryStore()).retryQueue(new MemoryRetryQueue())
        .leaseStore(new MemoryLeaseStore(Clock.systemUTC()));
  }
}
