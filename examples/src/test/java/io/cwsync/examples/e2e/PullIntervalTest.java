package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.SyncReport;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.examples.sync.CrmIntegration;
import io.cwsync.testkit.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile's pull interval is the scheduled tenant's poll interval, over HTTP against the simulator. */
class PullIntervalTest {
  @Test
  void runDuePasses_profilePullIntervalFiveMinutes_tenantDueAgainAfterFiveMinutesOnly() {
    MutableClock clock = new MutableClock(Instant.now());
    try (SyncFixture f = SyncFixture.start(1);
        CrmIntegration sync = CrmIntegration.builder().database(f.db).connection(DemoTenant.settings(f.simulator))
            .client(f.client).clock(clock)
            .profile(DemoProfiles.builder(DemoMode.PULL_ONLY, BundleOption.BUNDLE)
                .pullInterval(Duration.ofMinutes(5)).build())
            .build()) {
      sync.coordinator().schedule(sync.tenant());

      List<SyncReport> first = sync.coordinator().runDuePasses();
      assertThat(first).as("a new tenant is due at once").hasSize(1);
      assertThat(first.get(0).successful()).isTrue();

      clock.advance(Duration.ofMinutes(4).plusSeconds(59));
      assertThat(sync.coordinator().runDuePasses()).as("not due before the profile's 5 minutes").isEmpty();

      clock.advance(Duration.ofSeconds(1));
      List<SyncReport> second = sync.coordinator().runDuePasses();
      assertThat(second).as("due again once 5 minutes passed").hasSize(1);
      assertThat(second.get(0).streams()).extracting(s -> s.flowId())
          .containsAll(sync.tenant().flowsInOrder().stream().map(fl -> fl.id()).toList());
    }
  }
}
