package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.adapter.CrmAdapters;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.demo.SampleData;
import org.junit.jupiter.api.Test;

/** "Continue after closed", "won/signed only" and the "CW Status" custom field mode. */
class OpportunityRulesTest {
  private static String notesAfterClosing(boolean keepSyncing) {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE,
        b -> b.onlyWonOrSignedDocuments(true).keepSyncingClosedOpportunities(keepSyncing))) {
      f.syncOk();
      SalesOpportunity opp = f.db.opportunities().require(1);
      f.db.opportunities().update(opp.withStage(SampleData.WON_STAGE), Actor.USER);
      assertThat(f.sync.hostChanged(EntityType.OPPORTUNITY, opp.id()).orElseThrow().count(SyncAction.UPDATE))
          .as("the push that closes the opportunity always goes").isEqualTo(1);
      f.db.opportunities().update(f.db.opportunities().require(1).withNotes("Signed off by the client"),
          Actor.USER);
      f.sync.hostChanged(EntityType.OPPORTUNITY, opp.id());
      ObjectNode cw = f.cw("sales/opportunities", f.cwId(EntityType.OPPORTUNITY, opp.id()));
      assertThat(cw.path("status").path("id").asInt()).isEqualTo(f.sync.reference().status("Won").orElseThrow().id());
      return cw.path("notes").asText();
    }
  }

  @Test
  void closedOpportunity_continueAfterClosed_keepsPushingUpdates() {
    assertThat(notesAfterClosing(true)).isEqualTo("Signed off by the client");
  }

  @Test
  void quoteLines_wonOrSignedOnly_draftQuotesSendNothingWhileTheDefaultPushesThem() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE,
        b -> b.onlyWonOrSignedDocuments(true))) {
      f.syncOk();
      assertThat(f.postsTo("sales/opportunities/{parentId}/forecast")).isZero();
    }
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE, b -> b)) {
      f.sync.sync();
      // Real-time pushes documents regardless of status: every line of the draft quote is offered.
      assertThat(f.postsTo("sales/opportunities/{parentId}/forecast")).isEqualTo(7);
    }
  }

  @Test
  void cwStatusField_pushesTheFieldAsStatusAndPullsStatusChangesBack() {
    try (SyncFixture f = SyncFixture.start(1)) {
      f.db.opportunities().update(f.db.opportunities().require(1).withCwStatus("Pending"), Actor.USER);
      f.integrate(DemoProfiles.builder(DemoMode.REAL_TIME, BundleOption.BUNDLE, true)
          .onlyWonOrSignedDocuments(true).build());
      f.syncOk();
      long cwId = f.cwId(EntityType.OPPORTUNITY, 1);
      assertThat(f.cw("sales/opportunities", cwId).path("status").path("id").asInt())
          .isEqualTo(f.sync.reference().status("Pending").orElseThrow().id());

      int noDecision = f.sync.reference().status("No Decision").orElseThrow().id();
      f.simulator.update("sales/opportunities", Math.toIntExact(cwId),
          n -> n.putObject("status").put("id", noDecision));
      f.syncOk();
      assertThat(f.db.opportunities().require(1).cwStatus()).isEqualTo("No Decision");
      assertThat(f.sync.audit()).anyMatch(e -> e.type().equals(EntityType.OPPORTUNITY)
          && e.action() == SyncAction.UPDATE && "1".equals(e.hostId()));
      assertThat(CrmAdapters.CW_STATUS_FIELD).isEqualTo("CW Status");
    }
  }
}
