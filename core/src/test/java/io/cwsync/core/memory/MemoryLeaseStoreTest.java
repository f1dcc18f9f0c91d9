package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MemoryLeaseStoreTest {

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  final MemoryLeaseStore store = new MemoryLeaseStore(clock);
  final LeaseKey key = new LeaseKey(TenantId.of("a"), "companies");
  final Duration ttl = Duration.ofMinutes(1);

  @Test
  void tryAcquire_heldByOther_empty() {
    assertThat(store.tryAcquire(key, "n1", ttl)).isPresent();
    assertThat(store.tryAcquire(key, "n2", ttl)).isEmpty();
  }

  @Test
  void tryAcquire_ownLiveLease_keepsToken() {
    Lease l = store.tryAcquire(key, "n1", ttl).orElseThrow();
    assertThat(store.tryAcquire(key, "n1", ttl).orElseThrow().fencingToken()).isEqualTo(l.fencingToken());
  }

  @Test
  void tryAcquire_afterExpiry_takeoverWithHigherToken() {
    Lease l1 = store.tryAcquire(key, "n1", ttl).orElseThrow();
    now.set(now.get().plus(ttl));
    Lease l2 = store.tryAcquire(key, "n2", ttl).orElseThrow();
    assertThat(l2.fencingToken()).isGreaterThan(l1.fencingToken());
    assertThat(store.renew(l1, ttl)).isEmpty();
  }

  @Test
  void renew_live_extends() {
    Lease l = store.tryAcquire(key, "n1", ttl).orElseThrow();
    now.set(now.get().plusSeconds(30));
    Lease r = store.renew(l, ttl).orElseThrow();
    assertThat(r.expiresAt()).isEqualTo(now.get().plus(ttl));
    now.set(now.get().plusSeconds(45));
    assertThat(store.tryAcquire(key, "n2", ttl)).isEmpty();
  }

  @Test
  void renew_expired_empty() {
    Lease l = store.tryAcquire(key, "n1", ttl).orElseThrow();
    now.set(now.get().plus(ttl));
    assertThat(store.renew(l, ttl)).isEmpty();
  }

  @Test
  void release_thenOtherAcquires_immediately() {
    Lease l = store.tryAcquire(key, "n1", ttl).orElseThrow();
    store.release(l);
    assertThat(store.find(key)).isEmpty();
    assertThat(store.tryAcquire(key, "n2", ttl)).isPresent();
  }

  @Test
  void release_lostLease_noOp() {
    Lease l1 = store.tryAcquire(key, "n1", ttl).orElseThrow();
    now.set(now.get().plus(ttl));
    Lease l2 = store.tryAcquire(key, "n2", ttl).orElseThrow();
    store.release(l1);
    assertThat(store.find(key)).contains(l2);
  }
}
