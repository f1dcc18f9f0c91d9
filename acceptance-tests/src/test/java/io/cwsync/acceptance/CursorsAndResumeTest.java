package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.VersionedCursor;
import io.cwsync.testkit.simulator.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SYNC-CORRECTNESS §3 items 1-4: read twice, resume from every checkpoint, future cursor, ties across pages. */
class CursorsAndResumeTest {

  static final int RECORDS = 500;
  static final int PAGE = 100;
  static final Duration OVERLAP = Duration.ofSeconds(10);
  /** One company per second, the last one 5 minutes before the simulator's "now". */
  static final Instant FIRST = Fixture.T0.minusSeconds(RECORDS + 300);

  private static World fivePageWorld() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, id -> FIRST.plusSeconds(id));
    return w;
  }

  private static SyncCoordinator.Builder tuned(SyncCoordinator.Builder b) {
    return b.pageSize(PAGE).overlap(OVERLAP);
  }

  private static StreamReport pull(SyncReport r) {
    return r.stream(World.FLOW, Direction.PULL).orElseThrow();
  }

  /** The host's end state, keyed by identifier (host ids depend on creation order). */
  private static Map<Object, Map<String, Object>> endState(World w) {
    Map<Object, Map<String, Object>> out = new HashMap<>();
    for (HostRecord r : w.host.records().values()) {
      assertThat(out.put(r.field(CompanyRules.IDENTIFIER), r.fields())).as("identifier twice in host").isNull();
    }
    return out;
  }

  @Test
  void runPass_secondRunWithoutRemoteChange_writesNothingAndReadsOnlyFromTheWatermark() {
    try (World w = fivePageWorld()) {
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator c = tuned(w.builder("node-1")).build();

      SyncReport first = c.runPass(tenant);
      assertThat(first.successful()).as("%s", first).isTrue();
      assertThat(pull(first).count(io.cwsync.core.spi.SyncAction.CREATE)).isEqualTo(RECORDS);
      w.assertInSync();
      VersionedCursor cursor = w.cursors.find(World.TENANT, World.FLOW).orElseThrow();
      Instant watermark = cursor.cursor().watermark();
      assertThat(watermark).as("the highest server lastUpdated, never a local clock").isEqualTo(
          FIRST.plusSeconds(RECORDS));
      int hostWrites = w.host.creates() + w.host.updates();
      w.fx.sim.journal().reset();

      SyncReport second = c.runPass(tenant);

      assertThat(second.writes()).isZero();
      assertThat(w.host.creates() + w.host.updates()).isEqualTo(hostWrites);
      long withinOverlap = OVERLAP.getSeconds() + 1;
      assertThat(pull(second).recordsRead()).as("records read: only those at or after watermark - overlap")
          .isLessThanOrEqualTo(withinOverlap);
      assertThat(w.fx.sim.journal().requestCount("POST", "company/companies")
          + w.fx.sim.journal().requestCount("PATCH", "company/companies/{id}")).isZero();
      assertThat(w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor().watermark()).isEqualTo(watermark);
      w.assertInSync();
    }
  }

  @Test
  void runPass_killedAfterEachCheckpointOrBeforeItsSave_resumesToTheUninterruptedEndState() {
    Map<Object, Map<String, Object>> expected;
    try (World w = fivePageWorld()) {
      SyncReport r = tuned(w.builder("node-1")).build().runPass(w.tenant(Direction.PULL));
      assertThat(pull(r).pages()).as("a five-page run").isEqualTo(5);
      expected = endState(w);
      assertThat(expected).hasSize(RECORDS);
    }

    // A pull-only run never changes ConnectWise, so every kill shares one simulator; stores and host are fresh.
    try (Fixture shared = new Fixture()) {
      shared.loadCompanies(1, RECORDS, id -> FIRST.plusSeconds(id));
      for (int k = 1; k <= 5; k++) {
        for (boolean beforeSave : new boolean[] {false, true}) {
          resumeAfterKill(new World(shared, World.TENANT), k, beforeSave, expected);
        }
      }
    }
  }

  private static void resumeAfterKill(World w, int k, boolean beforeSave, Map<Object, Map<String, Object>> expected) {
    Tenant tenant = w.tenant(Direction.PULL);
    CrashingStores.CursorCrash crash = new CrashingStores.CursorCrash(w.cursors, k, beforeSave);
    SyncCoordinator doomed = tuned(w.builder("node-1", w.links, crash)).build();
    assertThatThrownBy(() -> doomed.runPass(tenant)).isInstanceOf(Kill.class);
    assertThat(crash.fired()).isTrue();
    int committedPages = beforeSave ? k - 1 : k;
    assertThat(w.cursors.find(World.TENANT, World.FLOW).map(VersionedCursor::version).orElse(0L))
        .as("checkpoints stored before the kill (k=%s, beforeSave=%s)", k, beforeSave)
        .isEqualTo(committedPages);

    SyncReport resumed = tuned(w.builder("node-2")).build().runPass(tenant);

    assertThat(resumed.successful()).as("%s", resumed).isTrue();
    String what = "k=" + k + (beforeSave ? ", killed between host commit and cursor save" : ", killed after");
    assertThat(endState(w)).as(what).isEqualTo(expected);
    assertThat(w.host.creates()).as("no host record created twice (%s)", what).isEqualTo(RECORDS);
    long notCommitted = RECORDS - (long) committedPages * PAGE;
    assertThat(pull(resumed).recordsRead()).as("refetched beyond the overlap (%s)", what)
        .isLessThanOrEqualTo(notCommitted + OVERLAP.getSeconds() + 1);
    w.assertInSync();
  }

  @Test
  void runPass_watermarkInTheFuture_readsNothingAndKeepsTheCursor() {
    try (World w = fivePageWorld()) {
      Cursor future = new Cursor(Fixture.T0.plus(Duration.ofDays(1)), Set.of(), null);
      w.cursors.compareAndSet(World.TENANT, World.FLOW, 0, future, 0).orElseThrow();

      SyncReport r = tuned(w.builder("node-1")).build().runPass(w.tenant(Direction.PULL));

      assertThat(r.successful()).isTrue();
      assertThat(pull(r).recordsRead()).isZero();
      assertThat(w.host.size()).isZero();
      assertThat(w.cursors.find(World.TENANT, World.FLOW)).contains(new VersionedCursor(future, 1));
    }
  }

  @Test
  void runPass_2500RecordsInOneSecondPlusMoreAfterPageOne_allAppliedNoneTwice() {
    try (World w = new World()) {
      Instant second = Fixture.T0.minusSeconds(30);
      w.fx.loadCompanies(1, 2_500, second);
      CrashingStores.CursorHook afterPageOne = new CrashingStores.CursorHook(w.cursors, 1,
          () -> w.fx.loadCompanies(5_001, 600, second));
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator c = w.builder("node-1", w.links, afterPageOne).pageSize(1_000).build();

      SyncReport r = c.runPass(tenant);

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).as("records applied by the run").isEqualTo(3_100);
      assertThat(w.host.creates()).as("none created twice").isEqualTo(3_100);
      VersionedCursor cursor = w.cursors.find(World.TENANT, World.FLOW).orElseThrow();
      assertThat(cursor.cursor().watermark()).isEqualTo(second);
      assertThat(cursor.cursor().idsAtWatermark()).hasSize(3_100);
      w.assertInSync();

      SyncReport again = c.runPass(tenant);
      assertThat(again.writes()).as("re-reading the tied second changes nothing").isZero();
      assertThat(w.host.creates() + w.host.updates()).isEqualTo(3_100);
      w.assertInSync();
    }
  }

  static List<JournalEntry> gets(World w) {
    return w.fx.requests().stream().filter(e -> e.method().equals("GET")).toList();
  }
}
