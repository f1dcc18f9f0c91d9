package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.ProgressEvent;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, requests per idle poll: a scheduled pass of an unchanged tenant sends one request per polled stream (the
 * incremental page, no {@code /count}), while an incremental pull that spans pages still counts once for its
 * progress total. Counted from the simulator's journal.
 */
class IdlePollTest {

  static final int RECORDS = 500;
  static final int PAGE = 100;
  static final Instant FIRST = Fixture.T0.minusSeconds(RECORDS + 300);

  private static World world() {
    World w = new World();
    w.fx.loadCompanies(1, RECORDS, id -> FIRST.plusSeconds(id));
    return w;
  }

  private static StreamReport pull(SyncReport r) {
    return r.stream(World.FLOW, Direction.PULL).orElseThrow();
  }

  @Test
  void runDuePasses_unchangedTenant_sendsOneRequestPerPolledStream() {
    try (World w = world()) {
      Tenant tenant = w.tenant(Direction.PULL);
      // Pages of 1,000: the 121 records the 2-minute overlap re-reads fit in one page.
      SyncCoordinator c = w.builder("node-1").build();
      c.schedule(tenant);
      List<SyncReport> first = c.runDuePasses();
      assertThat(first).singleElement().satisfies(r -> assertThat(r.successful()).isTrue());
      assertThat(w.fx.sim.journal().requestCount("GET", Oracle.COMPANIES + "/count"))
          .as("the initial pull sends no /count: its pages give its total").isZero();

      for (int pass = 0; pass < 3; pass++) {
        w.fx.clock.advance(Duration.ofMinutes(15));
        w.fx.sim.journal().reset();

        List<SyncReport> due = c.runDuePasses();

        assertThat(due).singleElement().satisfies(r -> {
          assertThat(pull(r).status()).isEqualTo(StreamStatus.COMPLETED);
          assertThat(r.writes()).isZero();
          assertThat(pull(r).total()).as("no total without a count").isEqualTo(-1);
        });
        assertThat(w.fx.requests()).extracting(e -> e.method() + " " + e.endpoint())
            .as("pass %s: one request for the one polled stream", pass).containsExactly("GET company/companies");
      }
      c.close();
      w.assertInSync();
    }
  }

  @Test
  void runPass_incrementalPullOverSeveralPages_countsOnceAndReportsItsTotal() {
    try (World w = world()) {
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator c = w.builder("node-1").pageSize(PAGE).build();
      assertThat(c.runPass(tenant).successful()).isTrue();
      // 250 companies change in ConnectWise: the next incremental pull spans three pages.
      w.fx.clock.advance(Duration.ofMinutes(5));
      for (int id = 1; id <= 250; id++) {
        w.fx.sim.update(Oracle.COMPANIES, id, n -> n.put("city", "Moved"));
      }
      w.fx.sim.journal().reset();
      List<ProgressEvent> progress = new CopyOnWriteArrayList<>();
      SyncCoordinator watched = w.builder("node-1").pageSize(PAGE).listener(new SyncListener() {
        @Override
        public void onProgress(ProgressEvent event) {
          progress.add(event);
          w.fx.clock.advance(Duration.ofSeconds(1)); // a second per page, so the rate and ETA are known
        }
      }).build();

      StreamReport p = pull(watched.runPass(tenant));

      assertThat(p.status()).isEqualTo(StreamStatus.COMPLETED);
      assertThat(p.pages()).isGreaterThan(1);
      assertThat(w.fx.sim.journal().requestCount("GET", Oracle.COMPANIES + "/count")).isEqualTo(1);
      assertThat(p.total()).as("counted with the pull's own conditions").isEqualTo(p.recordsRead())
          .isGreaterThanOrEqualTo(250);
      assertThat(progress).isNotEmpty().allSatisfy(e -> assertThat(e.total()).isEqualTo(p.total()));
      assertThat(progress.get(1).eta()).as("after a second of pages").isPresent();
      w.assertInSync();
    }
  }
}
