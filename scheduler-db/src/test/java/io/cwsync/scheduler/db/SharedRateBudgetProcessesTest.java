package io.cwsync.scheduler.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.store.jdbc.TestDatabases;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import io.cwsync.testkit.simulator.ApiMember;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.JournalEntry;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two coordinators in two JVMs pull the same tenant (budget 120 requests per minute) back to back through the
 * {@link SharedRateBudget} on one PostgreSQL: the simulator's journal shows the tenant's requests from both
 * together within the budget, where each node alone would be allowed the whole budget.
 */
class SharedRateBudgetProcessesTest {

  private static final int SECONDS = 12;

  @Test
  void twoNodes_sameTenant_togetherStayUnderItsBudget() throws Exception {
    String url = TestDatabases.freshPostgresUrl();
    ClusteredScheduler.migrate(CountingConnectionPool.ofUrl(url, 2));
    ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("cwsync")
        .addMember(new ApiMember("b0", "pub-b0", "priv-b0"))
        .seedData(Generated.companies(3, 60)::populate).build().start();
    Path logs = Path.of("target", "cluster-logs");
    Files.createDirectories(logs);
    List<Process> nodes = new ArrayList<>();
    try {
      for (String id : List.of("X", "Y")) {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            ClusterNode.class.getName(), "budget", url, sim.baseUrl(), id, "0", "0", "0", "0",
            Integer.toString(SECONDS));
        File log = logs.resolve("budget-" + id + ".log").toFile();
        nodes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start());
      }
      for (Process p : nodes) {
        assertThat(p.waitFor(SECONDS + 60, TimeUnit.SECONDS)).as("budget node exits").isTrue();
      }
      for (String id : List.of("X", "Y")) {
        String out = Files.readString(logs.resolve("budget-" + id + ".log"), StandardCharsets.UTF_8);
        assertThat(out).as("node %s's output", id).containsPattern("PULLS [1-9]");
      }
      List<Instant> at = new ArrayList<>();
      for (JournalEntry e : sim.journal().entries()) {
        if ("b0".equals(e.member())) {
          at.add(e.at());
        }
      }
      at.sort(null);
      // 120 per minute = 2 per second, burst 2; tokens are valid 1 s after their claim. In any 5-second window:
      // at most 2 + 2 * (5 + 1) = 14. One node alone may send 2 per second, so two unshared nodes up to 2 x 12.
      int worst = 0;
      for (int i = 0; i < at.size(); i++) {
        int j = i;
        while (j < at.size() && at.get(j).isBefore(at.get(i).plusSeconds(5))) {
          j++;
        }
        worst = Math.max(worst, j - i);
      }
      Duration span = Duration.between(at.get(0), at.get(at.size() - 1));
      System.out.printf(Locale.ROOT, "budget: %d requests in %.1f s from two nodes, at most %d in any 5 s%n",
          at.size(), span.toMillis() / 1000.0, worst);
      assertThat(worst).isLessThanOrEqualTo(14);
      assertThat(at.size()).as("requests sent").isGreaterThan(10);
      double perSecond = at.size() / Math.max(1.0, span.toMillis() / 1000.0);
      assertThat(perSecond).as("requests per second overall").isLessThanOrEqualTo(2.0 + 3.0 / SECONDS * 2);
    } finally {
      for (Process p : nodes) {
        p.destroyForcibly();
      }
      sim.close();
    }
  }

}
