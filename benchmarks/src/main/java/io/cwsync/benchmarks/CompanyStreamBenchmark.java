package io.cwsync.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.query.Query;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * Streams 100,000 companies through {@code cw.companies().listAll(...)} from a loopback server
 * (JDK {@code HttpServer}) that serves forward-only pages of 1,000 realistic company records, and
 * reports companies decoded per second and the heap in use.
 *
 * <p>Goals: heap under 64 MB while streaming (run with {@code -Xmx64m}: the run fails with
 * {@code OutOfMemoryError} otherwise) and at least 50,000 companies a second on one core.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package}, then
 * {@code taskset -c 0 java -Xmx64m -XX:ActiveProcessorCount=1 -cp benchmarks/target/benchmarks.jar
 * io.cwsync.benchmarks.CompanyStreamBenchmark [companies] [rounds]}.
 *
 * <p>The server keeps one page template (about 1.6 MB) and patches the ids per request, so the
 * server side adds little to the measured heap.
 */
public final class CompanyStreamBenchmark {
  private static final int PAGE_SIZE = 1000;
  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int FIRST_ID = 1_000_000; // seven digits: ids can be patched in place

  private CompanyStreamBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: number of companies (default 100,000), measured rounds (default 5)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PageTemplate template = new PageTemplate(PAGE_SIZE);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", ex -> {
      String q = ex.getRequestURI().getRawQuery();
      int after = intParam(q, "pageId", FIRST_ID - 1);
      int first = after + 1;
      int remaining = FIRST_ID + total - first;
      int count = Math.max(0, Math.min(PAGE_SIZE, remaining));
      byte[] body = template.render(first, count);
      if (count == PAGE_SIZE && remaining > PAGE_SIZE) {
        ex.getResponseHeaders().add("Link", "<http://127.0.0.1/v4_6_release/apis/3.0/company/companies?pageSize="
            + PAGE_SIZE + "&pageId=" + (first + count - 1) + ">; rel=\"next\"");
      }
      ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      ConnectWiseClient cw = ConnectWiseClient.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v4_6_release/apis/3.0/")
          .companyId("bench").publicKey("pub").privateKey("priv").clientId("bench-client")
          .retryPolicy(RetryPolicy.none()).noRateLimit().build();
      System.out.printf(Locale.ROOT, "page bytes: %,d (%d companies), total companies per round: %,d%n",
          template.render(FIRST_ID, PAGE_SIZE).length, PAGE_SIZE, total);

      long checksum = stream(cw, total, false); // warm-up
      List<Double> rates = new ArrayList<>();
      List<Double> cpuRates = new ArrayList<>();
      List<Double> clientCpuRates = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long threadCpuStart = THREADS.getCurrentThreadCpuTime();
        checksum += stream(cw, total, false);
        double clientCpuSeconds = (THREADS.getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
        clientCpuRates.add(total / clientCpuSeconds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        rates.add(total / seconds);
        cpuRates.add(total / cpuSeconds);
        System.out.printf(Locale.ROOT, "round %d: %,.0f companies/s (%.2f s); %,.0f companies per CPU-second "
            + "(%.2f s of CPU, client + server + GC; %.2f s on the client thread)%n", r + 1, total / seconds, seconds,
            total / cpuSeconds, cpuSeconds, clientCpuSeconds);
      }
      rates.sort(Double::compare);
      cpuRates.sort(Double::compare);
      clientCpuRates.sort(Double::compare);
      System.out.printf(Locale.ROOT, "median: %,.0f companies/s, best: %,.0f companies/s%n",
          rates.get(rates.size() / 2), rates.get(rates.size() - 1));
      // On a loaded machine wall-clock rates mostly measure the other tenants of the core; the CPU the
      // process itself spent (one core: client, loopback server and GC together) is the steadier figure.
      System.out.printf(Locale.ROOT, "median per CPU-second (process CPU time): %,.0f companies/s%n",
          cpuRates.get(cpuRates.size() / 2));
      System.out.printf(Locale.ROOT, "median per CPU-second of the client thread (HTTP read, paging, decoding): "
          + "%,.0f companies/s%n", clientCpuRates.get(clientCpuRates.size() / 2));

      // The same pages decoded straight from bytes, without HTTP: the ceiling the pager can reach.
      var listType = ConnectWiseJson.mapper().getTypeFactory().constructCollectionType(List.class, Company.class);
      var reader = ConnectWiseJson.mapper().readerFor(listType);
      byte[] page = template.render(FIRST_ID, PAGE_SIZE);
      long decoded = 0;
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      for (int i = 0; i < total / PAGE_SIZE; i++) {
        List<Company> companies = reader.readValue(page);
        decoded += companies.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf(Locale.ROOT, "decode only (no HTTP, same pages): %,.0f companies/s, %,.0f per CPU-second%n",
          decoded / seconds, decoded / cpuSeconds);

      resetPeaks();
      long retained = stream(cw, total, true);
      System.out.printf(Locale.ROOT, "heap used after GC while streaming (max of samples): %.1f MB%n",
          retained / 1048576.0);
      System.out.printf(Locale.ROOT, "peak heap used (all pools, incl. garbage): %.1f MB; max heap: %.1f MB%n",
          peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
      System.out.println("checksum " + checksum);
    } finally {
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  /** Streams every company; with {@code sampleHeap}, returns the max heap in use after a GC per 10 pages. */
  private static long stream(ConnectWiseClient cw, int total, boolean sampleHeap) {
    long n = 0;
    long sum = 0;
    long maxRetained = 0;
    for (Company c : cw.companies().listAll(Query.all())) {
      n++;
      sum += c.id() + (c.name() == null ? 0 : c.name().length());
      if (sampleHeap && n % (PAGE_SIZE * 10L) == 500) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        maxRetained = Math.max(maxRetained, rt.totalMemory() - rt.freeMemory());
      }
    }
    if (n != total) {
      throw new IllegalStateException("streamed " + n + " companies, expected " + total);
    }
    return sampleHeap ? maxRetained : sum;
  }

  /** CPU time used by the whole process (all threads, GC and JIT included), in nanoseconds. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report process CPU time");
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static int intParam(String query, String name, int dflt) {
    if (query == null) {
      return dflt;
    }
    for (String part : query.split("&")) {
      if (part.startsWith(name + "=")) {
        return Integer.parseInt(part.substring(name.length() + 1));
      }
    }
    return dflt;
  }

  /** One page of companies as bytes, with the offsets of every seven-digit id to patch per request. */
  private static final class PageTemplate {
    private final byte[] bytes;
    private final int[] recordEnds;
    private final int[][] idOffsets;

    PageTemplate(int size) {
      StringBuilder sb = new StringBuilder("[");
      recordEnds = new int[size];
      idOffsets = new int[size][];
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          sb.append(',');
        }
        List<Integer> offsets = new ArrayList<>();
        company(sb, FIRST_ID + i, offsets);
        idOffsets[i] = offsets.stream().mapToInt(Integer::intValue).toArray();
        recordEnds[i] = sb.length();
      }
      sb.append(']');
      bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    byte[] render(int firstId, int count) {
      if (count == 0) {
        return "[]".getBytes(StandardCharsets.US_ASCII);
      }
      int end = recordEnds[count - 1];
      byte[] out = new byte[end + 1];
      System.arraycopy(bytes, 0, out, 0, end);
      out[end] = ']';
      for (int i = 0; i < count; i++) {
        byte[] digits = Integer.toString(firstId + i).getBytes(StandardCharsets.US_ASCII);
        for (int off : idOffsets[i]) {
          System.arraycopy(digits, 0, out, off, 7);
        }
      }
      return out;
    }

    private static void company(StringBuilder sb, int id, List<Integer> offsets) {
      sb.append("{\"id\":");
      offsets.add(sb.length());
      sb.append(id).append(",\"identifier\":\"C").append(id).append("\",\"name\":\"Company ").append(id)
          .append(" Ltd\",\"status\":{\"id\":1,\"name\":\"Active\",\"_info\":{\"status_href\":"
              + "\"https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies/statuses/1\"}},")
          .append("\"addressLine1\":\"").append(id % 977).append(" Main Street\",\"addressLine2\":\"Suite 200\",")
          .append("\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62701\",\"country\":{\"id\":1,\"name\":"
              + "\"United States\"},\"phoneNumber\":\"2175550100\",\"faxNumber\":\"\",\"website\":"
              + "\"www.example.com\",\"territory\":{\"id\":3,\"name\":\"Midwest\"},\"market\":{\"id\":2,"
              + "\"name\":\"Manufacturing\"},\"accountNumber\":\"\",\"defaultContact\":{\"id\":")
          .append(id % 5000 + 1).append(",\"name\":\"Jane Doe\"},\"dateAcquired\":\"2019-03-14T00:00:00Z\",")
          .append("\"annualRevenue\":125000.00,\"numberOfEmployees\":42,\"timeZoneSetup\":{\"id\":1,\"name\":"
              + "\"GMT-5/Eastern Time: US & Canada\"},\"leadFlag\":false,\"unsubscribeFlag\":false,"
              + "\"userDefinedField5\":\"\",\"taxCode\":{\"id\":11,\"name\":\"Tax-State\"},\"billingTerms\":"
              + "{\"id\":1,\"name\":\"Net 30 days\"},\"billToCompany\":{\"id\":")
          .append(id % 5000 + 1).append(",\"identifier\":\"Parent\",\"name\":\"Parent Co\"},")
          .append("\"billingSite\":{\"id\":2,\"name\":\"Main\"},\"invoiceDeliveryMethod\":{\"id\":1,\"name\":"
              + "\"Mail\"},\"invoiceToEmailAddress\":\"billing@example.com\",\"deletedFlag\":false,"
              + "\"mobileGuid\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\",\"currency\":{\"id\":7,\"symbol\":\"$\","
              + "\"currencyCode\":\"USD\",\"decimalSeparator\":\".\",\"numberOfDecimals\":2,"
              + "\"thousandsSeparator\":\",\",\"negativeParenthesesFlag\":false,\"displaySymbolFlag\":false,"
              + "\"currencyIdentifier\":\"USD\",\"displayIdFlag\":false,\"rightAlign\":false,\"name\":\"US Dollars\"},"
              + "\"isVendorFlag\":false,\"types\":[{\"id\":1,\"name\":\"Client\"}],\"site\":{\"id\":2,"
              + "\"name\":\"Main\"},\"integratorTags\":[],")
          .append("\"customFields\":[{\"id\":4,\"caption\":\"ERP Number\",\"type\":\"Text\",\"entryMethod\":"
              + "\"EntryField\",\"numberOfDecimals\":0,\"value\":\"E").append(id).append("\",\"connectWiseId\":"
              + "\"c0ffee00-1111-2222-3333-444455556666\"},{\"id\":5,\"caption\":\"Tier\",\"type\":\"Text\","
              + "\"entryMethod\":\"List\",\"numberOfDecimals\":0,\"connectWiseId\":"
              + "\"c0ffee00-1111-2222-3333-444455556667\"}],")
          .append("\"_info\":{\"lastUpdated\":\"2025-11-0").append(id % 9 + 1).append("T10:15:30Z\","
              + "\"updatedBy\":\"jdoe\",\"dateEntered\":\"2019-03-14T15:21:50Z\",\"enteredBy\":\"admin\","
              + "\"contacts_href\":\"https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/contacts?"
              + "conditions=company/id=")
          .append(id).append("\",\"sites_href\":\"https://api-na.myconnectwise.net/v4_6_release/apis/3.0/"
              + "company/companies/").append(id).append("/sites\"}}");
    }
  }
}
