package io.cwsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DataSize;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.mapping.ProfileValidator;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.mapping.ValidationProblem;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoProfileValidationTest {
  private static ConnectWiseSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = DemoTenant.start(DataSize.SMALL);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void load_simulatedTenant_readsEveryKindOverHttp() {
    ReferenceData ref = ReferenceData.load(DemoTenant.client(simulator));
    assertThat(ref.stages()).extracting(ReferenceData.Named::name).contains("Prospecting", "Closed");
    assertThat(ref.status("Won")).hasValueSatisfying(s -> assertThat(s.wonFlag()).isTrue());
    assertThat(ref.location(DemoProfiles.DEFAULT_LOCATION)).isPresent();
    assertThat(ref.department(DemoProfiles.DEFAULT_BUSINESS_UNIT)).isPresent();
    assertThat(ref.rating(DemoProfiles.DEFAULT_RATING)).isPresent();
    assertThat(ref.taxCodes()).hasSize(5).allSatisfy(t -> assertThat(t.identifier()).isNotBlank());
    assertThat(ref.members()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(ref.subcategories("Computers Standard")).hasSize(1);
  }

  @Test
  void validate_demoProfileOfEveryMode_hasNoProblemAgainstTheSimulatedTenant() {
    ReferenceData ref = ReferenceData.load(DemoTenant.client(simulator));
    for (DemoMode mode : DemoMode.values()) {
      SyncProfile profile = DemoProfiles.builder(mode, BundleOption.BUNDLE).build();
      List<ValidationProblem> problems = ProfileValidator.validate(profile, ref);
      assertThat(problems).as(mode.flag()).isEmpty();
    }
  }

  @Test
  void validate_defaultLocationMissingFromTenant_isReportedByName() {
    ReferenceData ref = ReferenceData.load(DemoTenant.client(simulator));
    SyncProfile profile = DemoProfiles.builder(DemoMode.REAL_TIME, BundleOption.BUNDLE)
        .opportunityDefaults(od -> od.defaultLocation("Atlantis Office")).build();
    assertThat(ProfileValidator.validate(profile, ref)).singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("Atlantis Office"));
  }
}
