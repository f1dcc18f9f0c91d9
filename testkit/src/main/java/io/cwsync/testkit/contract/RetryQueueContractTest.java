package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RetryQueue} (G8): attempts counted per failure, parking at the maximum, parked and ignored
 * items staying put, {@code due} selection and order, touch, requeue and ignore semantics, listing and counts per
 * state, tenant isolation, and concurrent failures of one item.
 *
 * <p>Extend it and implement {@link #newQueue()}; a fresh, empty queue is created before each test.
 */
public abstract class RetryQueueContractTest {

  static final TenantId TENANT = TenantId.of("tenant_a");
  static final TenantId OTHER_TENANT = TenantId.of("tenant_b");
  static final String FLOW = "companies";
  static final EntityType TYPE = EntityType.COMPANY;
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final Duration BACKOFF = Duration.ofMinutes(5);
  static final int MAX = 3;

  private RetryQueue queue;

  /** Creates the suite; subclasses supply the queue through {@link #newQueue()}. */
  protected RetryQueueContractTest() {
  }

  /**
   * Returns a new, empty queue; called before each test.
   *
   * @return the queue under test
   */
  protected abstract RetryQueue newQueue();

  @BeforeEach
  final void createQueue() {
    queue = newQueue();
  }

  private static RetryKey key(String recordId) {
    return new RetryKey(TENANT, FLOW, Direction.PUSH, recordId);
  }

  private static Failure failure(RetryKey key, String reason, Instant at, int maxAttempts,
      @Nullable String fingerprint) {
    return new Failure(key, TYPE, reason, at, at.plus(BACKOFF), maxAttempts, fingerprint);
  }

  private RetryItem fail(RetryKey key, Instant at) {
    return queue.recordFailure(failure(key, "SERVICE_UNAVAILABLE: 503", at, MAX, "fp"));
  }

  private RetryItem park(RetryKey key) {
    RetryItem item = null;
    for (int i = 0; i < MAX; i++) {
      item = fail(key, T0.plusSeconds(i));
    }
    assertThat(item.state()).isEqualTo(RetryState.PARKED);
    return item;
  }

  // ---- absent cases ----

  @Test
  void find_absent_returnsEmpty() {
    assertThat(queue.find(key("h1"))).isEmpty();
  }

  @Test
  void resolve_absent_isNoOp() {
    queue.resolve(key("h1"));

    assertThat(queue.find(key("h1"))).isEmpty();
  }

  @Test
  void touchRequeueIgnore_absent_returnFalseAndCreateNothing() {
    assertThat(queue.touch(key("h1"), "fp", T0)).isFalse();
    assertThat(queue.requeue(key("h1"), T0)).isFalse();
    assertThat(queue.ignore(key("h1"))).isFalse();
    assertThat(queue.find(key("h1"))).isEmpty();
  }

  @Test
  void counts_emptyQueue_everyStateZero() {
    assertThat(queue.counts(TENANT))
        .isEqualTo(Map.of(RetryState.RETRYING, 0L, RetryState.PARKED, 0L, RetryState.IGNORED, 0L));
  }

  @Test
  void dueAndList_emptyQueue_returnEmpty() {
    assertThat(queue.due(TENANT, FLOW, T0, 10)).isEmpty();
    assertThat(queue.list(TENANT, RetryState.RETRYING, 10)).isEmpty();
  }

  // ---- recordFailure ----

  @Test
  void recordFailure_firstFailure_createsRetryingItemWithOneAttempt() {
    RetryItem item = queue.recordFailure(failure(key("h1"), "HOST_FAILED: disk full", T0, MAX, "fp1"));

    assertThat(item).isEqualTo(new RetryItem(key("h1"), TYPE, RetryState.RETRYING, 1, "HOST_FAILED: disk full",
        T0.plus(BACKOFF), T0, T0, "fp1"));
    assertThat(queue.find(key("h1"))).contains(item);
  }

  @Test
  void recordFailure_again_incrementsAttemptsKeepsFirstFailureAndStoresTheRest() {
    fail(key("h1"), T0);
    Instant later = T0.plusSeconds(300);

    RetryItem item = queue.recordFailure(failure(key("h1"), "SERVICE_UNAVAILABLE: 502", later, MAX, null));

    assertThat(item.attempts()).isEqualTo(2);
    assertThat(item.state()).isEqualTo(RetryState.RETRYING);
    assertThat(item.firstFailedAt()).isEqualTo(T0);
    assertThat(item.lastFailedAt()).isEqualTo(later);
    assertThat(item.nextAttemptAt()).isEqualTo(later.plus(BACKOFF));
    assertThat(item.reason()).isEqualTo("SERVICE_UNAVAILABLE: 502");
    assertThat(item.fingerprint()).isNull();
    assertThat(queue.find(key("h1"))).contains(item);
  }

  @Test
  void recordFailure_reachingMaxAttempts_parks() {
    assertThat(fail(key("h1"), T0).state()).isEqualTo(RetryState.RETRYING);
    assertThat(fail(key("h1"), T0.plusSeconds(1)).state()).isEqualTo(RetryState.RETRYING);

    RetryItem third = fail(key("h1"), T0.plusSeconds(2));

    assertThat(third.state()).isEqualTo(RetryState.PARKED);
    assertThat(third.attempts()).isEqualTo(MAX);
  }

  @Test
  void recordFailure_maxAttemptsOne_parksAtOnce() {
    RetryItem item = queue.recordFailure(failure(key("h1"), "VALIDATION: name required", T0, 1, null));

    assertThat(item.state()).isEqualTo(RetryState.PARKED);
    assertThat(item.attempts()).isEqualTo(1);
  }

  @Test
  void recordFailure_parkedItem_staysParked() {
    park(key("h1"));

    RetryItem again = fail(key("h1"), T0.plusSeconds(60));

    assertThat(again.state()).isEqualTo(RetryState.PARKED);
    assertThat(again.attempts()).isEqualTo(MAX + 1);
    assertThat(queue.due(TENANT, FLOW, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
  }

  @Test
  void recordFailure_ignoredItem_staysIgnored() {
    fail(key("h1"), T0);
    queue.ignore(key("h1"));

    for (int i = 0; i < MAX + 1; i++) {
      assertThat(fail(key("h1"), T0.plusSeconds(i + 1)).state()).isEqualTo(RetryState.IGNORED);
    }
    assertThat(queue.find(key("h1")).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
  }

  @Test
  void recordFailure_pullAndPushOfSameRecordId_areSeparateItems() {
    RetryKey push = new RetryKey(TENANT, FLOW, Direction.PUSH, "17");
    RetryKey pull = new RetryKey(TENANT, FLOW, Direction.PULL, "17");
    fail(push, T0);
    fail(push, T0.plusSeconds(1));

    assertThat(fail(pull, T0.plusSeconds(2)).attempts()).isEqualTo(1);
    assertThat(queue.find(push).orElseThrow().attempts()).isEqualTo(2);
  }

  // ---- resolve ----

  @Test
  void resolve_existing_removesItAndANewFailureStartsOver() {
    fail(key("h1"), T0);
    fail(key("h1"), T0.plusSeconds(1));

    queue.resolve(key("h1"));

    assertThat(queue.find(key("h1"))).isEmpty();
    assertThat(queue.counts(TENANT).get(RetryState.RETRYING)).isZero();
    RetryItem fresh = fail(key("h1"), T0.plusSeconds(9));
    assertThat(fresh.attempts()).isEqualTo(1);
    assertThat(fresh.firstFailedAt()).isEqualTo(T0.plusSeconds(9));
  }

  @Test
  void resolve_parkedItem_removesIt() {
    park(key("h1"));

    queue.resolve(key("h1"));

    assertThat(queue.find(key("h1"))).isEmpty();
    assertThat(queue.counts(TENANT).get(RetryState.PARKED)).isZero();
  }

  // ---- due ----

  @Test
  void due_selectsRetryingItemsOfTheFlowDueByNowInclusive_earliestFirst() {
    queue.recordFailure(new Failure(key("late"), TYPE, "r", T0, T0.plusSeconds(30), MAX, null));
    queue.recordFailure(new Failure(key("early"), TYPE, "r", T0, T0.plusSeconds(10), MAX, null));
    queue.recordFailure(new Failure(key("exact"), TYPE, "r", T0, T0.plusSeconds(20), MAX, null));
    queue.recordFailure(new Failure(key("future"), TYPE, "r", T0, T0.plusSeconds(21), MAX, null));
    queue.recordFailure(new Failure(new RetryKey(TENANT, "contacts", Direction.PUSH, "other-flow"), TYPE, "r", T0,
        T0, MAX, null));
    queue.recordFailure(new Failure(new RetryKey(OTHER_TENANT, FLOW, Direction.PUSH, "other-tenant"), TYPE, "r", T0,
        T0, MAX, null));

    List<RetryItem> due = queue.due(TENANT, FLOW, T0.plusSeconds(20), 10);

    assertThat(due).extracting(i -> i.key().recordId()).containsExactly("early", "exact");
    assertThat(queue.due(TENANT, FLOW, T0.plusSeconds(60), 10)).extracting(i -> i.key().recordId())
        .containsExactly("early", "exact", "future", "late");
    assertThat(queue.due(TENANT, FLOW, T0.plusSeconds(60), 2)).extracting(i -> i.key().recordId())
        .containsExactly("early", "exact");
  }

  @Test
  void due_neverParkedOrIgnored() {
    park(key("parked"));
    fail(key("ignored"), T0);
    queue.ignore(key("ignored"));
    fail(key("retrying"), T0);

    assertThat(queue.due(TENANT, FLOW, T0.plus(Duration.ofDays(1)), 10)).extracting(i -> i.key().recordId())
        .containsExactly("retrying");
  }

  // ---- touch ----

  @Test
  void touch_parkedItem_retryingWithZeroAttemptsDueAtOnceWithNewFingerprint() {
    park(key("h1"));
    Instant now = T0.plusSeconds(3_600);

    assertThat(queue.touch(key("h1"), "fp-changed", now)).isTrue();

    RetryItem item = queue.find(key("h1")).orElseThrow();
    assertThat(item.state()).isEqualTo(RetryState.RETRYING);
    assertThat(item.attempts()).isZero();
    assertThat(item.nextAttemptAt()).isEqualTo(now);
    assertThat(item.fingerprint()).isEqualTo("fp-changed");
    assertThat(queue.due(TENANT, FLOW, now, 10)).containsExactly(item);
    assertThat(queue.list(TENANT, RetryState.RETRYING, 10)).containsExactly(item);
  }

  @Test
  void touch_thenFailingAgain_parksOnlyAfterMaxAttemptsMore() {
    park(key("h1"));
    queue.touch(key("h1"), "fp2", T0.plusSeconds(100));

    assertThat(fail(key("h1"), T0.plusSeconds(101)).state()).isEqualTo(RetryState.RETRYING);
    assertThat(fail(key("h1"), T0.plusSeconds(102)).state()).isEqualTo(RetryState.RETRYING);
    RetryItem third = fail(key("h1"), T0.plusSeconds(103));
    assertThat(third.state()).isEqualTo(RetryState.PARKED);
    assertThat(third.attempts()).isEqualTo(MAX);
  }

  @Test
  void touch_retryingItem_resetsAttemptsAndIsDueAtOnce() {
    fail(key("h1"), T0);
    fail(key("h1"), T0.plusSeconds(1));

    assertThat(queue.touch(key("h1"), "fp2", T0.plusSeconds(2))).isTrue();

    RetryItem item = queue.find(key("h1")).orElseThrow();
    assertThat(item.state()).isEqualTo(RetryState.RETRYING);
    assertThat(item.attempts()).isZero();
    assertThat(item.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void touch_ignoredItem_returnsFalseAndStaysIgnored() {
    fail(key("h1"), T0);
    queue.ignore(key("h1"));

    assertThat(queue.touch(key("h1"), "fp2", T0.plusSeconds(5))).isFalse();

    assertThat(queue.find(key("h1")).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    assertThat(queue.due(TENANT, FLOW, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
  }

  // ---- requeue ----

  @Test
  void requeue_parkedItem_retryingWithZeroAttemptsDueAtOnce() {
    park(key("h1"));
    Instant now = T0.plusSeconds(500);

    assertThat(queue.requeue(key("h1"), now)).isTrue();

    RetryItem item = queue.find(key("h1")).orElseThrow();
    assertThat(item.state()).isEqualTo(RetryState.RETRYING);
    assertThat(item.attempts()).isZero();
    assertThat(item.nextAttemptAt()).isEqualTo(now);
    assertThat(queue.due(TENANT, FLOW, now, 10)).containsExactly(item);
  }

  @Test
  void requeue_ignoredItem_revivesIt() {
    fail(key("h1"), T0);
    queue.ignore(key("h1"));

    assertThat(queue.requeue(key("h1"), T0.plusSeconds(5))).isTrue();

    RetryItem item = queue.find(key("h1")).orElseThrow();
    assertThat(item.state()).isEqualTo(RetryState.RETRYING);
    assertThat(item.attempts()).isZero();
    assertThat(queue.due(TENANT, FLOW, T0.plusSeconds(5), 10)).containsExactly(item);
  }

  // ---- ignore ----

  @Test
  void ignore_retryingOrParkedItem_marksIgnoredAndHidesIt() {
    fail(key("retrying"), T0);
    park(key("parked"));

    assertThat(queue.ignore(key("retrying"))).isTrue();
    assertThat(queue.ignore(key("parked"))).isTrue();

    assertThat(queue.find(key("retrying")).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    assertThat(queue.find(key("parked")).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    assertThat(queue.due(TENANT, FLOW, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    assertThat(queue.list(TENANT, RetryState.RETRYING, 10)).isEmpty();
    assertThat(queue.list(TENANT, RetryState.PARKED, 10)).isEmpty();
    assertThat(queue.list(TENANT, RetryState.IGNORED, 10)).hasSize(2);
  }

  // ---- list and counts ----

  @Test
  void list_oneState_ofTheTenantOnly_earliestLastFailureFirst_upToLimit() {
    fail(key("b"), T0.plusSeconds(20));
    fail(key("a"), T0.plusSeconds(10));
    fail(key("c"), T0.plusSeconds(30));
    park(key("p"));
    fail(new RetryKey(OTHER_TENANT, FLOW, Direction.PUSH, "x"), T0);
    fail(new RetryKey(TENANT, "contacts", Direction.PULL, "d"), T0.plusSeconds(40));

    assertThat(queue.list(TENANT, RetryState.RETRYING, 10)).extracting(i -> i.key().recordId())
        .as("every flow of the tenant, no parked item").containsExactly("a", "b", "c", "d");
    assertThat(queue.list(TENANT, RetryState.RETRYING, 2)).extracting(i -> i.key().recordId())
        .containsExactly("a", "b");
    assertThat(queue.list(TENANT, RetryState.PARKED, 10)).extracting(i -> i.key().recordId()).containsExactly("p");
  }

  @Test
  void counts_perStateForTheTenantOnly() {
    fail(key("r1"), T0);
    fail(key("r2"), T0);
    park(key("p1"));
    fail(key("i1"), T0);
    queue.ignore(key("i1"));
    fail(new RetryKey(OTHER_TENANT, FLOW, Direction.PUSH, "x"), T0);

    assertThat(queue.counts(TENANT))
        .isEqualTo(Map.of(RetryState.RETRYING, 2L, RetryState.PARKED, 1L, RetryState.IGNORED, 1L));
    assertThat(queue.counts(OTHER_TENANT))
        .isEqualTo(Map.of(RetryState.RETRYING, 1L, RetryState.PARKED, 0L, RetryState.IGNORED, 0L));
  }

  @Test
  void everyOperation_sameKeyInTwoTenants_neverCross() {
    RetryKey mine = key("17");
    RetryKey theirs = new RetryKey(OTHER_TENANT, FLOW, Direction.PUSH, "17");
    park(mine);
    fail(theirs, T0);

    queue.ignore(theirs);
    assertThat(queue.find(mine).orElseThrow().state()).isEqualTo(RetryState.PARKED);
    queue.touch(mine, "fp", T0.plusSeconds(1));
    assertThat(queue.find(theirs).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    queue.resolve(theirs);
    assertThat(queue.find(mine)).isPresent();
    assertThat(queue.due(OTHER_TENANT, FLOW, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
  }

  // ---- races ----

  @Test
  void recordFailure_concurrentFailuresOfOneItem_countsEveryAttemptAndParksOnce() {
    int perThread = 25;
    int total = Races.THREADS * perThread;

    List<Integer> parkedSeen = Races.race(Races.THREADS, i -> {
      int firstParkedAt = 0;
      for (int n = 0; n < perThread; n++) {
        RetryItem item = queue.recordFailure(failure(key("h1"), "r", T0.plusSeconds(n), total, null));
        if (item.state() == RetryState.PARKED && firstParkedAt == 0) {
          firstParkedAt = item.attempts();
        }
      }
      return firstParkedAt;
    });

    RetryItem end = queue.find(key("h1")).orElseThrow();
    assertThat(end.attempts()).as("no lost increments").isEqualTo(total);
    assertThat(end.state()).isEqualTo(RetryState.PARKED);
    assertThat(parkedSeen).filteredOn(a -> a != 0).containsExactly(total);
  }
}
