package io.cwsync.benchmarks;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * The initial (full) pull of a stream of companies (and, with {@code --contacts}, one of contacts after it) at a
 * latency per request, sequential (the default budget, one request in flight) against id ranges read concurrently
 * under budgets of more requests in flight (issue 14), and under a budget whose requests per minute bind.
 *
 * <p>Each run is a new coordinator with empty in-memory stores on the same simulator (in this JVM), built by
 * {@link ClientFactory#standard} so that the tenant's {@link RateBudget} is the client's in-flight limit and token
 * bucket, as in production. Requests are counted by the simulator's journal; the peak in flight by an OkHttp network
 * interceptor. The paging minimum is {@code ceil(n / 1000)} pages per stream; neither the sequential scan nor the ranged
 * pull sends a {@code /count} or a discovery request beyond its pages, so both should read exactly that.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package} then
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ConcurrentPullBenchmark
 * [--records=50000] [--contacts=0] [--latency-ms=100] [--in-flight=1,4,8,16] [--bound-per-minute=120]}.
 */
public final class ConcurrentPullBenchmark {

  private static final int PAGE_SIZE = 1000;

  private ConcurrentPullBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --records=N --contacts=N --latency-ms=N --in-flight=a,b,c --bound-per-minute=N}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    BenchmarkArgs a = BenchmarkArgs.parse(args,
        "--records=N --contacts=N --latency-ms=N --in-flight=a,b,c --bound-per-minute=N");
    int records = a.intValue("records", 50_000);
    int contacts = a.intValue("contacts", 0);
    long latency = a.longValue("latency-ms", 100);
    List<Integer> inFlight = a.ints("in-flight", List.of(1, 4, 8, 16));
    int boundPerMinute = a.intValue("bound-per-minute", 120);
    a.done();
    System.out.printf("initial pull of %,d companies%s, %d ms latency per request, %d per page, %d cores%n",
        records, contacts > 0 ? String.format(" then %,d contacts", contacts) : "", latency, PAGE_SIZE,
        Runtime.getRuntime().availableProcessors());
    ConnectWiseSimulator sim = SimulatorProcess.start(records, contacts, latency);
    try {
      long pages = (records + PAGE_SIZE - 1) / PAGE_SIZE + (contacts + PAGE_SIZE - 1) / PAGE_SIZE;
      System.out.printf("paging minimum: %d pages = %d requests (1.02x: %d)%n%n", pages, pages,
          (long) Math.floor(pages * 1.02));
      // A warm-up run so the sequential baseline does not pay the JIT alone.
      run(sim, records, contacts, new RateBudget(1_000_000, 8), true);
      long sequentialMs = -1;
      System.out.println("budget (per minute, in flight) | wall ms | vs sequential | requests = pages + /count +"
          + " other | requests vs minimum | peak in flight | requests / budget");
      for (int k : inFlight) {
        Result r = run(sim, records, contacts, new RateBudget(1_000_000, k), false);
        if (k == 1) {
          sequentialMs = r.wallMs;
        }
        print(r, pages, sequentialMs);
      }
      Result bound = run(sim, records, contacts, new RateBudget(boundPerMinute, 8), false);
      print(bound, pages, sequentialMs);
    } finally {
      sim.close();
    }
  }

  record Result(RateBudget budget, long wallMs, long requests, long pages, long counts, int peakInFlight,
      long stored, String status) {
  }

  private static void print(Result r, long pages, long sequentialMs) {
    double byBudget = r.requests * 60_000.0 / r.budget.requestsPerMinute();
    System.out.printf("%,9d/min, %2d in flight | %,7d | %13s | %3d = %d + %d + %d | %.2fx | %14d | %s%s%n",
        r.budget.requestsPerMinute(), r.budget.maxConcurrentRequests(), r.wallMs,
        sequentialMs <= 0 ? "-" : String.format("%.2fx faster", (double) sequentialMs / r.wallMs), r.requests,
        r.pages, r.counts, r.requests - r.pages - r.counts, (double) r.requests / pages, r.peakInFlight,
        byBudget < 1000 ? "n/a (not binding)" : String.format("%,.0f ms, wall %.2fx of it", byBudget,
            r.wallMs / byBudget), r.status.equals("COMPLETED") && r.stored > 0 ? "" : " (" + r.status + ")");
  }

  static Result run(ConnectWiseSimulator sim, int records, int contacts, RateBudget budget,
      boolean warmUp) {
    AtomicInteger flying = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    OkHttpClient ok = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      peak.accumulateAndGet(flying.incrementAndGet(), Math::max);
      try {
        return chain.proceed(chain.request());
      } finally {
        flying.decrementAndGet();
      }
    }).build();
    FingerprintHost host = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contactHost = FingerprintHost.of(EntityType.CONTACT);
    Tenant.Builder tb = Tenant.builder(TenantId.of("bench"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build());
    if (contacts > 0) {
      tb.flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).direction(Direction.PULL)
          .dependsOn("companies").build());
    }
    Tenant tenant = tb.rateBudget(budget).build();
    SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "bench", "public",
            "private", "benchmark")))
        .clientFactory(ClientFactory.standard((t, b) -> b.okHttpClient(ok)))
        .inMemoryStores()
        .auditLog(new CoordinatorPassBenchmark.CountingAudit())
        .historyStore(new CoordinatorPassBenchmark.CountingHistory())
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, host, EntityType.CONTACT, contactHost)))
        .rules(CompanyContactRules.create())
        .pageSize(PAGE_SIZE)
        .build();
    sim.journal().reset();
    long t0 = System.nanoTime();
    SyncReport report = coordinator.runPass(tenant);
    long wall = (System.nanoTime() - t0) / 1_000_000;
    coordinator.close();
    String status = report.streams().stream().map(s -> s.status().name()).distinct()
        .reduce((a, b) -> a + "/" + b).orElse("NONE");
    if (!warmUp && (host.size() != records || contactHost.size() != contacts)) {
      System.out.printf("  stored %,d of %,d companies, %,d of %,d contacts: %s%n", host.size(), records,
          contactHost.size(), contacts, report.streams());
    }
    long pageRequests = sim.journal().requestCount("GET", "company/companies")
        + sim.journal().requestCount("GET", "company/contacts");
    long counts = sim.journal().requestCount("GET", "company/companies/count")
        + sim.journal().requestCount("GET", "company/contacts/count");
    return new Result(budget, wall, sim.journal().requestCount(), pageRequests, counts, peak.get(),
        host.size() + contactHost.size(), status);
  }
}
