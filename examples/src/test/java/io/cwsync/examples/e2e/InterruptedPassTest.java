package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.examples.crm.ClientContact;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.sync.CrmFlows;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A pass that ConnectWise breaks off midway resumes on the next pass without losing or doubling records. */
class InterruptedPassTest {
  @Test
  void sync_contactsPageFailsMidway_nextPassResumesAndEndsCompleteWithoutDuplicates() {
    try (SyncFixture f = SyncFixture.start(1)) {
      f.integrate(DemoProfiles.builder(DemoMode.PULL_ONLY, BundleOption.BUNDLE).build(), 10);
      int cwContacts = f.cw("company/contacts").size();
      assertThat(cwContacts).isGreaterThan(20);
      // Page 1 of the contacts is served; from then on the contacts endpoint answers 500 (not retried).
      // (The first rule that fires wins: a zero delay lets page 1 through.)
      f.simulator.inject(FaultRule.builder().method("GET").path("company/contacts").nthRequest(1)
          .fault(SimulatedFault.latency(java.time.Duration.ZERO)).build());
      f.simulator.inject(FaultRule.builder().method("GET").path("company/contacts").always()
          .fault(SimulatedFault.serverError(500)).build());

      SyncReport broken = f.sync.sync();
      assertThat(broken.stream(CrmFlows.CONTACTS, Direction.PULL).orElseThrow().status())
          .isNotEqualTo(StreamStatus.COMPLETED);
      long afterBreak = f.db.contacts().countLinked();
      assertThat(afterBreak).as("the pass stopped midway, after page 1 was stored").isEqualTo(10);

      f.simulator.clearFaults();
      SyncReport resumed = f.syncOk();
      assertThat(resumed.stream(CrmFlows.CONTACTS, Direction.PULL).orElseThrow().status())
          .isEqualTo(StreamStatus.COMPLETED);

      // Every ConnectWise contact is in the CRM exactly once, linked by id, with the CRM's own contact.
      assertThat(f.db.contacts().countLinked()).isEqualTo(cwContacts);
      assertThat(f.db.contacts().list().stream().map(ClientContact::cwContactId).filter(Objects::nonNull)
          .distinct().count()).isEqualTo(cwContacts);
      assertThat(f.db.contacts().count()).isEqualTo(cwContacts + 1);
      // Opportunities, which depend on contacts, were held back and then pulled.
      assertThat(f.db.opportunities().countLinked()).isEqualTo(f.cw("sales/opportunities").size());
    }
  }
}
