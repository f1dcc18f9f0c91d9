package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryAuditAndHistoryTest {

  static final TenantId A = TenantId.of("a");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static AuditEntry entry(TenantId t, int second, Outcome outcome) {
    return new AuditEntry(t, "companies", EntityType.COMPANY, Direction.PUSH, "h" + second, (long) second,
        SyncAction.UPDATE, outcome, null, null, T0.plusSeconds(second));
  }

  @Test
  void query_filtersByTenantTimeOutcome_newestFirst() {
    MemoryAuditLog log = new MemoryAuditLog();
    log.append(entry(A, 1, Outcome.SUCCESS));
    log.append(entry(A, 2, Outcome.FAILED));
    log.append(entry(A, 3, Outcome.FAILED));
    log.append(entry(TenantId.of("b"), 4, Outcome.FAILED));
    assertThat(log.query(new AuditQuery(A, T0.plusSeconds(2), null, Set.of(Outcome.FAILED), null, 10)))
        .extracting(AuditEntry::hostId).containsExactly("h3", "h2");
    assertThat(log.query(new AuditQuery(A, null, T0.plusSeconds(3), Set.of(), null, 10)))
        .extracting(AuditEntry::hostId).containsExactly("h2", "h1");
    assertThat(log.query(AuditQuery.all(A, 1))).extracting(AuditEntry::hostId).containsExactly("h3");
    assertThat(log.query(AuditQuery.all(TenantId.of("zz"), 5))).isEmpty();
  }

  @Test
  void append_overCapacity_dropsOldest() {
    MemoryAuditLog log = new MemoryAuditLog(2);
    log.append(entry(A, 1, Outcome.SUCCESS));
    log.append(entry(A, 2, Outcome.SUCCESS));
    log.append(entry(A, 3, Outcome.SUCCESS));
    assertThat(log.query(AuditQuery.all(A, 10))).extracting(AuditEntry::hostId).containsExactly("h3", "h2");
  }

  @Test
  void history_perRecordInAppendOrder_lastN() {
    MemoryHistoryStore store = new MemoryHistoryStore();
    for (int i = 0; i < 5; i++) {
      store.append(new HistoryEntry(A, EntityType.OPPORTUNITY, "q1", 10L, Direction.PUSH, SyncAction.UPDATE,
          Outcome.SUCCESS, "step " + i, T0, 0));
      store.append(new HistoryEntry(A, EntityType.OPPORTUNITY, "q2", null, Direction.PUSH, SyncAction.UPDATE,
          Outcome.SUCCESS, "other", T0, 0));
    }
    assertThat(store.forHostRecord(A, EntityType.OPPORTUNITY, "q1", 3)).extracting(HistoryEntry::detail)
        .containsExactly("step 2", "step 3", "step 4");
    assertThat(store.forCwRecord(A, EntityType.OPPORTUNITY, 10, 10)).hasSize(5)
        .isSortedAccordingTo((a, b) -> Long.compare(a.sequence(), b.sequence()));
    assertThat(store.forHostRecord(A, EntityType.CONTACT, "q1", 3)).isEmpty();
  }
}
