package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Flow;
import org.junit.jupiter.api.Test;

/** Seed 003, "Integration Set Up". */
class ErpIntegrationSetUpTest {

  /**
   * Q3: "Where should I start with the integration?" The customer sync first: every other flow depends on its
   * mapping, and the service sync finds a call's contract through the agreement-to-contract mapping.
   */
  @Test
  void whereToStart_customerSyncFirstAndServiceCallsFindTheirContractThroughTheAgreementSync() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int agreement = f.agreement(acme, "Managed Services", "Acme managed print");
      int ticket = f.ticket(acme, "Copier jams", ErpProfiles.COMPLETED, f.memberId(0));
      f.simulator.update("service/tickets", ticket, n -> n.set("agreement", ErpFixture.ref(agreement)));
      f.timeEntry(ticket, f.memberId(0), 1);
      f.integrate();

      assertThat(f.sync.tenant().flowsInOrder()).extracting(Flow::id).first().isEqualTo(ErpFlows.CUSTOMERS);
      assertThat(f.sync.tenant().flowsInOrder()).filteredOn(fl -> fl.parent() == null
          && !fl.id().equals(ErpFlows.CUSTOMERS)).allSatisfy(fl -> assertThat(dependsOnCustomers(f, fl)).isTrue());

      // One pass: the customer is matched first, so its ticket and agreement go in the same pass.
      f.syncOk();
      Contract contract = f.db.contracts().forAgreement(agreement).get(0);
      ServiceCall call = f.db.calls().findByTicket(ticket).orElseThrow();
      assertThat(call.customerId()).isEqualTo(f.db.customers().requireNumber("ACME01").id());
      assertThat(call.contractId()).as("the agreement-to-contract mapping").isEqualTo(contract.id());
    }
  }

  private static boolean dependsOnCustomers(ErpFixture f, Flow flow) {
    if (flow.dependencies().contains(ErpFlows.CUSTOMERS)) {
      return true;
    }
    return flow.dependencies().stream().map(d -> f.sync.tenant().flow(d).orElseThrow())
        .anyMatch(d -> dependsOnCustomers(f, d));
  }
}
