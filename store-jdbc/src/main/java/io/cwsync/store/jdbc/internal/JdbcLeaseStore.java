package io.cwsync.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link LeaseStore} on the {@code lease} table. Each call is its own transaction, never part of a page, so other
 * nodes see a grant or renewal at once. Time is the database's clock (read in the same transaction), unless a clock
 * was injected for tests: nodes whose own clocks drift still agree on expiry.
 *
 * <p>The row outlives a release (owner set to NULL) so that the fencing token only ever grows: every change is a
 * compare-and-set on the token and owner read in the same transaction, and every grant to another owner or after
 * expiry writes token + 1.
 */
final class JdbcLeaseStore implements LeaseStore {

  private final Db db;
  private final String find;
  private final String insert;
  private final String take;
  private final String renew;
  private final String release;

  JdbcLeaseStore(Db db) {
    this.db = db;
    String t = db.tables().lease();
    find = "SELECT owner, expires_at, fencing_token FROM " + t + " WHERE tenant = ? AND stream = ?";
    insert = "INSERT INTO " + t + " (tenant, stream, owner, expires_at, fencing_token) VALUES (?, ?, ?, ?, 1)"
        + db.sql().insertIfAbsentSuffix();
    take = "UPDATE " + t + " SET owner = ?, expires_at = ?, fencing_token = ? WHERE tenant = ? AND stream = ?"
        + " AND fencing_token = ? AND owner IS NOT DISTINCT FROM ?";
    renew = "UPDATE " + t + " SET expires_at = ? WHERE tenant = ? AND stream = ? AND owner = ? AND fencing_token = ?"
        + " AND expires_at > ?";
    release = "UPDATE " + t + " SET owner = NULL WHERE tenant = ? AND stream = ? AND owner = ? AND fencing_token = ?";
  }

  private record Row(@Nullable String owner, Instant expiresAt, long token) {
  }

  @Override
  public Optional<Lease> tryAcquire(LeaseKey key, String owner, Duration ttl) {
    requireNonNull(key, "key == null");
    requireNonNull(owner, "owner == null");
    checkTtl(ttl);
    return db.own("acquire a lease", c -> {
      Instant now = db.leaseNow(c);
      Instant expires = now.plus(ttl);
      Optional<Row> row = read(c, key);
      if (row.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
          ps.setString(1, key.tenant().value());
          ps.setString(2, key.stream());
          ps.setString(3, owner);
          Db.setInstant(ps, 4, expires);
          return ps.executeUpdate() == 1 ? Optional.of(new Lease(key, owner, expires, 1)) : Optional.empty();
        } catch (SQLException e) {
          if (!db.sql().postgres() && SqlDialect.isDuplicateKey(e)) {
            return Optional.empty();
          }
          throw e;
        }
      }
      Row r = row.get();
      boolean live = r.owner() != null && r.expiresAt().isAfter(now);
      if (live && !r.owner().equals(owner)) {
        return Optional.empty();
      }
      long token = live ? r.token() : r.token() + 1;
      try (PreparedStatement ps = c.prepareStatement(take)) {
        ps.setString(1, owner);
        Db.setInstant(ps, 2, expires);
        ps.setLong(3, token);
        ps.setString(4, key.tenant().value());
        ps.setString(5, key.stream());
        ps.setLong(6, r.token());
        ps.setString(7, r.owner());
        return ps.executeUpdate() == 1 ? Optional.of(new Lease(key, owner, expires, token)) : Optional.empty();
      }
    });
  }

  @Override
  public Optional<Lease> renew(Lease lease, Duration ttl) {
    requireNonNull(lease, "lease == null");
    checkTtl(ttl);
    return db.own("renew a lease", c -> {
      Instant now = db.leaseNow(c);
      Instant expires = now.plus(ttl);
      try (PreparedStatement ps = c.prepareStatement(renew)) {
        Db.setInstant(ps, 1, expires);
        ps.setString(2, lease.key().tenant().value());
        ps.setString(3, lease.key().stream());
        ps.setString(4, lease.owner());
        ps.setLong(5, lease.fencingToken());
        Db.setInstant(ps, 6, now);
        return ps.executeUpdate() == 1
            ? Optional.of(new Lease(lease.key(), lease.owner(), expires, lease.fencingToken()))
            : Optional.empty();
      }
    });
  }

  @Override
  public void release(Lease lease) {
    requireNonNull(lease, "lease == null");
    db.own("release a lease", c -> {
      try (PreparedStatement ps = c.prepareStatement(release)) {
        ps.setString(1, lease.key().tenant().value());
        ps.setString(2, lease.key().stream());
        ps.setString(3, lease.owner());
        ps.setLong(4, lease.fencingToken());
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<Lease> find(LeaseKey key) {
    requireNonNull(key, "key == null");
    return db.own("read a lease", c -> read(c, key)
        .filter(r -> r.owner() != null)
        .map(r -> new Lease(key, r.owner(), r.expiresAt(), r.token())));
  }

  private Optional<Row> read(Connection c, LeaseKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(find)) {
      ps.setString(1, key.tenant().value());
      ps.setString(2, key.stream());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Row(rs.getString(1), Db.instantNotNull(rs, 2), rs.getLong(3)));
      }
    }
  }

  private static void checkTtl(Duration ttl) {
    requireNonNull(ttl, "ttl == null");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
  }
}
