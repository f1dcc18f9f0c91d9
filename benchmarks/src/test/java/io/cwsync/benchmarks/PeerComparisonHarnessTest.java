package io.cwsync.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.benchmarks.PeerComparisonBenchmark.ClientRun;
import io.cwsync.benchmarks.PeerComparisonBenchmark.Options;
import io.cwsync.benchmarks.PeerComparisonBenchmark.Pass;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side harness's plumbing on a small tenant: child process, HTTPS, per-pass request counting. */
class PeerComparisonHarnessTest {

  static ConnectWiseSimulator sim;

  @BeforeAll
  static void start() {
    sim = PeerComparisonBenchmark.startSimulator(2_400);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void run_cwsyncClientOverHttps_countsEachPassAtThePagingMinimum() throws Exception {
    Options options = Options.parse(new String[] {"--records", "2400", "--passes", "2", "--page-size", "1000"});

    ClientRun run = PeerComparisonBenchmark.run(sim, "cwsync", options);

    // 960 companies + 1,440 contacts in 1,000-record pages: 1 + 2 forward-only pages per pass, following the
    // HTTPS Link headers (an http:// link to the HTTPS port would fail the pass). (A stream on exactly one full page
    // costs one request too now: the walk's first page is navigable, whose Link announces any further page.)
    assertThat(PeerComparisonBenchmark.pagingMinimum(sim, 1000)).isEqualTo(3);
    assertThat(run.skipped()).isNull();
    assertThat(run.passes()).extracting(Pass::number).containsExactly(1, 2);
    assertThat(run.passes()).allSatisfy(p -> {
      assertThat(p.records()).isEqualTo(2_400);
      assertThat(p.requests()).isEqualTo(3);
      assertThat(p.wallMs()).isPositive();
    });
    assertThat(run.passes().get(1).cpuMs()).isGreaterThan(run.passes().get(0).cpuMs());
    assertThat(run.hwmKb()).isPositive();

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    PeerComparisonBenchmark.printTable(new PrintStream(table, true, StandardCharsets.UTF_8), 2_400, 0, 1000,
        List.of(run, ClientRun.skipped("peer", "no --peer-dir given")), options);
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("requests/pass (min 3)", "| cwsync | ", "| 3 | 1.00 |", "| peer | skipped: no --peer-dir given",
            "goal requests <= 1.02x paging minimum: cwsync 1.00x", "goals against the peer: not measured");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void run_cwsyncRangedWithASerialGcProfile_pullsEveryRecordInRangesWithTheFlowsFields() throws Exception {
    Options options = Options.parse(new String[] {"--records", "2400", "--passes", "1", "--page-size", "500",
        "--budget", "60000/4", "--clients", "cwsync-ranged@serial128"});
    // The warm-up reads forward-only and id-range pages (it fails on any answer but 200), then forgets them.
    PeerComparisonBenchmark.warmUp(sim, 500, 1);
    assertThat(sim.journal().requestCount()).isZero();

    ClientRun run = PeerComparisonBenchmark.run(sim, "cwsync-ranged@serial128", options);

    assertThat(run.skipped()).isNull();
    assertThat(run.passes()).singleElement().satisfies(p -> assertThat(p.records()).isEqualTo(2_400));
    assertThat(run.serverCpuMsPerRequest()).isPositive();
    // Id ranges read with the lean rules' fields: every page of the ranged pulls (each stream's first page, its
    // discovery, and the range pages, all in id order) asks for them, none for whole records; 2 + 3 pages of 500.
    List<String> rangePages = sim.journal().entries().stream()
        .map(e -> java.net.URLDecoder.decode(e.query(), StandardCharsets.UTF_8))
        .filter(q -> q.contains("orderBy=id asc")).toList();
    assertThat(rangePages).hasSize(5)
        .allSatisfy(q -> assertThat(q).containsAnyOf("fields=_info/lastUpdated,city,id,identifier,name",
            "fields=_info/lastUpdated,company,firstName,id,lastName"));

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    PeerComparisonBenchmark.printTable(new PrintStream(table, true, StandardCharsets.UTF_8), 2_400, 0, 500,
        List.of(run), options);
    assertThat(table.toString(StandardCharsets.UTF_8)).contains("| cwsync-ranged@serial128 | ",
        "budget 60000/min, 4 in flight: cwsync-ranged@serial128 last pass");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void run_cwsyncRangedJdbcWithASerialGcProfile_eachPassAnInitialPullOnPostgresWithItsMemoryReported()
      throws Exception {
    Options options = Options.parse(new String[] {"--records", "2400", "--passes", "2", "--page-size", "500",
        "--budget", "60000/4", "--clients", "cwsync-ranged-jdbc@serial128"});

    ClientRun run = PeerComparisonBenchmark.run(sim, "cwsync-ranged-jdbc@serial128", options);

    assertThat(run.skipped()).isNull();
    // A fresh schema per pass: the second pass creates every record in its fresh host again (an incremental pass
    // over the first one's links would create none) at the same 2 + 3 range pages.
    assertThat(run.passes()).hasSize(2).allSatisfy(p -> {
      assertThat(p.records()).isEqualTo(2_400);
      assertThat(p.requests()).isEqualTo(5);
    });
    assertThat(run.hwmKb()).isPositive();
    assertThat(run.database()).isNotNull();
    // The postmaster, the pool's backends and PostgreSQL's own background processes.
    assertThat(run.database().processes()).isGreaterThanOrEqualTo(4);
    assertThat(run.database().hwmKb()).isGreaterThan(run.database().pssKb()).isPositive();
    assertThat(run.database().pssKb()).isPositive();
    assertThat(run.database().sharedBuffers()).isNotBlank();

    ClientRun peer = new ClientRun("peer", List.of(new Pass(1, 2_400, 900, 500, 5), new Pass(2, 2_400, 800, 900, 5)),
        4 * run.hwmKb(), null);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    PeerComparisonBenchmark.printTable(new PrintStream(table, true, StandardCharsets.UTF_8), 2_400, 0, 500,
        List.of(peer, run), options);
    assertThat(table.toString(StandardCharsets.UTF_8)).contains("| cwsync-ranged-jdbc@serial128 | ",
        "processes, shared_buffers " + run.database().sharedBuffers() + ") |",
        "budget 60000/min, 4 in flight: cwsync-ranged-jdbc@serial128 last pass",
        "peak RSS with the database: cwsync-ranged-jdbc@serial128 (JVM ");
  }

  @Test
  void run_peerNotInstalled_skippedWithAMessage(@TempDir Path empty) throws Exception {
    Options options = Options.parse(new String[] {"--peer-dir", empty.toString()});

    ClientRun run = PeerComparisonBenchmark.run(sim, "peer", options);

    assertThat(run.skipped()).isEqualTo("connectwise-rest is not installed in " + empty);
    assertThat(run.passes()).isEmpty();
  }

  @Test
  void repeat_tableShowsEachClientsMedianPassOne() {
    Pass slow = new Pass(1, 10, 3_400, 0, 5);
    Pass mid = new Pass(1, 10, 2_900, 0, 5);
    Pass fast = new Pass(1, 10, 2_700, 0, 5);
    ClientRun a = new ClientRun("cwsync-ranged", List.of(slow), 1, null);
    ClientRun b = new ClientRun("cwsync-ranged", List.of(fast), 1, null);
    ClientRun c = new ClientRun("cwsync-ranged", List.of(mid), 1, null);
    ClientRun skipped = ClientRun.skipped("cwsync-ranged", "FAILED");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PeerComparisonBenchmark.printRepeats(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        java.util.Map.of("cwsync-ranged", List.of(a, skipped, b, c)));

    assertThat(PeerComparisonBenchmark.medianRun(List.of(a, b, c))).isSameAs(c);
    assertThat(PeerComparisonBenchmark.medianRun(List.of(a, b, skipped, c))).as("skipped runs are not measured")
        .isSameAs(c);
    assertThat(PeerComparisonBenchmark.medianRun(List.of(a, b))).as("the lower middle of two").isSameAs(b);
    assertThat(PeerComparisonBenchmark.medianRun(List.of(skipped))).isSameAs(skipped);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("cwsync-ranged: 3.40/3.40, skipped, 2.70/2.70, 2.90/2.90");
    assertThat(Options.parse(new String[] {"--repeat", "5"}).repeat()).isEqualTo(5);
    assertThat(Options.parse(new String[0]).repeat()).isEqualTo(1);
    assertThatThrownBy(() -> Options.parse(new String[] {"--repeat", "0"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
  }

  @Test
  void parse_quickAndUnknownOptions() {
    Options quick = Options.parse(new String[] {"--quick"});

    assertThat(quick.records()).containsExactly(10_000);
    assertThat(quick.latenciesMs()).containsExactly(100);
    assertThat(quick.clients()).isEqualTo(PeerComparisonBenchmark.ALL_CLIENTS);
    assertThatThrownBy(() -> Options.parse(new String[] {"--clients", "axios"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown client axios");
    assertThatThrownBy(() -> Options.parse(new String[] {"--clients", "cwsync@zgc"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown JVM profile zgc");
    assertThatThrownBy(() -> Options.parse(new String[] {"--clients", "peer@cds"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown JVM profile cds for peer");
    assertThat(Options.profiles(Options.parse(new String[] {"--clients", "cwsync-ranged-jdbc@serial128+cds"})
        .clients().get(0))).containsExactly("serial128", "cds");
    assertThat(Options.parse(new String[] {"--clients", "cwsync-ranged@serial128+cds", "--budget", "1000/8"}))
        .satisfies(o -> {
          assertThat(Options.baseClient(o.clients().get(0))).isEqualTo("cwsync-ranged");
          assertThat(Options.profiles(o.clients().get(0))).containsExactly("serial128", "cds");
          assertThat(o.budgetPerMinute()).isEqualTo(1000);
          assertThat(o.budgetInFlight()).isEqualTo(8);
        });
  }
}
