package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncReport;
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
  /** What ConnectWise and the sync reports saw after closing opportunity 1 and then editing its notes. */
  private record AfterClosing(String cwNotes, int cwStatusId, int wonStatusId, SyncReport laterEdit,
      long patchesAfterClosing, String hostNotesAfterCwEdit) {}

  private static AfterClosing closeThenEdit(boolean keepSyncing) {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE,
        b -> b.pushRules(pr -> pr.onlyWonOrSignedDocuments(true).keepSyncingClosedOpportunities(keepSyncing)))) {
      f.syncOk();
      SalesOpportunity opp = f.db.opportunities().require(1);
      long cwId = f.cwId(EntityType.OPPORTUNITY, opp.id());
      f.db.opportunities().update(opp.withStage(SampleData.WON_STAGE), Actor.USER);
      assertThat(f.sync.hostChanged(EntityType.OPPORTUNITY, opp.id()).orElseThrow().count(SyncAction.UPDATE))
          .as("the push that closes the opportunity always goes").isEqualTo(1);
      int wonStatus = f.sync.reference().status("Won").orElseThrow().id();
      assertThat(f.cw("sales/opportunities", cwId).path("status").path("id").asInt())
          .as("ConnectWise learns the opportunity closed").isEqualTo(wonStatus);
      String opportunityPath = "sales/opportunities/" + cwId;
      long patchesBefore = f.writes().stream()
          .filter(e -> e.method().equals("PATCH") && e.path().equals(opportunityPath)).count();

      f.db.opportunities().update(f.db.opportunities().require(1).withNotes("Signed off by the client"),
          Actor.USER);
      SyncReport laterEdit = f.sync.hostChanged(EntityType.OPPORTUNITY, opp.id()).orElseThrow();
      long patchesAfter = f.writes().stream()
          .filter(e -> e.method().equals("PATCH") && e.path().equals(opportunityPath)).count();
      ObjectNode cw = f.cw("sales/opportunities", cwId);

      // The pull side of the same rule: a ConnectWise edit of the closed opportunity reaches the host only when
      // syncing continues after closing.
      f.simulator.update("sales/opportunities", Math.toIntExact(cwId), n -> n.put("notes", "Edited in ConnectWise"));
      f.syncOk();
      String hostNotes = f.db.opportunities().require(1).notes();
      return new AfterClosing(cw.path("notes").asText(), cw.path("status").path("id").asInt(), wonStatus,
          laterEdit, patchesAfter - patchesBefore, hostNotes == null ? "" : hostNotes);
    }
  }

  @Test
  void closedOpportunity_defaultStopsAfterClosing_laterEditSkippedNotPushed() {
    AfterClosing r = closeThenEdit(false);

    assertThat(r.laterEdit().count(SyncAction.UPDATE)).isZero();
    assertThat(r.laterEdit().count(SyncAction.SKIP)).isEqualTo(1);
    assertThat(r.patchesAfterClosing()).isZero();
    assertThat(r.cwNotes()).isNotEqualTo("Signed off by the client");
    assertThat(r.cwStatusId()).isEqualTo(r.wonStatusId());
    assertThat(r.hostNotesAfterCwEdit()).isEqualTo("Signed off by the client");
  }

  @Test
  void closedOpportunity_continueAfterClosed_keepsPushingUpdates() {
    AfterClosing r = closeThenEdit(true);

    assertThat(r.laterEdit().count(SyncAction.UPDATE)).isEqualTo(1);
    assertThat(r.patchesAfterClosing()).isEqualTo(1);
    assertThat(r.cwNotes()).isEqualTo("Signed off by the client");
    assertThat(r.cwStatusId()).isEqualTo(r.wonStatusId());
    assertThat(r.hostNotesAfterCwEdit()).isEqualTo("Edited in ConnectWise");
  }

  @Test
  void quoteLines_wonOrSignedOnly_draftQuotesSendNothingWhileTheDefaultPushesThem() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE,
        b -> b.pushRules(pr -> pr.onlyWonOrSignedDocuments(true)))) {
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
          .pushRules(pr -> pr.onlyWonOrSignedDocuments(true)).build());
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
