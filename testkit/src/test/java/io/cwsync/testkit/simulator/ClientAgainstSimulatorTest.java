package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.connectwise.ValidationException;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** cwsync's own ConnectWise client driven against the simulator: paging both ways, retries, errors. */
class ClientAgainstSimulatorTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .companyId("acme").publicKey("pub").privateKey("priv"));

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  ConnectWiseClient client;

  @BeforeAll
  static void seed() {
    List<ObjectNode> companies = new ArrayList<>();
    for (int i = 1; i <= 1234; i++) {
      companies.add(Http.obj("{'id':" + i + ",'identifier':'C" + i + "','name':'Company " + i + "','city':'"
          + (i % 2 == 0 ? "Even" : "Odd") + "'}"));
    }
    EXT.simulator().load("company/companies", companies);
  }

  @BeforeEach
  void client() {
    ConnectWiseSimulator sim = EXT.simulator();
    client = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme").publicKey("pub")
        .privateKey("priv").clientId("client-under-test").noRateLimit()
        .sleeper(d -> sleeps.add(d)).build();
    sim.journal().reset();
  }

  @AfterEach
  void cleanUp() {
    EXT.simulator().clearFaults();
    EXT.simulator().forwardOnlySupported("company/companies", true);
  }

  static List<Integer> ids(Iterable<Company> companies) {
    List<Integer> out = new ArrayList<>();
    companies.forEach(c -> out.add(c.id()));
    return out;
  }

  @Test
  void listAll_forwardOnly_readsEveryPageOnce() {
    List<Integer> ids = ids(client.companies().listAll(Query.builder().pageSize(500).build()));
    assertThat(ids).hasSize(1234).isSorted().doesNotHaveDuplicates();
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies")).isEqualTo(3);
    var entries = EXT.simulator().journal().entries();
    assertThat(entries.get(0).query()).as("the first page navigable in id order").contains("page=1")
        .contains("orderBy=id");
    assertThat(entries.subList(1, entries.size())).allSatisfy(e -> assertThat(e.query()).doesNotContain("page=")
        .contains("pageId="));
  }

  @Test
  void listAll_forwardOnlyStreamOnExactlyOneFullPage_oneRequest() {
    List<Integer> ids = ids(client.companies().listAll(Query.builder()
        .conditions(Condition.field("city").eq("Odd")).pageSize(617).build()));
    assertThat(ids).hasSize(617).isSorted();
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies")).isEqualTo(1);
  }

  @Test
  void listAll_navigableWithOrderByAndConditions_followsLinks() {
    List<Integer> ids = ids(client.companies().listAll(Query.builder()
        .conditions(Condition.field("city").eq("Odd")).orderByDesc("id").pageSize(200).build()));
    assertThat(ids).hasSize(617).isSortedAccordingTo((a, b) -> b - a);
    assertThat(ids).allMatch(id -> id % 2 == 1);
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies")).isEqualTo(4);
  }

  @Test
  void listAll_forwardOnlyUnsupported_fallsBackToNavigable() {
    EXT.simulator().forwardOnlySupported("company/companies", false);
    List<Integer> ids = ids(client.companies().listAll(Query.builder().pageSize(500).build()));
    assertThat(ids).hasSize(1234).isSorted().doesNotHaveDuplicates();
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies"))
        .as("3 pages and the forward-only answer that showed the mode was ignored").isEqualTo(4);
  }

  @Test
  void get_after429s_retriesHonouringRetryAfter() {
    EXT.simulator().inject(FaultRule.builder().method("GET").path("company/companies/5").firstRequests(2)
        .fault(SimulatedFault.tooManyRequests(3)).build());
    Company c = client.companies().get(5);
    assertThat(c.identifier()).isEqualTo("C5");
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies/{id}")).isEqualTo(3);
    assertThat(sleeps).hasSize(2).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
  }

  @Test
  void listAll_under429Storm_completesWithoutLoss() {
    EXT.simulator().inject(FaultRule.builder().method("GET").path("company/companies").rate(0.3)
        .fault(SimulatedFault.tooManyRequests(1)).build());
    ConnectWiseClient patient = client.newBuilder()
        .retryPolicy(RetryPolicy.builder().maxAttempts(20).build()).build();
    List<Integer> ids = ids(patient.companies().listAll(Query.builder().pageSize(100).build()));
    assertThat(ids).hasSize(1234).doesNotHaveDuplicates();
    assertThat(EXT.simulator().journal().entries()).anySatisfy(e -> assertThat(e.status()).isEqualTo(429));
  }

  @Test
  void listAll_underPerMinuteCap_clientWaitsOutTheMinuteOnTheSimulatorClock() {
    ConnectWiseSimulator sim = EXT.simulator();
    sim.clock().set(java.time.Instant.parse("2026-05-01T10:00:00Z"));
    ConnectWiseClient throttled = client.newBuilder().sleeper(d -> {
      sleeps.add(d);
      sim.clock().advance(d);
    }).retryPolicy(RetryPolicy.builder().maxAttempts(5).build()).build();
    sim.limitRequestsPerMinute(5);
    try {
      List<Integer> ids = ids(throttled.companies().listAll(Query.builder().pageSize(100).build()));
      assertThat(ids).hasSize(1234).doesNotHaveDuplicates();
      assertThat(sleeps).isNotEmpty().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(60)));
      assertThat(sim.journal().entries()).filteredOn(e -> e.status() == 429).isNotEmpty();
    } finally {
      sim.limitRequestsPerMinute(0);
    }
  }

  @Test
  void get_serverTimeout500_retried() {
    EXT.simulator().inject(FaultRule.builder().path("company/companies/7").firstRequests(1)
        .fault(SimulatedFault.serverTimeout()).build());
    assertThat(client.companies().get(7).name()).isEqualTo("Company 7");
    assertThat(EXT.simulator().journal().requestCount("GET", "company/companies/{id}")).isEqualTo(2);
  }

  @Test
  void createPatchDelete_roundTripAndTypedErrors() {
    Company created = client.companies().create(Company.builder().identifier("CLIENT1").name("Client Co")
        .city("Tampa").build());
    assertThat(created.id()).isNotNull();
    Company patched = client.companies().patch(created.id(), Patch.builder().replace("name", "Renamed").build());
    assertThat(patched.name()).isEqualTo("Renamed");
    assertThat(EXT.simulator().get("company/companies", created.id()).orElseThrow().get("name").asText())
        .isEqualTo("Renamed");
    assertThatThrownBy(() -> client.companies().create(Company.builder().identifier("CLIENT1").name("Dup")
        .city("Tampa").build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.isObjectExists()).isTrue());
    client.companies().delete(created.id());
    assertThatThrownBy(() -> client.companies().get(created.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void count_withConditions() {
    assertThat(client.companies().count(Query.builder().conditions(Condition.field("city").eq("Even")).build()))
        .isEqualTo(617);
  }
}
