package io.cwsync.benchmarks;

import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.Info;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.mapping.BundleStrategy;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The mapping engine's hot paths: mapping an opportunity with ten quote lines both ways (goal: at
 * least 200,000 a second on one core) and the pull filter predicates (goal: at least 5 million
 * records a second).
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package}, then
 * {@code taskset -c 0 java -XX:ActiveProcessorCount=1 -jar benchmarks/target/benchmarks.jar
 * MappingEngineBenchmark}. Scores: {@code opportunityWithTenLinesBothWays} in operations per
 * second (one operation = the opportunity and its ten lines mapped to ConnectWise and back);
 * {@code pullFilter} in records per second.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MappingEngineBenchmark {

  private static final int FILTERED = 1024;

  private ProfileSyncRules rules;
  private Flow opportunities;
  private Flow lines;
  private HostRecord opportunity;
  private List<HostRecord> quoteLines;
  private Opportunity cwOpportunity;
  private List<ForecastItem> forecastItems;
  private Opportunity[] pulled;
  private MappingContext ctx;

  /** Builds a realistic profile, an opportunity with ten lines, and 1,024 records to filter. */
  @Setup
  public void setUp() {
    ReferenceData ref = ReferenceData.builder()
        .stage(1, "Prospect").stage(2, "Qualification").stage(3, "Negotiation").stage(4, "Closed")
        .status(10, "Open", false, false, false).status(11, "Won", true, false, true)
        .status(12, "Lost", false, true, true)
        .location(20, "Tampa Office").department(30, "Sales").rating(40, "Hot")
        .productType(50, "Hardware").category(60, "Computers").subcategory(70, "Laptops", 60)
        .taxCode(81, "TX", "Texas", new BigDecimal("8.25")).member(90, "jsmith", "John Smith")
        .customField(100, "Quote #").build();
    SyncProfile profile = SyncProfile.builder()
        .opportunityDefaults(od -> od.defaultStage("Prospect").defaultStatus("Open").defaultLocation("Tampa Office")
        .defaultBusinessUnit("Sales").defaultRating("Hot"))
        .stageMapping(sm -> sm.mapStage("Discovery", "Qualification").mapStage("Proposal", "Negotiation")
        .mapStage("Won", "Closed").mapStatus("Won", "Won").mapStatus("Lost", "Lost"))
        .pullFilters(pf -> pf.opportunityStages("Prospect", "Negotiation", "Closed").opportunityStatuses("Open", "Won")
        .opportunitiesUpdatedAfter(Instant.parse("2025-01-15T00:00:00Z")))
        .bundles(BundleStrategy.AS_BUNDLE).taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX"))
        .fieldRules(EntityType.OPPORTUNITY, fr -> fr.mapCustomField("quoteNumber", "Quote #"))
        .build();
    rules = ProfileSyncRules.create(profile, ref);
    opportunities = Flow.builder("opportunities", EntityType.OPPORTUNITY,
        Resources.OPPORTUNITIES).direction(io.cwsync.core.model.Direction.BOTH).build();
    lines = Flow.builder("quote-lines", EntityType.FORECAST_ITEM, Resources.FORECAST_ITEMS)
        .direction(io.cwsync.core.model.Direction.BOTH).parent("opportunities").build();
    ctx = new Context();
    opportunity = HostRecord.builder(EntityType.OPPORTUNITY, "o1")
        .field(HostFields.Opportunity.NAME, "Laptops for Acme")
        .field(HostFields.Opportunity.STAGE, "Proposal")
        .field(HostFields.Opportunity.COMPANY, new HostRef(EntityType.COMPANY, "c1"))
        .field(HostFields.Opportunity.CONTACT, new HostRef(EntityType.CONTACT, "p1"))
        .field(HostFields.Opportunity.SALES_REP, "jsmith")
        .field(HostFields.Opportunity.TAX_RATE, new BigDecimal("8.25"))
        .field(HostFields.Opportunity.NOTES, "Ten laptops and setup")
        .field("quoteNumber", "Q-1017").build();
    quoteLines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      quoteLines.add(HostRecord.builder(EntityType.FORECAST_ITEM, "l" + i).parentHostId("o1")
          .field(HostFields.QuoteLine.PRODUCT_NAME, "LAPTOP-" + i)
          // The host product is linked, as in a running sync: its catalog item is referenced by id.
          .field(HostFields.QuoteLine.PRODUCT, new HostRef(EntityType.PRODUCT, "prod-" + i))
          .field(HostFields.QuoteLine.DESCRIPTION, "Laptop model " + i)
          .field(HostFields.QuoteLine.QUANTITY, new BigDecimal(1 + i))
          .field(HostFields.QuoteLine.UNIT_PRICE, new BigDecimal("999.99"))
          .field(HostFields.QuoteLine.UNIT_COST, new BigDecimal("700.00"))
          .field(HostFields.QuoteLine.PRODUCT_CLASS, "Inventory")
          .field(HostFields.QuoteLine.TAXABLE, true)
          .field(HostFields.QuoteLine.SEQUENCE, new BigDecimal(i + 1)).build());
    }
    cwOpportunity = (Opportunity) rules.toConnectWise(opportunities, opportunity, null, ctx);
    cwOpportunity = cwOpportunity.toBuilder().id(700)
        .stage(new Reference(3, "Negotiation", null, null))
        .status(new Reference(10, "Open", null, null)).build();
    forecastItems = new ArrayList<>();
    for (HostRecord line : quoteLines) {
      ForecastItem f = (ForecastItem) rules.toConnectWise(lines, line, null, ctx);
      forecastItems.add(f.toBuilder().id(800 + forecastItems.size())
          .opportunity(new Reference(700, null, null, null)).build());
    }
    Random random = new Random(42);
    String[] stages = {"Prospect", "Qualification", "Negotiation", "Closed"};
    String[] statuses = {"Open", "Won", "Lost"};
    pulled = new Opportunity[FILTERED];
    for (int i = 0; i < FILTERED; i++) {
      int s = random.nextInt(stages.length);
      int t = random.nextInt(statuses.length);
      pulled[i] = Opportunity.builder().id(i).name("Deal " + i)
          .stage(new Reference(s + 1, stages[s], null, null))
          .status(new Reference(t + 10, statuses[t], null, null))
          .info(Info.lastUpdated(Instant.parse("2025-01-01T00:00:00Z")
              .plusSeconds(random.nextInt(60 * 86_400)))).build();
    }
  }

  /**
   * Maps the opportunity and its ten lines to ConnectWise and the ConnectWise opportunity and its
   * ten forecast items back to host records.
   *
   * @param bh the sink
   */
  @Benchmark
  public void opportunityWithTenLinesBothWays(Blackhole bh) {
    bh.consume(rules.toConnectWise(opportunities, opportunity, null, ctx));
    for (HostRecord line : quoteLines) {
      bh.consume(rules.toConnectWise(lines, line, null, ctx));
    }
    bh.consume(rules.toHost(opportunities, cwOpportunity, null, ctx));
    for (ForecastItem f : forecastItems) {
      bh.consume(rules.toHost(lines, f, null, ctx));
    }
  }

  /**
   * Runs the opportunity pull filters (stage, status, last updated) over 1,024 records.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(FILTERED)
  public void pullFilter(Blackhole bh) {
    for (ConnectWiseRecord r : pulled) {
      bh.consume(rules.pullScope(opportunities, r, ctx) == Scope.IN_SCOPE);
    }
  }

  /**
   * One operation of {@link #opportunityWithTenLinesBothWays}, for {@link MappingEngineCpuMain}.
   *
   * @return the last mapped record
   */
  Object bothWaysOnce() {
    Object last = rules.toConnectWise(opportunities, opportunity, null, ctx);
    for (HostRecord line : quoteLines) {
      last = rules.toConnectWise(lines, line, null, ctx);
    }
    last = rules.toHost(opportunities, cwOpportunity, null, ctx);
    for (ForecastItem f : forecastItems) {
      last = rules.toHost(lines, f, null, ctx);
    }
    return last;
  }

  /**
   * One invocation of {@link #pullFilter}, for {@link MappingEngineCpuMain}.
   *
   * @return the number of records in scope
   */
  Integer filterOnce() {
    int in = 0;
    for (ConnectWiseRecord r : pulled) {
      if (rules.pullScope(opportunities, r, ctx) == Scope.IN_SCOPE) {
        in++;
      }
    }
    return in;
  }

  int filteredCount() {
    return FILTERED;
  }

  /** Links for the benchmark's references: everything is linked. */
  private static final class Context implements MappingContext {
    private static final Tenant TENANT = Tenant.builder(TenantId.of("bench")).build();

    @Override
    public Tenant tenant() {
      return TENANT;
    }

    @Override
    public Optional<Long> cwId(EntityType type, String hostId) {
      return Optional.of(type.equals(EntityType.COMPANY) ? 501L : 601L);
    }

    @Override
    public Optional<String> hostId(EntityType type, long cwId) {
      return Optional.of(type.name() + "-" + cwId);
    }

    @Override
    public Set<String> changedHostFields() {
      return Set.of();
    }

    @Override
    public @Nullable Long parentCwId() {
      return 700L;
    }

    @Override
    public boolean dryRun() {
      return false;
    }

    @Override
    public Instant now() {
      return Instant.EPOCH;
    }
  }
}
