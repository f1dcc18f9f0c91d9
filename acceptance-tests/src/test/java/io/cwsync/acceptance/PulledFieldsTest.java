package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.testkit.simulator.JournalEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, {@code fields=}: when the rules name the ConnectWise fields a flow reads, page reads ask only for them
 * (plus {@code id} and {@code _info/lastUpdated}, or {@code _info} whole if the rules name it), and the sync comes out
 * exactly as with whole records: the same host values,
 * links and fingerprints, on the first pull and after ConnectWise changes a read field and clears one. Fields not
 * asked for arrive absent and erase nothing.
 */
class PulledFieldsTest {

  /** {@link CompanyRules} that names the fields it reads. */
  static final class NamedFieldsRules extends CompanyRules {
    @Override
    public Optional<Set<String>> connectWiseFields(Flow flow) {
      return Optional.of(Set.of("name", "identifier", "city", "phoneNumber", "deletedFlag"));
    }
  }

  /** {@link NamedFieldsRules} that also read some or all of {@code _info}. */
  static final class InfoFieldsRules extends CompanyRules {
    private final String info;

    InfoFieldsRules(String info) {
      this.info = info;
    }

    @Override
    public Optional<Set<String>> connectWiseFields(Flow flow) {
      return Optional.of(Set.of("name", "identifier", "city", info));
    }
  }

  @Test
  void pull_rulesNamingInfoOrItsFields_getThemBesideLastUpdated() {
    for (String info : List.of("_info", "_info/updatedBy")) {
      try (World w = new World()) {
        w.fx.sim.create(Oracle.COMPANIES, Fixture.company("CO1", "Company 1", "Oslo"));

        SyncReport r = w.builder("node-1").rules(new InfoFieldsRules(info)).build().runPass(w.tenant(Direction.PULL));

        assertThat(r.successful()).as("%s", r).isTrue();
        assertThat(w.host.size()).isEqualTo(1);
        String fields = info.equals("_info") ? "fields=_info,city,id,identifier,name"
            : "fields=_info/lastUpdated,_info/updatedBy,city,id,identifier,name";
        assertThat(pages(w)).isNotEmpty().allSatisfy(e -> assertThat(decoded(e)).contains(fields));
      }
    }
  }

  @Test
  void pull_withConnectWiseFields_requestsThemAndSyncsLikeWholeRecords() {
    try (World whole = new World()) {
      World lean = new World(whole.fx, TenantId.of("lean"));
      for (int i = 1; i <= 30; i++) {
        whole.fx.sim.create(Oracle.COMPANIES, Fixture.company("CO" + i, "Company " + i, "Oslo")
            .put("phoneNumber", "555-01" + i).put("faxNumber", "555-02" + i).put("website", "co" + i + ".example")
            .put("addressLine1", i + " Main St"));
      }

      pass(whole, lean);
      // ConnectWise changes a read field of one company and clears one of another; the next passes are incremental.
      whole.fx.clock.advance(java.time.Duration.ofMinutes(5));
      int first = whole.fx.sim.records(Oracle.COMPANIES).get(0).path("id").asInt();
      int second = whole.fx.sim.records(Oracle.COMPANIES).get(1).path("id").asInt();
      whole.fx.sim.update(Oracle.COMPANIES, first, c -> c.put("city", "Bergen").put("faxNumber", "555-99"));
      whole.fx.sim.update(Oracle.COMPANIES, second, c -> c.remove("phoneNumber"));
      pass(whole, lean);

      HostRecord changed = lean.host.find(lean.links.findByCwId(lean.tenantId, EntityType.COMPANY, first)
          .orElseThrow().hostId()).orElseThrow();
      assertThat(changed.field(CompanyRules.CITY)).isEqualTo("Bergen");
      assertThat(changed.field(CompanyRules.PHONE)).as("not erased by the fields left out").isEqualTo("555-011");
      HostRecord cleared = lean.host.find(lean.links.findByCwId(lean.tenantId, EntityType.COMPANY, second)
          .orElseThrow().hostId()).orElseThrow();
      assertThat(cleared.field(CompanyRules.NAME)).isEqualTo("Company 2");
    }
  }

  @Test
  void initialPull_inIdRangesWithConnectWiseFields_everyRangePageRequestsThemAndSyncsLikeWholeRecords() {
    try (World whole = new World()) {
      World lean = new World(whole.fx, TenantId.of("lean"));
      for (int i = 1; i <= 30; i++) {
        whole.fx.sim.create(Oracle.COMPANIES, Fixture.company("CO" + i, "Company " + i, "Oslo")
            .put("phoneNumber", "555-01" + i).put("website", "co" + i + ".example"));
      }
      // Several requests in flight and 30 records in pages of 10: both initial pulls read id ranges concurrently.
      Tenant wholeTenant = Tenant.builder(whole.tenantId).flow(Flow.builder(World.FLOW, EntityType.COMPANY,
          Resources.COMPANIES).direction(Direction.PULL).build()).rateBudget(new RateBudget(60_000, 3)).build();
      Tenant leanTenant = Tenant.builder(lean.tenantId).flow(Flow.builder(World.FLOW, EntityType.COMPANY,
          Resources.COMPANIES).direction(Direction.PULL).build()).rateBudget(new RateBudget(60_000, 3)).build();

      whole.fx.sim.journal().reset();
      SyncReport w = whole.builder("node-1").pageSize(10).build().runPass(wholeTenant);
      List<JournalEntry> wholeRanges = rangePages(whole);
      whole.fx.sim.journal().reset();
      SyncReport l = lean.builder("node-1").pageSize(10).rules(new NamedFieldsRules()).build().runPass(leanTenant);
      List<JournalEntry> leanRanges = rangePages(lean);

      assertThat(w.successful()).as("%s", w).isTrue();
      assertThat(l.successful()).as("%s", l).isTrue();
      assertThat(wholeRanges).as("the first page and the range pages: the 3 pages of 30 records").hasSize(3)
          .noneSatisfy(e -> assertThat(e.query()).contains("fields="));
      assertThat(leanRanges).hasSameSizeAs(wholeRanges).allSatisfy(e -> assertThat(decoded(e))
          .contains("fields=_info/lastUpdated,city,deletedFlag,id,identifier,name,phoneNumber"));
      assertThat(state(lean)).isEqualTo(state(whole));
    }
  }

  /** The page reads of a ranged pull, in id order: its first page (the discovery) and every range's pages. */
  private static List<JournalEntry> rangePages(World w) {
    return pages(w).stream().filter(e -> decoded(e).contains("orderBy=id asc")).toList();
  }

  private static String decoded(JournalEntry e) {
    return java.net.URLDecoder.decode(e.query(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** One pull pass of each world; the lean one asks for fields, and both end the same. */
  private static void pass(World whole, World lean) {
    whole.fx.sim.journal().reset();
    SyncReport w = whole.builder("node-1").build().runPass(whole.tenant(Direction.PULL));
    List<JournalEntry> wholePages = pages(whole);
    whole.fx.sim.journal().reset();
    SyncReport l = lean.builder("node-1").rules(new NamedFieldsRules()).build().runPass(lean.tenant(Direction.PULL));
    List<JournalEntry> leanPages = pages(lean);

    assertThat(w.successful()).as("%s", w).isTrue();
    assertThat(l.successful()).as("%s", l).isTrue();
    assertThat(wholePages).isNotEmpty().noneSatisfy(e -> assertThat(e.query()).contains("fields="));
    assertThat(leanPages).hasSameSizeAs(wholePages).allSatisfy(e -> assertThat(java.net.URLDecoder.decode(
        e.query(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("fields=_info/lastUpdated,city,deletedFlag,id,identifier,name,phoneNumber"));
    assertThat(state(lean)).isEqualTo(state(whole));
  }

  private static List<JournalEntry> pages(World w) {
    return w.fx.sim.journal().entries().stream()
        .filter(e -> e.method().equals("GET") && e.path().equals("company/companies")).toList();
  }

  /** Per ConnectWise id: the host values and the link's fingerprints. */
  private static Map<Integer, List<Object>> state(World w) {
    Map<Integer, List<Object>> out = new TreeMap<>();
    for (var r : w.fx.sim.records(Oracle.COMPANIES)) {
      int id = r.path("id").asInt();
      Link link = w.links.findByCwId(w.tenantId, EntityType.COMPANY, id).orElseThrow();
      out.put(id, List.of(w.host.find(link.hostId()).orElseThrow().fields(), String.valueOf(link.cwFingerprint()),
          String.valueOf(link.hostFingerprint()), link.snapshot()));
    }
    return out;
  }
}
