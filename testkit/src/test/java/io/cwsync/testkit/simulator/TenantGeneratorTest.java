package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantGeneratorTest {

  static ConnectWiseSimulator sim;
  static final TenantGenerator GEN = TenantGenerator.builder().seed(11).scale(0.04).build();

  @BeforeAll
  static void generate() {
    sim = ConnectWiseSimulator.builder().seedData(GEN::populate).build();
  }

  static Map<String, Long> histogram(List<ObjectNode> records, String pointer) {
    return records.stream().collect(Collectors.groupingBy(r -> r.at(pointer).asText(), Collectors.counting()));
  }

  @Test
  void populate_sizes_matchBuilder() {
    assertThat(sim.count("company/companies")).isEqualTo(2_000);
    assertThat(sim.count("company/contacts")).isEqualTo(6_000);
    assertThat(sim.count("sales/opportunities")).isEqualTo(400);
    assertThat(sim.count("sales/opportunities/{parentId}/forecast")).isEqualTo(2_000);
    assertThat(sim.count("procurement/catalog")).isEqualTo(200);
    assertThat(sim.count("finance/taxCodes")).isEqualTo(40);
    assertThat(sim.count("sales/stages")).isPositive();
    assertThat(sim.count("sales/opportunities/statuses")).isPositive();
    assertThat(sim.count("time/entries")).isEqualTo(2 * sim.count("service/tickets"));
    long total = 0;
    for (String type : sim.types()) {
      total += sim.count(type);
    }
    assertThat(total).isGreaterThanOrEqualTo(GEN.recordCount());
  }

  @Test
  void populate_sameSeed_sameData_otherSeed_otherData() {
    TenantGenerator small = TenantGenerator.builder().seed(5).scale(0.005).build();
    // Both simulators read the same fixed clock: the API member the simulator adds is stamped with it.
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    ConnectWiseSimulator a = ConnectWiseSimulator.builder().clock(SimulatorClock.fixed(at)).seedData(small::populate).build();
    ConnectWiseSimulator b = ConnectWiseSimulator.builder().clock(SimulatorClock.fixed(at)).seedData(small::populate).build();
    for (String type : a.types()) {
      assertThat(b.records(type)).as(type).isEqualTo(a.records(type));
    }
    TenantGenerator other = TenantGenerator.builder().seed(6).scale(0.005).build();
    ConnectWiseSimulator c = ConnectWiseSimulator.builder().clock(SimulatorClock.fixed(at)).seedData(other::populate).build();
    assertThat(c.records("company/companies")).isNotEqualTo(a.records("company/companies"));
  }

  @Test
  void companies_typesAndMarkets_skewedNotUniform() {
    List<ObjectNode> companies = sim.records("company/companies");
    Map<String, Long> types = histogram(companies, "/types/0/name");
    assertThat(types.keySet()).contains("Prospect", "Client", "Vendor");
    assertThat(types.get("Prospect")).isGreaterThan(types.get("Client"));
    assertThat(types.get("Client")).isGreaterThan(3 * types.get("Vendor"));
    Map<String, Long> markets = histogram(companies, "/market/name");
    long max = markets.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long min = markets.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(markets).hasSizeGreaterThan(8);
    assertThat(max).isGreaterThan(4 * min);
    assertThat(companies.stream().map(c -> c.get("identifier").asText()).collect(Collectors.toSet()))
        .as("identifiers unique").hasSize(companies.size());
    assertThat(companies).allSatisfy(c -> assertThat(c.get("identifier").asText().length()).isLessThanOrEqualTo(30));
  }

  @Test
  void dates_clusterInRecentYears_lastUpdatedNotBeforeDateEntered() {
    List<ObjectNode> companies = sim.records("company/companies");
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    long lastYear = companies.stream()
        .filter(c -> Instant.parse(c.at("/_info/dateEntered").asText()).isAfter(now.minusSeconds(365L * 86400))).count();
    long firstYear = companies.stream()
        .filter(c -> Instant.parse(c.at("/_info/dateEntered").asText()).isBefore(now.minusSeconds(9L * 365 * 86400))).count();
    assertThat(lastYear).isGreaterThan(3 * Math.max(1, firstYear));
    assertThat(companies).allSatisfy(c -> assertThat(c.at("/_info/lastUpdated").asText())
        .isGreaterThanOrEqualTo(c.at("/_info/dateEntered").asText()));
    Set<String> seconds = new HashSet<>();
    companies.forEach(c -> seconds.add(c.at("/_info/lastUpdated").asText()));
    assertThat(seconds.size()).isGreaterThan(companies.size() / 2);
  }

  @Test
  void contacts_bigCompaniesHaveMany_everyCompanyHasOne() {
    Map<Integer, Integer> perCompany = new HashMap<>();
    for (ObjectNode c : sim.records("company/contacts")) {
      perCompany.merge(c.at("/company/id").asInt(), 1, Integer::sum);
    }
    assertThat(perCompany).hasSize(2_000);
    assertThat(perCompany.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(20);
    JsonNode first = sim.records("company/contacts").get(0);
    assertThat(first.at("/communicationItems/0/communicationType").asText()).isEqualTo("Email");
    assertThat(first.at("/company/name").asText()).as("references resolve").isNotBlank();
  }

  @Test
  void opportunities_fiveForecastItemsEach_validReferences() {
    Map<Integer, Integer> items = new HashMap<>();
    for (ObjectNode f : sim.records("sales/opportunities/{parentId}/forecast")) {
      items.merge(f.at("/opportunity/id").asInt(), 1, Integer::sum);
    }
    assertThat(items).hasSize(400).allSatisfy((id, n) -> assertThat(n).isEqualTo(5));
    for (ObjectNode o : sim.records("sales/opportunities")) {
      assertThat(o.at("/stage/name").asText()).isNotBlank();
      assertThat(o.at("/status/name").asText()).isNotBlank();
      int contact = o.at("/contact/id").asInt();
      assertThat(sim.get("company/contacts", contact).orElseThrow().at("/company/id").asInt())
          .isEqualTo(o.at("/company/id").asInt());
    }
    Map<String, Long> statuses = histogram(sim.records("sales/opportunities"), "/status/name");
    assertThat(statuses.get("Open")).isGreaterThan(statuses.get("Pending"));
  }

  @Test
  void builder_negativeCounts_rejected() {
    assertThatThrownBy(() -> TenantGenerator.builder().companies(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("companies");
    assertThatThrownBy(() -> TenantGenerator.builder().scale(-0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TenantGenerator.builder().members(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedTenant_servedOverHttp() {
    try (ConnectWiseSimulator running = ConnectWiseSimulator.builder()
        .seedData(TenantGenerator.builder().seed(2).scale(0.002).build()::populate).build().start()) {
      Http http = new Http(running);
      assertThat(http.get("company/companies/count").json().get("count").asInt()).isEqualTo(100);
      assertThat(http.get("company/contacts?conditions=" + Http.q("company/id = 1")).json()).isNotEmpty();
    }
  }
}
