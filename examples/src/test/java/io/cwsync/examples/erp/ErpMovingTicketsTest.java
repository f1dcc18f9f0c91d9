package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Seed 003, "Moving Tickets": ERP calls sent to ConnectWise and their completion coming back. */
class ErpMovingTicketsTest {

  /** Q1: "The call in e-automate is on hold, but the ticket was not created in ConnectWise." */
  @Test
  void callOnHoldButNoTicket_failedAttemptIsReportedAsFailAndRetriedOnceOffHold() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate();
      f.syncOk();
      Customer umbrella = f.db.customers().requireNumber("UMBRELLA");
      Customer acme = f.db.customers().requireNumber("ACME01");
      ServiceCall good = f.db.calls().open(acme.id(), null, "Copier jams on tray 2", "T01", "Open", CallOrigin.ERP);
      ServiceCall bad = f.db.calls().open(umbrella.id(), null, "Fax offline", "T02", "Open", CallOrigin.ERP);
      f.sync();

      assertThat(f.sync.callAttempts()).extracting(CallAttempt::callNumber, CallAttempt::success)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(good.number(), true),
              org.assertj.core.groups.Tuple.tuple(bad.number(), false));
      CallAttempt fail = f.sync.callAttempts().stream().filter(a -> !a.success()).findFirst().orElseThrow();
      assertThat(fail.line()).startsWith("FAIL " + bad.number())
          .contains("customer not mapped: ERP customer UMBRELLA is not linked");
      assertThat(f.db.calls().require(good.id()).onHold()).as("on hold after the attempt").isTrue();
      assertThat(f.db.calls().require(bad.id()).onHold()).as("on hold even though it failed").isTrue();
      long ticketId = f.db.calls().require(good.id()).cwTicketId();
      ObjectNode ticket = f.cw("service/tickets", ticketId);
      assertThat(ticket.path("summary").asText()).isEqualTo("[" + good.number() + "] Copier jams on tray 2");
      assertThat(ticket.path("company").path("id").asLong()).isEqualTo(acme.cwCompanyId().longValue());

      // While on hold nothing is tried again.
      f.sync();
      assertThat(f.sync.callAttempts()).hasSize(2);
      // Fix the cause, take the call off hold: the next pass creates the ticket.
      f.db.customers().update(f.db.customers().require(umbrella.id()).withSyncToCw(true));
      f.db.calls().setOnHold(bad.id(), false, true);
      f.sync();
      assertThat(f.sync.callAttempts()).hasSize(3).last().satisfies(a -> {
        assertThat(a.success()).isTrue();
        assertThat(a.line()).startsWith("OK   " + bad.number() + " -> ticket #");
      });
      assertThat(f.db.calls().require(bad.id()).cwTicketId()).isNotNull();
      assertThat(f.db.calls().require(bad.id()).onHold()).isTrue();
      assertThat(f.cw("service/tickets")).as("one ticket per call").hasSize(2);
      assertThat(f.db.calls().list()).as("the calls' own tickets are not imported as new calls").hasSize(2);
    }
  }

  /** Q2: "The ticket in ConnectWise is closed, but the call in e-automate did not update." */
  @Test
  void ticketClosedButCallNotUpdated_needsTheSyncedStatusAndTimeEntries() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      ServiceCall call = f.db.calls().open(acme.id(), null, "Install new copier", "T01", "Open", CallOrigin.ERP);
      f.syncOk();
      int ticket = f.db.calls().require(call.id()).cwTicketId();

      f.simulator.update("service/tickets", ticket, n -> {
        n.set("status", ErpFixture.ref(9, ErpProfiles.COMPLETED));
        n.put("closedFlag", true);
      });
      f.syncOk();
      assertThat(f.db.calls().require(call.id()).status()).as("no time entries yet").isEqualTo("Open");

      f.timeEntry(ticket, f.memberId(0), 2);
      f.simulator.update("service/tickets", ticket, n -> n.put("actualHours", 2));
      f.syncOk();
      ServiceCall done = f.db.calls().require(call.id());
      assertThat(done.status()).isEqualTo(ErpProfiles.COMPLETED);
      assertThat(f.db.calls().labor(call.id())).singleElement().satisfies(l -> assertThat(l.technician())
          .isEqualTo("T01"));
      assertThat(f.sync.cwId(ErpFlows.CALL_COMPLETION, call.id())).contains((long) ticket);
      assertThat(f.sync.cwId(EntityType.TICKET, call.id())).as("not imported as a new call").isEmpty();
    }
  }
}
