package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryLanguageTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .clock(SimulatorClock.fixed(Instant.parse("2026-01-10T00:00:00Z"))));

  static Http http;

  @BeforeAll
  static void seed() {
    ConnectWiseSimulator sim = EXT.simulator();
    http = new Http(sim);
    String[][] rows = {
        {"ALPHA", "Alpha Dental", "Tampa", "true"},
        {"BETA", "Beta [Labs]", "Denver", "false"},
        {"GAMMA", "Gamma Dental", "Tampa", "false"},
        {"DELTA", "O'Brien Law", "Austin", "true"},
        {"EPS", "Epsilon", "Denver", "false"}};
    for (String[] r : rows) {
      sim.create("company/companies", Http.obj("{'identifier':'" + r[0] + "','name':'" + r[1].replace("'", "\\u0027")
          + "','city':'" + r[2] + "','leadFlag':" + r[3] + ",'numberOfEmployees':" + r[0].length() * 10 + "}"));
      sim.clock().advance(Duration.ofDays(1));
    }
    int alpha = 1;
    sim.create("company/contacts", Http.obj("{'firstName':'Ann','company':{'id':" + alpha + "},"
        + "'communicationItems':[{'type':{'id':1,'name':'Email'},'value':'ann@alpha.com','communicationType':'Email'},"
        + "{'type':{'id':2,'name':'Direct'},'value':'555-1234','communicationType':'Phone'}],"
        + "'customFields':[{'id':7,'caption':'TomNumber','type':'Text','entryMethod':'EntryField','numberOfDecimals':0,'value':'T-1'}]}"));
    sim.create("company/contacts", Http.obj("{'firstName':'Bob','company':{'id':2},"
        + "'communicationItems':[{'type':{'id':1,'name':'Email'},'value':'bob@beta.com','communicationType':'Email'}],"
        + "'customFields':[{'id':7,'caption':'TomNumber','type':'Text','entryMethod':'EntryField','numberOfDecimals':0}]}"));
  }

  static List<String> identifiers(String conditions) {
    Http.Response r = http.get("company/companies?pageSize=100&conditions=" + Http.q(conditions));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().forEach(n -> out.add(n.get("identifier").asText()));
    return out;
  }

  @Test
  void conditions_operators_matchAsConnectWise() {
    assertThat(identifiers("city = \"Tampa\"")).containsExactly("ALPHA", "GAMMA");
    assertThat(identifiers("city != 'Tampa'")).containsExactly("BETA", "DELTA", "EPS");
    assertThat(identifiers("numberOfEmployees < 40")).containsExactly("EPS");
    assertThat(identifiers("numberOfEmployees <= 40")).containsExactly("BETA", "EPS");
    assertThat(identifiers("numberOfEmployees > 40")).containsExactly("ALPHA", "GAMMA", "DELTA");
    assertThat(identifiers("numberOfEmployees >= 50 and numberOfEmployees < 51")).containsExactly("ALPHA", "GAMMA", "DELTA");
    assertThat(identifiers("name contains 'dental'")).containsExactly("ALPHA", "GAMMA");
    assertThat(identifiers("name like 'G%'")).containsExactly("GAMMA");
    assertThat(identifiers("identifier in ('BETA','EPS')")).containsExactly("BETA", "EPS");
    assertThat(identifiers("id in (1, 3)")).containsExactly("ALPHA", "GAMMA");
    assertThat(identifiers("leadFlag = true")).containsExactly("ALPHA", "DELTA");
    assertThat(identifiers("leadFlag = False")).containsExactly("BETA", "GAMMA", "EPS");
  }

  @Test
  void conditions_andOrNotParentheses_precedence() {
    assertThat(identifiers("city = 'Tampa' or city = 'Austin' and leadFlag = false")).containsExactly("ALPHA", "GAMMA");
    assertThat(identifiers("(city = 'Tampa' or city = 'Austin') AND leadFlag = true")).containsExactly("ALPHA", "DELTA");
    assertThat(identifiers("not city = 'Denver'")).containsExactly("ALPHA", "GAMMA", "DELTA");
    assertThat(identifiers("name not like '%Dental'")).containsExactly("BETA", "DELTA", "EPS");
    assertThat(identifiers("identifier not in ('ALPHA')")).containsExactly("BETA", "GAMMA", "DELTA", "EPS");
  }

  @Test
  void conditions_quotesBracketsNull_literalRules() {
    assertThat(identifiers("name = \"O'Brien Law\"")).containsExactly("DELTA");
    assertThat(identifiers("name like '%[[]Labs]%'")).containsExactly("BETA");
    assertThat(identifiers("website = null")).hasSize(5);
    assertThat(identifiers("website != null")).isEmpty();
    assertThat(identifiers("website = 'x'")).as("null never equals a value").isEmpty();
  }

  @Test
  void conditions_datesAndInfoPaths_compareInstants() {
    assertThat(identifiers("lastUpdated >= [2026-01-12T00:00:00Z]")).containsExactly("GAMMA", "DELTA", "EPS");
    assertThat(identifiers("_info/lastUpdated < [2026-01-11T00:00:00Z]")).containsExactly("ALPHA");
    assertThat(identifiers("_info/dateEntered = [2026-01-11T00:00:00Z]")).containsExactly("BETA");
  }

  @Test
  void conditions_nestedReferencePath_resolvesTarget() {
    Http.Response r = http.get("company/contacts?conditions=" + Http.q("company/name = 'Alpha Dental'"));
    assertThat(r.json()).hasSize(1);
    assertThat(r.json().get(0).get("firstName").asText()).isEqualTo("Ann");
    assertThat(http.get("company/contacts?conditions=" + Http.q("company/id = 2")).json().get(0)
        .get("firstName").asText()).isEqualTo("Bob");
  }

  @Test
  void childConditions_sameElementSemantics() {
    Http.Response r = http.get("company/contacts?childConditions="
        + Http.q("communicationItems/value like '%@alpha.com' AND communicationItems/communicationType='Email'"));
    assertThat(r.json()).hasSize(1);
    assertThat(http.get("company/contacts?childConditions="
        + Http.q("communicationItems/value = '555-1234' AND communicationItems/communicationType='Email'")).json())
        .isEmpty();
  }

  @Test
  void customFieldConditions_captionAndValue() {
    Http.Response r = http.get("company/contacts?customFieldConditions=" + Http.q("caption='TomNumber' AND value != null"));
    assertThat(r.json()).hasSize(1);
    assertThat(r.json().get(0).get("firstName").asText()).isEqualTo("Ann");
  }

  @ParameterizedTest
  @ValueSource(strings = {"name = ", "name == 'x'", "name = 'unterminated", "(name = 'x'", "name = 'x')",
      "name = x", "name = 'a' and", "name ~ 'x'", "lastUpdated > [yesterday]", "name between 1 and 2",
      "and name = 'x'", "name = 'a' name = 'b'"})
  void conditions_unparseable_400NeverMatchAll(String conditions) {
    Http.Response r = http.get("company/companies?conditions=" + Http.q(conditions));
    assertThat(r.status()).as(conditions).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("InvalidObject");
    assertThat(r.json().at("/errors/0/resource").asText()).isEqualTo("ApiFindCondition");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nosuchfield = 1", "company/name = 'x'", "status/nosuch = 1", "_info/nosuch = 'x'",
      "name/x = 'y'", "types = 1"})
  void conditions_unknownField_400NotRecognized(String conditions) {
    Http.Response r = http.get("company/companies?conditions=" + Http.q(conditions));
    assertThat(r.status()).as(conditions).isEqualTo(400);
    assertThat(r.json().at("/errors/0/message").asText()).containsAnyOf("is not a recognized name", "collection");
  }

  @Test
  void childConditions_inOperatorOrUnknownCollection_400() {
    assertThat(http.get("company/contacts?childConditions=" + Http.q("communicationItems/value in ('a')")).status())
        .isEqualTo(400);
    assertThat(http.get("company/contacts?childConditions=" + Http.q("nothing/value = 'a'")).status()).isEqualTo(400);
    assertThat(http.get("company/contacts?customFieldConditions=" + Http.q("label = 'a'")).status()).isEqualTo(400);
  }

  @Test
  void orderBy_multipleKeys_sortsAndRejectsUnknown() {
    Http.Response r = http.get("company/companies?orderBy=" + Http.q("city desc, name asc"));
    List<String> ids = new ArrayList<>();
    r.json().forEach(n -> ids.add(n.get("identifier").asText()));
    assertThat(ids).containsExactly("ALPHA", "GAMMA", "BETA", "EPS", "DELTA");
    assertThat(http.get("company/companies?orderBy=" + Http.q("nothing asc")).status()).isEqualTo(400);
    assertThat(http.get("company/companies?orderBy=" + Http.q("name sideways")).status()).isEqualTo(400);
  }

  @Test
  void fields_selectsTopLevelAndNested() {
    JsonNode first = http.get("company/contacts?fields=" + Http.q("id,firstName,company/name")).json().get(0);
    assertThat(first.size()).isEqualTo(3);
    assertThat(first.get("company").size()).isEqualTo(1);
    assertThat(first.at("/company/name").asText()).isEqualTo("Alpha Dental");
    assertThat(http.get("company/contacts?fields=nope").status()).isEqualTo(400);
  }
}
