package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.ProgressEvent;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.IdRange;
import io.cwsync.core.spi.InitialPull;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.SimulatedFault;
import io.cwsync.testkit.simulator.SimulatorClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: an initial pull under a budget that allows parallel requests reads id ranges concurrently, at exactly the
 * paging minimum with dense ids (its first page is the discovery, no {@code /count}), never more requests in flight
 * than the budget, every page applied on one thread; a crash resumes each range where its checkpoint left it; no
 * update made during the pull is lost and no delete makes another record disappear. The simulator runs on the system
 * clock here, so its journal's request times are real and the injected latency shows which requests overlapped.
 */
class ConcurrentInitialPullTest {

  static final int RECORDS = 1_000;
  static final int PAGE_SIZE = 100;
  static final Duration LATENCY = Duration.ofMillis(100);
  static final Pattern RANGE = Pattern.compile("id\\s*>=\\s*(\\d+)(?:\\s+and\\s+id\\s*<\\s*(\\d+))?",
      Pattern.CASE_INSENSITIVE);
  /** The end of a range page whose condition has no upper bound: the last, open-ended range. */
  static final long OPEN = Long.MAX_VALUE;

  private static World world() {
    World w = new World(new Fixture(SimulatorClock.system()));
    Instant base = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofDays(1));
    w.fx.loadCompanies(1, RECORDS, id -> base.plusSeconds(id));
    return w;
  }

  private static Tenant tenant(int maxConcurrentRequests) {
    return Tenant.builder(World.TENANT)
        .flow(Flow.builder(World.FLOW, EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
        .rateBudget(new RateBudget(60_000, maxConcurrentRequests)).build();
  }

  private static boolean isPage(JournalEntry e) {
    return e.method().equals("GET") && e.endpoint().equals(Oracle.COMPANIES);
  }

  private static String query(JournalEntry e) {
    return URLDecoder.decode(e.query(), StandardCharsets.UTF_8);
  }

  /** Range pages: [from of the condition, to (OPEN if none)] per request, in journal order. */
  private static List<long[]> rangePages(List<JournalEntry> entries) {
    List<long[]> out = new ArrayList<>();
    for (JournalEntry e : entries) {
      Matcher m = RANGE.matcher(query(e));
      if (isPage(e) && m.find()) {
        out.add(new long[] {Long.parseLong(m.group(1)), m.group(2) == null ? OPEN : Long.parseLong(m.group(2))});
      }
    }
    return out;
  }

  /**
   * The most requests that arrived within one latency of each other: a request slot sends its next request only
   * after the last response, which the simulator delays by {@link #LATENCY}, so this is the peak in flight.
   */
  private static int peakInFlight(List<JournalEntry> entries) {
    return PeakInFlight.of(entries.stream().map(JournalEntry::at).toList(), LATENCY.minusMillis(10));
  }

  @Test
  void initialPull_budgetOfFour_readsRangesConcurrentlyAtThePagingMinimumAndAppliesOnOneThread() {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      Set<String> applyThreads = ConcurrentHashMap.newKeySet();
      SyncListener threads = new SyncListener() {
        @Override
        public void onRecord(TenantId tenant, String flowId, EntityType type, Direction direction,
            SyncAction action, Outcome outcome) {
          applyThreads.add(Thread.currentThread().getName());
        }
      };
      Instant before = Instant.now();

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).listener(threads).build().runPass(tenant(4));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).isEqualTo(RECORDS);
      assertThat(w.host.creates()).as("each record created once").isEqualTo(RECORDS);
      assertThat(applyThreads).as("every page applied on the pass's own thread")
          .containsExactly(Thread.currentThread().getName());
      List<JournalEntry> entries = w.fx.requests();
      long minimum = (RECORDS + PAGE_SIZE - 1) / PAGE_SIZE;
      assertThat(entries).as("exactly the paging minimum: no /count, no discovery beyond the first page")
          .hasSize((int) minimum).allMatch(ConcurrentInitialPullTest::isPage);
      List<long[]> pages = rangePages(entries);
      assertThat(pages).as("every page but the first reads a range").hasSize((int) minimum - 1);
      assertThat(pages.stream().map(p -> p[1]).distinct().count()).as("ranges read").isEqualTo(4);
      assertThat(query(entries.get(0))).as("the first page is the discovery").contains("orderBy=id asc")
          .doesNotContain("id >=");
      int peak = peakInFlight(entries);
      assertThat(peak).as("requests overlapped in time").isGreaterThanOrEqualTo(2);
      assertThat(peak).as("never more in flight than the budget").isLessThanOrEqualTo(4);
      StreamReport pull = r.streams().get(0);
      assertThat(pull.total()).as("the total once the pull is over").isEqualTo(RECORDS);
      Cursor c = w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor();
      Instant newest = Instant.parse(w.fx.sim.get(Oracle.COMPANIES, RECORDS).orElseThrow()
          .path("_info").path("lastUpdated").asText());
      assertThat(c.initialPull()).as("ranges cleared once all are done").isNull();
      Duration pass = Duration.between(before, Instant.now());
      assertThat(c.watermark()).as("no later than the newest lastUpdated, at most the pull's duration below it")
          .isBeforeOrEqualTo(newest).isAfterOrEqualTo(newest.minus(pass).minusSeconds(1));
      w.assertInSync();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 8})
  void initialPull_denseIds_exactlyThePagingMinimumAtEveryBudget(int inFlight) {
    try (World w = world()) {
      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(tenant(inFlight));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).isEqualTo(RECORDS);
      assertThat(w.fx.requests()).as("%d in flight", inFlight).hasSize(RECORDS / PAGE_SIZE)
          .allMatch(ConcurrentInitialPullTest::isPage);
      assertThat(r.streams().get(0).total()).isEqualTo(RECORDS);
      w.assertInSync();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void initialPull_streamOnOneFullPage_oneRequest(int inFlight) {
    try (World w = new World(new Fixture(SimulatorClock.system()))) {
      w.fx.loadCompanies(1, PAGE_SIZE, id -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(tenant(inFlight));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).isEqualTo(PAGE_SIZE);
      assertThat(w.fx.requests()).as("%d in flight", inFlight).hasSize(1);
      Cursor c = w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor();
      assertThat(c.watermark()).as("read in one answer: its newest lastUpdated")
          .isEqualTo(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(PAGE_SIZE));
      assertThat(c.initialPull()).isNull();
    }
  }

  /** Runs {@code action} once, on the pass's thread, right after the first page is stored. */
  private static SyncListener afterFirstPage(Runnable action) {
    AtomicBoolean done = new AtomicBoolean();
    return new SyncListener() {
      @Override
      public void onProgress(ProgressEvent event) {
        if (done.compareAndSet(false, true)) {
          action.run();
        }
      }
    };
  }

  private static String city(World w, long cwId) {
    return String.valueOf(w.host.find(w.host.findByConnectWiseId(cwId).orElseThrow().hostId()).orElseThrow()
        .field(CompanyRules.CITY));
  }

  @Test
  void initialPull_readRecordChangedThenAnUnreadOneChangedLater_nextIncrementalPullBringsTheFirstChange()
      throws Exception {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      // Budget 2: the first page holds ids 1..100, then [101, 601) and [601, ...) of 5 and 4 pages; a range fetches
      // at most two pages ahead, so id 1000 (the last range's fourth page) is read only after the change below.
      // The late change is well past the overlap after the early one: a watermark taken as the highest
      // lastUpdated seen would start the next pull after the early change and lose it.
      SyncListener midPull = afterFirstPage(() -> {
        w.fx.sim.update(Oracle.COMPANIES, 50, c -> c.put("city", "Changed early"));
        try {
          Thread.sleep(2_500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        w.fx.sim.update(Oracle.COMPANIES, RECORDS, c -> c.put("city", "Changed late"));
      });
      SyncCoordinator coordinator = w.builder("node-1").pageSize(PAGE_SIZE).overlap(Duration.ofSeconds(1))
          .listener(midPull).build();

      SyncReport initial = coordinator.runPass(tenant(2));

      assertThat(initial.successful()).as("%s", initial).isTrue();
      assertThat(city(w, RECORDS)).as("read after its change").isEqualTo("Changed late");
      assertThat(city(w, 50)).as("read before its change").isNotEqualTo("Changed early");
      Instant early = Instant.parse(w.fx.sim.get(Oracle.COMPANIES, 50).orElseThrow().path("_info")
          .path("lastUpdated").asText());
      assertThat(w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor().watermark())
          .as("no later than the early change").isBeforeOrEqualTo(early);

      SyncReport incremental = coordinator.runPass(tenant(2));

      assertThat(incremental.successful()).as("%s", incremental).isTrue();
      assertThat(city(w, 50)).as("no lost update").isEqualTo("Changed early");
      w.assertInSync();
    }
  }

  @Test
  void initialPull_recordsDeletedMidPull_noOtherRecordDisappears() {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      // Deleted from the first page (already stored) and from ranges being read: page-number paging would shift the
      // records after them onto pages already read, and skip them. The ranges' first pages are in flight while the
      // first page is applied, so a record deleted meanwhile may still be in its range's answer; the others must be.
      List<Integer> deleted = List.of(10, 20, 30, 150, 620, 999);
      SyncListener midPull = afterFirstPage(() -> deleted.forEach(id -> w.fx.sim.delete(Oracle.COMPANIES, id)));

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).listener(midPull).build().runPass(tenant(4));

      assertThat(r.successful()).as("%s", r).isTrue();
      int deletedBeforeRead = 0;
      for (int id = 1; id <= RECORDS; id++) {
        boolean present = w.host.findByConnectWiseId(id).isPresent();
        if (id <= PAGE_SIZE || !deleted.contains(id)) {
          assertThat(present).as("company %d in the host", id).isTrue();
        } else if (!present) {
          deletedBeforeRead++;
        }
      }
      assertThat(w.host.creates()).isEqualTo(RECORDS - deletedBeforeRead);
    }
  }

  @Test
  void initialPull_rangesRequestedWhileTheFirstPageIsApplied() {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      // The first page's records are stored and its checkpoint written (the listener runs then, on the applying
      // thread): by then the ranges' first requests have gone out. Waits at most five seconds for them.
      AtomicBoolean rangesRequested = new AtomicBoolean();
      SyncListener whileApplying = afterFirstPage(() -> {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && !rangesRequested.get()) {
          rangesRequested.set(rangePages(w.fx.requests()).size() >= 4);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).listener(whileApplying).build().runPass(tenant(4));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(rangesRequested).as("every range's first page requested before the first page's apply ended")
          .isTrue();
      assertThat(w.host.size()).isEqualTo(RECORDS);
      assertThat(w.fx.requests()).as("still the paging minimum").hasSize(RECORDS / PAGE_SIZE);
      w.assertInSync();
    }
  }

  @Test
  void initialPull_budgetOfTwo_neverMoreThanTwoInFlightThoughTheClientAllowsTen() {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(tenant(2));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).isEqualTo(RECORDS);
      int peak = peakInFlight(w.fx.requests());
      assertThat(peak).isEqualTo(2);
    }
  }

  @Test
  void initialPull_defaultBudget_keepsTheSequentialLastUpdatedScan() {
    try (World w = world()) {
      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).build().runPass(tenant(1));

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(w.host.size()).isEqualTo(RECORDS);
      assertThat(rangePages(w.fx.requests())).as("no id ranges at one request at a time").isEmpty();
      assertThat(w.fx.requests()).as("no /count: the pages give the total").allMatch(ConcurrentInitialPullTest::isPage)
          .allSatisfy(e -> assertThat(query(e)).contains("orderBy=lastUpdated asc"));
      assertThat(r.streams().get(0).total()).isEqualTo(RECORDS);
    }
  }

  @Test
  void initialPull_crashMidPull_resumesEachRangeWithoutRereadingStoredPagesNorLosingOrDuplicatingRecords() {
    try (World w = world()) {
      Tenant tenant = tenant(4);
      // Checkpoint 1 stores the discovered ranges; 2..4 three applied pages (the first page and two range pages);
      // the process dies right after.
      CrashingStores.CursorCrash crash = new CrashingStores.CursorCrash(w.cursors, 4, false);

      assertThatThrownBy(() -> w.builder("node-1", w.links, crash).pageSize(PAGE_SIZE).build().runPass(tenant))
          .isInstanceOf(Kill.class);

      InitialPull stored = w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor().initialPull();
      assertThat(stored).isNotNull();
      // A finished open-ended last range stands at its end (Long.MAX_VALUE): it holds the ids up to RECORDS.
      long applied = stored.ranges().stream().mapToLong(x -> Math.min(x.next(), RECORDS + 1) - x.from()).sum();
      assertThat(applied).as("three pages stored before the crash").isEqualTo(3L * PAGE_SIZE);
      assertThat(w.host.size()).as("the host may hold records of pages not checkpointed yet")
          .isGreaterThanOrEqualTo((int) applied);
      // A record of a page already stored changes during the crash: its range is not read again, the incremental
      // pull after the ranges picks it up because the watermark is the one from before the pull began.
      IdRange started = stored.ranges().stream().filter(x -> x.next() > x.from()).findFirst().orElseThrow();
      w.fx.sim.update(Oracle.COMPANIES, (int) started.from(), c -> c.put("city", "Changed during the crash"));
      w.fx.sim.journal().reset();

      SyncReport resumed = w.builder("node-2").pageSize(PAGE_SIZE).build().runPass(tenant);

      assertThat(resumed.successful()).as("%s", resumed).isTrue();
      List<long[]> pages = rangePages(w.fx.requests());
      for (long[] p : pages) {
        IdRange range = stored.ranges().stream().filter(x -> x.to() == p[1]).findFirst().orElseThrow();
        assertThat(p[0]).as("range %s resumes at its checkpoint", range).isGreaterThanOrEqualTo(range.next());
      }
      assertThat(pages).as("only the pages not stored yet").hasSize((int) ((RECORDS - applied) / PAGE_SIZE));
      assertThat(w.fx.requests()).as("no new discovery: every page reads a range")
          .allMatch(e -> RANGE.matcher(query(e)).find());
      assertThat(w.fx.requests()).hasSize(pages.size());
      StreamReport pull = resumed.streams().get(0);
      assertThat(pull.recordsRead()).isEqualTo(RECORDS - applied);
      assertThat(w.host.size()).as("no record lost").isEqualTo(RECORDS);
      assertThat(w.host.creates()).as("none created twice").isEqualTo(RECORDS);

      SyncReport incremental = w.builder("node-2").pageSize(PAGE_SIZE).build().runPass(tenant);
      assertThat(incremental.successful()).as("%s", incremental).isTrue();
      String hostId = w.host.findByConnectWiseId(started.from()).orElseThrow().hostId();
      assertThat(w.host.find(hostId).orElseThrow().field(CompanyRules.CITY)).as("the change made during the crash")
          .isEqualTo("Changed during the crash");
      assertThat(w.cursors.find(World.TENANT, World.FLOW).orElseThrow().cursor().initialPull()).isNull();
      w.assertInSync();
    }
  }

  @Test
  void pass_flowsWithoutDependencies_runAtOnceAndADependentFlowAfterItsDependency() {
    try (World w = world()) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      // Three flows over the same companies, each into its own host table: a and b are independent, c needs a.
      EntityType typeB = EntityType.of("company_b");
      EntityType typeC = EntityType.of("company_c");
      TestHost hostB = new TestHost(typeB);
      TestHost hostC = new TestHost(typeC);
      Tenant tenant = Tenant.builder(World.TENANT)
          .flow(Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
          .flow(Flow.builder("b", typeB, Resources.COMPANIES).direction(Direction.PULL).build())
          .flow(Flow.builder("c", typeC, Resources.COMPANIES).direction(Direction.PULL).dependsOn("a").build())
          .rateBudget(new RateBudget(60_000, 4)).build();
      // As ClientFactory.standard() builds it: the tenant's in-flight budget is the client's, shared by its flows.
      w.clientTuning = cb -> cb.noRateLimit().maxRequestsInFlight(4);
      java.util.Map<String, Set<String>> threadsByFlow = new ConcurrentHashMap<>();
      SyncListener threads = new SyncListener() {
        @Override
        public void onRecord(TenantId t, String flowId, EntityType type, Direction direction, SyncAction action,
            Outcome outcome) {
          threadsByFlow.computeIfAbsent(flowId, k -> ConcurrentHashMap.newKeySet())
              .add(Thread.currentThread().getName());
        }
      };

      SyncReport r = w.builder("node-1").pageSize(PAGE_SIZE).listener(threads)
          .adapters(io.cwsync.core.spi.HostAdapterRegistry.of(java.util.Map.of(EntityType.COMPANY, w.host,
              typeB, hostB, typeC, hostC))).build().runPass(tenant);

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(List.of(w.host.size(), hostB.size(), hostC.size())).containsOnly(RECORDS);
      StreamReport a = r.streams().get(0);
      StreamReport b = r.streams().get(1);
      StreamReport c = r.streams().get(2);
      assertThat(List.of(a.flowId(), b.flowId(), c.flowId())).as("reports in flow order").containsExactly("a", "b",
          "c");
      assertThat(a.startedAt()).as("a and b overlap in time").isBefore(b.finishedAt());
      assertThat(b.startedAt()).isBefore(a.finishedAt());
      assertThat(c.startedAt()).as("c waits for a").isAfterOrEqualTo(a.finishedAt());
      assertThat(threadsByFlow.values()).as("each flow applied from one thread").allSatisfy(
          t -> assertThat(t).hasSize(1));
      assertThat(peakInFlight(w.fx.requests())).as("all flows together within the budget").isBetween(2, 4);
    }
  }

  /**
   * Flows a and c over the same companies, c waiting for a, each into its own host table, under a budget of 4 in
   * flight with latency on every page read.
   */
  private record AThenC(Tenant tenant, TestHost hostC, io.cwsync.core.SyncCoordinator coordinator) {
    static AThenC in(World w) {
      return in(w, b -> b);
    }

    static AThenC in(World w, java.util.function.UnaryOperator<io.cwsync.core.SyncCoordinator.Builder> tuning) {
      w.fx.sim.inject(FaultRule.builder().method("GET").path("company/companies.*")
          .fault(SimulatedFault.latency(LATENCY)).build());
      EntityType typeC = EntityType.of("company_c");
      TestHost hostC = new TestHost(typeC);
      Tenant tenant = Tenant.builder(World.TENANT)
          .flow(Flow.builder("a", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
          .flow(Flow.builder("c", typeC, Resources.COMPANIES).direction(Direction.PULL).dependsOn("a").build())
          .rateBudget(new RateBudget(60_000, 4)).build();
      w.clientTuning = cb -> cb.noRateLimit().maxRequestsInFlight(4);
      return new AThenC(tenant, hostC, tuning.apply(w.builder("node-1").pageSize(PAGE_SIZE)
          .adapters(io.cwsync.core.spi.HostAdapterRegistry.of(java.util.Map.of(EntityType.COMPANY, w.host,
              typeC, hostC)))).build());
    }
  }

  @Test
  void pass_dependentFlowsFirstPage_readWhileItsDependencyIsPulled_andNotAgain() {
    try (World w = world()) {
      AThenC ac = AThenC.in(w);

      SyncReport r = ac.coordinator().runPass(ac.tenant());
      TestHost hostC = ac.hostC();

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(List.of(w.host.size(), hostC.size())).containsOnly(RECORDS);
      StreamReport a = r.streams().get(0);
      StreamReport c = r.streams().get(1);
      List<JournalEntry> firstPages = w.fx.requests().stream()
          .filter(e -> isPage(e) && !RANGE.matcher(query(e)).find()).toList();
      assertThat(firstPages).as("one first page per flow: the one read ahead is used, not read again").hasSize(2);
      assertThat(firstPages.get(1).at()).as("c's first page read while a was pulled").isBefore(a.finishedAt());
      assertThat(c.startedAt()).as("c still applies after a").isAfterOrEqualTo(a.finishedAt());
      assertThat(w.fx.requests()).as("both at the paging minimum").hasSize(2 * RECORDS / PAGE_SIZE);
    }
  }

  @Test
  void pass_dependentsFirstPageReadAhead_aRecordChangedBeforeItsPullStarts_nextIncrementalPullBringsIt()
      throws Exception {
    try (World w = world()) {
      // While a is pulled (held 2.5 s after its first page), c's first page has been read ahead; then record 50 (on
      // that page) changes, and 2.5 s later record 1000 (on c's last page, read after c's pull starts). A watermark
      // counted from when c's pull took the page, not from when it was read, would start c's next pull after the
      // early change and lose it.
      SyncListener midA = afterFirstPage(() -> {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && firstPages(w).size() < 2) {
          sleep(Duration.ofMillis(5));
        }
        // Its answer leaves the simulator one latency after the request arrived.
        sleep(LATENCY.plusMillis(200));
        w.fx.sim.update(Oracle.COMPANIES, 50, c -> c.put("city", "Changed early"));
        sleep(Duration.ofMillis(2_500));
        w.fx.sim.update(Oracle.COMPANIES, RECORDS, c -> c.put("city", "Changed late"));
      });
      AThenC ac = AThenC.in(w, b -> b.overlap(Duration.ofSeconds(1)).listener(midA));

      SyncReport initial = ac.coordinator().runPass(ac.tenant());

      assertThat(initial.successful()).as("%s", initial).isTrue();
      assertThat(firstPages(w)).as("c's first page read ahead, before the changes").hasSize(2);
      assertThat(cityIn(ac.hostC(), 50)).as("c read record 50 before its change").isNotEqualTo("Changed early");
      assertThat(cityIn(ac.hostC(), RECORDS)).as("and record 1000 after its change").isEqualTo("Changed late");
      Instant early = Instant.parse(w.fx.sim.get(Oracle.COMPANIES, 50).orElseThrow().path("_info")
          .path("lastUpdated").asText());
      assertThat(w.cursors.find(World.TENANT, "c").orElseThrow().cursor().watermark())
          .as("c's watermark no later than the early change").isBeforeOrEqualTo(early);

      SyncReport incremental = ac.coordinator().runPass(ac.tenant());

      assertThat(incremental.successful()).as("%s", incremental).isTrue();
      assertThat(cityIn(ac.hostC(), 50)).as("no lost update").isEqualTo("Changed early");
    }
  }

  private static List<JournalEntry> firstPages(World w) {
    return w.fx.requests().stream().filter(e -> isPage(e) && !RANGE.matcher(query(e)).find()).toList();
  }

  private static String cityIn(TestHost host, long cwId) {
    return String.valueOf(host.find(host.findByConnectWiseId(cwId).orElseThrow().hostId()).orElseThrow()
        .field(CompanyRules.CITY));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void runFlow_ofTheDependencyAlone_readsNoFirstPageForAFlowOutsideThePass() {
    try (World w = world()) {
      AThenC ac = AThenC.in(w);

      // Only a runs (as in a scheduled pass of the flows due): c's pull is not in this pass to take a page.
      SyncReport r = ac.coordinator().runFlow(ac.tenant(), "a");

      assertThat(r.successful()).as("%s", r).isTrue();
      assertThat(r.streams()).extracting(StreamReport::flowId).containsOnly("a");
      assertThat(w.host.size()).isEqualTo(RECORDS);
      // A read-ahead would go out as a's first page arrived, long before a's ranges are read (the simulator journals a
      // request when it arrives), so it would be counted here.
      assertThat(w.fx.requests()).as("a's pages only, at the paging minimum: nothing read for c")
          .hasSize(RECORDS / PAGE_SIZE);
      assertThat(ac.hostC().size()).isZero();
    }
  }
}
