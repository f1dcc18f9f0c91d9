package io.cwsync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cwsync.core.support.Harness.BASE;
import static io.cwsync.core.support.Harness.COMPANIES;
import static io.cwsync.core.support.Harness.TENANT;
import static io.cwsync.core.support.Harness.array;
import static io.cwsync.core.support.Harness.company;
import static io.cwsync.core.support.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.core.support.CompanyRules;
import io.cwsync.core.support.Harness;
import io.cwsync.core.support.TestHost;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pulls of a child flow (company sites under companies) over HTTP against WireMock. */
@Timeout(30)
class CoordinatorChildPullTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final EntityType SITE = EntityType.of("site");
  static final String T1 = "2026-03-01T10:00:00Z";
  static final String T2 = "2026-03-01T10:00:05Z";
  static final String T3 = "2026-03-01T11:30:00Z";

  Harness h;
  TestHost sites;
  SyncCoordinator coordinator;

  @BeforeEach
  void setUp() {
    h = new Harness(wm);
    sites = new TestHost(SITE);
    coordinator = h.builder("node-1")
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, h.host, SITE, sites)))
        .rules(new SiteRules(h.rules))
        .build();
  }

  Tenant tenant(boolean dryRun) {
    return Tenant.builder(TENANT)
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
        .flow(Flow.builder("sites", SITE, Resources.COMPANY_SITES).direction(Direction.PULL).parent("companies")
            .build())
        .dryRun(dryRun)
        .build();
  }

  static String sitesPath(long companyId) {
    return BASE + "company/companies/" + companyId + "/sites";
  }

  static String site(long id, String name) {
    return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"_info\":{\"lastUpdated\":\"" + T1 + "\"}}";
  }

  /** The parent flow's own pull: requests without a fields list. */
  static void stubCompanyPull(ResponseDefinitionBuilder response) {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":2}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("fields", absent()).willReturn(response));
  }

  /** The child flow's scan of parents: {@code id,_info} only. */
  static void stubParentScan(String conditions, ResponseDefinitionBuilder response) {
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("fields", containing("_info"))
        .withQueryParam("conditions", conditions == null ? absent() : containing(conditions))
        .willReturn(response));
  }

  void firstPass() {
    String both = array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2));
    stubCompanyPull(json(both));
    stubParentScan(null, json(both));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main"), site(12, "Depot")))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(2))).willReturn(json(array(site(21, "HQ")))));
    SyncReport report = coordinator.runPass(tenant(false));
    assertThat(report.stream("sites", Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
  }

  @Test
  void runPass_childFlow_pullsChildrenOfEveryParentAndLinksThemUnderTheirHostParent() {
    firstPass();

    assertThat(sites.records().values()).extracting(r -> r.field("name") + "@" + r.parentHostId())
        .containsExactly("Main@h1", "Depot@h1", "HQ@h2");
    assertThat(h.links.count(TENANT, SITE)).isEqualTo(3);
    Link main = h.links.findByCwId(TENANT, SITE, 11).orElseThrow();
    assertThat(main.state()).isEqualTo(LinkState.LINKED);
    assertThat(main.hostId()).isEqualTo(sites.records().keySet().iterator().next());
    assertThat(sites.cwIdOf(main.hostId())).isEqualTo(11L);
    // The child cursor is a watermark over the parents' lastUpdated.
    Cursor c = h.cursors.find(TENANT, "sites").orElseThrow().cursor();
    assertThat(c.watermark()).isEqualTo(Instant.parse(T2));
    assertThat(c.idsAtWatermark()).containsExactly(2L);
    // Parents are read as id and _info only, ordered for keyset paging.
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("fields", containing("id"))
        .withQueryParam("orderBy", containing("lastUpdated asc")));
    assertThat(h.audit.query(AuditQuery.all(TENANT, 20))).filteredOn(e -> e.type().equals(SITE))
        .extracting(AuditEntry::action).containsOnly(SyncAction.CREATE).hasSize(3);
    assertThat(h.history.forHostRecord(TENANT, SITE, main.hostId(), 10)).isNotEmpty();
  }

  @Test
  void runPass_secondPass_parentAtWatermarkUnchangedNotListedAgainAndChangedChildUpdated() {
    firstPass();
    wm.resetRequests();
    stubCompanyPull(json("[]"));
    // The overlap returns parent 2 at the watermark and parent 1, changed. Parent 2's children were listed well after
    // its lastUpdated second, so nothing in that second can be newer than that listing (issue 14).
    stubParentScan("lastUpdated >= [", json(array(company(2, "B", "Beta", T2), company(1, "A", "Acme", T3))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main Street"),
        site(12, "Depot")))));

    SyncReport second = coordinator.runPass(tenant(false));

    StreamReport pull = second.stream("sites", Direction.PULL).orElseThrow();
    assertThat(pull.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(pull.count(SyncAction.UPDATE)).isEqualTo(1);
    assertThat(sites.creates).isEqualTo(3);
    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(2))));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    assertThat(pull.count(SyncAction.CREATE)).isZero();
    assertThat(pull.count(SyncAction.LEFT_SCOPE)).as("an unlisted parent's children are not taken for gone").isZero();
    assertThat(sites.records().values()).extracting(r -> r.field("name"))
        .containsExactly("Main Street", "Depot", "HQ");
    assertThat(h.cursors.find(TENANT, "sites").orElseThrow().cursor().watermark()).isEqualTo(Instant.parse(T3));
  }

  @Test
  void runPass_childChangedWithoutItsParent_pickedUpByTheSweepOnceItsIntervalPassed() {
    coordinator = h.builder("node-1")
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, h.host, SITE, sites)))
        .rules(new SiteRules(h.rules))
        .childSweepInterval(Duration.ofHours(1))
        .build();
    firstPass();
    wm.resetRequests();
    stubCompanyPull(json("[]"));
    // ConnectWise leaves a parent's lastUpdated alone when only a child changes: site 21 renamed, company 2 as it was.
    stubParentScan("lastUpdated >= [", json(array(company(2, "B", "Beta", T2))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(2))).willReturn(json(array(site(21, "HQ North")))));

    coordinator.runPass(tenant(false));

    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(2))));
    assertThat(sites.records().values()).extracting(r -> r.field("name")).contains("HQ");

    h.now.set(h.now.get().plus(Duration.ofMinutes(61)));
    wm.resetRequests();
    SyncReport sweep = coordinator.runPass(tenant(false));

    assertThat(sweep.stream("sites", Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
    // The sweep reads every parent in scope, without a lastUpdated bound, and lists each one's children.
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("fields", containing("_info"))
        .withQueryParam("conditions", absent()));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(2))));
    assertThat(sites.records().values()).extracting(r -> r.field("name")).containsExactly("Main", "Depot",
        "HQ North");
    assertThat(sweep.stream("sites", Direction.PULL).orElseThrow().count(SyncAction.UPDATE)).isEqualTo(1);
  }

  @Test
  void runPass_afterTheParentFlowsReconciliation_sweepsOnceThenListsChangedParentsOnly() {
    firstPass();
    StreamReport reconciled = coordinator.reconcile(tenant(false), "companies").stream("companies", Direction.PULL)
        .orElseThrow();
    assertThat(reconciled.status()).isEqualTo(StreamStatus.COMPLETED);
    wm.resetRequests();
    stubCompanyPull(json("[]"));
    stubParentScan("lastUpdated >= [", json(array(company(2, "B", "Beta", T2))));

    coordinator.runPass(tenant(false));

    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(2))));

    wm.resetRequests();
    coordinator.runPass(tenant(false));

    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(2))));
  }

  @Test
  void runPass_sweepIntervalZero_listsEveryParentsChildrenOnEveryPass() {
    coordinator = h.builder("node-1")
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, h.host, SITE, sites)))
        .rules(new SiteRules(h.rules))
        .childSweepInterval(Duration.ZERO)
        .build();
    firstPass();
    wm.resetRequests();
    stubCompanyPull(json("[]"));

    coordinator.runPass(tenant(false));

    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(2))));
  }

  @Test
  void runPass_childGoneFromVisitedParent_markedLeftScopeNotDeleted() {
    firstPass();
    stubCompanyPull(json("[]"));
    stubParentScan("lastUpdated >= [", json(array(company(1, "A", "Acme", T3))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main")))));
    String depot = h.links.findByCwId(TENANT, SITE, 12).orElseThrow().hostId();

    SyncReport second = coordinator.runPass(tenant(false));

    assertThat(second.stream("sites", Direction.PULL).orElseThrow().count(SyncAction.LEFT_SCOPE)).isEqualTo(1);
    assertThat(sites.leftScope).containsExactly(depot);
    assertThat(sites.deleted).isEmpty();
    assertThat(h.links.findByCwId(TENANT, SITE, 12).orElseThrow().state()).isEqualTo(LinkState.LEFT_SCOPE);
    assertThat(h.links.findByCwId(TENANT, SITE, 11).orElseThrow().state()).isEqualTo(LinkState.LINKED);
    // The other parent's child is untouched: its parent was not visited.
    assertThat(h.links.findByCwId(TENANT, SITE, 21).orElseThrow().state()).isEqualTo(LinkState.LINKED);
  }

  @Test
  void runPass_unreadableChild_parkedUnderItsParentAndNotTakenForGone() {
    firstPass();
    stubCompanyPull(json("[]"));
    stubParentScan("lastUpdated >= [", json(array(company(1, "A", "Acme", T3))));
    // Depot (12) now has an unreadable date.
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main"),
        "{\"id\":12,\"name\":\"Depot\",\"_info\":{\"lastUpdated\":\"soon\"}}"))));

    SyncReport second = coordinator.runPass(tenant(false));

    StreamReport s = second.stream("sites", Direction.PULL).orElseThrow();
    assertThat(s.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(s.count(SyncAction.LEFT_SCOPE)).isZero();
    assertThat(s.count(SyncAction.PARKED)).isEqualTo(1);
    assertThat(sites.leftScope).isEmpty();
    assertThat(h.links.findByCwId(TENANT, SITE, 12).orElseThrow().state()).isEqualTo(LinkState.LINKED);
    assertThat(h.retries.find(new io.cwsync.core.spi.RetryKey(TENANT, "sites", Direction.PULL, "1/12"))
        .orElseThrow().reason()).contains("_info.lastUpdated: not a date").doesNotContain("soon");
  }

  @Test
  void runPass_failureMidway_resumesFromTheLastParentPageWithoutDuplicates() {
    String page1 = array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2));
    String more = "<" + wm.baseUrl() + COMPANIES + "?page=2&pageSize=2>; rel=\"next\"";
    stubCompanyPull(json(array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2),
        company(3, "C", "Gamma", T3))));
    stubParentScan(null, json(page1).withHeader("Link", more));
    stubParentScan("id > 2", json(array(company(3, "C", "Gamma", T3))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main")))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(2))).willReturn(json(array(site(21, "HQ")))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(3))).willReturn(json(500, "{\"code\":\"Boom\",\"message\":\"x\"}")));

    SyncReport first = coordinator.runPass(tenant(false));

    assertThat(first.stream("sites", Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.FAILED);
    Cursor c = h.cursors.find(TENANT, "sites").orElseThrow().cursor();
    assertThat(c.watermark()).isEqualTo(Instant.parse(T2));
    assertThat(c.idsAtWatermark()).containsExactly(2L);
    assertThat(sites.creates).isEqualTo(2);

    wm.resetRequests();
    stubParentScan("lastUpdated >= [", json(array(company(2, "B", "Beta", T2), company(3, "C", "Gamma", T3))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(3))).willReturn(json(array(site(31, "Annex")))));
    SyncReport second = coordinator.runPass(tenant(false));

    assertThat(second.stream("sites", Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(sites.records().values()).extracting(r -> r.field("name") + "@" + r.parentHostId())
        .containsExactly("Main@h1", "HQ@h2", "Annex@h3");
    assertThat(sites.creates).isEqualTo(3);
    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(1))));
    // Parent 2 sits at the stored watermark and is returned again, but its children were listed by the failed run
    // at this very lastUpdated: not listed again (issue 14).
    wm.verify(0, getRequestedFor(urlPathEqualTo(sitesPath(2))));
    assertThat(h.cursors.find(TENANT, "sites").orElseThrow().cursor().watermark()).isEqualTo(Instant.parse(T3));
  }

  @Test
  void runPass_parentNotLinked_childFailsWithMissingReferenceAndIsRetriedUnderItsParent() {
    // Company 2 is out of the parent flow's scope ("out..."), so it never gets a host record.
    String both = array(company(1, "A", "Acme", T1), company(2, "B", "outsider", T2));
    stubCompanyPull(json(both));
    stubParentScan(null, json(both));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main")))));
    wm.stubFor(get(urlPathEqualTo(sitesPath(2))).willReturn(json(array(site(21, "HQ")))));

    SyncReport report = coordinator.runPass(tenant(false));

    StreamReport pull = report.stream("sites", Direction.PULL).orElseThrow();
    assertThat(pull.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(pull.count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(pull.count(SyncAction.ERROR)).isEqualTo(1);
    assertThat(h.retries.find(new RetryKey(TENANT, "sites", Direction.PULL, "2/21")).orElseThrow().reason())
        .contains("MISSING_REFERENCE").contains("not linked");

    // Once due, the retry reads the child under its parent.
    wm.stubFor(get(urlPathEqualTo(sitesPath(2) + "/21")).willReturn(json(site(21, "HQ"))));
    h.advance(java.time.Duration.ofMinutes(5));
    stubParentScan("lastUpdated >= [", json("[]"));
    coordinator.runPass(tenant(false));
    wm.verify(1, getRequestedFor(urlPathEqualTo(sitesPath(2) + "/21")));
  }

  @Test
  void runPass_dryRun_reportsChildCreatesWithoutWriting() {
    String both = array(company(1, "A", "Acme", T1));
    stubCompanyPull(json(both));
    stubParentScan(null, json(both));
    wm.stubFor(get(urlPathEqualTo(sitesPath(1))).willReturn(json(array(site(11, "Main")))));
    // The parent must be linked for its children to map: a real pass links it first.
    coordinator.runFlow(tenant(false), "companies");

    SyncReport dry = coordinator.runPass(tenant(true));

    assertThat(dry.stream("sites", Direction.PULL).orElseThrow().count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(sites.records()).isEmpty();
    assertThat(h.links.count(TENANT, SITE)).isZero();
    assertThat(h.cursors.find(TENANT, "sites")).isEmpty();
    assertThat(h.audit.query(AuditQuery.all(TENANT, 20))).filteredOn(e -> e.type().equals(SITE))
        .extracting(AuditEntry::outcome).containsExactly(Outcome.DRY_RUN);
  }

  /** Company rules plus sites: host {@code name} from the site's name. */
  static final class SiteRules implements SyncRules {
    private final CompanyRules companies;

    SiteRules(CompanyRules companies) {
      this.companies = companies;
    }

    private static boolean site(Flow flow) {
      return flow.entityType().equals(SITE);
    }

    @Override
    public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
      return companies.pullConditions(flow, incremental);
    }

    @Override
    public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
      return site(flow) ? Scope.IN_SCOPE : companies.pullScope(flow, record, ctx);
    }

    @Override
    public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
        MappingContext ctx) {
      if (!site(flow)) {
        return companies.toHost(flow, record, existing, ctx);
      }
      assertThat(ctx.parentCwId()).isNotNull();
      return HostRecord.builder(SITE, existing == null ? null : existing.hostId())
          .field("name", ((CompanySite) record).name()).build();
    }

    @Override
    public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
      return companies.pushScope(flow, record, ctx);
    }

    @Override
    public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
        MappingContext ctx) {
      return companies.toConnectWise(flow, record, existing, ctx);
    }

    @Override
    public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
      if (!site(flow)) {
        return companies.hostFingerprint(flow, record, ctx);
      }
      Map<String, Object> m = new TreeMap<>();
      if (record.field("name") != null) {
        m.put("name", record.field("name"));
      }
      return m;
    }
  }
}
