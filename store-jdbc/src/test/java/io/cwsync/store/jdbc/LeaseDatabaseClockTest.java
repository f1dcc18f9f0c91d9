package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Leases expire by the database's clock, not the node's: a node whose own clock is far ahead cannot take over a
 * live lease, and the takeover after expiry gets a higher fencing token. The one test here that waits (for the
 * database clock to pass a 2-second lease), bounded at 20 seconds.
 */
class LeaseDatabaseClockTest {

  static final LeaseKey KEY = new LeaseKey(TenantId.of("tenant_a"), "companies");
  static final Duration TTL = Duration.ofSeconds(2);

  @Nested
  class OnH2 extends Cases {
    @Override
    JdbcStores stores(Clock nodeClock) {
      JdbcStores s = JdbcStores.builder(TestDatabases.h2()).clock(nodeClock).build();
      s.migrate();
      return s;
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    JdbcStores stores(Clock nodeClock) {
      JdbcStores s = JdbcStores.builder(TestDatabases.postgres()).schema(TestDatabases.freshSchema())
          .clock(nodeClock).build();
      s.migrate();
      return s;
    }
  }

  abstract static class Cases {

    /** Stores on the database clock, with {@code nodeClock} as the node's own (purge) clock. */
    abstract JdbcStores stores(Clock nodeClock);

    @Test
    void tryAcquire_afterExpiryByTheDatabaseClock_takesOverWithAHigherToken() throws InterruptedException {
      Clock farAhead = Clock.fixed(Instant.now().plus(Duration.ofDays(365)), ZoneOffset.UTC);
      LeaseStore leases = stores(farAhead).leaseStore();
      Instant before = Instant.now();

      Lease held = leases.tryAcquire(KEY, "n1", TTL).orElseThrow();

      assertThat(held.expiresAt()).as("database now + ttl, not the node's clock")
          .isBetween(before.minusSeconds(5), before.plusSeconds(5).plus(TTL));
      assertThat(leases.tryAcquire(KEY, "n2", TTL)).as("live by the database clock").isEmpty();

      Optional<Lease> taken = Optional.empty();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (taken.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
        taken = leases.tryAcquire(KEY, "n2", Duration.ofMinutes(1));
      }

      assertThat(taken).as("taken over within 20 s of a 2 s lease").isPresent();
      assertThat(taken.get().fencingToken()).isGreaterThan(held.fencingToken());
      assertThat(leases.renew(held, TTL)).as("the old holder's renewal").isEmpty();
      assertThat(leases.find(KEY)).contains(taken.get());
    }
  }
}
