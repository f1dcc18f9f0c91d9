package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.IdRange;
import io.cwsync.core.spi.InitialPull;
import io.cwsync.core.spi.VersionedCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link CursorStore} on the {@code cursor} table: compare-and-set is an {@code UPDATE ... WHERE version = ? AND
 * fencing_token <= ?} (the first write an insert that the primary key refuses to a second writer); the row keeps the
 * highest token accepted. Inside a page, the compare-and-set commits the page's buffered writes with it.
 */
final class JdbcCursorStore implements CursorStore {

  private final Db db;
  private final StoreSet stores;
  private final String find;
  private final String insert;
  private final String update;

  JdbcCursorStore(Db db, StoreSet stores) {
    this.db = db;
    this.stores = stores;
    String t = db.tables().cursor();
    find = "SELECT watermark, ids_at_watermark, host_cursor, version, initial_pull FROM " + t
        + " WHERE tenant = ? AND flow_id = ?";
    insert = "INSERT INTO " + t + " (tenant, flow_id, watermark, ids_at_watermark, host_cursor, version, fencing_token,"
        + " initial_pull) VALUES (?, ?, ?, ?, ?, 1, ?, ?)" + db.sql().insertIfAbsentSuffix();
    update = "UPDATE " + t + " SET watermark = ?, ids_at_watermark = ?, host_cursor = ?, version = version + 1,"
        + " fencing_token = ?, initial_pull = ? WHERE tenant = ? AND flow_id = ? AND version = ? AND fencing_token <= ?";
  }

  @Override
  public Optional<VersionedCursor> find(TenantId tenant, String flowId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    return db.read("read a cursor", c -> {
      try (PreparedStatement ps = c.prepareStatement(find)) {
        ps.setString(1, tenant.value());
        ps.setString(2, flowId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          Cursor cursor = new Cursor(Db.instant(rs, 1), decodeIds(rs.getString(2)), rs.getString(3),
              decodeInitialPull(rs.getString(5)));
          return Optional.of(new VersionedCursor(cursor, rs.getLong(4)));
        }
      }
    });
  }

  @Override
  public Optional<VersionedCursor> compareAndSet(TenantId tenant, String flowId, long expectedVersion, Cursor cursor,
      long fencingToken) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(cursor, "cursor == null");
    Cursor stored = new Cursor(Db.micros(cursor.watermark(), true), cursor.idsAtWatermark(), cursor.hostCursor(),
        cursor.initialPull());
    PageSession p = db.page();
    if (p != null) {
      return stores.checkpoint(p, c -> write(c, tenant, flowId, expectedVersion, stored, fencingToken));
    }
    return db.own("write a cursor", c -> write(c, tenant, flowId, expectedVersion, stored, fencingToken));
  }

  private Optional<VersionedCursor> write(Connection c, TenantId tenant, String flowId, long expectedVersion,
      Cursor cursor, long fencingToken) throws SQLException {
    if (expectedVersion == 0) {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        ps.setString(1, tenant.value());
        ps.setString(2, flowId);
        Db.setInstant(ps, 3, cursor.watermark());
        ps.setString(4, encodeIds(cursor.idsAtWatermark()));
        ps.setString(5, cursor.hostCursor());
        ps.setLong(6, fencingToken);
        ps.setString(7, encodeInitialPull(cursor.initialPull()));
        return ps.executeUpdate() == 1 ? Optional.of(new VersionedCursor(cursor, 1)) : Optional.empty();
      } catch (SQLException e) {
        if (!db.sql().postgres() && SqlDialect.isDuplicateKey(e)) {
          return Optional.empty();
        }
        throw e;
      }
    }
    try (PreparedStatement ps = c.prepareStatement(update)) {
      Db.setInstant(ps, 1, cursor.watermark());
      ps.setString(2, encodeIds(cursor.idsAtWatermark()));
      ps.setString(3, cursor.hostCursor());
      ps.setLong(4, fencingToken);
      ps.setString(5, encodeInitialPull(cursor.initialPull()));
      ps.setString(6, tenant.value());
      ps.setString(7, flowId);
      ps.setLong(8, expectedVersion);
      ps.setLong(9, fencingToken);
      return ps.executeUpdate() == 1 ? Optional.of(new VersionedCursor(cursor, expectedVersion + 1))
          : Optional.empty();
    }
  }

  /** The ids at the watermark as sorted, comma-separated decimals (at most a page or two of them). */
  static String encodeIds(Set<Long> ids) {
    return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static Set<Long> decodeIds(String s) {
    if (s.isEmpty()) {
      return Set.of();
    }
    Set<Long> out = new HashSet<>();
    for (String part : s.split(",")) {
      out.add(Long.parseLong(part));
    }
    return out;
  }

  /**
   * An initial pull as {@code <watermark>;<from>:<to>:<next>,...}: the watermark as ISO-8601 (exact to the
   * nanosecond, unlike the watermark column), the ranges in order; null for none.
   */
  static @Nullable String encodeInitialPull(@Nullable InitialPull pull) {
    if (pull == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(pull.watermark().toString()).append(';');
    for (int i = 0; i < pull.ranges().size(); i++) {
      IdRange r = pull.ranges().get(i);
      out.append(i == 0 ? "" : ",").append(r.from()).append(':').append(r.to()).append(':').append(r.next());
    }
    return out.toString();
  }

  static @Nullable InitialPull decodeInitialPull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    int semi = s.indexOf(';');
    List<IdRange> ranges = new ArrayList<>();
    for (String part : s.substring(semi + 1).split(",")) {
      String[] n = part.split(":");
      ranges.add(new IdRange(Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2])));
    }
    return new InitialPull(Instant.parse(s.substring(0, semi)), ranges);
  }
}
