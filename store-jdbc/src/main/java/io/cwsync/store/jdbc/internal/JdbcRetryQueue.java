package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link RetryQueue} on the {@code retry} table, keyed by (tenant, flow, direction, record id). A failure is one
 * upsert ({@code ON CONFLICT DO UPDATE} / {@code MERGE}) whose {@code CASE} parks the item at its last attempt and
 * keeps parked and ignored items so, atomic per key without a read first.
 */
final class JdbcRetryQueue implements RetryQueue {

  static final String COLUMNS = "tenant, flow_id, direction, record_id, entity_type, state, attempts, reason,"
      + " next_attempt_at, first_failed_at, last_failed_at, fingerprint";
  private static final String KEY = "tenant = ? AND flow_id = ? AND direction = ? AND record_id = ?";

  private final Db db;
  private final String upsert;
  private final String find;
  private final String findMany;
  private final String delete;
  private final String due;
  private final String touch;
  private final String requeue;
  private final String ignore;
  private final String list;
  private final String counts;

  JdbcRetryQueue(Db db) {
    this.db = db;
    String t = db.tables().retry();
    SqlDialect d = db.sql();
    upsert = d.retryUpsert(t);
    find = "SELECT " + COLUMNS + " FROM " + t + " WHERE " + KEY;
    findMany = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND flow_id = ? AND direction = ? AND "
        + d.anyOf("record_id");
    delete = "DELETE FROM " + t + " WHERE " + KEY;
    due = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND flow_id = ? AND state = 'RETRYING'"
        + " AND next_attempt_at <= ? ORDER BY next_attempt_at" + d.limit();
    touch = "UPDATE " + t + " SET state = 'RETRYING', attempts = 0, next_attempt_at = ?, fingerprint = ? WHERE " + KEY
        + " AND state <> 'IGNORED'";
    requeue = "UPDATE " + t + " SET state = 'RETRYING', attempts = 0, next_attempt_at = ? WHERE " + KEY;
    ignore = "UPDATE " + t + " SET state = 'IGNORED' WHERE " + KEY;
    list = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND state = ? ORDER BY last_failed_at" + d.limit();
    counts = "SELECT state, COUNT(*) FROM " + t + " WHERE tenant = ? GROUP BY state";
  }

  @Override
  public RetryItem recordFailure(Failure f) {
    requireNonNull(f, "failure == null");
    RetryItem item = db.tx("record a failure", c -> {
      for (int attempt = 1; ; attempt++) {
        try {
          return upsert(c, f);
        } catch (SQLException e) {
          // H2's MERGE is not atomic against a concurrent first insert of the same key: the loser meets the
          // primary key, and its retry finds the row and updates it (PostgreSQL's ON CONFLICT never gets here).
          if (db.sql().postgres() || !SqlDialect.isDuplicateKey(e) || attempt >= 5) {
            throw e;
          }
        }
      }
    });
    cache(item.key(), item);
    return item;
  }

  private RetryItem upsert(Connection c, Failure f) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(upsert)) {
      int i = bindKey(ps, 1, f.key());
      ps.setString(i++, f.type().name());
      ps.setString(i++, (1 >= f.maxAttempts() ? RetryState.PARKED : RetryState.RETRYING).name());
      ps.setString(i++, f.reason());
      Db.setInstant(ps, i++, f.nextAttemptAt());
      Db.setInstant(ps, i++, f.at());
      Db.setInstant(ps, i++, f.at());
      ps.setString(i++, f.fingerprint());
      ps.setInt(i, f.maxAttempts());
      if (db.sql().upsertReturnsRow()) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return read(rs);
        }
      }
      ps.executeUpdate();
    }
    return one(c, f.key()).orElseThrow(() -> new SQLException("retry item vanished after its upsert"));
  }

  @Override
  public void resolve(RetryKey key) {
    requireNonNull(key, "key == null");
    PageSession p = db.page();
    if (p != null && Optional.empty().equals(p.retryItems.get(key))) {
      return;
    }
    db.tx("resolve a retry item", c -> update(c, delete, key));
    cache(key, null);
  }

  @Override
  public Optional<RetryItem> find(RetryKey key) {
    requireNonNull(key, "key == null");
    PageSession p = db.page();
    if (p != null) {
      Optional<RetryItem> cached = p.retryItems.get(key);
      if (cached != null) {
        return cached;
      }
    }
    return db.read("find a retry item", c -> one(c, key));
  }

  @Override
  public List<RetryItem> due(TenantId tenant, String flowId, Instant now, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(now, "now == null");
    checkLimit(limit);
    return db.read("list due retry items", c -> {
      try (PreparedStatement ps = c.prepareStatement(due)) {
        ps.setString(1, tenant.value());
        ps.setString(2, flowId);
        Db.setInstant(ps, 3, now);
        ps.setInt(4, limit);
        return all(ps);
      }
    });
  }

  @Override
  public boolean touch(RetryKey key, @Nullable String fingerprint, Instant now) {
    requireNonNull(key, "key == null");
    requireNonNull(now, "now == null");
    boolean found = db.tx("touch a retry item", c -> {
      try (PreparedStatement ps = c.prepareStatement(touch)) {
        Db.setInstant(ps, 1, now);
        ps.setString(2, fingerprint);
        bindKey(ps, 3, key);
        return ps.executeUpdate() == 1;
      }
    });
    uncache(key);
    return found;
  }

  @Override
  public boolean requeue(RetryKey key, Instant now) {
    requireNonNull(key, "key == null");
    requireNonNull(now, "now == null");
    boolean found = db.tx("requeue a retry item", c -> {
      try (PreparedStatement ps = c.prepareStatement(requeue)) {
        Db.setInstant(ps, 1, now);
        bindKey(ps, 2, key);
        return ps.executeUpdate() == 1;
      }
    });
    uncache(key);
    return found;
  }

  @Override
  public boolean ignore(RetryKey key) {
    requireNonNull(key, "key == null");
    boolean found = db.tx("ignore a retry item", c -> update(c, ignore, key) == 1);
    uncache(key);
    return found;
  }

  @Override
  public List<RetryItem> list(TenantId tenant, RetryState state, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(state, "state == null");
    checkLimit(limit);
    return db.read("list retry items", c -> {
      try (PreparedStatement ps = c.prepareStatement(list)) {
        ps.setString(1, tenant.value());
        ps.setString(2, state.name());
        ps.setInt(3, limit);
        return all(ps);
      }
    });
  }

  @Override
  public Map<RetryState, Long> counts(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    return db.read("count retry items", c -> {
      Map<RetryState, Long> out = new EnumMap<>(RetryState.class);
      for (RetryState s : RetryState.values()) {
        out.put(s, 0L);
      }
      try (PreparedStatement ps = c.prepareStatement(counts)) {
        ps.setString(1, tenant.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(RetryState.valueOf(rs.getString(1)), rs.getLong(2));
          }
        }
      }
      return Map.copyOf(out);
    });
  }

  /** Reads the page's pull retry items in one query into the session's cache. */
  void readAhead(PageSession p, Connection c, Collection<Long> cwIds) throws SQLException {
    if (cwIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(findMany)) {
      bindReadAhead(p, c, ps, 1, cwIds);
      try (ResultSet rs = ps.executeQuery()) {
        acceptReadAhead(p, rs, cwIds);
      }
    }
  }

  /** The read-ahead query, for a statement that runs it together with the link store's ({@link StoreSet}). */
  String readAheadSql() {
    return findMany;
  }

  /** Binds the read-ahead query's parameters from {@code index}; returns the next index. */
  int bindReadAhead(PageSession p, Connection c, PreparedStatement ps, int index, Collection<Long> cwIds)
      throws SQLException {
    String[] ids = new String[cwIds.size()];
    int i = 0;
    for (Long id : cwIds) {
      ids[i++] = Long.toString(id);
    }
    ps.setString(index, p.tenant.value());
    ps.setString(index + 1, p.flowId);
    ps.setString(index + 2, Direction.PULL.name());
    ps.setArray(index + 3, c.createArrayOf(db.sql().varcharArrayType(), ids));
    return index + 4;
  }

  /** Caches the read-ahead's items, and the page's other ids as known absent. */
  void acceptReadAhead(PageSession p, ResultSet rs, Collection<Long> cwIds) throws SQLException {
    while (rs.next()) {
      RetryItem item = read(rs);
      p.retryItems.put(item.key(), Optional.of(item));
    }
    for (Long id : cwIds) {
      p.retryItems.putIfAbsent(new RetryKey(p.tenant, p.flowId, Direction.PULL, Long.toString(id)),
          Optional.empty());
    }
  }

  private void cache(RetryKey key, @Nullable RetryItem item) {
    PageSession p = db.page();
    if (p != null) {
      p.retryItems.put(key, Optional.ofNullable(item));
    }
  }

  private void uncache(RetryKey key) {
    PageSession p = db.page();
    if (p != null) {
      p.retryItems.remove(key);
    }
  }

  private static int update(Connection c, String sql, RetryKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindKey(ps, 1, key);
      return ps.executeUpdate();
    }
  }

  private Optional<RetryItem> one(Connection c, RetryKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(find)) {
      bindKey(ps, 1, key);
      List<RetryItem> found = all(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  private static int bindKey(PreparedStatement ps, int start, RetryKey key) throws SQLException {
    int i = start;
    ps.setString(i++, key.tenant().value());
    ps.setString(i++, key.flowId());
    ps.setString(i++, key.direction().name());
    ps.setString(i++, key.recordId());
    return i;
  }

  private static List<RetryItem> all(PreparedStatement ps) throws SQLException {
    List<RetryItem> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static RetryItem read(ResultSet rs) throws SQLException {
    RetryKey key = new RetryKey(TenantId.of(rs.getString(1)), rs.getString(2), Direction.valueOf(rs.getString(3)),
        rs.getString(4));
    return new RetryItem(key, EntityType.of(rs.getString(5)), RetryState.valueOf(rs.getString(6)), rs.getInt(7),
        rs.getString(8), Db.instantNotNull(rs, 9), Db.instantNotNull(rs, 10), Db.instantNotNull(rs, 11),
        rs.getString(12));
  }

  private static void checkLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
