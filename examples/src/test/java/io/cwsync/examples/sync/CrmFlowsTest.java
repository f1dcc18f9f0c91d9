package io.cwsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.UpdatePolicy;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrmFlowsTest {
  private static Map<String, Flow> flows(DemoMode mode) {
    List<Flow> flows = CrmFlows.of(DemoProfiles.builder(mode, BundleOption.BUNDLE).build());
    return flows.stream().collect(Collectors.toMap(Flow::id, Function.identity()));
  }

  @Test
  void of_pullOnly_everyFlowPullsCreatesOnlyAndNothingPushes() {
    Map<String, Flow> flows = flows(DemoMode.PULL_ONLY);
    assertThat(flows).containsOnlyKeys(CrmFlows.TAX_CODES, CrmFlows.PRODUCTS, CrmFlows.COMPANIES,
        CrmFlows.CONTACTS, CrmFlows.OPPORTUNITIES, CrmFlows.QUOTE_LINES);
    assertThat(flows.values()).allSatisfy(f -> {
      assertThat(f.direction()).isEqualTo(Direction.PULL);
      assertThat(f.pullPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    });
  }

  @Test
  void of_pullNewPushWon_bothWaysCreateOnlyWithLinesAndNotes() {
    Map<String, Flow> flows = flows(DemoMode.PULL_NEW_PUSH_WON);
    assertThat(flows.get(CrmFlows.OPPORTUNITIES).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(CrmFlows.OPPORTUNITIES).pushPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(CrmFlows.OPPORTUNITIES).pullPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(CrmFlows.QUOTE_LINES).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(CrmFlows.QUOTE_LINES).pullPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(CrmFlows.QUOTE_LINES).pushPolicy()).isEqualTo(UpdatePolicy.CREATE_ONLY);
    assertThat(flows.get(CrmFlows.QUOTE_LINES).parent()).isEqualTo(CrmFlows.OPPORTUNITIES);
    assertThat(flows.get(CrmFlows.DOCUMENT_NOTES).parent()).isEqualTo(CrmFlows.OPPORTUNITIES);
  }

  @Test
  void of_realTime_updatesBothWaysAndOpportunitiesAfterTheirCompanyAndContact() {
    Map<String, Flow> flows = flows(DemoMode.REAL_TIME);
    assertThat(flows.get(CrmFlows.COMPANIES).pushPolicy()).isEqualTo(UpdatePolicy.CREATE_AND_UPDATE);
    assertThat(flows.get(CrmFlows.PRODUCTS).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(CrmFlows.OPPORTUNITIES).dependencies())
        .contains(CrmFlows.COMPANIES, CrmFlows.CONTACTS, CrmFlows.PRODUCTS);
    assertThat(flows.get(CrmFlows.OPPORTUNITIES).interval()).isEqualTo(java.time.Duration.ofMinutes(15));
    assertThat(flows.get(CrmFlows.QUOTE_LINES).direction()).isEqualTo(Direction.BOTH);
    assertThat(flows.get(CrmFlows.QUOTE_LINES).pullPolicy()).isEqualTo(UpdatePolicy.CREATE_AND_UPDATE);
  }

  @Test
  void of_profilePullInterval_isEveryFlowsScheduleInterval() {
    List<Flow> flows = CrmFlows.of(DemoProfiles.builder(DemoMode.REAL_TIME, BundleOption.BUNDLE)
        .pullInterval(java.time.Duration.ofMinutes(5)).build());
    assertThat(flows).isNotEmpty().allSatisfy(f ->
        assertThat(f.interval()).as(f.id()).isEqualTo(java.time.Duration.ofMinutes(5)));
  }
}
