package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.testkit.contract.MutableClock;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a lease is taken and released on every pass of every stream, so on PostgreSQL each call is one
 * statement, auto-committed: the grant a conditional insert-or-update returning the fencing token, the renewal an
 * update returning the expiry, both reading the clock in the statement. Fencing stays as the contract says (the
 * TCK in {@code PostgresContractTest}); this test counts the round trips.
 */
class LeaseRoundTripsTest {

  static final LeaseKey KEY = new LeaseKey(TenantId.of("tenant_a"), "companies");
  static final Duration TTL = Duration.ofMinutes(1);

  private static LeaseStore stores(CountingConnectionPool pool, boolean databaseClock, MutableClock clock) {
    JdbcStores.Builder b = JdbcStores.builder(pool).schema(TestDatabases.freshSchema());
    JdbcStores s = (databaseClock ? b : b.leaseClock(clock)).build();
    s.migrate();
    return s.leaseStore();
  }

  @Test
  void grantRenewRelease_onPostgresWithTheDatabaseClock_oneRoundTripEach() {
    CountingConnectionPool pool = CountingConnectionPool.of(TestDatabases.postgres(), 4);
    LeaseStore leases = stores(pool, true, new MutableClock(Instant.now()));
    pool.takeRoundTrips();

    Lease held = leases.tryAcquire(KEY, "n1", TTL).orElseThrow();
    assertThat(pool.takeRoundTrips()).as("grant of a new key").isEqualTo(1);
    assertThat(leases.tryAcquire(KEY, "n2", TTL)).as("held by n1").isEmpty();
    assertThat(pool.takeRoundTrips()).as("refused grant").isEqualTo(1);
    Lease renewed = leases.renew(held, TTL).orElseThrow();
    assertThat(pool.takeRoundTrips()).as("renewal").isEqualTo(1);
    leases.release(renewed);
    assertThat(pool.takeRoundTrips()).as("release").isEqualTo(1);
    Lease next = leases.tryAcquire(KEY, "n2", TTL).orElseThrow();
    assertThat(pool.takeRoundTrips()).as("grant of a released key").isEqualTo(1);

    assertThat(renewed.fencingToken()).isEqualTo(held.fencingToken());
    assertThat(renewed.expiresAt()).isAfterOrEqualTo(held.expiresAt());
    assertThat(next.fencingToken()).as("a new holder fences the old one").isGreaterThan(held.fencingToken());
    assertThat(leases.renew(renewed, TTL)).as("the old holder's renewal").isEmpty();
  }

  @Test
  void grantAfterExpiry_onPostgresWithAnInjectedClock_takesOverWithTheNextTokenInOneRoundTrip() {
    CountingConnectionPool pool = CountingConnectionPool.of(TestDatabases.postgres(), 4);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    LeaseStore leases = stores(pool, false, clock);
    Lease held = leases.tryAcquire(KEY, "n1", TTL).orElseThrow();
    Lease again = leases.tryAcquire(KEY, "n1", TTL).orElseThrow();
    assertThat(again.fencingToken()).as("re-acquiring one's own live lease").isEqualTo(held.fencingToken());
    clock.advance(TTL);
    pool.takeRoundTrips();

    Lease taken = leases.tryAcquire(KEY, "n2", TTL).orElseThrow();

    assertThat(pool.takeRoundTrips()).isEqualTo(1);
    assertThat(taken.fencingToken()).isEqualTo(held.fencingToken() + 1);
    assertThat(taken.expiresAt()).isEqualTo(clock.instant().plus(TTL));
    assertThat(leases.renew(again, TTL)).as("expired at now >= expiresAt").isEmpty();
  }
}
