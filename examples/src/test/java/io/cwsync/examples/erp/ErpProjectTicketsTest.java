package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Seed 003, "Project Tickets": one test per question, end to end against the simulator. */
class ErpProjectTicketsTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static int project(ErpFixture f, int company, String name, String billingMethod) {
    ObjectNode p = JSON.objectNode().put("name", name).put("billingMethod", billingMethod).put("billingAmount", 4800.0);
    p.set("company", ErpFixture.ref(company));
    return f.simulator.create("project/projects", p).path("id").asInt();
  }

  private static int invoice(ErpFixture f, int company, int project, String type, String number, double total) {
    ObjectNode i = JSON.objectNode().put("invoiceNumber", number).put("type", type).put("total", total);
    i.set("status", ErpFixture.ref(1, "Open"));
    i.set("company", ErpFixture.ref(company));
    i.set("project", ErpFixture.ref(project));
    return f.simulator.create("finance/invoices", i).path("id").asInt();
  }

  private static void projectTime(ErpFixture f, int project, int member, double hours) {
    ObjectNode e = JSON.objectNode().put("chargeToId", 1).put("chargeToType", "ProjectTicket")
        .put("timeStart", "2026-11-04T09:00:00Z").put("actualHours", hours).put("notes", "Installed");
    e.set("member", ErpFixture.ref(member));
    e.set("project", ErpFixture.ref(project));
    f.simulator.create("time/entries", e);
  }

  /** Q1: "Are fixed fee projects supported?" The fee syncs as a non-inventory part on the call. */
  @Test
  void fixedFeeProjects_feeSyncsAsANonInventoryPartOnTheCall() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int rollout = project(f, acme, "Copier rollout", "FixedFee");
      invoice(f, acme, rollout, "Standard", "INV-P1", 4800.0);
      f.integrate().syncOk();

      ServiceCall call = f.db.calls().list().get(0);
      assertThat(call.description()).contains("Copier rollout").contains("INV-P1");
      assertThat(call.customerId()).isEqualTo(f.db.customers().requireNumber("ACME01").id());
      assertThat(f.db.calls().parts(call.id())).singleElement().satisfies(p -> {
        assertThat(p.item()).isEqualTo(ProjectInvoiceAdapter.FIXED_FEE_ITEM);
        assertThat(p.price()).isEqualByComparingTo(new BigDecimal("4800"));
      });
      assertThat(f.db.calls().labor(call.id())).as("a fixed fee bills no time").isEmpty();
    }
  }

  /** Q2: "If I have a down payment invoice applied to a project, how does that sync?" It does not. */
  @Test
  void downPaymentInvoice_doesNotSync() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int rollout = project(f, acme, "Copier rollout", "FixedFee");
      invoice(f, acme, rollout, "DownPayment", "INV-DP", 1000.0);
      f.integrate().syncOk();
      assertThat(f.db.calls().list()).isEmpty();
      assertThat(f.sync.errorReport()).isEmpty();
    }
  }

  /** Q3: "Does it matter if I bill by phase or when the project is complete?" Both sync. */
  @Test
  void billByPhaseOrAtCompletion_bothSyncWithTheProjectTime() {
    try (ErpFixture f = ErpFixture.start()) {
      int acme = f.company("ACME01", null, "Acme Copiers");
      int globex = f.company("GLOBEX", null, "Globex Imaging");
      int phased = project(f, acme, "Network refresh", "ActualRates");
      int whole = project(f, globex, "Print audit", "ActualRates");
      projectTime(f, phased, f.memberId(0), 3);
      invoice(f, acme, phased, "Progress", "INV-PH1", 450.0);
      invoice(f, globex, whole, "Standard", "INV-END", 900.0);
      f.integrate().syncOk();

      assertThat(f.db.calls().list()).extracting(ServiceCall::description).containsExactlyInAnyOrder(
          "CW Project 'Network refresh' invoice INV-PH1 (billed by phase)",
          "CW Project 'Print audit' invoice INV-END (billed at completion)");
      ServiceCall byPhase = f.db.calls().list().stream().filter(c -> c.description().contains("by phase"))
          .findFirst().orElseThrow();
      assertThat(f.db.calls().labor(byPhase.id())).singleElement().satisfies(l -> {
        assertThat(l.technician()).isEqualTo("T01");
        assertThat(l.hours()).isEqualByComparingTo(new BigDecimal("3"));
      });
    }
  }
}
