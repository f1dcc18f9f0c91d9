package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Seed 003, "Service Sync": one test per question, end to end against the simulator. */
class ErpServiceSyncTest {

  /** Q1: "I don't understand the error stopping a ticket from getting created": technician not mapped. */
  @Test
  void errorStoppingTicket_technicianNotMappedIsReportedTwiceThenParkedAndSyncsOnceMappedInTheErp() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int ticket = f.ticket(acme, "Copier jams", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(2), 1.5);
      f.integrate();

      f.sync();
      assertThat(f.sync.errorReport()).singleElement().satisfies(item -> {
        assertThat(item.reason()).contains("technician not mapped").contains(f.members.get(2));
        assertThat(item.attempts()).isEqualTo(1);
      });
      f.sync();
      assertThat(f.sync.errorReport()).singleElement().extracting(RetryItem::attempts).isEqualTo(2);
      f.sync();
      assertThat(f.sync.errorReport()).as("reported twice, then off the report").isEmpty();
      assertThat(f.sync.retries().list(f.sync.tenant().id(), RetryState.PARKED, 10)).hasSize(1);
      assertThat(f.db.calls().list()).isEmpty();

      // The fix is made in the ERP: technician T03 is mapped to the member.
      f.db.technicians().mapMember("T03", f.members.get(2));
      f.syncOk();
      ServiceCall call = f.db.calls().findByTicket(ticket).orElseThrow();
      assertThat(call.origin()).isEqualTo(CallOrigin.CW);
      assertThat(call.technician()).isEqualTo("T01");
      assertThat(f.db.calls().labor(call.id())).singleElement().satisfies(l -> {
        assertThat(l.technician()).isEqualTo("T03");
        assertThat(l.hours()).isEqualByComparingTo(new BigDecimal("1.5"));
      });
    }
  }

  /** Q1: the other usual error, the customer is not mapped; corrected in the ERP, the call syncs. */
  @Test
  void errorStoppingTicket_customerNotMappedSyncsOnceTheCustomerIsMappedInTheErp() {
    try (ErpFixture f = ErpFixture.start()) {
      int hooli = f.company("HOOLI", null, "Hooli Print");
      int ticket = f.ticket(hooli, "Toner", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(1), 0.5);
      f.integrate();
      f.sync();
      assertThat(f.sync.errorReport()).singleElement().satisfies(item -> assertThat(item.reason())
          .contains("customer not mapped").contains("company " + hooli));

      f.db.customers().insert(ErpSampleData.customer("HOOLI", "Hooli Print", "Dealer", "Service", "01",
          "3 Valley Rd", "Tampa", "FL", "33602"));
      f.syncOk();
      ServiceCall call = f.db.calls().findByTicket(ticket).orElseThrow();
      assertThat(call.customerId()).isEqualTo(f.db.customers().requireNumber("HOOLI").id());
      assertThat(f.sync.errorReport()).isEmpty();
    }
  }

  /** Q1: "NO updates that you make in ConnectWise will update the ticket once on an error email": ours do. */
  @Test
  void errorStoppingTicket_aConnectWiseUpdateReprocessesAParkedTicket() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int hooli = f.company("HOOLI", null, "Hooli Print");
      int ticket = f.ticket(hooli, "Toner", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(1), 0.5);
      f.integrate();
      f.sync();
      f.sync();
      f.sync();
      assertThat(f.sync.errorReport()).isEmpty();

      // The ticket belonged to Acme all along; fixing it in ConnectWise is enough.
      f.simulator.update("service/tickets", ticket, n -> n.set("company", ErpFixture.ref(acme)));
      f.syncOk();
      assertThat(f.db.calls().findByTicket(ticket).orElseThrow().customerId())
          .isEqualTo(f.db.customers().requireNumber("ACME01").id());
    }
  }

  /** Q2: "I need to change the company on a ticket that has already synced, how do I do that?" */
  @Test
  void changeCompanyOnSyncedTicket_connectWiseChangeMovesTheCallToTheOtherCustomer() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int globex = f.company("GLOBEX", null, "Globex Imaging");
      int ticket = f.ticket(acme, "Copier jams", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(0), 1);
      f.integrate().syncOk();
      ServiceCall call = f.db.calls().findByTicket(ticket).orElseThrow();

      f.simulator.update("service/tickets", ticket, n -> n.set("company", ErpFixture.ref(globex)));
      f.syncOk();
      ServiceCall moved = f.db.calls().require(call.id());
      assertThat(moved.customerId()).isEqualTo(f.db.customers().requireNumber("GLOBEX").id());
      assertThat(f.db.calls().list()).hasSize(1);
    }
  }

  /** Q3: "I have a ticket that didn't sync and it's not on the error email." */
  @Test
  void ticketDidNotSyncAndNotOnErrorReport_statusOrMissingTimeEntriesAndAnUpdateBringsItIn() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int open = f.ticket(acme, "Still open", "In Progress", f.memberId(0));
      f.timeEntry(open, f.memberId(0), 1);
      int noTime = f.ticket(acme, "No time yet", ErpProfiles.COMPLETED, f.memberId(0));
      f.integrate().syncOk();
      assertThat(f.db.calls().list()).as("wrong status, or no time entries").isEmpty();
      assertThat(f.sync.errorReport()).as("neither is an error").isEmpty();
      assertThat(f.db.calls().mentioningTicket(open)).isEmpty();

      f.simulator.update("service/tickets", open, n -> n.set("status", ErpFixture.ref(9, ErpProfiles.COMPLETED)));
      f.timeEntry(noTime, f.memberId(1), 2);
      f.simulator.update("service/tickets", noTime, n -> n.put("summary", "No time yet (logged)"));
      f.syncOk();
      assertThat(f.db.calls().mentioningTicket(open)).singleElement()
          .satisfies(c -> assertThat(c.description()).isEqualTo("CW Ticket #" + open + ": Still open"));
      assertThat(f.db.calls().mentioningTicket(noTime)).hasSize(1);
      assertThat(f.sync.cwId(EntityType.TICKET, f.db.calls().findByTicket(noTime).orElseThrow().id()))
          .contains((long) noTime);
    }
  }

  /** Q4: "A ticket was set to sync by accident, how can I remove it from the sync?" */
  @Test
  void ticketSetToSyncByAccident_ignoreRemovesItFromTheSyncAndTheErrorReport() {
    try (ErpFixture f = ErpFixture.start()) {
      int hooli = f.company("HOOLI", null, "Hooli Print");
      int ticket = f.ticket(hooli, "Internal test ticket", ErpProfiles.COMPLETED, f.memberId(0));
      f.timeEntry(ticket, f.memberId(0), 1);
      f.integrate();
      f.sync();
      RetryItem failing = f.sync.errorReport().get(0);

      assertThat(f.sync.coordinator().ignore(failing.key())).isTrue();
      assertThat(f.sync.errorReport()).isEmpty();
      f.simulator.update("service/tickets", ticket, n -> n.put("summary", "Internal test ticket (edited)"));
      f.db.customers().insert(ErpSampleData.customer("HOOLI", "Hooli Print", "Dealer", "Service", "01",
          "3 Valley Rd", "Tampa", "FL", "33602"));
      f.sync();
      f.sync();
      assertThat(f.db.calls().list()).as("ignored, even once it could sync").isEmpty();
      assertThat(f.sync.errorReport()).isEmpty();
      assertThat(f.sync.audit()).anySatisfy(e -> assertThat(e.reason())
          .isEqualTo("ignored by an operator"));
    }
  }
}
