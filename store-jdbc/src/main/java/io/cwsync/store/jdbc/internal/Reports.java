package io.cwsync.store.jdbc.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paged queries the host's screens need (seeds: sync status per record, error report, a record's history tab,
 * the mapped customers list) and retention. Pages are keyset-paged on an index (see docs/architecture.md), never
 * OFFSET, so page 1,000 costs what page 1 costs.
 */
public final class Reports {

  /** One row of the audit with its id, for keyset paging. */
  public record AuditRow(long id, AuditEntry entry) {
  }

  private final Db db;
  private final String lastOutcome;
  private final String errorsFirst;
  private final String errorsAfter;
  private final String historyFirst;
  private final String historyAfter;
  private final String mappedFirst;
  private final String mappedAfter;
  private final String purgeAudit;
  private final String purgeHistory;

  /**
   * Creates the queries.
   *
   * @param stores the stores
   */
  public Reports(StoreSet stores) {
    this.db = stores.db();
    Tables t = db.tables();
    String limit = db.sql().limit();
    String auditCols = "id, " + JdbcAuditLog.COLUMNS;
    lastOutcome = "SELECT " + auditCols + " FROM " + t.audit() + " WHERE tenant = ? AND entity_type = ? AND host_id = ?"
        + " ORDER BY occurred_at DESC, id DESC" + limit;
    String errors = "SELECT " + auditCols + " FROM " + t.audit() + " WHERE tenant = ? AND outcome = 'FAILED'";
    errorsFirst = errors + " ORDER BY occurred_at DESC, id DESC" + limit;
    errorsAfter = errors + " AND (occurred_at < ? OR (occurred_at = ? AND id < ?)) ORDER BY occurred_at DESC, id DESC"
        + limit;
    String history = "SELECT " + JdbcHistoryStore.COLUMNS + " FROM " + t.history()
        + " WHERE tenant = ? AND entity_type = ? AND host_id = ?";
    historyFirst = history + " ORDER BY seq DESC" + limit;
    historyAfter = history + " AND seq < ? ORDER BY seq DESC" + limit;
    String mapped = "SELECT " + JdbcLinkStore.COLUMNS + " FROM " + t.link()
        + " WHERE tenant = ? AND entity_type = ? AND state = '" + LinkState.LINKED.name() + "'";
    mappedFirst = mapped + " ORDER BY host_id" + limit;
    mappedAfter = mapped + " AND host_id > ? ORDER BY host_id" + limit;
    purgeAudit = "DELETE FROM " + t.audit() + " WHERE id IN (SELECT id FROM " + t.audit()
        + " WHERE occurred_at < ?" + limit + ")";
    purgeHistory = "DELETE FROM " + t.history() + " WHERE seq IN (SELECT seq FROM " + t.history()
        + " WHERE occurred_at < ?" + limit + ")";
  }

  /** The newest audit entry of a host record. */
  public Optional<AuditEntry> lastOutcome(TenantId tenant, EntityType type, String hostId) {
    return db.own("read a record's last outcome", c -> {
      try (PreparedStatement ps = c.prepareStatement(lastOutcome)) {
        ps.setString(1, tenant.value());
        ps.setString(2, type.name());
        ps.setString(3, hostId);
        ps.setInt(4, 1);
        List<AuditRow> rows = auditRows(ps);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).entry());
      }
    });
  }

  /** Failed audit entries, newest first, after the keyset position ({@code afterAt}/{@code afterId}) if given. */
  public List<AuditRow> errors(TenantId tenant, Instant afterAt, long afterId, boolean first, int limit) {
    return db.own("list sync errors", c -> {
      try (PreparedStatement ps = c.prepareStatement(first ? errorsFirst : errorsAfter)) {
        int i = 1;
        ps.setString(i++, tenant.value());
        if (!first) {
          Db.setInstant(ps, i++, afterAt);
          Db.setInstant(ps, i++, afterAt);
          ps.setLong(i++, afterId);
        }
        ps.setInt(i, limit);
        return auditRows(ps);
      }
    });
  }

  /** A host record's history, newest first, before {@code beforeSeq} unless {@code first}. */
  public List<HistoryEntry> history(TenantId tenant, EntityType type, String hostId, long beforeSeq, boolean first,
      int limit) {
    return db.own("read a record's history", c -> {
      try (PreparedStatement ps = c.prepareStatement(first ? historyFirst : historyAfter)) {
        int i = 1;
        ps.setString(i++, tenant.value());
        ps.setString(i++, type.name());
        ps.setString(i++, hostId);
        if (!first) {
          ps.setLong(i++, beforeSeq);
        }
        ps.setInt(i, limit);
        return JdbcHistoryStore.readAll(ps);
      }
    });
  }

  /** Linked records of a type ordered by host id, after {@code afterHostId} if not null. */
  public List<Link> mapped(TenantId tenant, EntityType type, @org.jspecify.annotations.Nullable String afterHostId,
      int limit) {
    return db.own("list mapped records", c -> {
      try (PreparedStatement ps = c.prepareStatement(afterHostId == null ? mappedFirst : mappedAfter)) {
        int i = 1;
        ps.setString(i++, tenant.value());
        ps.setString(i++, type.name());
        if (afterHostId != null) {
          ps.setString(i++, afterHostId);
        }
        ps.setInt(i, limit);
        List<Link> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(JdbcLinkStore.read(rs));
          }
        }
        return out;
      }
    });
  }

  /** Deletes audit rows older than {@code cutoff}, {@code batch} rows per transaction; returns the count. */
  public long purgeAudit(Instant cutoff, int batch) {
    return purge(purgeAudit, cutoff, batch);
  }

  /** Deletes history rows older than {@code cutoff}, {@code batch} rows per transaction; returns the count. */
  public long purgeHistory(Instant cutoff, int batch) {
    return purge(purgeHistory, cutoff, batch);
  }

  private long purge(String sql, Instant cutoff, int batch) {
    long total = 0;
    while (true) {
      int n = db.own("purge old rows", c -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          Db.setInstant(ps, 1, cutoff);
          ps.setInt(2, batch);
          return ps.executeUpdate();
        }
      });
      total += n;
      if (n < batch) {
        return total;
      }
    }
  }

  private static List<AuditRow> auditRows(PreparedStatement ps) throws SQLException {
    List<AuditRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new AuditRow(rs.getLong(1), JdbcAuditLog.read(rs, 2)));
      }
    }
    return out;
  }
}
