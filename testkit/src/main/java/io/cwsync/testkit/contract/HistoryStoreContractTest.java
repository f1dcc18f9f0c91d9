package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link HistoryStore}: increasing sequences, per-record order by append (not by timestamp), the
 * last {@code limit} steps oldest first, lookups by host id and by ConnectWise id, isolation by tenant and type, and
 * concurrent appends.
 *
 * <p>Extend it and implement {@link #newStore()}; a fresh, empty store is created before each test.
 */
public abstract class HistoryStoreContractTest {

  static final TenantId TENANT = TenantId.of("tenant_a");
  static final TenantId OTHER_TENANT = TenantId.of("tenant_b");
  static final EntityType TYPE = EntityType.OPPORTUNITY;
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private HistoryStore store;

  /** Creates the suite; subclasses supply the store through {@link #newStore()}. */
  protected HistoryStoreContractTest() {
  }

  /**
   * Returns a new, empty store; called before each test.
   *
   * @return the store under test
   */
  protected abstract HistoryStore newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  private static HistoryEntry step(TenantId tenant, EntityType type, @Nullable String hostId, @Nullable Long cwId,
      String detail, Instant at) {
    return new HistoryEntry(tenant, type, hostId, cwId, Direction.PUSH, SyncAction.UPDATE, Outcome.SUCCESS, detail,
        at, 0);
  }

  private static HistoryEntry step(String hostId, Long cwId, String detail) {
    return step(TENANT, TYPE, hostId, cwId, detail, T0);
  }

  private static List<String> details(List<HistoryEntry> entries) {
    return entries.stream().map(HistoryEntry::detail).toList();
  }

  @Test
  void forHostRecord_noHistory_returnsEmpty() {
    assertThat(store.forHostRecord(TENANT, TYPE, "h1", 10)).isEmpty();
    assertThat(store.forHostRecord(TenantId.of("never_seen"), EntityType.of("never_seen"), "h1", 10)).isEmpty();
  }

  @Test
  void forCwRecord_noHistory_returnsEmpty() {
    assertThat(store.forCwRecord(TENANT, TYPE, 1, 10)).isEmpty();
  }

  @Test
  void append_entry_returnsItWithPositiveSequenceAndOtherComponentsAsGiven() {
    HistoryEntry given = new HistoryEntry(TENANT, TYPE, "h1", 7L, Direction.PULL, SyncAction.CONFLICT,
        Outcome.FAILED, "stage: Won vs Lost", T0, 12345);

    HistoryEntry stored = store.append(given);

    assertThat(stored.sequence()).as("the given sequence is ignored").isPositive().isNotEqualTo(12345);
    assertThat(stored.withSequence(0)).isEqualTo(given.withSequence(0));
    assertThat(store.forHostRecord(TENANT, TYPE, "h1", 10)).containsExactly(stored);
    assertThat(store.forCwRecord(TENANT, TYPE, 7, 10)).containsExactly(stored);
  }

  @Test
  void append_acrossRecordsTenantsAndTypes_sequencesStrictlyIncrease() {
    long previous = 0;
    for (int i = 0; i < 20; i++) {
      TenantId tenant = i % 2 == 0 ? TENANT : OTHER_TENANT;
      EntityType type = i % 3 == 0 ? TYPE : EntityType.COMPANY;
      HistoryEntry stored = store.append(step(tenant, type, "h" + (i % 4), null, "s" + i, T0));
      assertThat(stored.sequence()).isGreaterThan(previous);
      previous = stored.sequence();
    }
  }

  @Test
  void forHostRecord_timestampsOutOfOrder_returnsAppendOrderOldestFirst() {
    store.append(step(TENANT, TYPE, "h1", null, "first", T0.plusSeconds(30)));
    store.append(step(TENANT, TYPE, "h1", null, "second", T0));
    store.append(step(TENANT, TYPE, "h1", null, "third", T0.plusSeconds(10)));

    List<HistoryEntry> history = store.forHostRecord(TENANT, TYPE, "h1", 10);

    assertThat(details(history)).containsExactly("first", "second", "third");
    assertThat(history).extracting(HistoryEntry::sequence).isSorted();
  }

  @Test
  void forHostRecord_moreThanLimit_returnsTheLastOnesOldestFirst() {
    for (int i = 0; i < 10; i++) {
      store.append(step("h1", null, "s" + i));
    }

    assertThat(details(store.forHostRecord(TENANT, TYPE, "h1", 3))).containsExactly("s7", "s8", "s9");
    assertThat(details(store.forHostRecord(TENANT, TYPE, "h1", 100))).hasSize(10).startsWith("s0").endsWith("s9");
  }

  @Test
  void forCwRecord_moreThanLimit_returnsTheLastOnesOldestFirst() {
    for (int i = 0; i < 10; i++) {
      store.append(step(null, 5L, "s" + i));
    }

    assertThat(details(store.forCwRecord(TENANT, TYPE, 5, 4))).containsExactly("s6", "s7", "s8", "s9");
  }

  @Test
  void forHostRecordAndForCwRecord_entryWithBothIds_foundBothWaysInterleavedInOrder() {
    store.append(step("h1", null, "push intent"));
    store.append(step("h1", 9L, "created"));
    store.append(step(null, 9L, "pulled"));
    store.append(step("h2", null, "other record"));

    assertThat(details(store.forHostRecord(TENANT, TYPE, "h1", 10))).containsExactly("push intent", "created");
    assertThat(details(store.forCwRecord(TENANT, TYPE, 9, 10))).containsExactly("created", "pulled");
  }

  @Test
  void forHostRecord_sameIdsInOtherTenantOrType_neverCross() {
    store.append(step(TENANT, TYPE, "h1", 1L, "mine", T0));
    store.append(step(OTHER_TENANT, TYPE, "h1", 1L, "other tenant", T0));
    store.append(step(TENANT, EntityType.COMPANY, "h1", 1L, "other type", T0));

    assertThat(details(store.forHostRecord(TENANT, TYPE, "h1", 10))).containsExactly("mine");
    assertThat(details(store.forCwRecord(TENANT, TYPE, 1, 10))).containsExactly("mine");
    assertThat(details(store.forHostRecord(OTHER_TENANT, TYPE, "h1", 10))).containsExactly("other tenant");
    assertThat(details(store.forCwRecord(TENANT, EntityType.COMPANY, 1, 10))).containsExactly("other type");
  }

  @Test
  void forHostRecordAndForCwRecord_nonPositiveLimit_throwIllegalArgument() {
    store.append(step("h1", 1L, "s"));

    assertThatThrownBy(() -> store.forHostRecord(TENANT, TYPE, "h1", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.forCwRecord(TENANT, TYPE, 1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forHostRecord_hostIdThatLooksLikeCwId_doesNotMatchCwHistory() {
    store.append(step(null, 42L, "cw side"));

    assertThat(store.forHostRecord(TENANT, TYPE, "42", 10)).isEmpty();
  }

  @Test
  void append_concurrentWritersOnOneRecord_uniqueSequencesInAppendOrder() {
    int perThread = 20;

    List<List<Long>> perThreadSequences = Races.race(Races.THREADS, i -> {
      List<Long> mine = new ArrayList<>();
      for (int n = 0; n < perThread; n++) {
        mine.add(store.append(step("h1", 1L, i + "-" + n)).sequence());
      }
      return mine;
    });

    List<HistoryEntry> history = store.forHostRecord(TENANT, TYPE, "h1", Races.THREADS * perThread);
    assertThat(history).hasSize(Races.THREADS * perThread);
    assertThat(history).extracting(HistoryEntry::sequence).isSorted().doesNotHaveDuplicates();
    Set<Long> all = new HashSet<>();
    perThreadSequences.forEach(all::addAll);
    assertThat(history).extracting(HistoryEntry::sequence).containsExactlyInAnyOrderElementsOf(all);
    for (List<Long> mine : perThreadSequences) {
      assertThat(mine).as("one writer's steps keep their order").isSorted();
    }
    assertThat(store.forCwRecord(TENANT, TYPE, 1, Races.THREADS * perThread)).isEqualTo(history);
  }
}
