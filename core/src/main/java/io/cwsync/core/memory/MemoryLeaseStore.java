package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory {@link LeaseStore} whose time comes from an injected {@link Clock}.
 *
 * <p>Concurrency: each key's lease is changed with {@link ConcurrentHashMap#compute}; fencing tokens come from one
 * counter, so they increase across keys and acquisitions. Released leases keep no row.
 */
public final class MemoryLeaseStore implements LeaseStore {

  private final Clock clock;
  private final Map<LeaseKey, Lease> leases = new ConcurrentHashMap<>();
  private final AtomicLong tokens = new AtomicLong();

  /**
   * Creates an empty store.
   *
   * @param clock where expiry times come from
   */
  public MemoryLeaseStore(Clock clock) {
    this.clock = requireNonNull(clock, "clock == null");
  }

  @Override
  public Optional<Lease> tryAcquire(LeaseKey key, String owner, Duration ttl) {
    requireNonNull(key, "key == null");
    requireNonNull(owner, "owner == null");
    checkTtl(ttl);
    Instant now = clock.instant();
    Lease[] result = new Lease[1];
    leases.compute(key, (k, cur) -> {
      if (cur == null || !now.isBefore(cur.expiresAt())) {
        result[0] = new Lease(key, owner, now.plus(ttl), tokens.incrementAndGet());
        return result[0];
      }
      if (cur.owner().equals(owner)) {
        result[0] = new Lease(key, owner, now.plus(ttl), cur.fencingToken());
        return result[0];
      }
      return cur;
    });
    return Optional.ofNullable(result[0]);
  }

  @Override
  public Optional<Lease> renew(Lease lease, Duration ttl) {
    requireNonNull(lease, "lease == null");
    checkTtl(ttl);
    Instant now = clock.instant();
    Lease[] result = new Lease[1];
    leases.computeIfPresent(lease.key(), (k, cur) -> {
      if (cur.fencingToken() == lease.fencingToken() && cur.owner().equals(lease.owner())
          && now.isBefore(cur.expiresAt())) {
        result[0] = new Lease(k, cur.owner(), now.plus(ttl), cur.fencingToken());
        return result[0];
      }
      return cur;
    });
    return Optional.ofNullable(result[0]);
  }

  @Override
  public void release(Lease lease) {
    requireNonNull(lease, "lease == null");
    leases.computeIfPresent(lease.key(), (k, cur) -> cur.fencingToken() == lease.fencingToken() ? null : cur);
  }

  @Override
  public Optional<Lease> find(LeaseKey key) {
    return Optional.ofNullable(leases.get(requireNonNull(key, "key == null")));
  }

  private static void checkTtl(Duration ttl) {
    requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
  }
}
