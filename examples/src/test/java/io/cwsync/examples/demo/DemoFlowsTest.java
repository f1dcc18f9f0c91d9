package io.cwsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.UpdatePolicy;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoFlowsTest {
  private static Map<String, Flow> flows(DemoMode mode) {
    List<Flow> flows = DemoFlows.of(DemoProfiles.builder(mode, BundleOption.BUNDLE).build());
    return flows.stream().collect(Collectors.toMap(Flow::id, Function.identity()));
  }

  @Test
  void of_pullOnly_everyFlowPullsCreatesOnlyAndNothingPushes() {
    Map<String, Flow> flows = flows(DemoMode.PULL_ONLY);
    assertThat(flows).containsOnlyKeys(DemoFlows.TAX_CODES, DemoFlows.PRODUCTS, DemoFlows.COMPANIES,
        DemoFlows.CONTACTS, DemoFlows.OPPORTUNITIES);
    assertThat(flows.values()).allSatisfy(f -> {
      assertThat(f.direction()).isEqualTo(Direction.PULL);
      assertThat(f.pullPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    });
  }

  @Test
  void of_pullNewPushWon_bothWaysCreateOnlyWithLinesAndNotes() {
    Map<String, Flow> flows = flows(DemoMode.PULL_NEW_PUSH_WON);
    assertThat(flows.get(DemoFlows.OPPORTUNITIES).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(DemoFlows.OPPORTUNITIES).pushPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(DemoFlows.OPPORTUNITIES).pullPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(DemoFlows.QUOTE_LINES).direction()).isEqualTo(Direction.PUSH);
    assertThat(flows.get(DemoFlows.QUOTE_LINES).parent()).isEqualTo(DemoFlows.OPPORTUNITIES);
    assertThat(flows.get(DemoFlows.DOCUMENT_NOTES).parent()).isEqualTo(DemoFlows.OPPORTUNITIES);
  }

  @Test
  void of_realTime_updatesBothWaysAndOpportunitiesAfterTheirCompanyAndContact() {
    Map<String, Flow> flows = flows(DemoMode.REAL_TIME);
    assertThat(flows.get(DemoFlows.COMPANIES).pushPolicy()).isEqualTo(UpdatePolicy.CREATE_AND_UPDATE);
    assertThat(flows.get(DemoFlows.PRODUCTS).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(DemoFlows.OPPORTUNITIES).dependencies())
        .contains(DemoFlows.COMPANIES, DemoFlows.CONTACTS, DemoFlows.PRODUCTS);
    assertThat(flows.get(DemoFlows.OPPORTUNITIES).interval()).isEqualTo(java.time.Duration.ofMinutes(15));
  }
}
