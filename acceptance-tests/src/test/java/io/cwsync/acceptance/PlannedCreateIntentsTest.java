package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.testkit.contract.ForwardingLinkStore;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (the budgeted full pass): a pulled page's creates store their write intents (G4) with one store call
 * before the page's host creates, instead of one round trip each; a record that then fails, or a crash among the
 * page's creates, leaves intents the next pull resolves without creating anything twice.
 */
class PlannedCreateIntentsTest {

  static final int RECORDS = 300;
  static final int PAGE_SIZE = 100;

  private static World world() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, Instant.parse("2026-03-01T10:00:00Z"));
    return w;
  }

  @Test
  void pull_pagesOfNewRecords_storeEachPagesIntentsWithOneCallBeforeItsCreates() {
    try (World w = world()) {
      CountingLinks links = new CountingLinks(w.links);

      SyncReport r = w.builder("node-1", links, w.cursors).pageSize(PAGE_SIZE).build().runPass(
          w.tenant(Direction.PULL));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(links.batches.get()).as("one call per page").isEqualTo(RECORDS / PAGE_SIZE);
      assertThat(links.batchedIntents.get()).isEqualTo(RECORDS);
      assertThat(links.singleIntents.get()).as("no intent stored on its own").isZero();
      assertThat(w.host.creates()).isEqualTo(RECORDS);
      assertThat(r.streams().get(0).count(SyncAction.CREATE)).isEqualTo(RECORDS);
      assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).isEmpty();
      w.assertInSync();
    }
  }

  @Test
  void pull_plannedRecordRejectedByTheHost_keepsItsIntentAndIsCreatedOnceWhenAllowed() {
    try (World w = world()) {
      w.host.reject("C150");

      SyncReport first = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(w.tenant(Direction.PULL));

      assertThat(first.streams().get(0).count(SyncAction.ERROR)).isEqualTo(1);
      assertThat(w.host.creates()).isEqualTo(RECORDS - 1);
      assertThat(w.links.findByCwId(World.TENANT, EntityType.COMPANY, 150)).get().extracting(Link::state)
          .as("the intent stays for the retry").isEqualTo(LinkState.PENDING_CREATE);

      w.host.allow("C150");
      w.fx.sim.update(Oracle.COMPANIES, 150, c -> c.put("city", "Retried"));
      SyncReport second = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(w.tenant(Direction.PULL));

      assertThat(second.successful()).as("%s", second).isTrue();
      assertThat(w.host.creates()).as("created once, when allowed").isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  @Test
  void pull_crashAfterThePagesFirstHostCreate_nextPassCreatesTheRestOnceAndLinksTheCrashedOne() {
    try (World w = world()) {
      w.host.crashAt(TestHost.CrashPoint.AFTER_CREATE, 1);

      assertThatThrownBy(() -> w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(w.tenant(Direction.PULL)))
          .isInstanceOf(Kill.class);
      assertThat(w.host.creates()).isEqualTo(1);

      SyncReport resumed = w.builder("node-2").pageSize(PAGE_SIZE).build().runPass(w.tenant(Direction.PULL));

      assertThat(resumed.successful()).as("%s", resumed).isTrue();
      assertThat(w.host.size()).as("nothing lost").isEqualTo(RECORDS);
      assertThat(w.host.creates()).as("nothing created twice").isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  /** Counts how write intents reach the store; keeps the store's page protocol. */
  static final class CountingLinks extends ForwardingLinkStore implements PageBatch {
    final AtomicInteger batches = new AtomicInteger();
    final AtomicInteger batchedIntents = new AtomicInteger();
    final AtomicInteger singleIntents = new AtomicInteger();

    CountingLinks(LinkStore target) {
      super(target);
    }

    @Override
    public PutResult putIfAbsent(Link link) {
      if (link.state() == LinkState.PENDING_CREATE) {
        singleIntents.incrementAndGet();
      }
      return super.putIfAbsent(link);
    }

    @Override
    public List<PutResult> putAllIfAbsent(List<Link> links) {
      batches.incrementAndGet();
      batchedIntents.addAndGet((int) links.stream().filter(l -> l.state() == LinkState.PENDING_CREATE).count());
      return super.putAllIfAbsent(links);
    }

    @Override
    public void beginPage(TenantId tenant, String flowId, EntityType type, Collection<Long> cwIds) {
      if (target() instanceof PageBatch b) {
        b.beginPage(tenant, flowId, type, cwIds);
      }
    }

    @Override
    public void endPage() {
      if (target() instanceof PageBatch b) {
        b.endPage();
      }
    }
  }
}
