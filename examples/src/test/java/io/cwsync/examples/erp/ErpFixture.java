package io.cwsync.examples.erp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.testkit.contract.MutableClock;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One ERP end-to-end setup: a small simulated ConnectWise tenant over HTTP (a few companies and contacts,
 * members, product types and catalog items; agreements, tickets, invoices and orders are seeded by each
 * test), the example ERP on a private in-memory H2 database with its sample data, and the integration.
 */
final class ErpFixture implements AutoCloseable {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  final ConnectWiseSimulator simulator;
  final ConnectWiseClient client;
  final ReferenceData reference;
  final ErpDatabase db;
  final List<String> members;
  /** The integration's clock: each pass is two minutes after the previous one, so due retries run once a pass. */
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
  ErpIntegration sync;

  private ErpFixture() {
    this.simulator = ConnectWiseSimulator.builder().seedData(TenantGenerator.builder().seed(2026)
        .now(Instant.parse("2026-11-01T00:00:00Z")).companies(3).contacts(3).sitesPerTenCompanies(0)
        .opportunities(0).forecastItemsPerOpportunity(0).catalogItems(6).taxCodes(1).members(4).agreements(0)
        .tickets(0).invoices(0).salesOrders(0).build()::populate).build().start();
    this.client = DemoTenant.client(simulator);
    this.reference = ReferenceData.load(client);
    this.members = reference.members().stream().sorted(Comparator.comparingInt(ReferenceData.MemberName::id))
        .map(ReferenceData.MemberName::identifier).toList();
    this.db = ErpDatabase.inMemory(Clock.systemUTC());
    ErpSampleData.seed(db, members);
  }

  static ErpFixture start() {
    return new ErpFixture();
  }

  ErpFixture integrate() {
    return integrate(b -> b);
  }

  ErpFixture integrate(UnaryOperator<SyncProfile.Builder> adjust) {
    return integrate(adjust, b -> b);
  }

  ErpFixture integrate(UnaryOperator<SyncProfile.Builder> adjust, UnaryOperator<ErpIntegration.Builder> more) {
    if (sync != null) {
      sync.close();
    }
    sync = more.apply(ErpIntegration.builder().database(db).profile(adjust.apply(ErpProfiles.builder(db)).build())
        .connection(DemoTenant.settings(simulator)).client(client).reference(reference).clock(clock)).build();
    return this;
  }

  SyncReport sync() {
    clock.advance(Duration.ofMinutes(2));
    return sync.sync();
  }

  /** Runs a pass and fails unless every stream completed and no record failed. */
  SyncReport syncOk() {
    int before = failures().size();
    SyncReport report = sync();
    List<AuditEntry> failures = failures();
    if (!report.successful() || failures.size() > before) {
      throw new AssertionError("sync failed: " + report + "\nfailures: " + failures.subList(before, failures.size()));
    }
    return report;
  }

  List<AuditEntry> failures() {
    return sync.audit().stream().filter(e -> e.outcome() == Outcome.FAILED).toList();
  }

  long cwId(EntityType type, long hostId) {
    return sync.cwId(type, hostId).orElseThrow(() -> new AssertionError(type + " " + hostId + " is not linked"));
  }

  ObjectNode cw(String type, long id) {
    return simulator.get(type, Math.toIntExact(id)).orElseThrow(() -> new AssertionError(type + " " + id));
  }

  List<ObjectNode> cw(String type) {
    return simulator.records(type);
  }

  int memberId(int index) {
    return reference.members().stream().sorted(Comparator.comparingInt(ReferenceData.MemberName::id)).toList()
        .get(index).id();
  }

  int contactId() {
    return simulator.records("company/contacts").get(0).path("id").asInt();
  }

  int company(String identifier, String accountNumber, String name) {
    ObjectNode c = JSON.objectNode().put("identifier", identifier).put("name", name).put("city", "Tampa")
        .put("deletedFlag", false);
    if (accountNumber != null) {
      c.put("accountNumber", accountNumber);
    }
    return simulator.create("company/companies", c).path("id").asInt();
  }

  static ObjectNode ref(int id) {
    return JSON.objectNode().put("id", id);
  }

  static ObjectNode ref(int id, String name) {
    return JSON.objectNode().put("id", id).put("name", name);
  }

  int agreement(long companyId, String type, String name) {
    ObjectNode a = JSON.objectNode().put("name", name).put("agreementStatus", "Active").put("billAmount", 250.0)
        .put("startDate", "2026-01-01T00:00:00Z");
    a.set("type", ref(type.length(), type));
    a.set("company", ref(Math.toIntExact(companyId)));
    a.set("contact", ref(contactId()));
    return simulator.create("finance/agreements", a).path("id").asInt();
  }

  int invoice(String number, long companyId, long billToId, int agreementId, String status) {
    ObjectNode i = JSON.objectNode().put("invoiceNumber", number).put("type", "Agreement").put("total", 250.0)
        .put("date", "2026-11-01T00:00:00Z");
    i.set("status", ref(status.length(), status));
    i.set("company", ref(Math.toIntExact(companyId)));
    i.set("billToCompany", ref(Math.toIntExact(billToId)));
    i.set("agreement", ref(agreementId));
    return simulator.create("finance/invoices", i).path("id").asInt();
  }

  int ticket(long companyId, String summary, String status, int ownerMemberId) {
    ObjectNode t = JSON.objectNode().put("summary", summary).put("recordType", "ServiceTicket");
    t.set("status", ref(status.length(), status));
    t.set("company", ref(Math.toIntExact(companyId)));
    t.set("owner", ref(ownerMemberId));
    return simulator.create("service/tickets", t).path("id").asInt();
  }

  int timeEntry(int ticketId, int memberId, double hours) {
    ObjectNode e = JSON.objectNode().put("chargeToId", ticketId).put("chargeToType", "ServiceTicket")
        .put("timeStart", "2026-11-02T09:00:00Z").put("actualHours", hours).put("notes", "Replaced fuser");
    e.set("member", ref(memberId));
    return simulator.create("time/entries", e).path("id").asInt();
  }

  @Override
  public void close() {
    if (sync != null) {
      sync.close();
    }
    db.close();
    simulator.close();
  }
}
