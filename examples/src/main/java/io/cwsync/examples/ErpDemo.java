package io.cwsync.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.SyncReport;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.examples.demo.ConsoleListener;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.examples.demo.ProgressBar;
import io.cwsync.examples.demo.ReportPrinter;
import io.cwsync.examples.erp.CallAttempt;
import io.cwsync.examples.erp.CallOrigin;
import io.cwsync.examples.erp.Contract;
import io.cwsync.examples.erp.ErpDatabase;
import io.cwsync.examples.erp.ErpIntegration;
import io.cwsync.examples.erp.ErpProfiles;
import io.cwsync.examples.erp.ErpSampleData;
import io.cwsync.examples.erp.MappedCustomer;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ERP integration's demo ({@code --host erp} of {@link Demo}, or this main): the example ERP on H2
 * synced with the ConnectWise simulator, in the order the seed prescribes.
 *
 * <p>It seeds the ERP (customers, contract templates, technicians, item templates) and the tenant (companies
 * that already carry customer numbers, agreements and invoices, tickets with time entries, a sales order),
 * opens two calls in the ERP, then runs the customer sync first and the other flows after it, twice (the
 * second pass shows failures being retried), and prints the summary per flow, the calls' attempt e-mails, the
 * mapped customers, the error report and the audit log.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am -DskipTests package exec:java -Dexec.args="--host erp"}.
 */
public final class ErpDemo {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ErpDemo() {}

  /**
   * Runs the ERP demo and exits with its status when that is not {@link Demo#OK}.
   *
   * @param args none, or {@code --help}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != Demo.OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the ERP demo.
   *
   * @param args none, or {@code --help}
   * @param out where the progress, summaries, reports and audit log go
   * @param err where errors go
   * @return {@link Demo#OK}, {@link Demo#FAILED} or {@link Demo#USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args == null");
    requireNonNull(out, "out == null");
    requireNonNull(err, "err == null");
    String usage = "Usage: Demo --host erp    (the ERP integration against the ConnectWise simulator)";
    if (args.length == 1 && args[0].equals("--help")) {
      out.println(usage);
      return Demo.OK;
    }
    if (args.length > 0) {
      err.println("error: the ERP demo takes no other options, got " + String.join(" ", args));
      err.println(usage);
      return Demo.USAGE;
    }
    out.println("Starting the ConnectWise simulator with a small tenant...");
    try (ConnectWiseSimulator simulator = ConnectWiseSimulator.builder().seedData(TenantGenerator.builder()
            .seed(2026).now(Instant.parse("2026-11-01T00:00:00Z")).companies(12).contacts(24).opportunities(0)
            .forecastItemsPerOpportunity(0).catalogItems(20).taxCodes(1).members(6).agreements(0).tickets(0)
            .invoices(0).salesOrders(0).build()::populate).build().start();
        ErpDatabase db = ErpDatabase.inMemory(Clock.systemUTC())) {
      ConnectWiseClient client = DemoTenant.client(simulator);
      ReferenceData reference = ReferenceData.load(client);
      List<ReferenceData.MemberName> members = reference.members().stream()
          .sorted(Comparator.comparingInt(ReferenceData.MemberName::id)).toList();
      ErpSampleData.seed(db, members.stream().map(ReferenceData.MemberName::identifier).toList());
      Seeded cw = seedTenant(simulator, members);
      out.println("ERP seeded: " + db.customers().count() + " customers (one a location, one with ZCJ_SyncToCW = No),"
          + " contract templates " + db.contracts().templates() + ", technicians T01-T03 (T03 unmapped)");
      out.println("ConnectWise seeded: companies ACME01 (Company ID) and GLOBEX (Account ID), 2 agreements with an"
          + " invoice each, 2 completed tickets with time entries (one by an unmapped member), a fixed-fee project"
          + " with a down payment and a final invoice, a sales order");

      // Each pass is a few minutes after the previous one, as when the sync is scheduled.
      LaterClock clock = new LaterClock();
      ProgressBar progress = ProgressBar.forTerminal(out);
      ReportPrinter printer = new ReportPrinter(out);
      try (ErpIntegration sync = ErpIntegration.builder().database(db)
          .profile(ErpProfiles.builder(db).erp(erp -> erp.errorItem(ErpSampleData.ERROR_ITEM)
              .onHoldCodes(ErpSampleData.ON_HOLD_CODE)).build())
          .connection(DemoTenant.settings(simulator)).client(client).reference(reference).clock(clock)
          .salesOrderStatuses("Ordered").listener(new ConsoleListener(progress))
          .onCallAttempt(a -> out.println("  e-mail: " + a.line())).build()) {
        long acme = db.customers().requireNumber("ACME01").id();
        long umbrella = db.customers().requireNumber("UMBRELLA").id();
        db.calls().open(acme, null, "Copier jams on tray 2", "T01", "Open", CallOrigin.ERP);
        db.calls().open(umbrella, null, "Fax offline", "T02", "Open", CallOrigin.ERP);
        out.println("ERP calls opened: SC-00001 for ACME01, SC-00002 for UMBRELLA (not synced to ConnectWise)");
        out.println();
        out.println("Flows, in order: " + String.join(" -> ", sync.tenant().flowsInOrder().stream()
            .map(f -> f.id()).toList()));

        out.println();
        out.println("First sync: customers first, then agreements, calls, service, projects and sales orders...");
        SyncReport first = sync.sync();
        progress.finish();
        printer.summary("First sync", first);

        out.println();
        out.println("Second sync (the next scheduled pass; failures are retried)...");
        clock.advance(Duration.ofMinutes(5));
        SyncReport second = sync.sync();
        progress.finish();
        printer.summary("Second sync", second);

        out.println();
        out.println("== Call attempts (what the host e-mails) ==");
        for (CallAttempt a : sync.callAttempts()) {
          out.println("  " + a.line());
        }
        out.println();
        out.println("== CW Mapped Customers ==");
        for (MappedCustomer m : sync.mappedCustomers()) {
          out.printf(Locale.ROOT, "  %-10s %-22s %s%n", m.number(), m.name(), m.location()
              ? "site " + m.cwSiteId() + " of company " + m.cwCompanyId() : "company " + m.cwCompanyId());
        }
        out.println();
        out.println("== Service calls ==");
        for (io.cwsync.examples.erp.ServiceCall c : db.calls().list()) {
          out.printf(Locale.ROOT, "  %s %-6s %-9s %s%s%n", c.number(), c.origin(), c.status(), c.description(),
              db.calls().parts(c.id()).isEmpty() ? "" : "  parts " + db.calls().parts(c.id()).stream()
                  .map(p -> p.item() + " " + p.price()).toList());
        }
        out.println();
        out.println("== Contracts ==");
        for (Contract c : db.contracts().list()) {
          out.printf(Locale.ROOT, "  %s %-9s template %-17s PO %s%n", c.number(), c.status(), c.template(),
              c.po());
        }
        out.println();
        out.println("== Error report (each record at most 3 times, then parked) ==");
        List<RetryItem> errors = sync.errorReport();
        if (errors.isEmpty()) {
          out.println("  (none)");
        }
        for (RetryItem e : errors) {
          out.println("  " + e.key().flowId() + " " + e.key().recordId() + " (attempt " + e.attempts() + "): "
              + e.reason());
        }
        printer.audit(sync.audit(), 20);
        out.println();
        out.println("Summary: " + db.customers().count() + " customers (" + sync.mappedCustomers().size()
            + " mapped), " + db.contracts().list().size() + " contracts, " + db.calls().list().size()
            + " service calls, " + db.salesOrders().list().size() + " sales orders; " + cw.describe());
        boolean ok = first.successful() && second.successful();
        // Said as it is: the demo's ERP has no technician for one ConnectWise member on purpose, so the error
        // report has something to show; any other failure is counted the same way.
        String report = errors.isEmpty() ? "" : "; " + errors.size() + " record(s) in the error report (the demo seeds"
            + " an unmapped technician to show the report)";
        out.println(ok ? "ERP demo finished: both syncs completed" + report + "."
            : "ERP demo finished: a sync did not complete" + report + ".");
        return ok ? Demo.OK : Demo.FAILED;
      }
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return Demo.FAILED;
    }
  }

  /** The system clock moved ahead by a settable amount: the demo's "five minutes later" without waiting. */
  private static final class LaterClock extends Clock {
    private volatile Duration ahead = Duration.ZERO;

    void advance(Duration d) {
      ahead = ahead.plus(d);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(ahead);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** What the demo put into the simulated tenant. */
  private record Seeded(int agreements, int tickets, int orders) {
    String describe() {
      return "ConnectWise held " + agreements + " agreements, " + tickets + " tickets and " + orders + " sales order";
    }
  }

  private static Seeded seedTenant(ConnectWiseSimulator sim, List<ReferenceData.MemberName> members) {
    int acme = company(sim, "ACME01", null, "Acme Copiers");
    int globex = company(sim, "GLOBEX-IMG", "GLOBEX", "Globex Imaging");
    int contact = sim.records("company/contacts").get(0).path("id").asInt();
    int managed = agreement(sim, acme, contact, "Managed Services", "Acme managed print");
    int security = agreement(sim, globex, contact, "Security", "Globex firewall");
    invoice(sim, "INV-1001", acme, managed);
    invoice(sim, "INV-1002", globex, security);
    int t1 = ticket(sim, acme, "Copier jams", members.get(0).id());
    timeEntry(sim, t1, members.get(0).id(), 1.5);
    int t2 = ticket(sim, globex, "Scanner driver", members.get(1).id());
    timeEntry(sim, t2, members.get(2).id(), 0.75);
    ObjectNode project = JSON.objectNode().put("name", "Copier rollout").put("billingMethod", "FixedFee")
        .put("billingAmount", 4800.0);
    project.set("company", ref(acme));
    int rollout = sim.create("project/projects", project).path("id").asInt();
    for (String type : List.of("DownPayment", "Standard")) {
      // An invoice number has at most 15 characters (ConnectWise's specification).
      String number = type.equals("DownPayment") ? "INV-P-Deposit" : "INV-P-" + type;
      ObjectNode i = JSON.objectNode().put("invoiceNumber", number).put("type", type).put("total", 4800.0);
      i.set("status", JSON.objectNode().put("id", 1).put("name", "Open"));
      i.set("company", ref(acme));
      i.set("project", ref(rollout));
      sim.create("finance/invoices", i);
    }
    ObjectNode o = JSON.objectNode().put("poNumber", "PO-77").put("orderDate", "2026-11-03T00:00:00Z");
    o.set("company", ref(acme));
    o.set("status", JSON.objectNode().put("id", 2).put("name", "Ordered"));
    o.set("salesRep", ref(members.get(0).id()));
    int order = sim.create("sales/orders", o).path("id").asInt();
    for (ObjectNode item : sim.records("procurement/catalog").subList(0, 3)) {
      ObjectNode p = JSON.objectNode().put("billableOption", "Billable").put("quantity", 1).put("price", 120.0);
      p.set("catalogItem", ref(item.path("id").asInt()));
      p.set("salesOrder", ref(order));
      sim.create("procurement/products", p);
    }
    return new Seeded(2, 2, 1);
  }

  private static ObjectNode ref(int id) {
    return JSON.objectNode().put("id", id);
  }

  private static int company(ConnectWiseSimulator sim, String identifier, String account, String name) {
    ObjectNode c = JSON.objectNode().put("identifier", identifier).put("name", name).put("city", "Tampa")
        .put("deletedFlag", false);
    if (account != null) {
      c.put("accountNumber", account);
    }
    return sim.create("company/companies", c).path("id").asInt();
  }

  private static int agreement(ConnectWiseSimulator sim, int company, int contact, String type, String name) {
    ObjectNode a = JSON.objectNode().put("name", name).put("agreementStatus", "Active").put("billAmount", 250.0);
    a.set("type", JSON.objectNode().put("id", type.length()).put("name", type));
    a.set("company", ref(company));
    a.set("contact", ref(contact));
    return sim.create("finance/agreements", a).path("id").asInt();
  }

  private static void invoice(ConnectWiseSimulator sim, String number, int company, int agreement) {
    ObjectNode i = JSON.objectNode().put("invoiceNumber", number).put("type", "Agreement").put("total", 250.0);
    i.set("status", JSON.objectNode().put("id", 1).put("name", "Open"));
    i.set("company", ref(company));
    i.set("billToCompany", ref(company));
    i.set("agreement", ref(agreement));
    sim.create("finance/invoices", i);
  }

  private static int ticket(ConnectWiseSimulator sim, int company, String summary, int owner) {
    ObjectNode t = JSON.objectNode().put("summary", summary).put("recordType", "ServiceTicket");
    t.set("status", JSON.objectNode().put("id", 9).put("name", ErpProfiles.COMPLETED));
    t.set("company", ref(company));
    t.set("owner", ref(owner));
    return sim.create("service/tickets", t).path("id").asInt();
  }

  private static void timeEntry(ConnectWiseSimulator sim, int ticket, int member, double hours) {
    ObjectNode e = JSON.objectNode().put("chargeToId", ticket).put("chargeToType", "ServiceTicket")
        .put("timeStart", "2026-11-02T09:00:00Z").put("actualHours", hours).put("notes", "On site");
    e.set("member", ref(member));
    sim.create("time/entries", e);
  }
}
