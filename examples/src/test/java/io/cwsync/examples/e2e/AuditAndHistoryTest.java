package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.demo.DemoMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log (a deep link for each success, a reason for each error) and an opportunity's history. */
class AuditAndHistoryTest {
  @Test
  void audit_successesLinkToConnectWiseAndErrorsSayWhy() {
    try (SyncFixture f = SyncFixture.start(2)) {
      f.db.opportunities().update(f.db.opportunities().require(2).withOwner("nobody"), Actor.USER);
      f.integrate(DemoMode.REAL_TIME);
      f.sync.sync();

      List<AuditEntry> audit = f.sync.audit();
      AuditEntry created = audit.stream().filter(e -> e.type().equals(EntityType.OPPORTUNITY)
          && "1".equals(e.hostId()) && e.action() == SyncAction.CREATE).findFirst().orElseThrow();
      assertThat(created.outcome()).isEqualTo(Outcome.SUCCESS);
      assertThat(created.direction()).isEqualTo(Direction.PUSH);
      assertThat(created.deepLink()).startsWith("http://127.0.0.1:")
          .contains("recordType=OpportunityFV").contains("recid=" + created.cwId());
      assertThat(audit).filteredOn(e -> e.type().equals(EntityType.COMPANY) && e.outcome() == Outcome.SUCCESS
          && e.action() == SyncAction.CREATE).isNotEmpty()
          .allSatisfy(e -> assertThat(e.deepLink()).contains("recordType=CompanyFV"));

      AuditEntry failed = audit.stream().filter(e -> e.type().equals(EntityType.OPPORTUNITY)
          && "2".equals(e.hostId())).findFirst().orElseThrow();
      assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(failed.reason()).contains("nobody").contains("sales");
      assertThat(f.sync.cwId(EntityType.OPPORTUNITY, 2)).isEmpty();
    }
  }

  @Test
  void history_opportunity_showsEachSyncStepInOrder() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME)) {
      f.syncOk();
      f.db.opportunities().update(f.db.opportunities().require(1).withStage("Negotiation"), Actor.USER);
      f.sync.hostChanged(EntityType.OPPORTUNITY, 1);
      f.syncOk();

      List<HistoryEntry> history = f.sync.history(EntityType.OPPORTUNITY, 1);
      assertThat(history).extracting(HistoryEntry::direction, HistoryEntry::action).startsWith(
          org.assertj.core.groups.Tuple.tuple(Direction.PUSH, SyncAction.CREATE),
          org.assertj.core.groups.Tuple.tuple(Direction.PUSH, SyncAction.UPDATE));
      assertThat(history.get(1).detail()).contains("stage");
      assertThat(history).extracting(HistoryEntry::sequence).isSorted();
      assertThat(history).allSatisfy(h -> assertThat(h.cwId()).isEqualTo(f.cwId(EntityType.OPPORTUNITY, 1)));
    }
  }
}
