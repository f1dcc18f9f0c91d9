package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LeaseStore}: acquisition of free, expired and own leases, fencing tokens, renewal, release,
 * expiry at exactly {@code expiresAt}, key independence, and races from real threads.
 *
 * <p>Extend it and implement {@link #newStore(MutableClock)}: the store must read time only from the given clock,
 * which the tests move instead of sleeping. A fresh store and clock are created before each test.
 */
public abstract class LeaseStoreContractTest {

  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  static final LeaseKey KEY = new LeaseKey(TenantId.of("tenant_a"), "companies");
  static final Duration TTL = Duration.ofSeconds(30);

  private MutableClock clock;
  private LeaseStore store;

  /** Creates the suite; subclasses supply the store through {@link #newStore(MutableClock)}. */
  protected LeaseStoreContractTest() {
  }

  /**
   * Returns a new, empty store whose time comes from {@code clock}; called before each test.
   *
   * @param clock the clock the store must read; tests move it
   * @return the store under test
   */
  protected abstract LeaseStore newStore(MutableClock clock);

  @BeforeEach
  final void createStore() {
    clock = new MutableClock(START);
    store = newStore(clock);
  }

  private Lease acquire(LeaseKey key, String owner) {
    return store.tryAcquire(key, owner, TTL).orElseThrow(() -> new AssertionError(owner + " could not acquire " + key));
  }

  // ---- find ----

  @Test
  void find_neverAcquired_returnsEmpty() {
    assertThat(store.find(KEY)).isEmpty();
  }

  @Test
  void find_expiredLease_stillReturnsIt() {
    Lease lease = acquire(KEY, "n1");
    clock.advance(TTL.multipliedBy(10));

    assertThat(store.find(KEY)).contains(lease);
  }

  // ---- tryAcquire ----

  @Test
  void tryAcquire_freeKey_grantsLeaseUntilNowPlusTtl() {
    Optional<Lease> lease = store.tryAcquire(KEY, "n1", TTL);

    assertThat(lease).isPresent();
    assertThat(lease.get().key()).isEqualTo(KEY);
    assertThat(lease.get().owner()).isEqualTo("n1");
    assertThat(lease.get().expiresAt()).isEqualTo(START.plus(TTL));
    assertThat(store.find(KEY)).isEqualTo(lease);
  }

  @Test
  void tryAcquire_liveLeaseOfAnotherOwner_returnsEmptyAndKeepsTheLease() {
    Lease held = acquire(KEY, "n1");
    clock.advance(TTL.minusMillis(1));

    assertThat(store.tryAcquire(KEY, "n2", TTL)).isEmpty();
    assertThat(store.find(KEY)).contains(held);
  }

  @Test
  void tryAcquire_ownLiveLease_keepsTokenAndExtendsExpiry() {
    Lease first = acquire(KEY, "n1");
    clock.advance(Duration.ofSeconds(10));

    Lease again = acquire(KEY, "n1");

    assertThat(again.fencingToken()).isEqualTo(first.fencingToken());
    assertThat(again.expiresAt()).isEqualTo(START.plusSeconds(10).plus(TTL));
    assertThat(store.find(KEY)).contains(again);
  }

  @Test
  void tryAcquire_atExactlyExpiresAt_takesOverWithHigherToken() {
    Lease old = acquire(KEY, "n1");
    clock.set(old.expiresAt());

    Lease taken = acquire(KEY, "n2");

    assertThat(taken.owner()).isEqualTo("n2");
    assertThat(taken.fencingToken()).isGreaterThan(old.fencingToken());
    assertThat(taken.expiresAt()).isEqualTo(old.expiresAt().plus(TTL));
    assertThat(store.find(KEY)).contains(taken);
  }

  @Test
  void tryAcquire_ownExpiredLease_getsHigherToken() {
    Lease old = acquire(KEY, "n1");
    clock.advance(TTL);

    Lease again = acquire(KEY, "n1");

    assertThat(again.fencingToken()).as("re-acquiring after expiry is a new acquisition")
        .isGreaterThan(old.fencingToken());
  }

  @Test
  void tryAcquire_afterRelease_otherOwnerGetsItAtOnceWithHigherToken() {
    Lease old = acquire(KEY, "n1");
    store.release(old);

    Lease next = acquire(KEY, "n2");

    assertThat(next.fencingToken()).isGreaterThan(old.fencingToken());
  }

  @Test
  void tryAcquire_successiveTakeovers_tokensStrictlyIncrease() {
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < 10; i++) {
      Lease l = acquire(KEY, "n" + (i % 3));
      assertThat(l.fencingToken()).isGreaterThan(previous);
      previous = l.fencingToken();
      clock.advance(TTL);
    }
  }

  @Test
  void tryAcquire_otherTenantOrStream_independentKeys() {
    LeaseKey otherTenant = new LeaseKey(TenantId.of("tenant_b"), KEY.stream());
    LeaseKey otherStream = new LeaseKey(KEY.tenant(), "contacts");
    Lease held = acquire(KEY, "n1");

    assertThat(store.tryAcquire(otherTenant, "n2", TTL)).isPresent();
    assertThat(store.tryAcquire(otherStream, "n3", TTL)).isPresent();
    assertThat(store.find(KEY)).contains(held);
    assertThat(store.find(otherTenant).orElseThrow().owner()).isEqualTo("n2");
    assertThat(store.find(otherStream).orElseThrow().owner()).isEqualTo("n3");
  }

  @Test
  void tryAcquire_nonPositiveTtl_throwsIllegalArgument() {
    assertThatThrownBy(() -> store.tryAcquire(KEY, "n1", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.tryAcquire(KEY, "n1", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(KEY)).isEmpty();
  }

  // ---- renew ----

  @Test
  void renew_liveLease_extendsFromNowWithSameToken() {
    Lease lease = acquire(KEY, "n1");
    clock.advance(TTL.minusMillis(1));

    Optional<Lease> renewed = store.renew(lease, Duration.ofMinutes(2));

    assertThat(renewed).isPresent();
    assertThat(renewed.get().fencingToken()).isEqualTo(lease.fencingToken());
    assertThat(renewed.get().owner()).isEqualTo("n1");
    assertThat(renewed.get().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    assertThat(store.find(KEY)).isEqualTo(renewed);
    assertThat(store.tryAcquire(KEY, "n2", TTL)).as("still held after the old expiry").isEmpty();
  }

  @Test
  void renew_atExactlyExpiresAt_returnsEmpty() {
    Lease lease = acquire(KEY, "n1");
    clock.set(lease.expiresAt());

    assertThat(store.renew(lease, TTL)).isEmpty();
    assertThat(store.tryAcquire(KEY, "n2", TTL)).as("an expired lease is free").isPresent();
  }

  @Test
  void renew_afterTakeover_returnsEmptyAndLeavesNewHolderAlone() {
    Lease old = acquire(KEY, "n1");
    clock.advance(TTL);
    Lease taken = acquire(KEY, "n2");

    assertThat(store.renew(old, TTL)).isEmpty();
    assertThat(store.find(KEY)).contains(taken);
  }

  @Test
  void renew_ownExpiredThenReacquired_oldTokenReturnsEmpty() {
    Lease old = acquire(KEY, "n1");
    clock.advance(TTL);
    Lease again = acquire(KEY, "n1");

    assertThat(store.renew(old, TTL)).as("same owner, stale token").isEmpty();
    assertThat(store.find(KEY)).contains(again);
  }

  @Test
  void renew_otherOwnerWithHoldersToken_returnsEmpty() {
    Lease held = acquire(KEY, "n1");
    Lease forged = new Lease(KEY, "n2", held.expiresAt(), held.fencingToken());

    assertThat(store.renew(forged, TTL)).isEmpty();
    assertThat(store.find(KEY)).contains(held);
  }

  @Test
  void renew_afterRelease_returnsEmpty() {
    Lease lease = acquire(KEY, "n1");
    store.release(lease);

    assertThat(store.renew(lease, TTL)).isEmpty();
    assertThat(store.find(KEY)).isEmpty();
  }

  @Test
  void renew_neverAcquired_returnsEmpty() {
    assertThat(store.renew(new Lease(KEY, "n1", START.plus(TTL), 1), TTL)).isEmpty();
    assertThat(store.find(KEY)).isEmpty();
  }

  @Test
  void renew_nonPositiveTtl_throwsIllegalArgument() {
    Lease lease = acquire(KEY, "n1");

    assertThatThrownBy(() -> store.renew(lease, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(KEY)).contains(lease);
  }

  // ---- release ----

  @Test
  void release_heldLease_freesIt() {
    Lease lease = acquire(KEY, "n1");

    store.release(lease);

    assertThat(store.find(KEY)).isEmpty();
  }

  @Test
  void release_lostLease_isNoOp() {
    Lease old = acquire(KEY, "n1");
    clock.advance(TTL);
    Lease taken = acquire(KEY, "n2");

    store.release(old);

    assertThat(store.find(KEY)).contains(taken);
    assertThat(store.tryAcquire(KEY, "n1", TTL)).as("the new holder still holds it").isEmpty();
  }

  @Test
  void release_neverAcquired_isNoOp() {
    store.release(new Lease(KEY, "n1", START, 1));

    assertThat(store.find(KEY)).isEmpty();
    assertThat(store.tryAcquire(KEY, "n1", TTL)).isPresent();
  }

  // ---- races ----

  @Test
  void tryAcquire_concurrentOwnersOnFreeKey_exactlyOneWins() {
    List<Optional<Lease>> results = Races.race(Races.THREADS, i -> store.tryAcquire(KEY, "n" + i, TTL));

    List<Lease> winners = results.stream().flatMap(Optional::stream).toList();
    assertThat(winners).hasSize(1);
    assertThat(store.find(KEY)).contains(winners.get(0));
  }

  @Test
  void tryAcquire_concurrentTakeoverOfExpiredLease_exactlyOneWinsWithHigherToken() {
    Lease old = acquire(KEY, "n0");
    clock.advance(TTL);

    List<Optional<Lease>> results = Races.race(Races.THREADS, i -> store.tryAcquire(KEY, "n" + (i + 1), TTL));

    List<Lease> winners = results.stream().flatMap(Optional::stream).toList();
    assertThat(winners).hasSize(1);
    assertThat(winners.get(0).fencingToken()).isGreaterThan(old.fencingToken());
    assertThat(store.renew(old, TTL)).isEmpty();
  }

  @Test
  void tryAcquire_concurrentRoundsOfAcquireAndRelease_neverTwoHoldersAtOnce() {
    int rounds = 100;
    java.util.concurrent.atomic.AtomicInteger holders = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger overlaps = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger grants = new java.util.concurrent.atomic.AtomicInteger();

    Races.race(Races.THREADS, i -> {
      for (int n = 0; n < rounds; n++) {
        Optional<Lease> lease = store.tryAcquire(KEY, "n" + i, TTL);
        if (lease.isPresent()) {
          grants.incrementAndGet();
          if (holders.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          holders.decrementAndGet();
          store.release(lease.get());
        }
      }
      return null;
    });

    assertThat(overlaps).as("moments with two holders").hasValue(0);
    assertThat(grants.get()).isPositive();
  }
}
