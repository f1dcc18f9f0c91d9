package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a page's natural keys looked up with one query and matched in memory give exactly what one GET per record
 * gives, over 200 seeded cases on the simulator: identifiers and account numbers that differ only by case, share a
 * value between host records, carry quotes or brackets, belong to deleted companies or to several companies.
 */
class BatchedLookupPropertyTest {

  private static final long SEED = 14_2026L;
  private static final int CASES = 200;
  private static final String[] VALUES = {"A1", "a1", "B2", "b2 ", "C3", "O'Neil", "Say \"hi\"", "[x]", "D4", "e5"};

  private record Company(String identifier, String account, boolean deleted) {
  }

  private record Host(String identifier, String account) {
  }

  private record Case(List<Company> companies, List<Host> hosts) {
  }

  private static Case generate(Random rnd) {
    List<Company> companies = new ArrayList<>();
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      companies.add(new Company(pick(rnd) + (rnd.nextInt(3) == 0 ? "" : "-" + i), pick(rnd), rnd.nextInt(5) == 0));
    }
    List<Host> hosts = new ArrayList<>();
    int m = 2 + rnd.nextInt(8);
    for (int i = 0; i < m; i++) {
      String identifier = rnd.nextInt(4) == 0 ? "H" + i : pick(rnd);
      String account = rnd.nextInt(3) == 0 ? null : pick(rnd);
      hosts.add(new Host(identifier, account));
    }
    return new Case(companies, hosts);
  }

  private static String pick(Random rnd) {
    return VALUES[rnd.nextInt(VALUES.length)];
  }

  /** The outcome a run leaves: per host record, the company it links to (by seed name) and the action counts. */
  /** Lookup requests of the per-record runs [0] and of the batched runs [1]. */
  private final long[] lookups = new long[2];

  private Map<String, Object> run(Fixture fx, Case c, SyncRules rules, int run) {
    for (JsonNode existing : fx.sim.records(Oracle.COMPANIES)) {
      fx.sim.delete(Oracle.COMPANIES, existing.path("id").asInt());
    }
    List<ObjectNode> seeded = new ArrayList<>();
    for (int i = 0; i < c.companies().size(); i++) {
      Company co = c.companies().get(i);
      ObjectNode json = Fixture.company(co.identifier(), "Seed " + i, "Oslo");
      json.put("accountNumber", co.account());
      json.put("deletedFlag", co.deleted());
      seeded.add(json);
    }
    // Loaded, not created: ConnectWise can hold one identifier twice (a deleted company, a merge), which a create
    // refuses.
    fx.sim.load(Oracle.COMPANIES, seeded);
    World w = new World(fx, TenantId.of("run" + run));
    List<String> hostIds = new ArrayList<>();
    for (int i = 0; i < c.hosts().size(); i++) {
      Host h = c.hosts().get(i);
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put(CompanyRules.NAME, "Host " + i);
      fields.put(CompanyRules.IDENTIFIER, h.identifier());
      fields.put(CompanyRules.CITY, "Lyon");
      if (h.account() != null) {
        fields.put(BatchedRules.ACCOUNT, h.account());
      }
      hostIds.add(w.host.userCreate(fields));
    }
    fx.sim.journal().reset();
    SyncReport r = w.builder("node-1").rules(rules).build().runPass(w.tenant(Direction.PUSH));
    lookups[run % 2] += fx.sim.journal().requestCount("GET", "company/companies");
    Map<String, Object> outcome = new TreeMap<>();
    for (int i = 0; i < hostIds.size(); i++) {
      Long cwId = w.links.findByHostId(w.tenantId, EntityType.COMPANY, hostIds.get(i))
          .map(l -> l.cwId()).orElse(null);
      outcome.put("host " + i, cwId == null ? "unlinked"
          : fx.sim.get(Oracle.COMPANIES, cwId.intValue()).map(j -> j.path("name").asText()).orElse("gone"));
    }
    var stream = r.stream(World.FLOW, Direction.PUSH).orElseThrow();
    for (SyncAction a : SyncAction.values()) {
      outcome.put("count " + a, stream.count(a));
    }
    outcome.put("companies", fx.sim.count(Oracle.COMPANIES));
    return outcome;
  }

  @Test
  void push_batchedLookups_matchPerRecordLookups_over200SeededCases() {
    Random rnd = new Random(SEED);
    try (Fixture fx = new Fixture()) {
      int linkedSomewhere = 0;
      int conflicts = 0;
      for (int i = 0; i < CASES; i++) {
        Case c = generate(rnd);
        Map<String, Object> perRecord = run(fx, c, new BatchedRules.PerRecord(), 2 * i);
        Map<String, Object> batched = run(fx, c, new BatchedRules.Batched(), 2 * i + 1);

        assertThat(batched).as("case %d (seed %d): %s", i, SEED, c).isEqualTo(perRecord);
        linkedSomewhere += ((Number) perRecord.get("count " + SyncAction.LINK)).intValue();
        conflicts += ((Number) perRecord.get("count " + SyncAction.ERROR)).intValue()
            + ((Number) perRecord.get("count " + SyncAction.CONFLICT)).intValue();
      }
      // The generator must reach the interesting branches, or equality proves little.
      assertThat(linkedSomewhere).as("links to existing companies").isGreaterThan(20);
      assertThat(conflicts).as("ambiguities and refusals").isGreaterThan(5);
      assertThat(lookups[1]).as("the batched runs sent fewer lookups than the per-record runs (%s)", lookups[0])
          .isLessThan(lookups[0] / 2);
    }
  }
}
