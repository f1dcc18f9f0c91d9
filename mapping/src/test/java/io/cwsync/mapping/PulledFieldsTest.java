package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ResourceService;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ProfileSyncRules#connectWiseFields}: records read over HTTP with {@code fields=} set to the flow's fields
 * (full-payload records from {@code TenantGenerator}) map exactly like the whole records: scope, host values,
 * fingerprint and natural keys, under profiles with and without filters, natural keys and custom field mappings.
 * A field the mapping reads but the list leaves out would arrive absent and map as empty, failing here.
 */
class PulledFieldsTest {

  /** The generator's custom field captions. */
  private static final ReferenceData REFERENCE = ReferenceData.builder().customField(1, "Account Tier")
      .customField(2, "Renewal Date").customField(3, "Managed").customField(4, "Seats").build();

  private static ConnectWiseSimulator sim;
  private static ConnectWiseClient cw;

  @BeforeAll
  static void start() {
    TenantGenerator gen = TenantGenerator.builder().seed(14).companies(120).contacts(240).sitesPerTenCompanies(0)
        .opportunities(200).forecastItemsPerOpportunity(0).catalogItems(0).taxCodes(0).members(1).agreements(0)
        .tickets(0).timeEntriesPerTicket(0).invoices(0).salesOrders(0).build();
    sim = ConnectWiseSimulator.builder().companyId("acme").publicKey("pub").privateKey("priv")
        .seedData(gen::populate).build().start();
    cw = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme").publicKey("pub")
        .privateKey("priv").clientId("cwsync-mapping-test").noRateLimit().build();
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private static List<SyncProfile> profiles() {
    return List.of(
        SyncProfile.builder().mode(SyncMode.PULL_ONLY).build(),
        SyncProfile.builder().mode(SyncMode.PULL_ONLY)
            .pullFilters(pf -> pf.companyTypes("Prospect", "Client").markets("Healthcare", "Retail", "Legal"))
            .fieldRules(EntityType.COMPANY, fr -> fr.naturalKey("customerNumber", "identifier")
                .naturalKey("customerNumber", "accountNumber")
                .mapCustomField("tier", "Account Tier").mapCustomField("seats", "Seats"))
            .fieldRules(EntityType.CONTACT, fr -> fr.mapCustomField("managed", "Managed"))
            .build());
  }

  @Test
  void connectWiseFields_companiesAndContacts_restrictedRecordsMapLikeWholeOnes() {
    for (SyncProfile profile : profiles()) {
      ProfileSyncRules rules = ProfileSyncRules.create(profile, REFERENCE);
      TestContext ctx = new TestContext();
      compare(rules, Flows.of(EntityType.COMPANY), cw.companies(), ctx);
      // Contacts refer to companies: link them all, so the company reference maps to a host id.
      cw.companies().listAll(Query.all()).forEach(c -> ctx.link(EntityType.COMPANY, "h" + c.id(), c.id()));
      compare(rules, Flows.of(EntityType.CONTACT), cw.contacts(), ctx);
      cw.contacts().listAll(Query.all()).forEach(c -> ctx.link(EntityType.CONTACT, "h" + c.id(), c.id()));
      compare(rules, Flows.of(EntityType.OPPORTUNITY), cw.opportunities(), ctx);
    }
  }

  @Test
  void connectWiseFields_opportunitiesWithTheTenantsStagesAndTaxCodes_restrictedRecordsMapLikeWholeOnes() {
    // The tenant's own reference data: every stage mapped, statuses known (the closed flag), tax codes imported.
    ReferenceData reference = ReferenceData.load(cw);
    SyncProfile profile = SyncProfile.builder().mode(SyncMode.PULL_ONLY)
        .stageMapping(sm -> reference.stages().forEach(stage -> sm.mapStage(stage.name(), stage.name())))
        .taxMapping(tm -> tm.importTaxCodes())
        .pullFilters(pf -> pf.opportunityStatuses(reference.statuses().get(0).name()))
        .build();
    ProfileSyncRules rules = ProfileSyncRules.create(profile, reference);
    TestContext ctx = new TestContext();
    cw.companies().listAll(Query.all()).forEach(c -> ctx.link(EntityType.COMPANY, "h" + c.id(), c.id()));
    cw.contacts().listAll(Query.all()).forEach(c -> ctx.link(EntityType.CONTACT, "h" + c.id(), c.id()));
    List<Object> hostValues = compare(rules, Flows.of(EntityType.OPPORTUNITY), cw.opportunities(), ctx);
    assertThat(hostValues).as("most opportunities map without an error, so the comparison covers their values")
        .filteredOn(v -> v instanceof Map).hasSizeGreaterThan(100);
  }

  @Test
  void connectWiseFields_kindsWithoutAList_readWholeRecords() {
    ProfileSyncRules rules = ProfileSyncRules.create(Fixtures.fullProfile(), Fixtures.reference(),
        new RelatedRecords() {
          @Override
          public boolean companyHasOpportunity(int companyId) {
            return true;
          }

          @Override
          public boolean ticketHasTimeEntries(int ticketId) {
            return true;
          }

          @Override
          public java.util.Optional<String> agreementType(int agreementId) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.Optional<String> catalogItemType(int catalogItemId) {
            return java.util.Optional.empty();
          }
        });
    for (String kind : List.of("forecast_item", "product", "agreement", "ticket", "sales_order")) {
      assertThat(rules.connectWiseFields(Flows.of(kind))).as(kind).isEmpty();
    }
    assertThat(rules.connectWiseFields(Flows.of(EntityType.COMPANY))).get().asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.collection(String.class))
        .contains("id", "_info", "name", "identifier", "accountNumber", "customFields", "types", "market");
  }

  /** Compares whole and restricted reads of {@code service}; returns what toHost gave for each record. */
  private static <T extends ConnectWiseRecord> List<Object> compare(ProfileSyncRules rules, Flow flow,
      ResourceService<T> service, TestContext ctx) {
    Set<String> fields = new TreeSet<>(rules.connectWiseFields(flow).orElseThrow());
    List<T> whole = service.listAll(Query.builder().orderBy("id asc").build()).stream().toList();
    sim.journal().reset();
    List<T> restricted = service.listAll(Query.builder().orderBy("id asc").fields(fields.toArray(String[]::new))
        .build()).stream().toList();
    List<JournalEntry> requests = sim.journal().entries();
    assertThat(requests).isNotEmpty().allSatisfy(e -> assertThat(e.query()).contains("fields="));

    assertThat(restricted).hasSameSizeAs(whole).hasSizeGreaterThan(100);
    int leftOut = 0;
    List<Object> hostValues = new ArrayList<>();
    for (int i = 0; i < whole.size(); i++) {
      T w = whole.get(i);
      T r = restricted.get(i);
      assertThat(r.id()).isEqualTo(w.id());
      leftOut += keys(w).size() - keys(r).size();
      assertThat(keys(r)).as("%s %s", flow.entityType(), r.id()).isSubsetOf(fields);
      Map<String, Object> expected = mapped(rules, flow, w, ctx);
      assertThat(mapped(rules, flow, r, ctx)).as("%s %s mapped from %s", flow.entityType(), r.id(), fields)
          .isEqualTo(expected);
      hostValues.add(expected.get("toHost"));
    }
    assertThat(leftOut).as("fields the restricted read left out").isGreaterThan(whole.size() * 10);
    return hostValues;
  }

  /** Everything a pull derives from a record, failures included (as their type and message). */
  private static Map<String, Object> mapped(ProfileSyncRules rules, Flow flow, ConnectWiseRecord r,
      TestContext ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scope", outcome(() -> rules.pullScope(flow, r, ctx)));
    out.put("toHost", outcome(() -> rules.toHost(flow, r, null, ctx).fields()));
    out.put("fingerprint", outcome(() -> rules.cwFingerprint(flow, r, ctx)));
    out.put("hostNaturalKeys", outcome(() -> rules.hostNaturalKeys(flow, r, ctx)));
    return out;
  }

  private static Object outcome(Supplier<Object> f) {
    try {
      return f.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static List<String> keys(ConnectWiseRecord r) {
    JsonNode tree = ConnectWiseJson.mapper().valueToTree(r);
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }
}
