package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.testkit.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paged reads of {@link StoreQueries} and retention by {@link JdbcStores#purgeOlderThan}, on H2. */
class StoreQueriesTest {

  static final TenantId T = TenantId.of("tenant_a");
  static final TenantId OTHER = TenantId.of("tenant_b");
  static final EntityType TYPE = EntityType.COMPANY;
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(100)));
  private final JdbcStores stores = migrated();

  private JdbcStores migrated() {
    JdbcStores s = JdbcStores.builder(TestDatabases.h2()).clock(clock).purgeBatchSize(3).build();
    s.migrate();
    return s;
  }

  private static AuditEntry audit(TenantId tenant, String hostId, Outcome outcome, Instant at, String reason) {
    return new AuditEntry(tenant, "companies", TYPE, Direction.PULL, hostId, 1L, SyncAction.UPDATE, outcome, reason,
        null, at);
  }

  private static <T> List<T> all(java.util.function.Function<String, StoreQueries.ResultPage<T>> page) {
    List<T> out = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      StoreQueries.ResultPage<T> p = page.apply(token);
      out.addAll(p.items());
      token = p.nextPageToken();
      pages++;
    } while (token != null && pages < 100);
    return out;
  }

  @Test
  void mapped_25LinkedAmongOtherStates_pagesThroughLinkedOnlyInHostIdOrder() {
    for (int i = 0; i < 25; i++) {
      stores.linkStore().putIfAbsent(Link.linked(T, TYPE, String.format("h%03d", i), i, T0));
    }
    stores.linkStore().putIfAbsent(Link.pendingCreate(T, TYPE, "pending", T0));
    stores.linkStore().putIfAbsent(Link.linked(OTHER, TYPE, "h000", 0, T0));

    StoreQueries.ResultPage<Link> first = stores.queries().mapped(T, TYPE, null, 10);
    List<Link> everything = all(token -> stores.queries().mapped(T, TYPE, token, 10));

    assertThat(first.items()).hasSize(10);
    assertThat(first.nextPageToken()).isNotNull();
    assertThat(everything).hasSize(25).allMatch(l -> l.state() == LinkState.LINKED && l.tenant().equals(T));
    assertThat(everything).extracting(Link::hostId).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void errors_failedEntriesNewestFirstWithReasons_pagedWithoutGapsOrRepeats() {
    for (int i = 0; i < 7; i++) {
      stores.auditLog().append(audit(T, "h" + i, Outcome.FAILED, T0.plusSeconds(i / 2), "reason " + i));
      stores.auditLog().append(audit(T, "h" + i, Outcome.SUCCESS, T0.plusSeconds(i), null));
    }
    stores.auditLog().append(audit(OTHER, "x", Outcome.FAILED, T0, "other tenant"));

    List<AuditEntry> errors = all(token -> stores.queries().errors(T, token, 3));

    assertThat(errors).extracting(AuditEntry::reason)
        .containsExactly("reason 6", "reason 5", "reason 4", "reason 3", "reason 2", "reason 1", "reason 0");
    assertThatThrownBy(() -> stores.queries().errors(T, "not-a-token!", 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void history_ofOneRecord_newestFirstInPages() {
    for (int i = 0; i < 12; i++) {
      stores.historyStore().append(new HistoryEntry(T, TYPE, "h1", 1L, Direction.PULL, SyncAction.UPDATE,
          Outcome.SUCCESS, "step " + i, T0.plusSeconds(i), 0));
      stores.historyStore().append(new HistoryEntry(T, TYPE, "h2", 2L, Direction.PULL, SyncAction.UPDATE,
          Outcome.SUCCESS, "other record", T0, 0));
    }

    List<HistoryEntry> steps = all(token -> stores.queries().history(T, TYPE, "h1", token, 5));

    assertThat(steps).hasSize(12).extracting(HistoryEntry::detail).startsWith("step 11", "step 10")
        .endsWith("step 0");
  }

  @Test
  void lastOutcome_ofOneRecord_isItsNewestEntryOrEmpty() {
    stores.auditLog().append(audit(T, "h1", Outcome.FAILED, T0, "locked"));
    stores.auditLog().append(audit(T, "h1", Outcome.SUCCESS, T0.plusSeconds(5), null));
    stores.auditLog().append(audit(T, "h2", Outcome.FAILED, T0.plusSeconds(9), "rejected"));

    assertThat(stores.queries().lastOutcome(T, TYPE, "h1")).map(AuditEntry::outcome).contains(Outcome.SUCCESS);
    assertThat(stores.queries().lastOutcome(T, TYPE, "h2")).map(AuditEntry::reason).contains("rejected");
    assertThat(stores.queries().lastOutcome(T, TYPE, "never")).isEmpty();
  }

  @Test
  void purgeOlderThan_deletesOldAuditAndHistoryInBatchesAndKeepsRecentOnes() {
    Instant old = clock.instant().minus(Duration.ofDays(40));
    Instant recent = clock.instant().minus(Duration.ofDays(5));
    for (int i = 0; i < 10; i++) {
      stores.auditLog().append(audit(T, "h" + i, Outcome.SUCCESS, old, null));
      stores.historyStore().append(new HistoryEntry(T, TYPE, "h" + i, (long) i, Direction.PULL, SyncAction.UPDATE,
          Outcome.SUCCESS, "", old, 0));
    }
    for (int i = 0; i < 4; i++) {
      stores.auditLog().append(audit(T, "r" + i, Outcome.SUCCESS, recent, null));
      stores.historyStore().append(new HistoryEntry(T, TYPE, "r" + i, (long) i, Direction.PULL, SyncAction.UPDATE,
          Outcome.SUCCESS, "", recent, 0));
    }

    JdbcStores.PurgeResult purged = stores.purgeOlderThan(Duration.ofDays(30));

    assertThat(purged).isEqualTo(new JdbcStores.PurgeResult(10, 10));
    assertThat(stores.auditLog().query(AuditQuery.all(T, 100))).hasSize(4).allMatch(e -> e.at().equals(recent));
    assertThat(stores.historyStore().forHostRecord(T, TYPE, "h1", 10)).isEmpty();
    assertThat(stores.historyStore().forHostRecord(T, TYPE, "r1", 10)).hasSize(1);
    assertThat(stores.purgeOlderThan(Duration.ofDays(30))).isEqualTo(new JdbcStores.PurgeResult(0, 0));
  }
}
