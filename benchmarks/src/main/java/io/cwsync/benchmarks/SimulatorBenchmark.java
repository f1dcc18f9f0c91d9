package io.cwsync.benchmarks;

import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a generated 250,000+ record tenant into the ConnectWise simulator and prints the heap it
 * takes after GC and the time per 1,000-record page over HTTP (navigable, forward-only and a
 * filtered, ordered query).
 *
 * <p>Run (figures in docs/benchmarks.md):
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) io.cwsync.benchmarks.SimulatorBenchmark
 * </pre>
 */
public final class SimulatorBenchmark {

  private static final Pattern NEXT = Pattern.compile("<([^>]*)>;\\s*rel=\"next\"");

  private SimulatorBenchmark() {}

  /**
   * Runs the benchmark; {@code args[0]} optionally scales the default tenant (1.0 = 50k companies);
   * {@code args[1] = minimal} generates {@link TenantGenerator.Builder#minimalPayloads() minimal payloads}
   * (the shape before every record carried every field of a real payload) to compare with older figures;
   * {@code args[1]} or {@code args[2] = load-only} stops after the load. Besides the wall clock the load is
   * measured in process CPU time and GC pauses, which other processes on a shared machine disturb less.
   */
  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    boolean minimal = args.length > 1 && args[1].equals("minimal");
    boolean loadOnly = java.util.Arrays.asList(args).contains("load-only");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    TenantGenerator.Builder builder = TenantGenerator.builder().seed(1).scale(scale);
    TenantGenerator generator = (minimal ? builder.minimalPayloads() : builder).build();
    System.out.println(minimal ? "payloads: minimal" : "payloads: every field of a real payload");
    long cpu0 = processCpuNanos();
    long[] gc0 = gcCountAndMillis();
    long t0 = System.nanoTime();
    ConnectWiseSimulator sim = ConnectWiseSimulator.builder().publicKey("pub").privateKey("priv")
        .seedData(generator::populate).build().start();
    long loadMillis = (System.nanoTime() - t0) / 1_000_000;
    long loadCpuMillis = (processCpuNanos() - cpu0) / 1_000_000;
    long[] gc1 = gcCountAndMillis();
    long records = 0;
    for (String type : sim.types()) {
      records += sim.count(type);
    }
    long used = usedAfterGc(memory) - before;
    System.out.printf(Locale.ROOT, "tenant: %,d records loaded in %,d ms%n", records, loadMillis);
    System.out.printf(Locale.ROOT, "load: %,d ms process CPU, %d GCs, %,d ms in GC%n", loadCpuMillis,
        gc1[0] - gc0[0], gc1[1] - gc0[1]);
    System.out.printf(Locale.ROOT, "heap used after GC: %,d MB (%.0f bytes/record), max heap %,d MB%n",
        used >> 20, (double) used / records, Runtime.getRuntime().maxMemory() >> 20);

    if (loadOnly) {
      sim.close();
      return;
    }
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString(
        (sim.companyId() + "+pub:priv").getBytes(StandardCharsets.UTF_8));
    for (int round = 0; round < 2; round++) {
      String label = round == 0 ? "warm-up" : "measured";
      walk(http, auth, label, "navigable companies", sim.baseUrl() + "company/companies?pageSize=1000", false);
      walk(http, auth, label, "forward-only contacts", sim.baseUrl() + "company/contacts?pageSize=1000&pageId=0", true);
      walk(http, auth, label, "conditions+orderBy contacts", sim.baseUrl()
          + "company/contacts?pageSize=1000&orderBy=" + enc("lastUpdated asc, id asc") + "&conditions="
          + enc("lastUpdated >= [2020-01-01T00:00:00Z] and inactiveFlag = false"), false);
    }
    sim.close();
  }

  private static void walk(HttpClient http, String auth, String label, String name, String first,
      boolean forwardOnly) throws Exception {
    long start = System.nanoTime();
    long bytes = 0;
    int pages = 0;
    String url = first;
    while (url != null) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1))
          .header("Authorization", auth).header("clientId", "benchmark")
          .header("Accept", "application/vnd.connectwise.com+json; version=2026.4");
      if (forwardOnly) {
        b.header("pagination-type", "forward-only");
      }
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
      bytes += r.body().length;
      pages++;
      Matcher m = NEXT.matcher(r.headers().firstValue("Link").orElse(""));
      url = m.find() ? m.group(1) : null;
    }
    double millis = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "%-8s %-28s %4d pages, %6.1f ms/page, %,d KB/page%n", label, name, pages,
        millis / pages, bytes / pages >> 10);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
  }

  private static long[] gcCountAndMillis() {
    long count = 0;
    long millis = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
