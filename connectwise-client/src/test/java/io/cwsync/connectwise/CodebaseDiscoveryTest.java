package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cwsync.connectwise.internal.Sites;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CodebaseDiscoveryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestSupport t = TestSupport.create();

  private static String info(String codebase) {
    return "{\"CompanyName\":\"Acme Ltd\",\"Codebase\":\"" + codebase + "\",\"VersionCode\":\"v2025.1\","
        + "\"VersionNumber\":\"v2025.1.12345\",\"CompanyID\":\"acme\",\"IsCloud\":\"True\",\"SiteUrl\":\"x\"}";
  }

  private ConnectWiseClient onSite() {
    return ConnectWiseClient.builder().site("http://127.0.0.1:" + wm.getPort())
        .companyId("acme").publicKey(TestSupport.PUBLIC_KEY).privateKey(TestSupport.PRIVATE_KEY)
        .clientId(TestSupport.CLIENT_ID).clock(t.clock).sleeper(t.sleeper).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void apiHost_cloudSites_getApiPrefix_otherHostsAsGiven() {
    assertThat(Sites.apiBaseUrl(Sites.parse("na.myconnectwise.net"), "v2025_1/"))
        .isEqualTo("https://api-na.myconnectwise.net/v2025_1/apis/3.0/");
    for (String region : new String[] {"eu", "au", "aus", "za"}) {
      assertThat(Sites.parse(region + ".myconnectwise.net").apiHost()).isEqualTo("api-" + region + ".myconnectwise.net");
    }
    assertThat(Sites.parse("https://staging.connectwisedev.com/").apiOrigin())
        .isEqualTo("https://api-staging.connectwisedev.com");
    assertThat(Sites.parse("api-eu.myconnectwise.net").uiHost()).isEqualTo("eu.myconnectwise.net");
    assertThat(Sites.parse("api-eu.myconnectwise.net").apiHost()).isEqualTo("api-eu.myconnectwise.net");
    assertThat(Sites.apiBaseUrl(Sites.parse("cw.partner.example:8443"), "v4_6_release"))
        .isEqualTo("https://cw.partner.example:8443/v4_6_release/apis/3.0/");
    assertThat(Sites.parse("NA.MyConnectWise.net").apiHost()).isEqualTo("api-na.myconnectwise.net");
    assertThat(Sites.parse("evil.myconnectwise.net.example.com").apiHost())
        .isEqualTo("evil.myconnectwise.net.example.com");
  }

  @Test
  void site_withPathOrBadCodebase_rejected() {
    assertThatThrownBy(() -> ConnectWiseClient.builder().site("https://na.myconnectwise.net/v4_6_release"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no path");
    assertThatThrownBy(() -> ConnectWiseClient.builder().codebase("../x?"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codebase");
  }

  @Test
  void baseUrl_discoveredOverHttp_cachedAndWithoutCredentials() {
    wm.stubFor(get("/login/companyinfo/acme").willReturn(okJson(info("v2025_1/"))));
    wm.stubFor(get("/v2025_1/apis/3.0/company/companies/5").willReturn(okJson("{\"id\":5}")));
    var client = onSite();

    var ops = client.companies();
    ops.get(5);
    ops.get(5);

    assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:" + wm.getPort() + "/v2025_1/apis/3.0/");
    assertThat(client.codebase()).isEqualTo("v2025_1/");
    wm.verify(1, getRequestedFor(urlEqualTo("/login/companyinfo/acme")).withoutHeader("Authorization"));
    wm.verify(2, getRequestedFor(urlEqualTo("/v2025_1/apis/3.0/company/companies/5"))
        .withHeader("Authorization", matching("Basic .+")));
  }

  @Test
  void baseUrl_unknownCompanyNull_throwsUnknownCompany() {
    wm.stubFor(get("/login/companyinfo/acme").willReturn(okJson("null")));

    assertThatThrownBy(() -> onSite().baseUrl()).isInstanceOfSatisfying(UnknownCompanyException.class,
        e -> assertThat(e.companyId()).isEqualTo("acme"))
        .hasMessageContaining("unknown company \"acme\" on 127.0.0.1");
  }

  @Test
  void call_404AfterCodebaseMoved_refreshesOnceAndRetries() {
    wm.stubFor(get("/login/companyinfo/acme").inScenario("move").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(info("v2025_1/"))).willSetStateTo("moved"));
    wm.stubFor(get("/login/companyinfo/acme").inScenario("move").whenScenarioStateIs("moved")
        .willReturn(okJson(info("v2025_2/"))));
    wm.stubFor(get("/v2025_1/apis/3.0/company/companies/5").willReturn(aResponse().withStatus(404)));
    wm.stubFor(get("/v2025_2/apis/3.0/company/companies/5").willReturn(okJson("{\"id\":5}")));
    var client = onSite();
    client.baseUrl();
    t.clock.advance(Duration.ofMinutes(5));

    assertThat(client.companies().get(5).id()).isEqualTo(5);
    assertThat(client.codebase()).isEqualTo("v2025_2/");
    wm.verify(2, getRequestedFor(urlEqualTo("/login/companyinfo/acme")));
  }

  @Test
  void call_404SameCodebase_throwsNotFoundAfterOneRefresh() {
    wm.stubFor(get("/login/companyinfo/acme").willReturn(okJson(info("v2025_1/"))));
    wm.stubFor(get("/v2025_1/apis/3.0/company/companies/5").willReturn(aResponse().withStatus(404)
        .withBody("{\"code\":\"NotFound\",\"message\":\"Company 5 not found\"}")));
    var client = onSite();
    client.baseUrl();
    t.clock.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> client.companies().get(5))
        .isInstanceOf(NotFoundException.class);
    wm.verify(2, getRequestedFor(urlEqualTo("/login/companyinfo/acme")));
    wm.verify(1, getRequestedFor(urlEqualTo("/v2025_1/apis/3.0/company/companies/5")));
  }

  @Test
  void codebaseOverride_skipsDiscovery() {
    wm.stubFor(get("/v9/apis/3.0/company/companies/5").willReturn(okJson("{\"id\":5}")));
    var client = onSite().newBuilder().codebase("v9").build();

    client.companies().get(5);

    wm.verify(0, getRequestedFor(urlPathMatching("/login/.*")));
  }

  @Test
  void deepLinks_uiHostNotApiHost_allRecordTypes() {
    var client = ConnectWiseClient.builder().site("na.myconnectwise.net").codebase("v2025_1/")
        .companyId("acme co").publicKey("p").privateKey("secret").clientId("c").build();
    var links = client.deepLinks();

    assertThat(links.opportunity(42)).hasToString("https://na.myconnectwise.net/v2025_1/services/system_io/router/"
        + "openrecord.rails?locale=en_US&recordType=OpportunityFV&recid=42&companyName=acme+co");
    assertThat(links.company(1).toString()).contains("recordType=CompanyFV&recid=1");
    assertThat(links.contact(2).toString()).contains("recordType=ContactFV&recid=2");
    assertThat(links.serviceTicket(3).toString()).contains("recordType=ServiceFV&recid=3");
    assertThat(links.project(4).toString()).contains("recordType=ProjectHeaderFV&recid=4");
    assertThatThrownBy(() -> links.link("Bad&Type", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(links.link(Resources.TICKETS, 5).toString()).contains("recordType=ServiceFV&recid=5");
    assertThatThrownBy(() -> links.link(Resources.LOCATIONS, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locations");
  }

  @Test
  void deepLinks_baseUrlOnly_usesBaseOriginAndCodebase() {
    var client = t.client("http://127.0.0.1:9999/v4_6_release/apis/3.0/");
    assertThat(client.deepLinks().company(7)).hasToString("http://127.0.0.1:9999/v4_6_release/services/system_io/"
        + "router/openrecord.rails?locale=en_US&recordType=CompanyFV&recid=7&companyName=acme");
  }

  @Test
  void build_missingSettings_namesEachOne() {
    assertThatThrownBy(() -> ConnectWiseClient.builder().companyId("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("site (or baseUrl)").hasMessageContaining("publicKey")
        .hasMessageContaining("privateKey").hasMessageContaining("clientId");
  }
}
