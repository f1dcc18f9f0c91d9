package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.IdRange;
import io.cwsync.core.spi.InitialPull;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CursorStore}: version compare-and-set, fencing by lease token, failed writes changing
 * nothing, stream independence, and races from real threads.
 *
 * <p>Extend it and implement {@link #newStore()}; a fresh, empty store is created before each test.
 */
public abstract class CursorStoreContractTest {

  static final TenantId TENANT = TenantId.of("tenant_a");
  static final TenantId OTHER_TENANT = TenantId.of("tenant_b");
  static final String FLOW = "companies";
  static final String OTHER_FLOW = "contacts";
  static final Instant W1 = Instant.parse("2026-03-01T10:00:00Z");

  private CursorStore store;

  /** Creates the suite; subclasses supply the store through {@link #newStore()}. */
  protected CursorStoreContractTest() {
  }

  /**
   * Returns a new, empty store; called before each test.
   *
   * @return the store under test
   */
  protected abstract CursorStore newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  private static Cursor cursor(int seconds) {
    return new Cursor(W1.plusSeconds(seconds), Set.of((long) seconds), "host-" + seconds);
  }

  @Test
  void find_neverWritten_returnsEmpty() {
    assertThat(store.find(TENANT, FLOW)).isEmpty();
    assertThat(store.find(TenantId.of("never_seen"), "never_seen")).isEmpty();
  }

  @Test
  void compareAndSet_firstWriteAtVersionZero_storesCursorAtVersionOne() {
    Cursor c = new Cursor(W1, Set.of(5L, 6L, 7L), "host-cursor-17");

    Optional<VersionedCursor> written = store.compareAndSet(TENANT, FLOW, 0, c, 1);

    assertThat(written).contains(new VersionedCursor(c, 1));
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(c, 1));
  }

  @Test
  void compareAndSet_initialCursorWithNulls_roundTrips() {
    Optional<VersionedCursor> written = store.compareAndSet(TENANT, FLOW, 0, Cursor.INITIAL, 1);

    assertThat(written).contains(new VersionedCursor(Cursor.INITIAL, 1));
    VersionedCursor read = store.find(TENANT, FLOW).orElseThrow();
    assertThat(read.cursor().watermark()).isNull();
    assertThat(read.cursor().hostCursor()).isNull();
    assertThat(read.cursor().idsAtWatermark()).isEmpty();
  }

  @Test
  void compareAndSet_manyIdsAtWatermark_roundTripsEveryId() {
    Set<Long> ids = LongStream.rangeClosed(1, 2_500).boxed().collect(Collectors.toSet());
    Cursor c = new Cursor(W1, ids, null);

    store.compareAndSet(TENANT, FLOW, 0, c, 1).orElseThrow();

    assertThat(store.find(TENANT, FLOW).orElseThrow().cursor().idsAtWatermark()).isEqualTo(ids);
  }

  @Test
  void compareAndSet_initialPullRanges_roundTripEveryRangeInOrder() {
    InitialPull pull = new InitialPull(W1.plusMillis(123), List.of(new IdRange(1, 5_001, 2_001),
        IdRange.of(5_001, 10_001), new IdRange(10_001, 12_345_678_901L, 12_345_678_901L)));
    Cursor c = Cursor.INITIAL.withInitialPull(pull);

    store.compareAndSet(TENANT, FLOW, 0, c, 1).orElseThrow();

    VersionedCursor read = store.find(TENANT, FLOW).orElseThrow();
    assertThat(read.cursor().initialPull()).isEqualTo(pull);
    assertThat(read.cursor().watermark()).isNull();
  }

  @Test
  void compareAndSet_oneRangeMoved_storesTheNewPositionAndKeepsTheOthers() {
    InitialPull pull = new InitialPull(W1, List.of(IdRange.of(1, 1_001), IdRange.of(1_001, 2_001)));
    store.compareAndSet(TENANT, FLOW, 0, Cursor.INITIAL.withInitialPull(pull), 1).orElseThrow();

    InitialPull moved = pull.withRange(1, pull.ranges().get(1).withNext(1_501));
    store.compareAndSet(TENANT, FLOW, 1, Cursor.INITIAL.withInitialPull(moved), 1).orElseThrow();

    assertThat(store.find(TENANT, FLOW).orElseThrow().cursor().initialPull().ranges())
        .containsExactly(IdRange.of(1, 1_001), new IdRange(1_001, 2_001, 1_501));
  }

  @Test
  void compareAndSet_initialPullCleared_findReturnsNoneAndTheWatermark() {
    InitialPull pull = new InitialPull(W1, List.of(IdRange.of(1, 1_001)));
    store.compareAndSet(TENANT, FLOW, 0, Cursor.INITIAL.withInitialPull(pull), 1).orElseThrow();

    Cursor done = Cursor.INITIAL.withWatermark(W1, Set.of(7L));
    store.compareAndSet(TENANT, FLOW, 1, done, 1).orElseThrow();

    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(done, 2));
    assertThat(store.find(TENANT, FLOW).orElseThrow().cursor().initialPull()).isNull();
  }

  @Test
  void compareAndSet_staleVersionWithInitialPull_changesNothing() {
    InitialPull pull = new InitialPull(W1, List.of(IdRange.of(1, 1_001)));
    store.compareAndSet(TENANT, FLOW, 0, Cursor.INITIAL.withInitialPull(pull), 1).orElseThrow();

    InitialPull moved = pull.withRange(0, pull.ranges().get(0).withNext(501));
    assertThat(store.compareAndSet(TENANT, FLOW, 0, Cursor.INITIAL.withInitialPull(moved), 1)).isEmpty();

    assertThat(store.find(TENANT, FLOW).orElseThrow().cursor().initialPull()).isEqualTo(pull);
  }

  @Test
  void compareAndSet_neverWrittenButNonZeroExpected_failsAndCreatesNothing() {
    assertThat(store.compareAndSet(TENANT, FLOW, 1, cursor(1), 1)).isEmpty();
    assertThat(store.find(TENANT, FLOW)).isEmpty();
  }

  @Test
  void compareAndSet_currentVersion_incrementsVersion() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 1).orElseThrow();

    Optional<VersionedCursor> second = store.compareAndSet(TENANT, FLOW, 1, cursor(2), 1);
    Optional<VersionedCursor> third = store.compareAndSet(TENANT, FLOW, 2, cursor(3), 1);

    assertThat(second).contains(new VersionedCursor(cursor(2), 2));
    assertThat(third).contains(new VersionedCursor(cursor(3), 3));
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(3), 3));
  }

  @Test
  void compareAndSet_staleVersion_failsAndChangesNothing() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 1).orElseThrow();
    store.compareAndSet(TENANT, FLOW, 1, cursor(2), 1).orElseThrow();

    assertThat(store.compareAndSet(TENANT, FLOW, 1, cursor(9), 1)).isEmpty();
    assertThat(store.compareAndSet(TENANT, FLOW, 0, cursor(9), 1)).as("0 means 'not stored yet'").isEmpty();
    assertThat(store.compareAndSet(TENANT, FLOW, 3, cursor(9), 1)).as("a version not reached yet").isEmpty();
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(2), 2));
  }

  @Test
  void compareAndSet_lowerTokenThanAccepted_failsEvenAtCurrentVersion() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 5).orElseThrow();

    assertThat(store.compareAndSet(TENANT, FLOW, 1, cursor(2), 4)).isEmpty();
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(1), 1));
  }

  @Test
  void compareAndSet_sameTokenAsAccepted_succeeds() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 5).orElseThrow();

    assertThat(store.compareAndSet(TENANT, FLOW, 1, cursor(2), 5)).isPresent();
  }

  @Test
  void compareAndSet_newLeaseHolderWrote_oldHolderIsFencedForever() {
    // The old worker (token 1) writes; a new worker (token 2) takes over and writes; the old one, still believing it
    // holds the lease, re-reads the cursor and tries again: it must fail every time.
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 1).orElseThrow();
    store.compareAndSet(TENANT, FLOW, 1, cursor(2), 2).orElseThrow();

    for (int attempt = 0; attempt < 3; attempt++) {
      long current = store.find(TENANT, FLOW).orElseThrow().version();
      assertThat(store.compareAndSet(TENANT, FLOW, current, cursor(100 + attempt), 1)).isEmpty();
    }
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(2), 2));
    assertThat(store.compareAndSet(TENANT, FLOW, 2, cursor(3), 2)).as("the new holder goes on").isPresent();
  }

  @Test
  void compareAndSet_higherTokenWithStaleVersion_failsAndDoesNotRaiseTheFence() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 1).orElseThrow();

    assertThat(store.compareAndSet(TENANT, FLOW, 0, cursor(9), 9)).isEmpty();

    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(1), 1));
    assertThat(store.compareAndSet(TENANT, FLOW, 1, cursor(2), 1))
        .as("a failed compare-and-set changes nothing, not even the highest token").isPresent();
  }

  @Test
  void compareAndSet_sameFlowIdInTwoTenants_independent() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 7).orElseThrow();

    assertThat(store.find(OTHER_TENANT, FLOW)).isEmpty();
    assertThat(store.compareAndSet(OTHER_TENANT, FLOW, 0, cursor(2), 1))
        .as("version and token are per tenant").contains(new VersionedCursor(cursor(2), 1));
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(1), 1));
    assertThat(store.find(OTHER_TENANT, FLOW)).contains(new VersionedCursor(cursor(2), 1));
  }

  @Test
  void compareAndSet_twoFlowsOfOneTenant_independent() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(1), 7).orElseThrow();
    store.compareAndSet(TENANT, FLOW, 1, cursor(2), 7).orElseThrow();

    assertThat(store.find(TENANT, OTHER_FLOW)).isEmpty();
    assertThat(store.compareAndSet(TENANT, OTHER_FLOW, 0, cursor(3), 1)).contains(new VersionedCursor(cursor(3), 1));
    assertThat(store.find(TENANT, FLOW)).contains(new VersionedCursor(cursor(2), 2));
  }

  @Test
  void compareAndSet_concurrentFromSameVersion_exactlyOneWins() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(0), 1).orElseThrow();

    List<Optional<VersionedCursor>> results = Races.race(Races.THREADS,
        i -> store.compareAndSet(TENANT, FLOW, 1, cursor(i + 1), 1));

    List<VersionedCursor> winners = results.stream().flatMap(Optional::stream).toList();
    assertThat(winners).hasSize(1);
    assertThat(winners.get(0).version()).isEqualTo(2);
    assertThat(store.find(TENANT, FLOW)).contains(winners.get(0));
  }

  @Test
  void compareAndSet_concurrentFirstWrites_exactlyOneCreates() {
    List<Optional<VersionedCursor>> results = Races.race(Races.THREADS,
        i -> store.compareAndSet(TENANT, FLOW, 0, cursor(i), 1));

    assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    assertThat(store.find(TENANT, FLOW).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void compareAndSet_concurrentReadModifyWriteLoops_loseNoUpdate() {
    int perThread = 50;

    Races.race(Races.THREADS, i -> {
      for (int n = 0; n < perThread; n++) {
        while (true) {
          Optional<VersionedCursor> cur = store.find(TENANT, FLOW);
          long version = cur.map(VersionedCursor::version).orElse(0L);
          Set<Long> ids = new HashSet<>(cur.map(v -> v.cursor().idsAtWatermark()).orElse(Set.of()));
          ids.add(i * 1_000L + n);
          if (store.compareAndSet(TENANT, FLOW, version, new Cursor(W1, ids, null), 1).isPresent()) {
            break;
          }
        }
      }
      return null;
    });

    VersionedCursor end = store.find(TENANT, FLOW).orElseThrow();
    assertThat(end.version()).isEqualTo((long) Races.THREADS * perThread);
    assertThat(end.cursor().idsAtWatermark()).hasSize(Races.THREADS * perThread);
  }

  @Test
  void compareAndSet_staleAndNewHolderRacing_staleNeverWinsAfterNewWrote() {
    store.compareAndSet(TENANT, FLOW, 0, cursor(0), 1).orElseThrow();
    int rounds = 50;

    // Even threads are the new holder (token 2), odd ones the stale holder (token 1); all retry on version conflicts.
    List<Long> staleWinsAfterNew = Races.race(Races.THREADS, i -> {
      long token = i % 2 == 0 ? 2 : 1;
      long bad = 0;
      for (int n = 0; n < rounds; n++) {
        VersionedCursor cur = store.find(TENANT, FLOW).orElseThrow();
        Optional<VersionedCursor> w = store.compareAndSet(TENANT, FLOW, cur.version(),
            new Cursor(W1, Set.of(token), null), token);
        if (token == 1 && w.isPresent() && cur.cursor().idsAtWatermark().contains(2L)) {
          bad++;
        }
      }
      return bad;
    });

    assertThat(staleWinsAfterNew).as("stale writes accepted after the new holder wrote").containsOnly(0L);
  }
}
