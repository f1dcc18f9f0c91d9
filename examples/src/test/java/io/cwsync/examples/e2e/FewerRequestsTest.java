package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.examples.demo.DemoMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 "Fewer requests", in the demo's incremental shape: the second pass reads an opportunity's forecast items
 * only when the opportunity changed, counted in the simulator's request journal.
 */
class FewerRequestsTest {

  private static final String FORECAST = "sales/opportunities/{parentId}/forecast";

  @Test
  void secondSync_oneOpportunityChanged_readsTheForecastOfThatOneOnly() {
    try (SyncFixture f = SyncFixture.start(2).integrate(DemoMode.PULL_ONLY)) {
      f.syncOk();
      List<ObjectNode> opportunities = f.cw("sales/opportunities");
      assertThat(opportunities).hasSizeGreaterThan(2);
      assertThat(f.simulator.journal().requestCount("GET", FORECAST)).as("the first pull lists every forecast")
          .isEqualTo(opportunities.size());
      int changed = opportunities.get(1).path("id").asInt();
      f.simulator.update("sales/opportunities", changed, n -> n.put("name", n.path("name").asText() + " (renewal)"));
      f.simulator.journal().reset();

      f.syncOk();

      assertThat(f.simulator.journal().entries()).filteredOn(e -> e.endpoint().equals(FORECAST))
          .extracting(e -> e.path())
          .containsExactly("sales/opportunities/" + changed + "/forecast");
    }
  }
}
