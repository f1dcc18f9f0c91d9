package io.cwsync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.core.spi.SyncAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import io.cwsync.store.jdbc.TestDatabases.Target;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A page's rows written together (PostgreSQL: one statement over column arrays for the page's write intents, queued
 * links, intent updates, audit and history entries; H2: JDBC batches): every value reads back as written, nulls and
 * typed snapshot values included, audit entries keep their order, taken ids are reported per link, and a queued
 * update whose row changed elsewhere fails the page. On PostgreSQL the link table's statistics are refreshed as a
 * pull grows it.
 */
class PageRowsTest {

  static final TenantId T = TenantId.of("tenant_a");
  static final EntityType TYPE = EntityType.COMPANY;
  static final String FLOW = "companies";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

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

    /**
     * The planner statistics a page's server-prepared statements are planned with: refreshed once a pull has
     * inserted as many links as they count (at least 1,000), not after every page.
     */
    @Test
    void endPage_pagesDoubleANewLinkTable_analyzeItOnceTheyHave() throws Exception {
      DataSource ds = pool();
      String schema = TestDatabases.freshSchema();
      JdbcStores s = JdbcStores.builder(ds).schema(schema).build();
      s.migrate();
      // Autovacuum could analyze the table in between; only the store's own ANALYZE is under test.
      execute(ds, "ALTER TABLE " + schema + ".cwsync_link SET (autovacuum_enabled = false)");

      insertPage(s, 1, 600);
      assertThat(statisticsRows(ds, schema)).as("600 links: not analyzed yet").isEqualTo(-1);
      insertPage(s, 601, 600);
      assertThat(statisticsRows(ds, schema)).as("1,200 links, analyzed after the page").isEqualTo(1200);
      insertPage(s, 1201, 600);
      assertThat(statisticsRows(ds, schema)).as("1,800 links: fewer new than counted").isEqualTo(1200);
      insertPage(s, 1801, 700);
      assertThat(statisticsRows(ds, schema)).as("2,500 links: the table doubled again").isEqualTo(2500);
    }

    private void insertPage(JdbcStores s, long from, int n) {
      PageBatch batch = (PageBatch) s.linkStore();
      List<Long> ids = new ArrayList<>();
      List<Link> intents = new ArrayList<>();
      for (long id = from; id < from + n; id++) {
        ids.add(id);
        intents.add(intent(T, id));
      }
      batch.beginPage(T, FLOW, TYPE, ids);
      try {
        assertThat(s.linkStore().putAllIfAbsent(intents)).allMatch(LinkStore.PutResult::inserted);
      } finally {
        batch.endPage();
      }
    }

    private double statisticsRows(DataSource ds, String schema) throws java.sql.SQLException {
      try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery("SELECT reltuples FROM pg_class WHERE oid = CAST('" + schema
              + ".cwsync_link' AS regclass)")) {
        rs.next();
        return rs.getDouble(1);
      }
    }

    private void execute(DataSource ds, String sql) throws java.sql.SQLException {
      try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
        st.execute(sql);
      }
    }
  }

  abstract static class Cases {

    final Target db;

    Cases(Target db) {
      this.db = db;
    }

    DataSource pool() {
      return db.dataSource();
    }

    JdbcStores.Builder builder(DataSource ds) {
      return db.builder(ds);
    }

    static <V> V elsewhere(Supplier<V> read) throws Exception {
      return CompletableFuture.supplyAsync(read).get(30, TimeUnit.SECONDS);
    }

    static Map<String, Object> snapshot(long id) {
      Map<String, Object> m = new TreeMap<>();
      m.put("name", "Name \"" + id + "\" {a,b} \\ ü");
      m.put("amount", new BigDecimal("12.50"));
      m.put("seen", T0);
      m.put("company", new HostRef(EntityType.COMPANY, "h" + id));
      m.put("flag", id % 2 == 0);
      return m;
    }

    static Link intent(TenantId tenant, long cwId) {
      return new Link(tenant, TYPE, null, cwId, LinkState.PENDING_CREATE, null, null, cwId % 3 == 0 ? null : T0,
          snapshot(cwId), cwId % 2 == 0, false, 0, T0);
    }

    @Test
    void page_ofIntentsUpdatesAuditAndHistory_readsBackEveryValueAsWritten() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      LinkStore links = s.linkStore();
      PageBatch batch = (PageBatch) links;
      List<Long> ids = new ArrayList<>();
      for (long i = 1; i <= 50; i++) {
        ids.add(i);
      }
      List<Link> linked = new ArrayList<>();
      List<AuditEntry> audit = new ArrayList<>();
      List<HistoryEntry> history = new ArrayList<>();

      batch.beginPage(T, FLOW, TYPE, ids);
      try {
        List<Link> intents = new ArrayList<>();
        for (long id : ids) {
          intents.add(intent(T, id));
        }
        List<LinkStore.PutResult> put = links.putAllIfAbsent(intents);
        assertThat(put).allMatch(LinkStore.PutResult::inserted);
        for (int i = 0; i < ids.size(); i++) {
          long id = ids.get(i);
          Link stored = put.get(i).link();
          Link next = stored.withHostId("h" + id).withState(LinkState.LINKED, id)
              .withSynced("hfp" + id, id % 4 == 0 ? null : "cfp" + id, T0, snapshot(id), true, id % 5 == 0, T0);
          linked.add(links.replace(stored, next).orElseThrow());
          AuditEntry a = new AuditEntry(T, FLOW, TYPE, Direction.PULL, id % 7 == 0 ? null : "h" + id,
              id % 7 == 0 ? null : id, SyncAction.CREATE, Outcome.SUCCESS, id % 2 == 0 ? null : "why " + id,
              id % 3 == 0 ? null : "https://cw/" + id, T0);
          s.auditLog().append(a);
          audit.add(a);
          history.add(s.historyStore().append(new HistoryEntry(T, TYPE, id % 7 == 0 ? null : "h" + id, id,
              Direction.PULL, SyncAction.CREATE, Outcome.SUCCESS, "step " + id, T0, 0)));
        }
        assertThat(s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL.withWatermark(T0, Set.of(50L)), 1))
            .isPresent();
      } finally {
        batch.endPage();
      }

      for (Link l : linked) {
        assertThat(elsewhere(() -> links.findByCwId(T, TYPE, l.cwId()))).as("link of %s", l.cwId()).contains(l);
      }
      // Entries of one instant come back newest first by the append order the identity column keeps.
      List<AuditEntry> newestFirst = new ArrayList<>(audit);
      java.util.Collections.reverse(newestFirst);
      assertThat(elsewhere(() -> s.auditLog().query(AuditQuery.all(T, 100)))).containsExactlyElementsOf(newestFirst);
      for (HistoryEntry h : history) {
        assertThat(elsewhere(() -> s.historyStore().forCwRecord(T, TYPE, h.cwId(), 10))).containsExactly(h);
      }
    }

    @Test
    void putAllIfAbsent_somePageIdsTakenMeanwhile_insertsTheOthersAndReportsEachLink() throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      LinkStore links = s.linkStore();
      PageBatch batch = (PageBatch) links;

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L, 3L, 4L));
      try {
        // Another node's intent for id 2 lands after the page's read-ahead, which saw the id free.
        Link theirs = elsewhere(() -> links.putIfAbsent(intent(T, 2)).link());
        List<LinkStore.PutResult> put = links.putAllIfAbsent(List.of(intent(T, 1), intent(T, 2), intent(T, 3),
            intent(T, 4)));

        assertThat(put).extracting(LinkStore.PutResult::inserted).containsExactly(true, false, true, true);
        assertThat(put.get(1).link()).isEqualTo(theirs);
        assertThat(elsewhere(() -> links.findByCwId(T, TYPE, 3))).as("committed before the host creates")
            .contains(put.get(2).link());
      } finally {
        batch.endPage();
      }
      assertThat(links.findByState(T, TYPE, LinkState.PENDING_CREATE, 10)).hasSize(4);
    }

    @Test
    void checkpoint_queuedIntentUpdateWhoseRowChangedElsewhere_failsThePageAndKeepsTheOtherNodesWrite()
        throws Exception {
      JdbcStores s = TestDatabases.migrated(builder(pool()));
      LinkStore links = s.linkStore();
      PageBatch batch = (PageBatch) links;
      Link changedElsewhere;

      batch.beginPage(T, FLOW, TYPE, List.of(1L, 2L));
      try {
        List<LinkStore.PutResult> put = links.putAllIfAbsent(List.of(intent(T, 1), intent(T, 2)));
        for (LinkStore.PutResult r : put) {
          assertThat(links.replace(r.link(), r.link().withHostId("h" + r.link().cwId())
              .withState(LinkState.LINKED, r.link().cwId()))).as("queued").isPresent();
        }
        // The committed intent of id 2 is changed by another connection while its update waits in the page.
        Link intent2 = put.get(1).link();
        changedElsewhere = elsewhere(() -> links.replace(intent2, intent2.withHostId("other")
            .withState(LinkState.LINKED, 2L)).orElseThrow());

        assertThatThrownBy(() -> s.cursorStore().compareAndSet(T, FLOW, 0, Cursor.INITIAL, 1))
            .isInstanceOf(CwsyncException.class).hasMessageContaining("read again");
      } finally {
        try {
          batch.endPage();
        } catch (CwsyncException alreadyFailed) {
          // the page failed; nothing of it is committed
        }
      }

      assertThat(s.cursorStore().find(T, FLOW)).isEmpty();
      assertThat(links.findByCwId(T, TYPE, 2)).contains(changedElsewhere);
      assertThat(links.findByCwId(T, TYPE, 1).orElseThrow().state()).as("the page's updates roll back together")
          .isEqualTo(LinkState.PENDING_CREATE);
    }
  }
}
