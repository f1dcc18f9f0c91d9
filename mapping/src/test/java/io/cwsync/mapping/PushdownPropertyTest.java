package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ResourceService;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.spi.Scope;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: for generated records and generated filter settings, filtering in ConnectWise through
 * the pushed-down conditions (the simulator, over HTTP) and filtering in memory select the same
 * records; on incremental pulls the server returns a superset, which memory narrows to the same set.
 */
class PushdownPropertyTest {

  private static final long SEED = 20261122L;
  private static final int CASES = 60;
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final List<String> STAGES = List.of("Prospect", "Qualification", "Negotiation",
      "Closed");
  private static final List<String> STATUSES = List.of("Open", "Won", "Lost", "No Decision");
  private static final List<String> MARKETS = List.of("Real estate", "Retail", "Healthcare",
      "Legal");
  private static final ReferenceData REF = Fixtures.reference();

  private static ConnectWiseSimulator sim;
  private static ConnectWiseClient cw;

  @BeforeAll
  static void start() {
    sim = ConnectWiseSimulator.builder().companyId("acme").publicKey("pub").privateKey("priv")
        .clock(SimulatorClock.fixed(T0)).build().start();
    cw = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme").publicKey("pub")
        .privateKey("priv").clientId("cwsync-mapping-test").noRateLimit().build();
    Random random = new Random(SEED);
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<ObjectNode> companies = new ArrayList<>();
    for (int id = 1; id <= 150; id++) {
      ObjectNode c = f.objectNode().put("id", id).put("identifier", "C" + id)
          .put("name", "Company " + id).put("city", "Tampa");
      int m = random.nextInt(MARKETS.size() + 1);
      if (m < MARKETS.size()) {
        c.putObject("market").put("id", m + 1).put("name", MARKETS.get(m));
      }
      c.putObject("_info").put("lastUpdated", T0.plusSeconds(id).toString());
      companies.add(c);
    }
    sim.load("company/companies", companies);
    List<ObjectNode> stages = new ArrayList<>();
    for (int i = 0; i < STAGES.size(); i++) {
      stages.add(f.objectNode().put("id", i + 1).put("name", STAGES.get(i)));
    }
    sim.load("sales/stages", stages);
    List<ObjectNode> statuses = new ArrayList<>();
    for (int i = 0; i < STATUSES.size(); i++) {
      statuses.add(f.objectNode().put("id", i + 10).put("name", STATUSES.get(i)));
    }
    sim.load("sales/opportunities/statuses", statuses);
    List<ObjectNode> opportunities = new ArrayList<>();
    for (int id = 1; id <= 300; id++) {
      ObjectNode o = f.objectNode().put("id", id).put("name", "Deal " + id);
      int s = random.nextInt(STAGES.size());
      o.putObject("stage").put("id", s + 1).put("name", STAGES.get(s));
      int st = random.nextInt(STATUSES.size());
      o.putObject("status").put("id", st + 10).put("name", STATUSES.get(st));
      o.putObject("company").put("id", 1 + random.nextInt(150));
      o.putObject("_info").put("lastUpdated",
          T0.plus(Duration.ofHours(random.nextInt(24 * 60))).toString());
      opportunities.add(o);
    }
    sim.load("sales/opportunities", opportunities);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private static String[] subset(Random random, List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (random.nextInt(3) == 0) {
        out.add(v);
      }
    }
    return out.toArray(String[]::new);
  }

  private static <T extends ConnectWiseRecord> Set<Integer> server(ResourceService<T> service,
      Optional<Condition> conditions) {
    Query.Builder q = Query.builder().pageSize(1000);
    conditions.ifPresent(q::conditions);
    return service.listAll(q.build()).stream().map(ConnectWiseRecord::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static <T extends ConnectWiseRecord> Set<Integer> memory(ProfileSyncRules rules,
      Flow flow, List<T> records) {
    return records.stream().filter(r -> rules.pullScope(flow, r, new TestContext())
        == Scope.IN_SCOPE).map(ConnectWiseRecord::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void pullConditions_generatedFilters_serverAndMemorySelectTheSameRecords() {
    Random random = new Random(SEED + 1);
    Flow opportunities = Flows.of(EntityType.OPPORTUNITY);
    Flow companies = Flows.of(EntityType.COMPANY);
    var allOpportunities = cw.opportunities().listAll(Query.builder().pageSize(1000).build())
        .stream().toList();
    var allCompanies = cw.companies().listAll(Query.builder().pageSize(1000).build()).stream()
        .toList();
    assertThat(allOpportunities).hasSize(300);
    assertThat(allCompanies).hasSize(150);
    int nonTrivial = 0;
    for (int i = 0; i < CASES; i++) {
      SyncProfile.Builder b = SyncProfile.builder().mode(SyncMode.PULL_ONLY)
          .pullFilters(pf -> pf.opportunityStages(subset(random, STAGES))
          .opportunityStatuses(subset(random, STATUSES)).markets(subset(random, MARKETS)));
      if (random.nextBoolean()) {
        b.pullFilters(pf -> pf.opportunitiesUpdatedAfter(T0.plus(Duration.ofHours(random.nextInt(24 * 60)))));
      }
      ProfileSyncRules rules = ProfileSyncRules.create(b.build(), REF);

      Set<Integer> inMemory = memory(rules, opportunities, allOpportunities);
      Set<Integer> full = server(cw.opportunities(), rules.pullConditions(opportunities, false));
      assertThat(full).as("case %s, full pull: %s", i, rules.profile().pullFilters())
          .isEqualTo(inMemory);
      Set<Integer> incremental =
          server(cw.opportunities(), rules.pullConditions(opportunities, true));
      assertThat(incremental).as("case %s, incremental pull sees every in-scope record", i)
          .containsAll(inMemory);
      List<ConnectWiseRecord> incrementalRecords = new ArrayList<>();
      allOpportunities.stream().filter(o -> incremental.contains(o.id()))
          .forEach(incrementalRecords::add);
      assertThat(memory(rules, opportunities, incrementalRecords)).isEqualTo(inMemory);

      Set<Integer> companiesInMemory = memory(rules, companies, allCompanies);
      assertThat(server(cw.companies(), rules.pullConditions(companies, false)))
          .as("case %s, companies", i).isEqualTo(companiesInMemory);
      if (inMemory.size() < allOpportunities.size() && !inMemory.isEmpty()) {
        nonTrivial++;
      }
    }
    assertThat(nonTrivial).as("generated cases that select some but not all records")
        .isGreaterThan(CASES / 3);
  }
}
