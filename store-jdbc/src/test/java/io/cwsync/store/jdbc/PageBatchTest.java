package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.store.jdbc.TestDatabases.Target;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The page protocol ({@link PageBatch}) on a real database: a page's link, audit and history writes become visible
 * to other connections together with the cursor checkpoint, a crash before the checkpoint leaves nothing of the page
 * behind, a queued link that meets a conflict fails the page instead of moving the cursor, and a page costs a few
 * round trips instead of several per record.
 */
class PageBatchTest {

  static final TenantId T = TenantId.of("tenant_a");
  static final EntityType TYPE = EntityType.COMPANY;
  static final String FLOW = "companies";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Nested
  class OnH2 extends Cases {
    OnH2() {
      super(Target.H2);
    }
  }

  @Nested
  class OnPostgres extends Cases {
    OnPostgres() {
      super(Target.POSTGRES);
    }
  }

  abstract static class Cases {

    final Target db;

    Cases(Target db) {
      this.db = db;
    }

    CountingConnectionPool pool() {
      return db.countingPool();
    }

    /** Statements the page's read-ahead of links and retry items takes (PostgreSQL: both in one statement). */
    int readAheadRoundTrips() {
      return db == Target.H2 ? 2 : 1;
    }

    JdbcStores.Builder builder(DataSource ds) {
      return db.builder(ds);
    }

    static AuditEntry audit(long cwId) {
      return new AuditEntry(T, FLOW, TYPE, Direction.PULL, "h" + cwId, cwId, SyncAction.CREATE, Outcome.SUCCESS,
          null, null, T0);
    }

    static HistoryEntry step(long cwId) {
      return new HistoryEntry(T, TYPE, "h" + cwId, cwId, Direction.PULL, SyncAction.CREATE, Outcome.SUCCESS, "",
          T0, 0);
    }

    /** Runs {@code read} on another thread, hence another connection, outside the page. */
    static <V> V elsewhere(Supplier<V> read) throws Exception {
      return CompletableFuture.supplyAsync(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void checkpoint_pageWrites_invisibleElsewhereUntilTheCheckpointThenAllVisible() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L));
      try {
        assertThat(s.linkStore().findByCwId(T, TYPE, 1)).isEmpty();
        assertThat(s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 1, T0)).inserted()).isTrue();
        assertThat(s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h2", 2, T0)).inserted()).isTrue();
        assertThat(s.linkStore().findByHostId(T, TYPE, "h1")).as("the page reads its own writes").isPresent();
        s.auditLog().append(audit(1));
        HistoryEntry h1 = s.historyStore().append(step(1));
        HistoryEntry h2 = s.historyStore().append(step(2));
        assertThat(h2.sequence()).isGreaterThan(h1.sequence());

        assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 1))).isEmpty();
        assertThat(elsewhere(() -> s.auditLog().query(AuditQuery.all(T, 10)))).isEmpty();
        assertThat(elsewhere(() -> s.historyStore().forCwRecord(T, TYPE, 1, 10))).isEmpty();

        assertThat(s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL.withWatermark(T0, Set.of(2L)), 1))
            .isPresent();

        assertThat(elsewhere(() -> s.linkStore().count(T, TYPE))).isEqualTo(2);
        assertThat(elsewhere(() -> s.auditLog().query(AuditQuery.all(T, 10)))).containsExactly(audit(1));
        assertThat(elsewhere(() -> s.historyStore().forCwRecord(T, TYPE, 2, 10))).containsExactly(h2);
        assertThat(elsewhere(() -> s.cursorStore().find(T, FLOW)).orElseThrow().cursor().watermark())
            .isEqualTo(T0);
      } finally {
        batch.endPage();
      }
    }

    @Test
    void endPage_withoutCheckpoint_commitsWhatThePageWrote() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(1L));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 1, T0));
      s.auditLog().append(audit(1));
      batch.endPage();

      assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 1))).isPresent();
      assertThat(elsewhere(() -> s.auditLog().query(AuditQuery.all(T, 10)))).hasSize(1);
    }

    @Test
    void crash_beforeTheCheckpoint_leavesNothingOfThePageAndTheCursorWhereItWas() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores.Builder b = builder(ds);
      JdbcStores s = TestDatabases.migrated(b);
      assertThat(s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL, 1)).isPresent();
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 1, T0));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h2", 2, T0));
      s.linkStore().findByState(T, TYPE, io.cwsync.core.spi.LinkState.LINKED, 10); // writes the queued links
      s.retryQueue().resolve(new RetryKey(T, FLOW, Direction.PULL, "1"));
      s.auditLog().append(audit(1));
      ds.crash();
      assertThatThrownBy(() -> s.cursorStore().compareAndSet(T, FLOW, 1,
          Cursor.INITIAL.withWatermark(T0, Set.of(2L)), 1)).isInstanceOf(CwsyncException.class);
      try {
        batch.endPage();
      } catch (CwsyncException expected) {
        // the dead process cannot commit either
      }

      // The next process, on the same database.
      ds.restart();
      JdbcStores next = b.build();
      assertThat(next.linkStore().count(T, TYPE)).isZero();
      assertThat(next.auditLog().query(AuditQuery.all(T, 10))).isEmpty();
      assertThat(next.cursorStore().find(T, FLOW).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void putIfAbsent_writeIntentInAPage_isDurableAtOnceEvenIfThePageThenCrashes() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores.Builder b = builder(ds);
      JdbcStores s = TestDatabases.migrated(b);
      PageBatch batch = (PageBatch) s.linkStore();
      Link intent = new Link(T, TYPE, null, 1L, io.cwsync.core.spi.LinkState.PENDING_CREATE, null, null, T0,
          java.util.Map.of(), false, false, 0, T0);

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L));
      Link stored = s.linkStore().putIfAbsent(intent).link();
      assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 1))).as("visible before the host create")
          .contains(stored);
      assertThat(s.linkStore().putIfAbsent(intent).inserted()).as("a second intent for the id").isFalse();
      s.linkStore().replace(stored, stored.withHostId("h1").withState(io.cwsync.core.spi.LinkState.LINKED, 1L));
      ds.crash();
      try {
        batch.endPage();
      } catch (CwsyncException expected) {
        // the dead process cannot commit the page
      }
      ds.restart();

      Link after = b.build().linkStore().findByCwId(T, TYPE, 1).orElseThrow();
      assertThat(after.state()).as("the intent survived; the page's LINKED update did not")
          .isEqualTo(io.cwsync.core.spi.LinkState.PENDING_CREATE);
    }

    @Test
    void checkpoint_queuedLinkMeetsAnExistingHostId_failsThePageAndKeepsTheCursor() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      Link holder = s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 5, T0)).link();
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(7L));
      try {
        s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 7, T0));
        assertThatThrownBy(() -> s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL, 1))
            .isInstanceOf(CwsyncException.class).hasMessageContaining("read again");
      } finally {
        batch.endPage();
      }

      assertThat(s.cursorStore().find(T, FLOW)).isEmpty();
      assertThat(s.linkStore().findByCwId(T, TYPE, 7)).isEmpty();
      assertThat(s.linkStore().findByHostId(T, TYPE, "h1")).contains(holder);
    }

    @Test
    void page_thatOnlyReads_commitsNothing_andAPageThatWritesStillCommitsAtItsEnd() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores s = TestDatabases.migrated(builder(ds));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 1L, T0));
      RetryKey parked = new RetryKey(T, FLOW, Direction.PULL, "3");
      s.retryQueue().recordFailure(new io.cwsync.core.spi.Failure(parked, TYPE, "REJECTED: no", T0, T0, 1, "fp"));
      PageBatch batch = (PageBatch) s.linkStore();
      ds.takeRoundTrips();

      // An idle poll's page: its records re-read through the overlap, unchanged, so only looked up.
      batch.beginPage(T, FLOW, TYPE, List.of(1L, 3L));
      assertThat(s.retryQueue().find(new RetryKey(T, FLOW, Direction.PULL, "1"))).isEmpty();
      assertThat(s.retryQueue().find(parked)).hasValueSatisfying(i -> assertThat(i.fingerprint()).isEqualTo("fp"));
      assertThat(s.linkStore().findByCwId(T, TYPE, 1)).isPresent();
      assertThat(s.linkStore().findByCwId(T, TYPE, 3)).isEmpty();
      batch.endPage();

      assertThat(ds.takeRoundTrips()).as("the read-ahead, no commit").isEqualTo(readAheadRoundTrips());

      batch.beginPage(T, FLOW, TYPE, List.of(2L));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h2", 2L, T0));
      assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 2))).as("not yet committed").isEmpty();
      batch.endPage();
      assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 2))).as("committed at the page's end")
          .isPresent();
    }

    @Test
    void page_of200NewRecords_costsAFewRoundTripsNotSeveralPerRecord() {
      CountingConnectionPool ds = pool();
      JdbcStores s = TestDatabases.migrated(builder(ds));
      List<Long> ids = new ArrayList<>();
      for (long i = 1; i <= 200; i++) {
        ids.add(i);
      }
      ds.takeRoundTrips();
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, ids);
      for (long id : ids) {
        RetryKey key = new RetryKey(T, FLOW, Direction.PULL, Long.toString(id));
        assertThat(s.retryQueue().find(key)).isEmpty();
        assertThat(s.linkStore().findByCwId(T, TYPE, id)).isEmpty();
        s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h" + id, id, T0));
        s.historyStore().append(step(id));
        s.auditLog().append(audit(id));
      }
      s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL.withWatermark(T0, Set.of(200L)), 1);
      batch.endPage();

      assertThat(ds.takeRoundTrips()).as("statements and commits for a page of 200 records").isLessThan(15);
      assertThat(s.linkStore().count(T, TYPE)).isEqualTo(200);
      assertThat(s.auditLog().query(AuditQuery.all(T, 1000))).hasSize(200);
    }

    @Test
    void findRef_inAPage_pageRecordsFromTheReadAheadOthersOnceEach_andWritesReplaceWhatWasRead() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores s = TestDatabases.migrated(builder(ds));
      s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h1", 1L, T0));
      Link contact = s.linkStore().putIfAbsent(Link.linked(T, EntityType.CONTACT, "c9", 9L, T0)).link();
      PageBatch batch = (PageBatch) s.linkStore();
      ds.takeRoundTrips();

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L));
      assertThat(s.linkStore().findRefByCwId(T, TYPE, 1)).contains(new LinkRef("h1", 1L, LinkState.LINKED, 1));
      assertThat(s.linkStore().findRefByHostId(T, TYPE, "h1")).contains(new LinkRef("h1", 1L, LinkState.LINKED, 1));
      assertThat(s.linkStore().findRefByCwId(T, TYPE, 2)).isEmpty();
      assertThat(ds.takeRoundTrips()).as("the read-ahead answers the page's records").isEqualTo(readAheadRoundTrips());

      // A reference to another stream's record (a contact page's company): one narrow query, then the page's cache.
      LinkRef contactRef = new LinkRef("c9", 9L, LinkState.LINKED, 1);
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 9)).contains(contactRef);
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 9)).contains(contactRef);
      assertThat(s.linkStore().findRefByHostId(T, EntityType.CONTACT, "c9")).contains(contactRef);
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 10)).isEmpty();
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 10)).isEmpty();
      assertThat(ds.roundTripsByStatement().keySet())
          .anySatisfy(sql -> assertThat(sql).startsWith("SELECT host_id, cw_id, state, version FROM"));
      assertThat(ds.takeRoundTrips()).as("one query per id not read before in the page").isEqualTo(2);

      Link tombstoned = s.linkStore().replace(contact, contact.withState(LinkState.TOMBSTONED, 9L)).orElseThrow();
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 9)).contains(tombstoned.ref());
      assertThat(s.linkStore().findRefByHostId(T, EntityType.CONTACT, "c9")).contains(tombstoned.ref());
      assertThat(s.linkStore().remove(tombstoned)).isTrue();
      assertThat(s.linkStore().findRefByCwId(T, EntityType.CONTACT, 9)).isEmpty();
      assertThat(s.linkStore().findRefByHostId(T, EntityType.CONTACT, "c9")).isEmpty();
      batch.endPage();

      assertThat(elsewhere(() -> s.linkStore().findRefByCwId(T, EntityType.CONTACT, 9))).isEmpty();
      assertThat(elsewhere(() -> s.linkStore().findRefByCwId(T, TYPE, 1))).isPresent();
    }
  }
}
