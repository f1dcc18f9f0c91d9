package io.cwsync.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.benchmarks.BudgetedFullPassBenchmark.Figures;
import io.cwsync.benchmarks.BudgetedFullPassBenchmark.Measured;
import io.cwsync.benchmarks.BudgetedFullPassBenchmark.Options;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The budgeted full-pass harness on a small tenant: the pass pulls and pushes, requests are counted, the budget binds. */
class BudgetedFullPassHarnessTest {

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void measure_smallTenantOnPostgres_countsRequestsAndRespectsTheBudget() throws Exception {
    // 2,000 records; 20 host creates and 20 edits push about 60 requests, so the budget binds for a few seconds.
    Options o = Options.parse(new String[] {"--companies=800", "--contacts=1200", "--latency-ms=0",
        "--requests-per-minute=1200", "--in-flight=4", "--host-creates=20", "--host-edits=20", "--stores=jdbc"});
    ConnectWiseSimulator sim = SimulatorProcess.start(o.companies(), o.contacts(), o.latencyMs());
    try {
      Measured m = BudgetedFullPassBenchmark.measure(o, sim.baseUrl(), () -> sim.journal().reset());
      Map<String, Long> journal = sim.journal().countsByEndpoint();

      Figures f = Figures.of(m, journal, o);

      assertThat(m.incomplete()).isEmpty();
      assertThat(m.failures()).isZero();
      assertThat(m.pulled()).containsEntry("companies", 800L).containsEntry("contacts", 1200L);
      assertThat(m.pulledCreates()).containsEntry("companies", 800L).containsEntry("contacts", 1200L);
      assertThat(m.pushCreates()).isEqualTo(20);
      assertThat(m.pushUpdates()).isEqualTo(20);
      assertThat(journal).containsEntry("POST company/companies", 20L)
          .containsEntry("PATCH company/companies/{id}", 20L);
      // The server and the client count the same requests; each POST and PATCH is one.
      assertThat(f.requests()).isEqualTo(m.clientRequests()).isGreaterThan(60);
      assertThat(m.peakInFlight()).isBetween(1, 4);
      // The bucket (20 tokens at 1,200 a minute) lets 20 requests go at once, the rest one per 50 ms: the pass
      // cannot be faster than that floor, and the ratio is wall over requests / budget.
      assertThat(f.floorSeconds()).isEqualTo((f.requests() - 20) * 0.05, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(m.wallMs() / 1000.0).isGreaterThanOrEqualTo(f.floorSeconds());
      assertThat(f.limitSeconds()).isEqualTo(f.requests() * 0.05, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(f.ratio()).isEqualTo(m.wallMs() / 1000.0 / f.limitSeconds(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(m.peakHeapUsedMb()).isPositive();
      assertThat(m.maxHeapMb()).isPositive();
      assertThat(m.peakRssKb()).isPositive();

      // The measured JVM reports in lines the orchestrator parses back to the same figures.
      assertThat(Measured.parse(m.lines())).isEqualTo(m);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.print(new PrintStream(out, true, StandardCharsets.UTF_8), o);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("pulled companies: 800 read, 800 created",
          "pushed companies: 20 created, 20 updated", "x the budget's limit (goal <= 1.1x)");
    } finally {
      sim.close();
    }
  }

  @Test
  void parse_defaultsAreIssue14sTenantAndUnknownOptionsFail() {
    Options d = Options.parse(new String[0]);

    assertThat(d.companies() + d.contacts()).isEqualTo(250_000);
    assertThat(d.requestsPerMinute()).isEqualTo(1000);
    assertThat(d.burst()).isEqualTo(16);
    assertThat(d.jdbc()).isTrue();
    assertThat(d.heap()).isEqualTo("256m");
    assertThat(Options.parse(d.args().toArray(String[]::new))).isEqualTo(d);
    assertThatThrownBy(() -> Options.parse(new String[] {"--records=5"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown argument --records=5");
    assertThatThrownBy(() -> Options.parse(new String[] {"--companies=10", "--host-edits=11"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--host-edits (11)");
  }
}
