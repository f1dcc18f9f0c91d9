package io.cwsync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.cwsync.core.support.Harness.COMPANIES;
import static io.cwsync.core.support.Harness.TENANT;
import static io.cwsync.core.support.Harness.array;
import static io.cwsync.core.support.Harness.company;
import static io.cwsync.core.support.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.support.CompanyFlowTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CoordinatorPushTest extends CompanyFlowTest {

  static final String T1 = "2026-03-01T12:00:00Z";
  static final String T2 = "2026-03-01T12:05:00Z";
  static final String LOOKUP_A1 = "identifier = \"A1\"";

  CoordinatorPushTest() {
    super(Direction.PUSH);
  }

  private void hostCompany(String id, String code, String name) {
    h.host.put(HostRecord.builder(EntityType.COMPANY, id).field("code", code).field("name", name).build());
  }

  private void stubLookup(String body) {
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing(LOOKUP_A1))
        .willReturn(json(body)));
  }

  /** Puts h1 in the host, with no match in ConnectWise and a POST that creates it as company 10. */
  private void stubCreateOfH1() {
    hostCompany("h1", "A1", "Acme");
    stubLookup("[]");
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).willReturn(json(201, company(10, "A1", "Acme", T1))));
  }

  /** Creates h1 as ConnectWise company 10 and returns the coordinator's report. */
  private SyncReport createH1() {
    stubCreateOfH1();
    return coordinator.runPass(tenant);
  }

  /** Creates h1 as company 10, then the host user edits its phone; company 10 reads as it was created. */
  private void createH1ThenEditPhone() {
    createH1();
    h.host.edit("h1", "phone", "555-0100");
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/10")).willReturn(json(company(10, "A1", "Acme", T1))));
  }

  /** A PATCH of company 10 answers with the new phone. */
  private void stubPhonePatch() {
    wm.stubFor(patch(urlPathEqualTo(COMPANIES + "/10")).willReturn(json(
        "{\"id\":10,\"identifier\":\"A1\",\"name\":\"Acme\",\"phoneNumber\":\"555-0100\","
            + "\"_info\":{\"lastUpdated\":\"" + T2 + "\"}}")));
  }

  /** The pull side of a BOTH tenant finds nothing in ConnectWise. */
  private void stubEmptyPull() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":0}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("orderBy", containing("lastUpdated"))
        .willReturn(json("[]")));
  }

  /** h1 is in the host with the create intent a crash left behind (the outcome of its POST unknown). */
  private void pendingCreateOfH1() {
    hostCompany("h1", "A1", "Acme");
    h.links.putIfAbsent(Link.pendingCreate(TENANT, EntityType.COMPANY, "h1", h.now.get()));
  }

  /**
   * Runs a pass over h1's pending create when the rules have no natural key: the coordinator can only recognise
   * its own create among the companies changed since the intent, here {@code changedCompanies}.
   */
  private SyncReport passOverPendingCreateWithoutNaturalKey(String changedCompanies) {
    h.rules.naturalKey = false;
    pendingCreateOfH1();
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated"))
        .willReturn(json(changedCompanies)));
    return coordinator.runPass(tenant);
  }

  @Test
  void runPass_newHostRecord_looksUpThenPostsOnceAndLinks() {
    SyncReport report = createH1();

    assertThat(report.count(SyncAction.CREATE)).isEqualTo(1);
    wm.verify(1, postRequestedFor(urlPathEqualTo(COMPANIES))
        .withRequestBody(equalToJson("{\"identifier\":\"A1\",\"name\":\"Acme\"}")));
    Link link = h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow();
    assertThat(link.state()).isEqualTo(LinkState.LINKED);
    assertThat(link.cwId()).isEqualTo(10L);
    assertThat(link.cwEchoPending()).isTrue();
    assertThat(h.host.cwIdOf("h1")).isEqualTo(10L);
    AuditEntry entry = h.audit.query(AuditQuery.all(TENANT, 1)).get(0);
    assertThat(entry.action()).isEqualTo(SyncAction.CREATE);
    assertThat(entry.deepLink()).contains("recid=10").contains("CompanyFV");
    assertThat(h.history.forHostRecord(TENANT, EntityType.COMPANY, "h1", 10)).extracting(e -> e.action())
        .containsExactly(SyncAction.CREATE);
  }

  @Test
  void runPass_createOutcomeUnknown_resolvedByLookupWithoutSecondPost() {
    hostCompany("h1", "A1", "Acme");
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing(LOOKUP_A1))
        .inScenario("create").whenScenarioStateIs(STARTED).willReturn(json("[]")));
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).inScenario("create").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing(LOOKUP_A1))
        .inScenario("create").whenScenarioStateIs("created")
        .willReturn(json(array(company(10, "A1", "Acme", T1)))));

    SyncReport report = coordinator.runPass(tenant);

    wm.verify(1, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(report.count(SyncAction.LINK)).isEqualTo(1);
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId()).isEqualTo(10L);
  }

  @Test
  void runPass_postNeverLanded_lookupEmptyThenPostedOnceMore() {
    hostCompany("h1", "A1", "Acme");
    stubLookup("[]");
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).inScenario("create").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("retry"));
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).inScenario("create").whenScenarioStateIs("retry")
        .willReturn(json(201, company(11, "A1", "Acme", T1))));

    SyncReport report = coordinator.runPass(tenant);

    wm.verify(2, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(report.count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId()).isEqualTo(11L);
  }

  @Test
  void runPass_pendingCreateLeftByCrash_linksByLookupWithoutPost() {
    pendingCreateOfH1();
    stubLookup(array(company(10, "A1", "Acme", T1)));

    SyncReport report = coordinator.runPass(tenant);

    wm.verify(0, postRequestedFor(urlPathEqualTo(COMPANIES)));
    wm.verify(0, patchRequestedFor(urlPathEqualTo(COMPANIES + "/10")));
    assertThat(report.count(SyncAction.LINK)).isEqualTo(1);
    Link link = h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow();
    assertThat(link.state()).isEqualTo(LinkState.LINKED);
    assertThat(link.cwId()).isEqualTo(10L);
  }

  @Test
  void runPass_pendingCreateWithoutNaturalKey_findsItsOwnCreateByTheSentValues_noSecondPost() {
    // Records changed since the intent: someone else's company, and ours (same values as the create would send).
    SyncReport report = passOverPendingCreateWithoutNaturalKey(
        array(company(9, "Z9", "Zeta", T1), company(10, "A1", "Acme", T1)));

    wm.verify(0, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(report.count(SyncAction.LINK)).isEqualTo(1);
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId()).isEqualTo(10L);
  }

  @Test
  void runPass_pendingCreateWithoutNaturalKey_twoRecordsWithTheSentValues_parkedAsConflictNeverPosted() {
    SyncReport report = passOverPendingCreateWithoutNaturalKey(
        array(company(10, "A1", "Acme", T1), company(11, "A1", "Acme", T1)));

    wm.verify(0, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(report.count(SyncAction.CONFLICT)).isEqualTo(1);
    assertThat(report.count(SyncAction.PARKED)).isEqualTo(1);
    assertThat(h.retries.find(new RetryKey(TENANT, "companies", Direction.PUSH, "h1")).orElseThrow().state())
        .isEqualTo(RetryState.PARKED);
  }

  @Test
  void runPass_twoMatchesByNaturalKey_parkedNotLinked() {
    hostCompany("h1", "A1", "Acme");
    stubLookup(array(company(10, "A1", "Acme", T1), company(12, "A1", "Acme (old)", T1)));

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.count(SyncAction.CONFLICT)).isEqualTo(1);
    wm.verify(0, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(h.links.findByCwId(TENANT, EntityType.COMPANY, 10)).isEmpty();
  }

  @Test
  void runPass_hostEdit_patchesOnlyTheChangedField() {
    createH1ThenEditPhone();
    stubPhonePatch();

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.count(SyncAction.UPDATE)).isEqualTo(1);
    wm.verify(1, patchRequestedFor(urlPathEqualTo(COMPANIES + "/10")).withRequestBody(
        equalToJson("[{\"op\":\"replace\",\"path\":\"phoneNumber\",\"value\":\"555-0100\"}]")));
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().snapshot())
        .containsEntry("phone", "555-0100");
  }

  @Test
  void runPass_pushScope_seesEveryFieldOnCreateThenOnlyChangedFieldsOnUpdate() {
    createH1ThenEditPhone();
    stubPhonePatch();

    coordinator.runPass(tenant);

    assertThat(h.rules.pushScopeChanged).containsExactly(Set.of("code", "name"), Set.of("phone"));
  }

  @Test
  void runPass_scopeRuleOnChangedFields_laterEditOfOtherFieldNotPushed() {
    // Mirrors the closed-opportunity rule: once linked, only a change of "name" is pushed.
    h.rules.linkedPushedOnlyIfChanged = Set.of("name");
    createH1ThenEditPhone();

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.count(SyncAction.UPDATE)).isZero();
    assertThat(report.count(SyncAction.SKIP)).isEqualTo(1);
    wm.verify(0, patchRequestedFor(urlPathEqualTo(COMPANIES + "/10")));
    assertThat(h.rules.pushScopeChanged).last().isEqualTo(Set.of("phone"));
  }

  @Test
  void runPass_onlySuppressedFieldChanged_noPatchAtAll() {
    h.rules.suppressed = Set.of("phoneNumber");
    createH1ThenEditPhone();

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.writes()).isZero();
    wm.verify(0, patchRequestedFor(urlPathEqualTo(COMPANIES + "/10")));
  }

  @Test
  void runPass_ownCreateComesBackOnPull_echoSuppressed() {
    Tenant both = h.tenant(Direction.BOTH);
    stubCreateOfH1();
    stubEmptyPull();
    coordinator.runPass(both);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("orderBy", containing("lastUpdated"))
        .willReturn(json(array(company(10, "A1", "Acme", T1)))));

    SyncReport second = coordinator.runPass(both);

    assertThat(second.count(SyncAction.ECHO)).isEqualTo(1);
    assertThat(second.writes()).isZero();
    assertThat(h.host.updates).isZero();
    SyncReport third = coordinator.runPass(both);
    assertThat(third.count(SyncAction.ECHO)).isZero();
    assertThat(third.writes()).isZero();
  }

  @Test
  void runPass_validationError_parkedOnceThenBackWhenTouched() {
    hostCompany("h1", "A1", "Acme");
    stubLookup("[]");
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).willReturn(json(400, "{\"code\":\"InvalidObject\",\"message\":"
        + "\"company object is invalid\",\"errors\":[{\"code\":\"MissingRequiredField\",\"message\":"
        + "\"The addressLine1 field is required.\",\"resource\":\"company\",\"field\":\"addressLine1\"}]}")));

    SyncReport first = coordinator.runPass(tenant);
    SyncReport second = coordinator.runPass(tenant);

    assertThat(first.count(SyncAction.PARKED)).isEqualTo(1);
    assertThat(second.count(SyncAction.PARKED) + second.count(SyncAction.ERROR)).isZero();
    wm.verify(1, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(h.retries.list(TENANT, RetryState.RETRYING, 10)).isEmpty();
    assertThat(h.retries.list(TENANT, RetryState.PARKED, 10)).singleElement()
        .satisfies(i -> assertThat(i.reason()).contains("REJECTED").contains("addressLine1"));
    assertThat(h.audit.query(new AuditQuery(TENANT, null, null, Set.of(Outcome.FAILED), null, 10))).hasSize(1);

    h.host.edit("h1", "name", "Acme Inc");
    wm.stubFor(post(urlPathEqualTo(COMPANIES)).willReturn(json(201, company(10, "A1", "Acme Inc", T1))));
    SyncReport third = coordinator.runPass(tenant);

    assertThat(third.count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(h.retries.find(new RetryKey(TENANT, "companies", Direction.PUSH, "h1"))).isEmpty();
  }

  @Test
  void runPass_transientFailures_retriedWithBackoffThenParkedAfterMaxAttempts() {
    createH1();
    h.host.edit("h1", "phone", "555");
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/10")).willReturn(json(503, "{\"code\":\"Unavailable\","
        + "\"message\":\"down\"}")));
    RetryKey key = new RetryKey(TENANT, "companies", Direction.PUSH, "h1");

    coordinator.runPass(tenant);
    assertThat(h.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.RETRYING);
    coordinator.runPass(tenant); // not due yet: nothing is retried
    assertThat(h.retries.find(key).orElseThrow().attempts()).isEqualTo(1);
    h.advance(Duration.ofMinutes(2));
    coordinator.runPass(tenant);
    assertThat(h.retries.find(key).orElseThrow().attempts()).isEqualTo(2);
    h.advance(Duration.ofMinutes(5));
    SyncReport last = coordinator.runPass(tenant);

    assertThat(last.count(SyncAction.PARKED)).isEqualTo(1);
    assertThat(h.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.PARKED);
    assertThat(h.retries.list(TENANT, RetryState.RETRYING, 10)).isEmpty();
  }

  @Test
  void runPass_optedOutOrOutOfScope_noRequests() {
    h.host.put(HostRecord.builder(EntityType.COMPANY, "h1").field("code", "A1").field("name", "Acme")
        .syncOptOut(true).build());
    hostCompany("h2", "B2", "skip me");

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.count(SyncAction.SKIP)).isEqualTo(2);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void runPass_dryRun_reportsCreateWithoutWriting() {
    hostCompany("h1", "A1", "Acme");
    stubLookup("[]");

    SyncReport report = coordinator.runPass(tenant.toBuilder().dryRun(true).build());

    assertThat(report.count(SyncAction.CREATE)).isEqualTo(1);
    wm.verify(0, postRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(h.links.count(TENANT, EntityType.COMPANY)).isZero();
    assertThat(h.audit.query(AuditQuery.all(TENANT, 5))).extracting(AuditEntry::outcome)
        .containsExactly(Outcome.DRY_RUN);
  }

  @Test
  void onHostChange_pushesThatRecordNow() {
    stubCreateOfH1();

    SyncReport report = coordinator.onHostChange(tenant, EntityType.COMPANY, "h1");

    assertThat(report.count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId()).isEqualTo(10L);
  }

  @Test
  void runPass_bothSidesEditDifferentFields_pullKeepsHostEditAndPushSendsOnlyIt() {
    Tenant both = h.tenant(Direction.BOTH);
    stubCreateOfH1();
    stubEmptyPull();
    coordinator.runPass(both);
    // ConnectWise renames the company while the host user changes its phone.
    h.host.edit("h1", "phone", "555-0100");
    String renamed = company(10, "A1", "Acme Renamed", T2);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("orderBy", containing("lastUpdated"))
        .willReturn(json(array(renamed))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/10")).willReturn(json(renamed)));
    String after = "{\"id\":10,\"identifier\":\"A1\",\"name\":\"Acme Renamed\",\"phoneNumber\":\"555-0100\","
        + "\"_info\":{\"lastUpdated\":\"2026-03-01T12:06:00Z\"}}";
    wm.stubFor(patch(urlPathEqualTo(COMPANIES + "/10")).willReturn(json(after)));

    SyncReport second = coordinator.runPass(both);

    assertThat(h.host.records().get("h1").fields()).containsEntry("name", "Acme Renamed")
        .containsEntry("phone", "555-0100");
    wm.verify(1, patchRequestedFor(urlPathEqualTo(COMPANIES + "/10")).withRequestBody(
        equalToJson("[{\"op\":\"replace\",\"path\":\"phoneNumber\",\"value\":\"555-0100\"}]")));
    assertThat(second.count(SyncAction.UPDATE)).isEqualTo(2);

    // The next pass sees both writes come back as echoes and writes nothing.
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("orderBy", containing("lastUpdated"))
        .willReturn(json(array(after))));
    SyncReport third = coordinator.runPass(both);
    assertThat(third.writes()).isZero();
    assertThat(third.count(SyncAction.ECHO)).isEqualTo(1);
    SyncReport fourth = coordinator.runPass(both);
    assertThat(fourth.writes()).isZero();
    assertThat(fourth.count(SyncAction.ECHO)).isZero();
  }

  @Test
  void runPass_childWhoseParentIsNotLinked_retriedLaterWithoutRequests() {
    io.cwsync.core.support.TestHost lines = new io.cwsync.core.support.TestHost(EntityType.FORECAST_ITEM);
    lines.put(HostRecord.builder(EntityType.FORECAST_ITEM, "l1").field("name", "Firewall").parentHostId("q1")
        .build());
    io.cwsync.core.model.Flow opps = io.cwsync.core.model.Flow.builder("opportunities", EntityType.OPPORTUNITY,
        io.cwsync.connectwise.Resources.OPPORTUNITIES).direction(Direction.PUSH).build();
    io.cwsync.core.model.Flow items = io.cwsync.core.model.Flow.builder("quote-lines", EntityType.FORECAST_ITEM,
        io.cwsync.connectwise.Resources.FORECAST_ITEMS).direction(Direction.PUSH).parent("opportunities").build();
    Tenant t = Tenant.builder(TENANT).flow(opps).flow(items).build();
    SyncCoordinator c = h.builder("node-1").adapters(io.cwsync.core.spi.HostAdapterRegistry.of(java.util.Map.of(
        EntityType.OPPORTUNITY, new io.cwsync.core.support.TestHost(EntityType.OPPORTUNITY),
        EntityType.FORECAST_ITEM, lines))).build();

    SyncReport report = c.runPass(t);

    assertThat(report.count(SyncAction.ERROR)).isEqualTo(1);
    assertThat(h.retries.find(new RetryKey(TENANT, "quote-lines", Direction.PUSH, "l1")).orElseThrow())
        .satisfies(i -> assertThat(i.state()).isEqualTo(RetryState.RETRYING))
        .satisfies(i -> assertThat(i.reason()).contains("MISSING_REFERENCE").contains("q1"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
