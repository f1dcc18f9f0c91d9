package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * SYNC-CORRECTNESS §3 item 23 and G7: two coordinators on the same stores never process one tenant flow at once; a
 * worker that stalls past its lease is fenced off once another has taken over.
 */
class LeasesTest {

  static final int RECORDS = 300;

  private static World world() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, id -> Fixture.T0.minusSeconds(RECORDS - id + 60));
    return w;
  }

  @Test
  void runPass_secondCoordinatorWhileFirstRuns_reportsLeaseHeldAndWritesNothing() {
    try (World w = world()) {
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator a = w.builder("node-a").pageSize(100).build();
      SyncCoordinator b = w.builder("node-b").pageSize(100).build();
      AtomicReference<SyncReport> duringA = new AtomicReference<>();
      // B runs at the moment A has stored its first page: in the middle of A's pass, on the same stores.
      CrashingStores.CursorHook hook = new CrashingStores.CursorHook(w.cursors, 1, () -> {
        int before = w.host.creates();
        duringA.set(b.runPass(tenant));
        assertThat(w.host.creates()).as("B wrote nothing").isEqualTo(before);
      });
      SyncCoordinator aHooked = w.builder("node-a", w.links, hook).pageSize(100).build();

      SyncReport ra = aHooked.runPass(tenant);

      assertThat(duringA.get().stream(World.FLOW, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.LEASE_HELD);
      assertThat(ra.successful()).isTrue();
      assertThat(w.host.creates()).isEqualTo(RECORDS);
      SyncReport after = b.runPass(tenant);
      assertThat(after.stream(World.FLOW, Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
      assertThat(after.writes()).isZero();
      assertThat(a.runPass(tenant).writes()).isZero();
      w.assertInSync();
    }
  }

  @Test
  void runPass_workerStallsPastLeaseAndAnotherTakesOver_staleWorkerStopsWriting() {
    try (World w = world()) {
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator b = w.builder("node-b").pageSize(100).leaseTtl(Duration.ofMinutes(1)).build();
      List<SyncReport> takeover = new ArrayList<>();
      // After A's first page, A "stalls" (GC pause, network): its lease runs out and B takes the flow over.
      CrashingStores.CursorHook stall = new CrashingStores.CursorHook(w.cursors, 1, () -> {
        w.fx.clock.advance(Duration.ofMinutes(2));
        takeover.add(b.runPass(tenant));
      });
      SyncCoordinator a = w.builder("node-a", w.links, stall).pageSize(100).leaseTtl(Duration.ofMinutes(1)).build();

      SyncReport ra = a.runPass(tenant);

      assertThat(takeover.get(0).stream(World.FLOW, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.COMPLETED);
      assertThat(ra.stream(World.FLOW, Direction.PULL).orElseThrow().status()).as("%s", ra)
          .isEqualTo(StreamStatus.LEASE_LOST);
      assertThat(ra.stream(World.FLOW, Direction.PULL).orElseThrow().count(SyncAction.CREATE))
          .as("A wrote only its first page").isEqualTo(100);
      assertThat(w.host.creates()).as("nothing created twice").isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  @Test
  void pagesLongerThanTheLeaseTtl_onRealThreads_heartbeatKeepsTheLease_noDuplicateAndThePullCompletes()
      throws Exception {
    try (World w = new World()) {
      int records = 120;
      w.fx.loadCompanies(1, records, id -> Fixture.T0.minusSeconds(records - id + 60));
      // 60-record pages of 10 ms creates: a page takes about 0.6 s, twice the lease's TTL.
      w.host.slowCreates(Duration.ofMillis(10));
      java.time.Clock real = java.time.Clock.systemUTC();
      io.cwsync.core.memory.MemoryLeaseStore leases = new io.cwsync.core.memory.MemoryLeaseStore(real);
      Tenant tenant = w.tenant(Direction.PULL);
      List<SyncCoordinator> nodes = List.of("node-a", "node-b").stream().map(n -> w.builder(n).clock(real)
          .leaseStore(leases).leaseTtl(Duration.ofMillis(300)).pageSize(60).build()).toList();
      List<SyncReport> reports = java.util.Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (SyncCoordinator node : nodes) {
          runs.add(pool.submit(() -> {
            for (int pass = 0; pass < 40 && w.host.creates() < records; pass++) {
              reports.add(node.runPass(tenant));
            }
            return null;
          }));
        }
        for (java.util.concurrent.Future<?> f : runs) {
          f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
        nodes.forEach(SyncCoordinator::close);
      }

      assertThat(w.host.creates()).as("every record created once, none twice").isEqualTo(records);
      assertThat(w.host.size()).isEqualTo(records);
      List<StreamStatus> statuses = reports.stream()
          .map(r -> r.stream(World.FLOW, Direction.PULL).orElseThrow().status()).toList();
      assertThat(statuses).as("the pull completed").contains(StreamStatus.COMPLETED);
      assertThat(statuses).as("no worker lost its lease mid-page").doesNotContain(StreamStatus.LEASE_LOST);
      w.assertInSync();
    }
  }
}
