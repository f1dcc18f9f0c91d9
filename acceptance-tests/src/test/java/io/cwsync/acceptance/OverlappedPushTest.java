package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.SimulatedFault;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The push of one host page overlaps its ConnectWise requests up to the tenant's in-flight budget, with the same
 * outcome as one request at a time: the same ConnectWise and host state, no duplicate after a lost POST response,
 * nothing lost after a 429 mid-page, and a failing record that blocks none of the others.
 */
class OverlappedPushTest {

  /** Companies in ConnectWise, pulled (and linked) before the host edits them. */
  static final int LINKED = 12;
  /** Host records created after, pushed as creates. */
  static final int NEW = 12;
  static final Duration LATENCY = Duration.ofMillis(60);

  /** A world whose host has {@link #LINKED} records linked and edited, and {@link #NEW} unlinked ones. */
  private static World world(SimulatorClock clock) {
    World w = new World(new Fixture(clock));
    Instant base = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofDays(1));
    w.fx.loadCompanies(1, LINKED, id -> base.plusSeconds(id));
    SyncReport seed = w.coordinator().runPass(tenant(Direction.PULL, 1));
    assertThat(seed.successful()).as("%s", seed).isTrue();
    assertThat(w.host.size()).isEqualTo(LINKED);
    for (int id = 1; id <= LINKED; id++) {
      String hostId = w.links.findByCwId(World.TENANT, EntityType.COMPANY, id).orElseThrow().hostId();
      w.host.userUpdate(hostId, Map.of(CompanyRules.CITY, "Edited " + id));
    }
    for (int i = 1; i <= NEW; i++) {
      w.host.userCreate(Map.of(CompanyRules.NAME, "Host Co " + i, CompanyRules.IDENTIFIER, "HC" + i,
          CompanyRules.CITY, "Nantes"));
    }
    w.fx.sim.journal().reset();
    w.fx.sim.latency(LATENCY);
    return w;
  }

  private static Tenant tenant(Direction direction, int maxInFlight) {
    return Tenant.builder(World.TENANT)
        .flow(Flow.builder(World.FLOW, EntityType.COMPANY, Resources.COMPANIES).direction(direction).build())
        .rateBudget(new RateBudget(60_000, maxInFlight)).build();
  }

  private static SyncCoordinator coordinator(World w) {
    return w.builder("node-1").hostBatchSize(100).build();
  }

  /** The companies in ConnectWise as host values, ids left out (they follow the order the POSTs arrived in). */
  private static Set<String> connectWiseState(World w) {
    return w.fx.sim.records(Oracle.COMPANIES).stream().map(c -> Oracle.hostValues(c).toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The host's records as values, each with whether its link is settled. */
  private static Set<String> hostState(World w) {
    Set<String> out = new TreeSet<>();
    for (int i = 1; i <= LINKED + NEW; i++) {
      HostRecord h = w.host.find("h" + i).orElseThrow();
      out.add(new java.util.TreeMap<>(h.fields()) + " " + w.links.findByHostId(World.TENANT, EntityType.COMPANY,
          h.hostId()).orElseThrow().state());
    }
    return out;
  }

  private static long requests(World w, String method) {
    return w.fx.requests().stream().filter(e -> e.method().equals(method) && e.endpoint().startsWith(
        Oracle.COMPANIES)).count();
  }

  /** The most requests that arrived within one latency of each other: with the latency injected, the peak in flight. */
  private static int peakInFlight(List<JournalEntry> entries) {
    return PeakInFlight.of(entries.stream().filter(e -> e.endpoint().startsWith(Oracle.COMPANIES))
        .map(JournalEntry::at).toList(), LATENCY.minusMillis(15));
  }

  @Test
  void push_inFlightFour_overlapsCreatesAndUpdatesAndEndsAsTheSequentialPush() {
    List<Set<String>> states = new ArrayList<>();
    List<Integer> peaks = new ArrayList<>();
    for (int inFlight : new int[] {1, 4}) {
      try (World w = world(SimulatorClock.system())) {
        SyncReport r = coordinator(w).runPass(tenant(Direction.PUSH, inFlight));

        assertThat(r.successful()).as("in flight %s: %s", inFlight, r).isTrue();
        assertThat(requests(w, "POST")).as("one POST per new host record").isEqualTo(NEW);
        assertThat(requests(w, "PATCH")).as("one PATCH per edited record").isEqualTo(LINKED);
        assertThat(w.links.findByState(World.TENANT, EntityType.COMPANY, LinkState.PENDING_CREATE, 10)).isEmpty();
        w.assertInSync();
        peaks.add(peakInFlight(w.fx.requests()));
        states.add(connectWiseState(w));
        states.add(hostState(w));
        assertThat(coordinator(w).runPass(tenant(Direction.BOTH, inFlight)).writes()).as("settled").isZero();
      }
    }
    assertThat(peaks.get(0)).as("one request at a time with a budget of one").isEqualTo(1);
    // Arrivals within one latency approximate the peak in flight (a slot's next request may arrive just inside the
    // window of its previous one), so only "more than one" is asserted; the client's in-flight limit caps it at four.
    assertThat(peaks.get(1)).as("requests overlapped with a budget of four").isGreaterThan(1);
    assertThat(states.get(2)).as("ConnectWise state").isEqualTo(states.get(0));
    assertThat(states.get(3)).as("host state").isEqualTo(states.get(1));
    assertThat(states.get(0)).anyMatch(s -> s.contains("Edited 7")).anyMatch(s -> s.contains("HC9"));
  }

  @Test
  void push_inFlightFour_postResponseLostMidPage_noDuplicate() {
    try (World w = world(SimulatorClock.fixed(Fixture.T0))) {
      FaultRule lost = w.fx.sim.inject(FaultRule.builder().method("POST").path("company/companies").nthRequest(3)
          .fault(SimulatedFault.commitThenLoseResponse()).build());
      Tenant tenant = tenant(Direction.PUSH, 4);

      SyncReport first = coordinator(w).runPass(tenant);
      w.fx.clock.advance(Duration.ofMinutes(15));
      SyncReport second = coordinator(w).runPass(tenant);

      assertThat(lost.firedCount()).isEqualTo(1);
      assertThat(first.successful() && second.successful()).as("%s %s", first, second).isTrue();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("no duplicate from the lost response").isEqualTo(LINKED + NEW);
      assertThat(requests(w, "POST")).as("the committed POST is never sent again").isEqualTo(NEW);
      w.assertInSync();
    }
  }

  @Test
  void push_inFlightFour_429MidPage_endsThrottledAndTheNextPassLosesNothing() {
    try (World w = world(SimulatorClock.fixed(Fixture.T0))) {
      w.clientTuning = b -> b.noRateLimit().retryPolicy(RetryPolicy.none());
      FaultRule throttle = w.fx.sim.inject(FaultRule.builder().method("PATCH").nthRequest(5)
          .fault(SimulatedFault.tooManyRequests(5)).build());
      Tenant tenant = tenant(Direction.PUSH, 4);

      SyncReport first = coordinator(w).runPass(tenant);
      w.fx.clock.advance(Duration.ofMinutes(1));
      SyncReport second = coordinator(w).runPass(tenant);

      assertThat(throttle.firedCount()).isEqualTo(1);
      assertThat(first.streams()).anyMatch(s -> s.status() == StreamStatus.THROTTLED);
      assertThat(second.successful()).as("%s", second).isTrue();
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("each new record created once").isEqualTo(LINKED + NEW);
      assertThat(requests(w, "POST")).as("no POST sent twice").isEqualTo(NEW);
      assertThat(w.fx.sim.records(Oracle.COMPANIES)).as("every edit reached ConnectWise")
          .filteredOn(c -> c.path("city").asText().startsWith("Edited")).hasSize(LINKED);
      w.assertInSync();
      assertThat(coordinator(w).runPass(tenant(Direction.BOTH, 4)).writes()).as("settled").isZero();
    }
  }

  @Test
  void push_inFlightFour_failingRecordIsRecordedAndBlocksNoneOfTheOthers() {
    try (World w = world(SimulatorClock.fixed(Fixture.T0))) {
      w.clientTuning = b -> b.noRateLimit().retryPolicy(RetryPolicy.none());
      FaultRule broken = w.fx.sim.inject(FaultRule.builder().method("PATCH").path("company/companies/3")
          .fault(SimulatedFault.serverError(500)).build());
      String failing = w.links.findByCwId(World.TENANT, EntityType.COMPANY, 3).orElseThrow().hostId();

      SyncReport r = coordinator(w).runPass(tenant(Direction.PUSH, 4));

      assertThat(broken.firedCount()).isPositive();
      assertThat(w.fx.sim.records(Oracle.COMPANIES)).as("every other edit reached ConnectWise")
          .filteredOn(c -> c.path("city").asText().startsWith("Edited")).hasSize(LINKED - 1);
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).as("every create went through").isEqualTo(LINKED + NEW);
      assertThat(w.retries.find(new RetryKey(World.TENANT, World.FLOW, Direction.PUSH, failing)))
          .as("the failed record is queued with its reason").hasValueSatisfying(i -> assertThat(i.reason())
              .isNotBlank());
      assertThat(r.streams()).noneMatch(s -> s.status() == StreamStatus.THROTTLED);
    }
  }

  @Test
  void push_inFlightFour_twoNewRecordsWithOneNaturalKey_goOneAfterTheOtherAndCreateOneRecord() {
    try (World w = world(SimulatorClock.fixed(Fixture.T0))) {
      String first = w.host.userCreate(Map.of(CompanyRules.NAME, "Twin A", CompanyRules.IDENTIFIER, "TWIN",
          CompanyRules.CITY, "Lyon"));
      String second = w.host.userCreate(Map.of(CompanyRules.NAME, "Twin B", CompanyRules.IDENTIFIER, "TWIN",
          CompanyRules.CITY, "Lyon"));

      coordinator(w).runPass(tenant(Direction.PUSH, 4));

      // As one at a time: the second's lookup sees the first's create and does not POST a duplicate.
      assertThat(w.fx.sim.records(Oracle.COMPANIES)).filteredOn(c -> c.path("identifier").asText().equals("TWIN"))
          .hasSize(1);
      assertThat(w.links.findByHostId(World.TENANT, EntityType.COMPANY, first).orElseThrow().state())
          .isEqualTo(LinkState.LINKED);
      assertThat(w.retries.find(new RetryKey(World.TENANT, World.FLOW, Direction.PUSH, second)))
          .as("the second is recorded with its reason").hasValueSatisfying(i -> assertThat(i.reason())
              .contains("AMBIGUOUS_MATCH").contains("already linked to host record " + first));
      assertThat(w.fx.sim.count(Oracle.COMPANIES)).isEqualTo(LINKED + NEW + 1);
    }
  }
}
