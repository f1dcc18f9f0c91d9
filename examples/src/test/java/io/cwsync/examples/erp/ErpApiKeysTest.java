package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.SyncReport;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import org.junit.jupiter.api.Test;

/** Seed 003, "API Keys". */
class ErpApiKeysTest {

  /**
   * Q5: "What security rights does the API user have to have?" A right the API member lacks is named in the
   * report of the flow that needs it (and its dependents wait); the flows that have their rights still run.
   */
  @Test
  void apiUserRights_aMissingRightIsNamedAndTheOtherFlowsStillRun() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int agreement = f.agreement(acme, "Managed Services", "Acme managed print");
      f.invoice("INV-1", acme, acme, agreement, "Open");
      int ticket = f.ticket(acme, "Copier jams", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(0), 1);
      f.simulator.denyPermission(f.simulator.member().identifier(), "finance/agreements", "GET");
      f.integrate();

      SyncReport report = f.sync();
      StreamReport agreements = report.streams().stream().filter(s -> s.flowId().equals(ErpFlows.AGREEMENTS))
          .findFirst().orElseThrow();
      assertThat(agreements.status()).isEqualTo(StreamStatus.FAILED);
      assertThat(agreements.error()).contains("403").contains("finance/agreements");
      // The flows that need the agreement mapping wait for it; the others run.
      assertThat(report.streams()).filteredOn(s -> s.flowId().equals(ErpFlows.AGREEMENT_INVOICES)
          || s.flowId().equals(ErpFlows.TICKETS)).isNotEmpty()
          .allSatisfy(s -> assertThat(s.status()).isEqualTo(StreamStatus.SKIPPED));
      assertThat(report.streams()).filteredOn(s -> s.flowId().equals(ErpFlows.CUSTOMERS)
          || s.flowId().equals(ErpFlows.SALES_ORDERS)).isNotEmpty()
          .allSatisfy(s -> assertThat(s.status()).isEqualTo(StreamStatus.COMPLETED));
      assertThat(f.db.customers().requireNumber("ACME01").cwCompanyId()).isEqualTo(acme);

      // Once the right is granted, the next pass catches up.
      f.simulator.grantAllPermissions();
      f.syncOk();
      assertThat(f.db.contracts().forAgreement(agreement)).hasSize(1);
      assertThat(f.db.calls().findByTicket(ticket)).isPresent();
    }
  }
}
