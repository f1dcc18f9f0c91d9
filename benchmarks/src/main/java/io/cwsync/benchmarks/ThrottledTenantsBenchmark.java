package io.cwsync.benchmarks;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.SimulatedFault;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Issue 9 item 7: one coordinator schedules many tenants on a few workers; some tenants are fully throttled by
 * ConnectWise ({@code 429} with a long {@code Retry-After} on every request). Prints, in one run, the healthy
 * tenants' first-pass completion time p50/p95 with no tenant throttled and with 10% throttled, and their ratio
 * (goal: p95 ratio at most 1.2). With the standard client factory a long {@code Retry-After} ends the throttled
 * tenant's pass at once instead of holding a worker.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ThrottledTenantsBenchmark [tenants] [workers]
 * </pre>
 */
public final class ThrottledTenantsBenchmark {

  private ThrottledTenantsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    ConnectWiseSimulator healthy = simulator("healthy");
    ConnectWiseSimulator throttled = simulator("throttled");
    healthy.inject(FaultRule.builder().fault(SimulatedFault.latency(Duration.ofMillis(20))).build());
    throttled.inject(FaultRule.builder().fault(SimulatedFault.tooManyRequests(60)).build());
    try {
      run(tenants, workers, 0, healthy, throttled);   // warm-up (JIT), not reported
      double[] clean = run(tenants, workers, 0, healthy, throttled);
      double[] tenPercent = run(tenants, workers, tenants / 10, healthy, throttled);
      System.out.printf(Locale.ROOT, "tenants=%d workers=%d%n", tenants, workers);
      System.out.printf(Locale.ROOT, "no tenant throttled:  healthy first pass p50 %.2f s, p95 %.2f s%n", clean[0],
          clean[1]);
      System.out.printf(Locale.ROOT, "10%% throttled (Retry-After 60 s): healthy p50 %.2f s, p95 %.2f s%n",
          tenPercent[0], tenPercent[1]);
      System.out.printf(Locale.ROOT, "p95 ratio %.2f (goal <= 1.2)%n", tenPercent[1] / clean[1]);
    } finally {
      healthy.close();
      throttled.close();
    }
  }

  private static ConnectWiseSimulator simulator(String company) {
    return ConnectWiseSimulator.builder().companyId(company).publicKey("pub").privateKey("priv")
        .seedData(TenantGenerator.builder().seed(3).companies(20).contacts(20).build()::populate).build().start();
  }

  /** Runs one scenario; returns the healthy tenants' first-pass completion p50 and p95 in seconds. */
  private static double[] run(int tenants, int workers, int throttledCount, ConnectWiseSimulator healthy,
      ConnectWiseSimulator throttled) throws InterruptedException {
    Map<TenantId, Boolean> isThrottled = new ConcurrentHashMap<>();
    Map<TenantId, Long> finishedAt = new ConcurrentHashMap<>();
    Map<TenantId, HostAdapter> hosts = new ConcurrentHashMap<>();
    List<Tenant> all = new ArrayList<>();
    for (int i = 0; i < tenants; i++) {
      TenantId id = TenantId.of("t" + i);
      // Spread the throttled tenants over the schedule, as they would be in the wild.
      isThrottled.put(id, throttledCount > 0 && i % (tenants / throttledCount) == 0);
      hosts.put(id, FingerprintHost.of(EntityType.COMPANY));
      all.add(Tenant.builder(id).flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build())
          .build());
    }
    int healthyCount = (int) isThrottled.values().stream().filter(t -> !t).count();
    CountDownLatch healthyDone = new CountDownLatch(healthyCount);
    long start = System.nanoTime();
    SyncCoordinator c = SyncCoordinator.builder()
        .credentials((t, ref) -> {
          ConnectWiseSimulator sim = isThrottled.get(t) ? throttled : healthy;
          return Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), isThrottled.get(t) ? "throttled"
              : "healthy", "pub", "priv", "bench"));
        })
        .adapters((t, type) -> Optional.ofNullable(hosts.get(t)))
        .rules(CompanyContactRules.create())
        .inMemoryStores()
        .maxConcurrentPasses(workers)
        .tick(Duration.ofMillis(20))
        .listener(new SyncListener() {
          @Override
          public void onPassFinished(SyncReport report) {
            if (!isThrottled.get(report.tenant()) && finishedAt.putIfAbsent(report.tenant(),
                System.nanoTime() - start) == null) {
              healthyDone.countDown();
            }
          }
        })
        .build();
    try {
      all.forEach(c::schedule);
      c.start();
      if (!healthyDone.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("healthy tenants did not finish within 10 minutes");
      }
    } finally {
      c.close();
    }
    List<Long> times = new ArrayList<>(finishedAt.values());
    times.sort(null);
    return new double[] {seconds(times, 0.50), seconds(times, 0.95)};
  }

  private static double seconds(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e9;
  }
}
