package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link AuditLog} on the {@code audit} table; newest first is {@code ORDER BY occurred_at DESC, id DESC} (the
 * identity id is the append order). Inside a page, appends are buffered and written together (one statement on
 * PostgreSQL, a batch on H2) when the page commits. Retention: rows stay until
 * {@link io.cwsync.store.jdbc.JdbcStores#purgeOlderThan} removes them.
 */
final class JdbcAuditLog implements AuditLog {

  static final String COLUMNS = "tenant, flow_id, entity_type, direction, host_id, cw_id, action, outcome, reason,"
      + " deep_link, occurred_at";

  private final Db db;
  private final String insert;
  /** PostgreSQL: a page's entries by one statement over column arrays, in order (the identity keeps it); else null. */
  private final @Nullable String insertMany;
  private final String query;

  JdbcAuditLog(Db db) {
    this.db = db;
    String t = db.tables().audit();
    insert = "INSERT INTO " + t + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    insertMany = !db.sql().postgres() ? null : "INSERT INTO " + t + " (" + COLUMNS + ") SELECT * FROM "
        + SqlDialect.unnest("v", "tenant", "varchar", "flow_id", "varchar", "entity_type", "varchar", "direction",
            "varchar", "host_id", "varchar", "cw_id", "bigint", "action", "varchar", "outcome", "varchar", "reason",
            "varchar", "deep_link", "varchar", "occurred_at", "timestamptz");
    // One statement for every criterion combination: an absent bound or flow is a NULL parameter, "every outcome"
    // binds all three.
    query = "SELECT " + COLUMNS + " FROM " + t + " WHERE tenant = ?"
        + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= ?)"
        + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < ?)"
        + " AND outcome IN (?, ?, ?) AND (CAST(? AS VARCHAR) IS NULL OR flow_id = ?)"
        + " ORDER BY occurred_at DESC, id DESC" + db.sql().limit();
  }

  @Override
  public void append(AuditEntry entry) {
    requireNonNull(entry, "entry == null");
    PageSession p = db.page();
    if (p != null) {
      p.audit.add(entry);
      return;
    }
    db.own("append an audit entry", c -> {
      write(c, List.of(entry));
      return null;
    });
  }

  /** Writes entries on {@code c} in order: one statement on PostgreSQL, one batch on H2. */
  void write(Connection c, List<AuditEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    if (insertMany != null) {
      writeMany(c, entries, insertMany);
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (AuditEntry e : entries) {
        ps.setString(1, e.tenant().value());
        ps.setString(2, e.flowId());
        ps.setString(3, e.type().name());
        ps.setString(4, e.direction().name());
        ps.setString(5, e.hostId());
        Db.setLong(ps, 6, e.cwId());
        ps.setString(7, e.action().name());
        ps.setString(8, e.outcome().name());
        ps.setString(9, e.reason());
        ps.setString(10, e.deepLink());
        Db.setInstant(ps, 11, e.at());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeMany(Connection c, List<AuditEntry> entries, String sql) throws SQLException {
    int n = entries.size();
    String[][] text = new String[9][n];
    Long[] cwId = new Long[n];
    Instant[] at = new Instant[n];
    for (int i = 0; i < n; i++) {
      AuditEntry e = entries.get(i);
      text[0][i] = e.tenant().value();
      text[1][i] = e.flowId();
      text[2][i] = e.type().name();
      text[3][i] = e.direction().name();
      text[4][i] = e.hostId();
      cwId[i] = e.cwId();
      text[5][i] = e.action().name();
      text[6][i] = e.outcome().name();
      text[7][i] = e.reason();
      text[8][i] = e.deepLink();
      at[i] = e.at();
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int col = 0; col < 5; col++) {
        Db.setTextArray(c, ps, col + 1, text[col]);
      }
      Db.setBigintArray(c, ps, 6, cwId);
      for (int col = 5; col < 9; col++) {
        Db.setTextArray(c, ps, col + 2, text[col]);
      }
      Db.setInstantArray(c, ps, 11, at);
      ps.executeUpdate();
    }
  }

  @Override
  public List<AuditEntry> query(AuditQuery q) {
    requireNonNull(q, "query == null");
    return db.read("query the audit log", c -> {
      PageSession p = db.page();
      if (p != null && !p.audit.isEmpty()) {
        write(c, p.audit);
        p.audit.clear();
      }
      try (PreparedStatement ps = c.prepareStatement(query)) {
        ps.setString(1, q.tenant().value());
        Db.setInstant(ps, 2, q.from());
        Db.setInstant(ps, 3, q.from());
        Db.setInstant(ps, 4, q.to());
        Db.setInstant(ps, 5, q.to());
        List<Outcome> outcomes = new ArrayList<>(q.outcomes().isEmpty() ? List.of(Outcome.values()) : q.outcomes());
        for (int i = 0; i < 3; i++) {
          ps.setString(6 + i, outcomes.get(Math.min(i, outcomes.size() - 1)).name());
        }
        ps.setString(9, q.flowId());
        ps.setString(10, q.flowId());
        ps.setInt(11, q.limit());
        return readAll(ps);
      }
    });
  }

  static List<AuditEntry> readAll(PreparedStatement ps) throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs, 1));
      }
    }
    return out;
  }

  /** Reads the {@link #COLUMNS} starting at column {@code from}. */
  static AuditEntry read(ResultSet rs, int from) throws SQLException {
    int i = from;
    return new AuditEntry(TenantId.of(rs.getString(i)), rs.getString(i + 1), EntityType.of(rs.getString(i + 2)),
        Direction.valueOf(rs.getString(i + 3)), rs.getString(i + 4), Db.getLong(rs, i + 5),
        SyncAction.valueOf(rs.getString(i + 6)), Outcome.valueOf(rs.getString(i + 7)), rs.getString(i + 8),
        rs.getString(i + 9), Db.instantNotNull(rs, i + 10));
  }
}
