package io.cwsync.benchmarks;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.simulator.SimulatorTls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * cwsync's side of {@link PeerComparisonBenchmark}, in its own JVM so that CPU and RSS are the client's alone: pulls
 * every company and contact through {@code listAll} from the simulator's HTTPS base URL, {@code passes} times.
 * Arguments: base URL, passes, mode ({@code sequential}: one stream after the other; {@code parallel}: both streams
 * at once on two threads; {@code coordinator}: a fresh {@code SyncCoordinator}'s first pass, pulling companies and
 * then contacts into lean hosts, with the default budget of one request at a time; {@code ranged}: the same pass
 * under a budget of several requests in flight, so each stream's initial pull reads id ranges concurrently, with the
 * lean rules' {@code fields=}), page size, and for {@code ranged} the budget's requests per minute and in-flight
 * limit.
 *
 * <p>Prints the same lines as the peer's script: {@code PASS <n> records=<r> wallMs=<ms> cpuMs=<process CPU since
 * the JVM started>} per pass (so pass 1 includes JVM start and JIT compilation: the cold figure), then
 * {@code HWM kb=<VmHWM>}. It reads a line from standard input before each pass. The client is built with its defaults (rate limit 1,000 a minute, burst 20) plus trust in
 * the simulator's test CA.
 */
public final class PeerPullProcess {

  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+)");

  private PeerPullProcess() {
  }

  /**
   * Runs the passes.
   *
   * @param args base URL, passes, mode, page size
   * @throws Exception if a pull fails
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int passes = Integer.parseInt(args[1]);
    String mode = args[2];
    boolean parallel = mode.equals("parallel");
    int pageSize = Integer.parseInt(args[3]);
    RateBudget budget = mode.equals("ranged")
        ? new RateBudget(Integer.parseInt(args[4]), Integer.parseInt(args[5])) : RateBudget.DEFAULT;
    OkHttpClient ok = new OkHttpClient.Builder()
        .sslSocketFactory(SimulatorTls.sslSocketFactory(), SimulatorTls.trustManager()).build();
    ConnectWiseClient cw = ConnectWiseClient.builder().okHttpClient(ok).baseUrl(baseUrl).companyId("bench")
        .publicKey("public").privateKey("private").clientId("peer-comparison").pageSize(pageSize).build();
    Query all = Query.builder().pageSize(pageSize).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      for (int pass = 1; pass <= passes; pass++) {
        // The benchmark counts the simulator's requests between passes, then says go.
        if (go.readLine() == null) {
          return;
        }
        long start = System.nanoTime();
        long records;
        if (mode.equals("coordinator") || mode.equals("ranged")) {
          records = coordinatorPull(baseUrl, ok, mode.equals("ranged"), budget, pageSize);
        } else if (parallel) {
          CompletableFuture<Long> companies = CompletableFuture.supplyAsync(
              () -> count(cw.companies().listAll(all)), pool);
          CompletableFuture<Long> contacts = CompletableFuture.supplyAsync(
              () -> count(cw.contacts().listAll(all)), pool);
          records = companies.join() + contacts.join();
        } else {
          records = count(cw.companies().listAll(all)) + count(cw.contacts().listAll(all));
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("PASS %d records=%d wallMs=%.1f cpuMs=%.1f%n", pass, records, wallMs, processCpuMs());
        System.out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("HWM kb=" + hwmKb());
  }

  /**
   * A full pull of companies then contacts (contacts depend on companies) by a fresh coordinator with in-memory
   * stores into testkit's {@link FingerprintHost}s, as {@link CoordinatorPassBenchmark} does, so each pass is an
   * initial pull, not an incremental one. Audit and history go to counting sinks, as in that benchmark. The rules are
   * {@link MappedFieldsRules}: only the fields they map are read ({@code fields=}). {@code ranged}: the client is
   * {@link ClientFactory#standard}'s, so the tenant's budget is the client's token bucket (burst: a second's worth)
   * and in-flight limit, as in production. Otherwise the tenant has the default budget (one request at a time: the
   * sequential scan) and the client its own defaults, as this row was first measured.
   */
  private static long coordinatorPull(String baseUrl, OkHttpClient ok, boolean ranged, RateBudget budget,
      int pageSize) {
    FingerprintHost companies = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contacts = FingerprintHost.of(EntityType.CONTACT);
    Tenant tenant = Tenant.builder(TenantId.of("bench"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build())
        .flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies").build())
        .rateBudget(budget)
        .build();
    SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(baseUrl, "bench", "public", "private",
            "peer-comparison")))
        .clientFactory(ranged ? ClientFactory.standard((t, b) -> b.okHttpClient(ok))
            : (t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
                .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).okHttpClient(ok).build())
        .pageSize(pageSize)
        .inMemoryStores()
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
        .rules(new MappedFieldsRules())
        .auditLog(new CoordinatorPassBenchmark.CountingAudit())
        .historyStore(new CoordinatorPassBenchmark.CountingHistory())
        .build();
    SyncReport report;
    try {
      report = coordinator.runPass(tenant);
    } finally {
      coordinator.close();
    }
    for (StreamReport r : report.streams()) {
      if (r.error() != null) {
        throw new IllegalStateException("stream " + r.flowId() + " " + r.direction() + " failed: " + r.error());
      }
    }
    return companies.size() + contacts.size();
  }

  private static long count(Iterable<?> records) {
    long n = 0;
    for (Object ignored : records) {
      n++;
    }
    return n;
  }

  static double processCpuMs() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e6;
  }

  /** Peak resident set size of this process in KB ({@code VmHWM}), or -1 where {@code /proc} is absent. */
  static long hwmKb() {
    try {
      Matcher m = HWM.matcher(Files.readString(Path.of("/proc/self/status")));
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
