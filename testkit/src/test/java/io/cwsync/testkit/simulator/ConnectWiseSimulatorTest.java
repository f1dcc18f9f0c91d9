package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectWiseSimulatorTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.750Z");

  @RegisterExtension
  final ConnectWiseSimulatorExtension ext = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .companyId("acme").publicKey("pub").privateKey("secret").clock(SimulatorClock.fixed(T0))
      .addMember(new ApiMember("other", "pub2", "secret2")));

  Http http() {
    return new Http(ext.simulator());
  }

  @Test
  void start_randomLoopbackPort_baseUrlIsVersioned() {
    ConnectWiseSimulator sim = ext.simulator();
    assertThat(sim.isRunning()).isTrue();
    assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/v4_6_release/apis/3.0/");
    assertThat(sim.siteUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/");
  }

  @Test
  void close_stopsServer_stateStaysReadable() {
    ConnectWiseSimulator sim = ConnectWiseSimulator.builder().build().start();
    sim.create("company/companies", Http.company("A1", "A"));
    sim.close();
    assertThat(sim.isRunning()).isFalse();
    assertThat(sim.count("company/companies")).isEqualTo(1);
    assertThatThrownBy(sim::baseUrl).isInstanceOf(IllegalStateException.class);
    sim.close();
  }

  @Test
  void companyInfo_knownCompany_pascalCaseWithCodebase() {
    Http.Response r = http().sendUrl("GET", ext.simulator().siteUrl() + "login/companyinfo/ACME", null, Map.of());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("Codebase").asText()).isEqualTo("v4_6_release/");
    assertThat(r.json().get("CompanyName").asText()).isEqualTo("acme");
    assertThat(r.json().has("VersionCode")).isTrue();
  }

  @Test
  void companyInfo_unknownCompany_jsonNull() {
    Http.Response r = http().sendUrl("GET", ext.simulator().siteUrl() + "login/companyinfo/nobody", null, Map.of());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("null");
  }

  @Test
  void auth_wrongPrivateKey_401Unauthorized() {
    Http h = http();
    h.authorization = Http.basic("acme", "pub", "wrong");
    Http.Response r = h.get("company/companies");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").asText()).isEqualTo("Unauthorized");
  }

  @Test
  void auth_wrongCompanyOrMissingHeader_401() {
    Http h = http();
    h.authorization = Http.basic("other", "pub", "secret");
    assertThat(h.get("company/companies").status()).isEqualTo(401);
    h.authorization = null;
    assertThat(h.get("company/companies").status()).isEqualTo(401);
  }

  @Test
  void auth_missingClientId_401() {
    Http h = http();
    h.clientId = null;
    Http.Response r = h.get("company/companies");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("message").asText()).contains("clientId");
  }

  @Test
  void accept_unsupportedVersion_400() {
    Http h = http();
    h.accept = "application/vnd.connectwise.com+json; version=0.0";
    Http.Response r = h.get("company/companies");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).contains("0.0");
    h.accept = "application/json";
    assertThat(h.get("company/companies").status()).isEqualTo(200);
  }

  @Test
  void permissions_deniedForMember_403SecurityForThatMemberOnly() {
    ext.simulator().denyPermission("other", "company/companies", "POST");
    Http other = http();
    other.authorization = Http.basic("acme", "pub2", "secret2");
    Http.Response denied = other.post("company/companies", Http.company("X1", "X"));
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().get("code").asText()).isEqualTo("Security");
    assertThat(denied.json().get("message").asText()).isEqualTo("You do not have security permission to perform this action.");
    assertThat(other.get("company/companies").status()).isEqualTo(200);
    assertThat(http().post("company/companies", Http.company("X1", "X")).status()).isEqualTo(201);
    ext.simulator().grantAllPermissions();
    assertThat(other.post("company/companies", Http.company("X2", "X")).status()).isEqualTo(201);
  }

  @Test
  void post_company_201WithIdAndInfoFromClockAndMember() {
    Http.Response r = http().post("company/companies", Http.company("ACME1", "Acme Inc"));
    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(body.get("id").asInt()).isPositive();
    assertThat(body.get("identifier").asText()).isEqualTo("ACME1");
    assertThat(body.at("/_info/lastUpdated").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(body.at("/_info/dateEntered").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(body.at("/_info/updatedBy").asText()).isEqualTo("cwsync");
    assertThat(body.at("/_info/enteredBy").asText()).isEqualTo("cwsync");
  }

  @Test
  void getPutPatchDelete_company_roundTrip() {
    Http h = http();
    int id = h.post("company/companies", Http.company("C1", "One")).json().get("id").asInt();
    assertThat(h.get("company/companies/" + id).json().get("name").asText()).isEqualTo("One");

    ext.simulator().clock().advance(java.time.Duration.ofMinutes(5));
    Http.Response put = h.put("company/companies/" + id, Http.obj("{'identifier':'C1','name':'Two','zip':'33602'}"));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().get("name").asText()).isEqualTo("Two");
    assertThat(put.json().has("city")).as("PUT replaces the whole record").isFalse();
    assertThat(put.json().at("/_info/lastUpdated").asText()).isEqualTo("2026-03-01T10:05:00Z");
    assertThat(put.json().at("/_info/dateEntered").asText()).isEqualTo("2026-03-01T10:00:00Z");

    Http.Response patched = h.patch("company/companies/" + id,
        List.of(Map.of("op", "replace", "path", "name", "value", "Three")));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("name").asText()).isEqualTo("Three");
    assertThat(patched.json().get("zip").asText()).isEqualTo("33602");

    assertThat(h.delete("company/companies/" + id).status()).isEqualTo(204);
    Http.Response gone = h.get("company/companies/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("code").asText()).isEqualTo("NotFound");
    assertThat(gone.json().get("message").asText()).isEqualTo("Company " + id + " not found");
  }

  @Test
  void count_withConditions_countObject() {
    Http h = http();
    h.post("company/companies", Http.company("A1", "Alpha"));
    h.post("company/companies", Http.company("B1", "Beta"));
    assertThat(h.get("company/companies/count").json().get("count").asInt()).isEqualTo(2);
    assertThat(h.get("company/companies/count?conditions=" + Http.q("name='Beta'")).json().get("count").asInt())
        .isEqualTo(1);
  }

  @Test
  void contactsAndOpportunities_crudWithResolvedReferences() {
    ConnectWiseSimulator sim = ext.simulator();
    Http h = http();
    int company = h.post("company/companies", Http.company("ACME", "Acme")).json().get("id").asInt();
    Http.Response contact = h.post("company/contacts",
        Http.obj("{'firstName':'Ada','lastName':'Lovelace','company':{'id':" + company + "}}"));
    assertThat(contact.status()).isEqualTo(201);
    assertThat(contact.json().at("/company/name").asText()).isEqualTo("Acme");
    assertThat(contact.json().at("/company/identifier").asText()).isEqualTo("ACME");
    int contactId = contact.json().get("id").asInt();
    int stage = sim.create("sales/stages", Http.obj("{'name':'Qualify'}")).get("id").asInt();
    int rep = sim.records("system/members").get(0).get("id").asInt();
    Http.Response opp = h.post("sales/opportunities", Http.obj("{'name':'Deal','company':{'id':" + company
        + "},'contact':{'id':" + contactId + "},'primarySalesRep':{'id':" + rep + "},'stage':{'id':" + stage
        + "},'expectedCloseDate':'2026-04-01T00:00:00Z'}"));
    assertThat(opp.status()).isEqualTo(201);
    assertThat(opp.json().at("/contact/name").asText()).isEqualTo("Ada Lovelace");
    assertThat(opp.json().at("/stage/name").asText()).isEqualTo("Qualify");

    sim.update("company/companies", company, c -> c.put("name", "Acme Renamed"));
    assertThat(h.get("company/contacts/" + contactId).json().at("/company/name").asText())
        .as("references show the target's current name").isEqualTo("Acme Renamed");
  }

  @Test
  void childResources_sitesForecastNotes_scopedToParent() {
    ConnectWiseSimulator sim = ext.simulator();
    Http h = http();
    int c1 = sim.create("company/companies", Http.company("P1", "Parent")).get("id").asInt();
    int c2 = sim.create("company/companies", Http.company("P2", "Other")).get("id").asInt();
    Http.Response site = h.post("company/companies/" + c1 + "/sites", Http.obj("{'name':'HQ'}"));
    assertThat(site.status()).isEqualTo(201);
    assertThat(site.json().at("/company/id").asInt()).isEqualTo(c1);
    int siteId = site.json().get("id").asInt();
    assertThat(h.get("company/companies/" + c1 + "/sites").json()).hasSize(1);
    assertThat(h.get("company/companies/" + c2 + "/sites").json()).isEmpty();
    assertThat(h.get("company/companies/" + c2 + "/sites/" + siteId).status()).isEqualTo(404);
    assertThat(h.get("company/companies/99999/sites").status()).isEqualTo(404);

    int contact = sim.create("company/contacts", Http.obj("{'firstName':'A','company':{'id':" + c1 + "}}")).get("id").asInt();
    int rep = sim.records("system/members").get(0).get("id").asInt();
    int status = sim.create("sales/opportunities/statuses", Http.obj("{'name':'Open'}")).get("id").asInt();
    int opp = sim.create("sales/opportunities", Http.obj("{'name':'D','company':{'id':" + c1 + "},'contact':{'id':"
        + contact + "},'primarySalesRep':{'id':" + rep + "}}")).get("id").asInt();
    Http.Response item = h.post("sales/opportunities/" + opp + "/forecast",
        Http.obj("{'forecastType':'Product','status':{'id':" + status + "},'revenue':100.5}"));
    assertThat(item.status()).isEqualTo(201);
    assertThat(item.json().at("/opportunity/id").asInt()).isEqualTo(opp);
    Http.Response forecast = h.get("sales/opportunities/" + opp + "/forecast");
    assertThat(forecast.json().isObject()).as("Forecast wraps forecastItems").isTrue();
    assertThat(forecast.json().get("forecastItems")).hasSize(1);
    assertThat(forecast.json().get("forecastTotalWithTaxes").asDouble()).isEqualTo(100.5);
    assertThat(h.get("sales/opportunities/" + opp + "/forecast/" + item.json().get("id").asInt()).json()
        .get("forecastType").asText()).isEqualTo("Product");

    Http.Response note = h.post("sales/opportunities/" + opp + "/notes", Http.obj("{'text':'Called'}"));
    assertThat(note.json().get("opportunityId").asInt()).isEqualTo(opp);
    assertThat(h.get("sales/opportunities/" + opp + "/notes/count").json().get("count").asInt()).isEqualTo(1);
  }

  @Test
  void stateApi_childRecords_updateAndDeleteById() {
    ConnectWiseSimulator sim = ext.simulator();
    int company = sim.create("company/companies", Http.company("CH1", "Child parent")).get("id").asInt();
    int site = sim.create("company/companies/{parentId}/sites", company, Http.obj("{'name':'Main'}")).get("id").asInt();
    ObjectNode renamed = sim.update("company/companies/{parentId}/sites", site, s -> s.put("name", "Branch"));
    assertThat(renamed.get("name").asText()).isEqualTo("Branch");
    assertThat(renamed.at("/company/id").asInt()).isEqualTo(company);
    sim.delete("company/companies/{parentId}/sites", site);
    assertThat(sim.get("company/companies/{parentId}/sites", site)).isEmpty();
    assertThatThrownBy(() -> sim.create("company/companies/{parentId}/sites", Http.obj("{'name':'x'}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parentId");
  }

  @Test
  void members_deleteNotAllowed_405() {
    int id = ext.simulator().records("system/members").get(0).get("id").asInt();
    assertThat(http().delete("system/members/" + id).status()).isEqualTo(405);
  }

  @Test
  void systemInfo_returnsVersion() {
    JsonNode info = http().get("system/info").json();
    assertThat(info.get("version").asText()).startsWith("v2026");
    assertThat(info.get("isCloud").isBoolean()).isTrue();
  }

  @Test
  void unknownPath_404() {
    assertThat(http().get("company/nothing").status()).isEqualTo(404);
    assertThat(http().sendUrl("GET", ext.simulator().siteUrl() + "v2020_1/apis/3.0/company/companies", null, Map.of())
        .status()).isEqualTo(404);
  }

  @Test
  void stateApi_updateAsOtherMember_setsUpdatedBy() {
    ConnectWiseSimulator sim = ext.simulator();
    int id = sim.create("company/companies", Http.company("S1", "S")).get("id").asInt();
    assertThat(sim.get("company/companies", id).orElseThrow().at("/_info/enteredBy").asText()).isEqualTo("admin");
    sim.clock().advance(java.time.Duration.ofSeconds(61));
    ObjectNode updated = sim.updateAs("cwsync", "company/companies", id, c -> c.put("name", "S2"));
    assertThat(updated.at("/_info/updatedBy").asText()).isEqualTo("cwsync");
    assertThat(updated.at("/_info/lastUpdated").asText()).isEqualTo("2026-03-01T10:01:01Z");
  }

  @Test
  void stateApi_updateWithoutTimestamp_keepsLastUpdated() {
    ConnectWiseSimulator sim = ext.simulator();
    int id = sim.create("company/companies", Http.company("M1", "Merged")).get("id").asInt();
    sim.clock().advance(java.time.Duration.ofHours(1));
    ObjectNode after = sim.updateWithoutTimestamp("company/companies", id, c -> c.put("deletedFlag", true));
    assertThat(after.get("deletedFlag").asBoolean()).isTrue();
    assertThat(after.at("/_info/lastUpdated").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(http().get("company/companies/count?conditions=" + Http.q("lastUpdated > [2026-03-01T10:00:00Z]"))
        .json().get("count").asInt()).isZero();
  }

  @Test
  void stateApi_invalidRecord_illegalArgumentWithBody() {
    assertThatThrownBy(() -> ext.simulator().create("company/companies", Http.obj("{'name':'x','city':'y'}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identifier");
    assertThatThrownBy(() -> ext.simulator().records("nope/nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope/nope");
  }
}
