package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every tracked CRM table offers: lookups by id and by ConnectWise id, change scans by sequence,
 * and writing back the ConnectWise id.
 *
 * @param <T> the row type
 */
abstract class Table<T> {
  final CrmDatabase db;
  final String table;
  final String cwColumn;

  Table(CrmDatabase db, String table, String cwColumn) {
    this.db = db;
    this.table = table;
    this.cwColumn = cwColumn;
  }

  abstract T map(ResultSet rs) throws SQLException;

  /**
   * Finds a row by its CRM id.
   *
   * @param id the CRM id
   * @return the row, or empty if there is none
   */
  public Optional<T> find(long id) {
    return one("SELECT * FROM " + table + " WHERE id = ?", id);
  }

  /**
   * Finds a row by its CRM id, failing if it is missing.
   *
   * @param id the CRM id
   * @return the row
   * @throws CrmException if there is no such row
   */
  public T require(long id) {
    return find(id).orElseThrow(() -> new CrmException(table + " " + id + " does not exist"));
  }

  /**
   * Finds the row linked to a ConnectWise id.
   *
   * @param cwId the ConnectWise id
   * @return the row, or empty if none is linked to it
   */
  public Optional<T> findByCwId(int cwId) {
    return one("SELECT * FROM " + table + " WHERE " + cwColumn + " = ?", cwId);
  }

  /**
   * Lists every row, in id order.
   *
   * @return the rows
   */
  public List<T> list() {
    return many("SELECT * FROM " + table + " ORDER BY id");
  }

  /**
   * Returns rows changed after a cursor, oldest change first. The cursor is the {@code changeSeq} of
   * the last row a caller has processed ({@code 0} for "from the beginning"); a row changed twice
   * appears once, at its latest position.
   *
   * @param cursor the last change sequence already seen
   * @param limit the most rows to return
   * @return up to {@code limit} rows with {@code changeSeq > cursor}
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public List<T> changesSince(long cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return many("SELECT * FROM " + table + " WHERE change_seq > ? ORDER BY change_seq LIMIT ?", cursor, limit);
  }

  /**
   * Counts the rows.
   *
   * @return the number of rows
   */
  public long count() {
    return db.transaction("counting " + table, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Counts the rows linked to a ConnectWise record.
   *
   * @return the number of rows with a ConnectWise id
   */
  public long countLinked() {
    return db.transaction("counting linked " + table, c -> {
      try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + cwColumn + " IS NOT NULL");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Writes back (or clears) the ConnectWise id of a row. This is sync bookkeeping, not a change a user
   * made, so it does not move the row's change sequence (else every link would look like an edit to
   * push back).
   *
   * @param id the CRM id
   * @param cwId the ConnectWise id, or {@code null} to unlink
   * @throws CrmException if the row does not exist or another row already has that ConnectWise id
   */
  public void linkCw(long id, @Nullable Integer cwId) {
    int updated = update("linking " + table + " " + id,
        "UPDATE " + table + " SET " + cwColumn + " = ? WHERE id = ?", cwId, id);
    if (updated == 0) {
      throw new CrmException(table + " " + id + " does not exist");
    }
  }

  /**
   * Returns the highest change sequence of this table's rows.
   *
   * @return the sequence, {@code 0} when the table is empty
   */
  public long lastChangeSeq() {
    return db.transaction("reading the change sequence", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(change_seq), 0) FROM " + table);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  Optional<T> one(String sql, Object... args) {
    List<T> rows = many(sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  List<T> many(String sql, @Nullable Object... args) {
    return db.transaction("reading " + table, c -> query(c, sql, args));
  }

  List<T> query(Connection c, String sql, @Nullable Object... args) throws SQLException {
    return SerialConnection.query(c, this::map, sql, args);
  }

  int update(String what, String sql, @Nullable Object... args) {
    return db.transaction(what, c -> SerialConnection.execute(c, sql, args));
  }

  OffsetDateTime now() {
    return OffsetDateTime.ofInstant(db.clock().instant(), ZoneOffset.UTC);
  }

  static Tracking tracking(ResultSet rs) throws SQLException {
    OffsetDateTime at = requireNonNull(rs.getObject("modified_at", OffsetDateTime.class), "modified_at");
    return new Tracking(at.toInstant(), rs.getLong("change_seq"), Actor.valueOf(rs.getString("changed_by")));
  }

  static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? BigDecimal.ZERO : value;
  }
}
