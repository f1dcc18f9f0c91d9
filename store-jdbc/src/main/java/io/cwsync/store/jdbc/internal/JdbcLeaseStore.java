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
 * nodes see a grant or renewal at once. Time is the database's clock (read by the statement itself), unless a clock
 * was injected for tests: nodes whose own clocks drift still agree on expiry.
 *
 * <p>The row outlives a release (owner set to NULL) so that the fencing token only ever grows: every grant to another
 * owner or after expiry writes token + 1.
 *
 * <p>Round trips (a lease is taken, and released, on every pass of every stream): on PostgreSQL a grant is one
 * auto-committed {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE <free, expired or ours> RETURNING}, a renewal one
 * {@code UPDATE ... RETURNING}, both reading {@code CURRENT_TIMESTAMP} in the statement; the row lock of the
 * conflicting insert makes the grant atomic per key. H2 (embedded, no network) reads the clock and the row, then
 * writes by compare-and-set on the token and owner, in one transaction. A release is one auto-committed update on
 * both.
 */
final class JdbcLeaseStore implements LeaseStore {

  private final Db db;
  private final String find;
  private final String insert;
  private final String take;
  private final String renew;
  private final String release;
  /** PostgreSQL's one-statement grant and renewal; null on H2. */
  private final @Nullable String grant;
  private final @Nullable String extend;
  /** The statements' "now": the database's clock, or a parameter bound to the injected lease clock. */
  private final boolean nowBound;

  JdbcLeaseStore(Db db) {
    this.db = db;
    String t = db.tables().lease();
    nowBound = db.leaseClockInjected();
    String now = nowBound ? "CAST(? AS TIMESTAMP WITH TIME ZONE)" : "CURRENT_TIMESTAMP";
    String ttl = " + CAST(? AS BIGINT) * INTERVAL '1 microsecond'";
    if (db.sql().postgres()) {
      grant = "INSERT INTO " + t + " AS l (tenant, stream, owner, expires_at, fencing_token) VALUES (?, ?, ?, " + now
          + ttl + ", 1) ON CONFLICT (tenant, stream) DO UPDATE SET owner = EXCLUDED.owner,"
          + " expires_at = EXCLUDED.expires_at, fencing_token = CASE WHEN l.owner = EXCLUDED.owner AND l.expires_at > "
          + now + " THEN l.fencing_token ELSE l.fencing_token + 1 END"
          + " WHERE l.owner IS NULL OR l.owner = EXCLUDED.owner OR l.expires_at <= " + now
          + " RETURNING expires_at, fencing_token";
      extend = "UPDATE " + t + " SET expires_at = " + now + ttl + " WHERE tenant = ? AND stream = ? AND owner = ?"
          + " AND fencing_token = ? AND expires_at > " + now + " RETURNING expires_at";
    } else {
      grant = null;
      extend = null;
    }
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
    if (grant != null) {
      return db.autoCommit("acquire a lease", c -> {
        try (PreparedStatement ps = c.prepareStatement(grant)) {
          Instant now = nowBound ? db.leaseNow(c) : null;
          int i = 1;
          ps.setString(i++, key.tenant().value());
          ps.setString(i++, key.stream());
          ps.setString(i++, owner);
          i = bindNow(ps, i, now);
          ps.setLong(i++, micros(ttl));
          i = bindNow(ps, i, now);
          bindNow(ps, i, now);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Lease(key, owner, Db.micros(Db.instantNotNull(rs, 1)), rs.getLong(2)))
                : Optional.empty();
          }
        }
      });
    }
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
    if (extend != null) {
      return db.autoCommit("renew a lease", c -> {
        try (PreparedStatement ps = c.prepareStatement(extend)) {
          Instant now = nowBound ? db.leaseNow(c) : null;
          int i = bindNow(ps, 1, now);
          ps.setLong(i++, micros(ttl));
          ps.setString(i++, lease.key().tenant().value());
          ps.setString(i++, lease.key().stream());
          ps.setString(i++, lease.owner());
          ps.setLong(i++, lease.fencingToken());
          bindNow(ps, i, now);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Lease(lease.key(), lease.owner(), Db.micros(Db.instantNotNull(rs, 1)),
                lease.fencingToken())) : Optional.empty();
          }
        }
      });
    }
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
    db.autoCommit("release a lease", c -> {
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
    return db.autoCommit("read a lease", c -> read(c, key)
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

  /** Binds the injected clock's now at {@code index} if statements take it as a parameter; the next index. */
  private int bindNow(PreparedStatement ps, int index, @Nullable Instant now) throws SQLException {
    if (!nowBound) {
      return index;
    }
    Db.setInstant(ps, index, now);
    return index + 1;
  }

  private static long micros(Duration ttl) {
    return ttl.toNanos() / 1_000;
  }

  private static void checkTtl(Duration ttl) {
    requireNonNull(ttl, "ttl == null");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
  }
}
