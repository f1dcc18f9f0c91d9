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
}
