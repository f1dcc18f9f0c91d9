package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.store.jdbc.TestDatabases.Target;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A pulled record's create within a page (issue 14, the budgeted full pass): the write intent is committed at once,
 * and its update to LINKED once the host has the record is queued with the page's writes, so a page of creates
 * costs one statement per record (the intent) instead of two. The queued update commits with the checkpoint, a crash
 * before it leaves the intent, and a queued update that meets a taken host id fails the page.
 */
class PageIntentUpdateTest {

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

    JdbcStores.Builder builder(DataSource ds) {
      return db.builder(ds);
    }

    static Link intent(long cwId) {
      return new Link(T, TYPE, null, cwId, LinkState.PENDING_CREATE, null, null, T0, Map.of("name", "n" + cwId),
          false, false, 0, T0);
    }

    static Link linked(Link intent) {
      return intent.withHostId("h" + intent.cwId()).withState(LinkState.LINKED, intent.cwId());
    }

    static <V> V elsewhere(Supplier<V> read) throws Exception {
      return CompletableFuture.supplyAsync(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void replace_pageOwnIntentsBecomeLinked_noStatementUntilTheCheckpointThenAllVisible() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores s = TestDatabases.migrated(builder(ds));
      PageBatch batch = (PageBatch) s.linkStore();
      List<Long> ids = new ArrayList<>();
      for (long i = 1; i <= 100; i++) {
        ids.add(i);
      }

      batch.beginPage(T, FLOW, TYPE, ids);
      try {
        List<Link> intents = new ArrayList<>();
        for (long id : ids) {
          intents.add(s.linkStore().putIfAbsent(intent(id)).link());
        }
        ds.takeRoundTrips();
        for (Link i : intents) {
          Optional<Link> r = s.linkStore().replace(i, linked(i));
          assertThat(r).as("the compare-and-set answers at once").isPresent();
          assertThat(r.get().version()).isEqualTo(i.version() + 1);
        }
        assertThat(ds.takeRoundTrips()).as("round trips for 100 intents becoming LINKED").isZero();
        assertThat(s.linkStore().findByCwId(T, TYPE, 7)).as("the page reads its own update").get()
            .extracting(Link::state, Link::hostId).containsExactly(LinkState.LINKED, "h7");
        assertThat(s.linkStore().findByHostId(T, TYPE, "h8")).isPresent();
        assertThat(elsewhere(() -> s.linkStore().findByCwId(T, TYPE, 7)).orElseThrow().state())
            .as("others see the committed intent until the checkpoint").isEqualTo(LinkState.PENDING_CREATE);

        assertThat(s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL.withWatermark(T0, Set.of(100L)), 1))
            .isPresent();
        assertThat(ds.takeRoundTrips()).as("the checkpoint's statements and commit").isLessThan(8);
      } finally {
        batch.endPage();
      }

      List<Link> linkedNow = elsewhere(() -> s.linkStore().findByState(T, TYPE, LinkState.LINKED, 1000));
      assertThat(linkedNow).hasSize(100).allSatisfy(l -> {
        assertThat(l.hostId()).isEqualTo("h" + l.cwId());
        assertThat(l.version()).isEqualTo(2);
      });
      assertThat(s.linkStore().findByState(T, TYPE, LinkState.PENDING_CREATE, 10)).isEmpty();
    }

    @Test
    void replace_queuedIntentUpdateThenCrash_leavesTheIntent() throws Exception {
      CountingConnectionPool ds = pool();
      JdbcStores.Builder b = builder(ds);
      JdbcStores s = TestDatabases.migrated(b);
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(1L));
      Link stored = s.linkStore().putIfAbsent(intent(1)).link();
      s.linkStore().replace(stored, linked(stored));
      ds.crash();
      try {
        batch.endPage();
      } catch (CwsyncException expected) {
        // the dead process cannot commit the page
      }
      ds.restart();

      Link after = b.build().linkStore().findByCwId(T, TYPE, 1).orElseThrow();
      assertThat(after.state()).isEqualTo(LinkState.PENDING_CREATE);
      assertThat(after.hostId()).isNull();
    }

    @Test
    void checkpoint_queuedIntentUpdateMeetsATakenHostId_failsThePageAndKeepsTheIntentAndCursor() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      Link holder = s.linkStore().putIfAbsent(Link.linked(T, TYPE, "h7", 5, T0)).link();
      PageBatch batch = (PageBatch) s.linkStore();

      batch.beginPage(T, FLOW, TYPE, List.of(7L));
      try {
        Link stored = s.linkStore().putIfAbsent(intent(7)).link();
        // The page's read-ahead is by ConnectWise id, so it does not know h7 is taken: the update is queued.
        assertThat(s.linkStore().replace(stored, linked(stored))).isPresent();
        assertThatThrownBy(() -> s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL, 1))
            .isInstanceOf(CwsyncException.class);
      } finally {
        try {
          batch.endPage();
        } catch (CwsyncException alreadyFailed) {
          // the page failed; nothing of it is committed
        }
      }

      assertThat(s.cursorStore().find(T, FLOW)).isEmpty();
      assertThat(s.linkStore().findByCwId(T, TYPE, 7).orElseThrow().state()).isEqualTo(LinkState.PENDING_CREATE);
      assertThat(s.linkStore().findByHostId(T, TYPE, "h7")).contains(holder);
    }
  }
}
