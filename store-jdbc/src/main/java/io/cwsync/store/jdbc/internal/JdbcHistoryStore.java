package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link HistoryStore} on the {@code history} table. Sequences come from a database sequence that steps by
 * {@link #BLOCK}: a page takes a fresh block when it starts (so a stream handed to another node sorts after what the
 * previous node wrote) and numbers its buffered steps from it; a single append outside a page takes a block of its
 * own. Retention: rows stay until {@link io.cwsync.store.jdbc.JdbcStores#purgeOlderThan} removes them.
 */
final class JdbcHistoryStore implements HistoryStore {

  /** The sequence's increment (INCREMENT BY in V1): one call reserves this many sequences. */
  static final int BLOCK = 1000;

  static final String COLUMNS = "seq, tenant, entity_type, host_id, cw_id, direction, action, outcome, detail,"
      + " occurred_at";

  private final Db db;
  private final String nextBlock;
  private final String insert;
  /** PostgreSQL: a page's steps by one statement over column arrays; else null. */
  private final @Nullable String insertMany;
  private final String forHost;
  private final String forCw;

  JdbcHistoryStore(Db db) {
    this.db = db;
    String t = db.tables().history();
    nextBlock = db.sql().nextValue(db.tables().historySequence());
    insert = "INSERT INTO " + t + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    insertMany = !db.sql().postgres() ? null : "INSERT INTO " + t + " (" + COLUMNS + ") SELECT * FROM "
        + SqlDialect.unnest("v", "seq", "bigint", "tenant", "varchar", "entity_type", "varchar", "host_id",
            "varchar", "cw_id", "bigint", "direction", "varchar", "action", "varchar", "outcome", "varchar", "detail",
            "varchar", "occurred_at", "timestamptz");
    forHost = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND host_id = ?"
        + " ORDER BY seq DESC" + db.sql().limit();
    forCw = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ? AND entity_type = ? AND cw_id = ?"
        + " ORDER BY seq DESC" + db.sql().limit();
  }

  @Override
  public HistoryEntry append(HistoryEntry entry) {
    requireNonNull(entry, "entry == null");
    PageSession p = db.page();
    if (p != null) {
      if (p.nextSequence >= p.sequenceEnd) {
        long start = db.tx("reserve history sequences", this::reserve);
        p.nextSequence = start;
        p.sequenceEnd = start + BLOCK;
      }
      HistoryEntry stored = stored(entry, p.nextSequence++);
      p.history.add(stored);
      return stored;
    }
    return db.own("append a history entry", c -> {
      HistoryEntry stored = stored(entry, reserve(c));
      write(c, List.of(stored));
      return stored;
    });
  }

  long reserve(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(nextBlock); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static HistoryEntry stored(HistoryEntry e, long sequence) {
    return new HistoryEntry(e.tenant(), e.type(), e.hostId(), e.cwId(), e.direction(), e.action(), e.outcome(),
        e.detail(), Db.micros(e.at()), sequence);
  }

  /** Writes entries on {@code c}: one statement on PostgreSQL, one batch on H2. */
  void write(Connection c, List<HistoryEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    if (insertMany != null) {
      writeMany(c, entries, insertMany);
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (HistoryEntry e : entries) {
        ps.setLong(1, e.sequence());
        ps.setString(2, e.tenant().value());
        ps.setString(3, e.type().name());
        ps.setString(4, e.hostId());
        Db.setLong(ps, 5, e.cwId());
        ps.setString(6, e.direction().name());
        ps.setString(7, e.action().name());
        ps.setString(8, e.outcome().name());
        ps.setString(9, e.detail());
        Db.setInstant(ps, 10, e.at());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeMany(Connection c, List<HistoryEntry> entries, String sql) throws SQLException {
    int n = entries.size();
    Long[] seq = new Long[n];
    String[][] text = new String[7][n];
    Long[] cwId = new Long[n];
    Instant[] at = new Instant[n];
    for (int i = 0; i < n; i++) {
      HistoryEntry e = entries.get(i);
      seq[i] = e.sequence();
      text[0][i] = e.tenant().value();
      text[1][i] = e.type().name();
      text[2][i] = e.hostId();
      cwId[i] = e.cwId();
      text[3][i] = e.direction().name();
      text[4][i] = e.action().name();
      text[5][i] = e.outcome().name();
      text[6][i] = e.detail();
      at[i] = e.at();
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Db.setBigintArray(c, ps, 1, seq);
      Db.setTextArray(c, ps, 2, text[0]);
      Db.setTextArray(c, ps, 3, text[1]);
      Db.setTextArray(c, ps, 4, text[2]);
      Db.setBigintArray(c, ps, 5, cwId);
      for (int col = 3; col < 7; col++) {
        Db.setTextArray(c, ps, col + 3, text[col]);
      }
      Db.setInstantArray(c, ps, 10, at);
      ps.executeUpdate();
    }
  }

  @Override
  public List<HistoryEntry> forHostRecord(TenantId tenant, EntityType type, String hostId, int limit) {
    requireNonNull(hostId, "hostId == null");
    return query(forHost, tenant, type, hostId, limit);
  }

  @Override
  public List<HistoryEntry> forCwRecord(TenantId tenant, EntityType type, long cwId, int limit) {
    return query(forCw, tenant, type, cwId, limit);
  }

  private List<HistoryEntry> query(String sql, TenantId tenant, EntityType type, Object id, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return db.read("read a record's history", c -> {
      PageSession p = db.page();
      if (p != null && !p.history.isEmpty()) {
        write(c, p.history);
        p.history.clear();
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, tenant.value());
        ps.setString(2, type.name());
        if (id instanceof Long l) {
          ps.setLong(3, l);
        } else {
          ps.setString(3, (String) id);
        }
        ps.setInt(4, limit);
        List<HistoryEntry> out = readAll(ps);
        Collections.reverse(out);
        return out;
      }
    });
  }

  static List<HistoryEntry> readAll(PreparedStatement ps) throws SQLException {
    List<HistoryEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new HistoryEntry(TenantId.of(rs.getString(2)), EntityType.of(rs.getString(3)), rs.getString(4),
            Db.getLong(rs, 5), Direction.valueOf(rs.getString(6)), SyncAction.valueOf(rs.getString(7)),
            Outcome.valueOf(rs.getString(8)), rs.getString(9), Db.instantNotNull(rs, 10), rs.getLong(1)));
      }
    }
    return out;
  }
}
