package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuditLog}: entries stored as given, queries by tenant, time range (from inclusive, to
 * exclusive), outcomes and flow, newest first with ties in reverse append order, limits, and concurrent appends.
 *
 * <p>Extend it and implement {@link #newLog()}; a fresh, empty log is created before each test.
 */
public abstract class AuditLogContractTest {

  static final TenantId TENANT = TenantId.of("tenant_a");
  static final TenantId OTHER_TENANT = TenantId.of("tenant_b");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private AuditLog log;

  /** Creates the suite; subclasses supply the log through {@link #newLog()}. */
  protected AuditLogContractTest() {
  }

  /**
   * Returns a new, empty audit log; called before each test.
   *
   * @return the log under test
   */
  protected abstract AuditLog newLog();

  @BeforeEach
  final void createLog() {
    log = newLog();
  }

  private static AuditEntry entry(TenantId tenant, String flow, Outcome outcome, int second, String hostId) {
    return new AuditEntry(tenant, flow, EntityType.COMPANY, Direction.PUSH, hostId, 100L + second,
        outcome == Outcome.FAILED ? SyncAction.ERROR : SyncAction.UPDATE, outcome,
        outcome == Outcome.FAILED ? "VALIDATION: name is required" : null, null, T0.plusSeconds(second));
  }

  private static AuditEntry entry(int second, String hostId) {
    return entry(TENANT, "companies", Outcome.SUCCESS, second, hostId);
  }

  private List<AuditEntry> query(@Nullable Instant from, @Nullable Instant to, Set<Outcome> outcomes,
      @Nullable String flow, int limit) {
    return log.query(new AuditQuery(TENANT, from, to, outcomes, flow, limit));
  }

  private List<AuditEntry> all(TenantId tenant) {
    return log.query(AuditQuery.all(tenant, 10_000));
  }

  @Test
  void query_nothingAppended_returnsEmpty() {
    assertThat(all(TENANT)).isEmpty();
    assertThat(all(TenantId.of("never_seen"))).isEmpty();
  }

  @Test
  void append_everyComponent_isReturnedAsGiven() {
    AuditEntry full = new AuditEntry(TENANT, "opportunities", EntityType.OPPORTUNITY, Direction.PULL, "h-1", 4711L,
        SyncAction.CONFLICT, Outcome.FAILED, "two companies named Acme",
        "https://na.myconnectwise.net/v4_6_release/services/system_io/router/openrecord.rails?recordType=Opportunity"
            + "&recid=4711", T0);
    AuditEntry sparse = new AuditEntry(TENANT, "companies", EntityType.COMPANY, Direction.PUSH, null, null,
        SyncAction.SKIP, Outcome.DRY_RUN, null, null, T0.minusSeconds(1));

    log.append(full);
    log.append(sparse);

    assertThat(all(TENANT)).containsExactly(full, sparse);
  }

  @Test
  void query_entriesAppendedOutOfTimeOrder_newestFirstByTime() {
    AuditEntry e2 = entry(2, "b");
    AuditEntry e0 = entry(0, "c");
    AuditEntry e5 = entry(5, "a");
    log.append(e2);
    log.append(e0);
    log.append(e5);

    assertThat(all(TENANT)).containsExactly(e5, e2, e0);
  }

  @Test
  void query_entriesAtTheSameInstant_reverseAppendOrder() {
    AuditEntry first = entry(1, "first");
    AuditEntry second = entry(1, "second");
    AuditEntry third = entry(1, "third");
    AuditEntry earlier = entry(0, "earlier");
    log.append(first);
    log.append(earlier);
    log.append(second);
    log.append(third);

    assertThat(all(TENANT)).containsExactly(third, second, first, earlier);
  }

  @Test
  void query_moreMatchesThanLimit_returnsTheNewest() {
    for (int i = 0; i < 10; i++) {
      log.append(entry(i, "h" + i));
    }

    assertThat(query(null, null, Set.of(), null, 3)).extracting(AuditEntry::hostId).containsExactly("h9", "h8", "h7");
  }

  @Test
  void query_timeRange_fromInclusiveToExclusive() {
    for (int i = 0; i < 6; i++) {
      log.append(entry(i, "h" + i));
    }

    List<AuditEntry> range = query(T0.plusSeconds(2), T0.plusSeconds(4), Set.of(), null, 100);

    assertThat(range).extracting(AuditEntry::hostId).containsExactly("h3", "h2");
    assertThat(query(T0.plusSeconds(4), null, Set.of(), null, 100)).extracting(AuditEntry::hostId)
        .containsExactly("h5", "h4");
    assertThat(query(null, T0.plusSeconds(1), Set.of(), null, 100)).extracting(AuditEntry::hostId)
        .containsExactly("h0");
    assertThat(query(T0.plusSeconds(3), T0.plusSeconds(3), Set.of(), null, 100)).as("empty range").isEmpty();
  }

  @Test
  void query_outcomes_emptyMeansAllOtherwiseOnlyThose() {
    AuditEntry ok = entry(TENANT, "companies", Outcome.SUCCESS, 1, "ok");
    AuditEntry failed = entry(TENANT, "companies", Outcome.FAILED, 2, "failed");
    AuditEntry dry = entry(TENANT, "companies", Outcome.DRY_RUN, 3, "dry");
    log.append(ok);
    log.append(failed);
    log.append(dry);

    assertThat(query(null, null, Set.of(), null, 100)).containsExactly(dry, failed, ok);
    assertThat(query(null, null, Set.of(Outcome.FAILED), null, 100)).containsExactly(failed);
    assertThat(query(null, null, Set.of(Outcome.SUCCESS, Outcome.DRY_RUN), null, 100)).containsExactly(dry, ok);
  }

  @Test
  void query_flowId_onlyThatFlow() {
    AuditEntry companies = entry(TENANT, "companies", Outcome.SUCCESS, 1, "c");
    AuditEntry contacts = entry(TENANT, "contacts", Outcome.SUCCESS, 2, "p");
    log.append(companies);
    log.append(contacts);

    assertThat(query(null, null, Set.of(), "companies", 100)).containsExactly(companies);
    assertThat(query(null, null, Set.of(), "contacts", 100)).containsExactly(contacts);
    assertThat(query(null, null, Set.of(), "tickets", 100)).isEmpty();
  }

  @Test
  void query_everyCriterion_mustAllMatch() {
    AuditEntry match = entry(TENANT, "companies", Outcome.FAILED, 5, "match");
    log.append(match);
    log.append(entry(TENANT, "contacts", Outcome.FAILED, 5, "wrong-flow"));
    log.append(entry(TENANT, "companies", Outcome.SUCCESS, 5, "wrong-outcome"));
    log.append(entry(TENANT, "companies", Outcome.FAILED, 9, "too-late"));
    log.append(entry(TENANT, "companies", Outcome.FAILED, 1, "too-early"));
    log.append(entry(OTHER_TENANT, "companies", Outcome.FAILED, 5, "wrong-tenant"));

    assertThat(query(T0.plusSeconds(2), T0.plusSeconds(8), Set.of(Outcome.FAILED), "companies", 100))
        .containsExactly(match);
  }

  @Test
  void query_twoTenants_neverSeeEachOthersEntries() {
    AuditEntry a = entry(TENANT, "companies", Outcome.SUCCESS, 1, "same");
    AuditEntry b = entry(OTHER_TENANT, "companies", Outcome.SUCCESS, 1, "same");
    log.append(a);
    log.append(b);

    assertThat(all(TENANT)).containsExactly(a);
    assertThat(all(OTHER_TENANT)).containsExactly(b);
  }

  @Test
  void append_concurrentWriters_keepsEveryEntry() {
    int perThread = 200;

    Races.race(Races.THREADS, i -> {
      for (int n = 0; n < perThread; n++) {
        log.append(entry(TENANT, "companies", Outcome.SUCCESS, n, i + "-" + n));
      }
      return null;
    });

    List<AuditEntry> stored = all(TENANT);
    assertThat(stored).hasSize(Races.THREADS * perThread);
    Set<String> ids = new HashSet<>();
    stored.forEach(e -> ids.add(e.hostId()));
    assertThat(ids).hasSize(Races.THREADS * perThread);
    for (int k = 1; k < stored.size(); k++) {
      assertThat(stored.get(k).at()).isBeforeOrEqualTo(stored.get(k - 1).at());
    }
  }
}
