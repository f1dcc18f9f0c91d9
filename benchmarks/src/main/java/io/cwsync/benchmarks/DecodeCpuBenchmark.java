package io.cwsync.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Client CPU per 1,000 records for decoding full ConnectWise payloads (issue 14, lean decoding), cold (the first
 * round of a fresh JVM: class loading and JIT included) and warm (median of the later rounds).
 *
 * <p>A simulator in a child JVM ({@link SimulatorProcess}) holds a generated tenant whose records carry every field a
 * real payload carries ({@code TenantGenerator}: 20,000 companies and 30,000 contacts by default). Two modes, one per
 * JVM so that the first round is really cold:
 *
 * <ul>
 *   <li>{@code bytes}: the 1,000-record pages are fetched once as raw bytes, then every round decodes them in
 *       process, element by element from the bytes as the client's pager does (one {@code ObjectReader} per model,
 *       {@code readValue} per array element straight from the parser); no HTTP in the measured rounds;
 *   <li>{@code http}: every round pulls both streams through {@code cw.companies().listAll(..)} and
 *       {@code cw.contacts().listAll(..)} over loopback HTTP, paging, per-element decode failures and all.
 * </ul>
 *
 * <p>Per round it prints the records read, this process's CPU time (the simulator runs in the child, so this is the
 * client's: every thread, GC and JIT compiler threads included), the CPU of the measuring thread, the JIT
 * compilation time spent during the round, and CPU milliseconds per 1,000 records.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package}, then
 * {@code java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.DecodeCpuBenchmark bytes|http
 * [companies] [contacts] [rounds] [all|mapped]}: {@code mapped} asks for the fields the default CRM profile's pulls
 * read ({@code fields=}, as the coordinator does) instead of whole records. The JVM options under test (for example {@code -XX:TieredStopAtLevel=1} or a
 * class-data-sharing archive) go before {@code -cp}.
 */
public final class DecodeCpuBenchmark {
  private static final int PAGE_SIZE = 1000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private DecodeCpuBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args mode ({@code bytes} or {@code http}), companies (20,000), contacts (30,000), rounds (10), fields
   *     ({@code all} or {@code mapped})
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "bytes";
    int companies = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int contacts = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    boolean mapped = args.length > 4 && args[4].equals("mapped");
    if (!mode.equals("bytes") && !mode.equals("http")) {
      throw new IllegalArgumentException("mode must be bytes or http, was " + mode);
    }
    Process sim = startSimulator(companies, contacts);
    try {
      String baseUrl = awaitReady(sim);
      List<String> companyFields = mapped ? mappedFields(EntityType.COMPANY, Resources.COMPANIES) : List.of();
      List<String> contactFields = mapped ? mappedFields(EntityType.CONTACT, Resources.CONTACTS) : List.of();
      Round round = mode.equals("bytes") ? bytesRound(baseUrl, companyFields, contactFields)
          : httpRound(baseUrl, companyFields, contactFields);
      System.out.printf(Locale.ROOT, "mode %s, %,d companies + %,d contacts, %d rounds, fields %s, JVM %s, args %s%n",
          mode, companies, contacts, rounds, mapped ? "mapped (" + companyFields + ", " + contactFields + ")" : "all",
          System.getProperty("java.vm.version"),
          ManagementFactory.getRuntimeMXBean().getInputArguments());
      System.out.println("round  records  process-cpu-ms  thread-cpu-ms  jit-ms  wall-ms  cpu-ms/1000");
      double[] perThousand = new double[rounds];
      long sinceStart = 0;
      for (int i = 0; i < rounds; i++) {
        long cpu0 = processCpuNanos();
        long thread0 = THREADS.getCurrentThreadCpuTime();
        long jit0 = JIT.getTotalCompilationTime();
        long wall0 = System.nanoTime();
        long records = round.run();
        long wall = System.nanoTime() - wall0;
        long cpu = processCpuNanos() - cpu0;
        long thread = THREADS.getCurrentThreadCpuTime() - thread0;
        long jit = JIT.getTotalCompilationTime() - jit0;
        perThousand[i] = cpu / 1e6 / (records / 1000.0);
        if (i == 0) {
          sinceStart = processCpuNanos();
        }
        System.out.printf(Locale.ROOT, "%5d  %7d  %14.0f  %13.0f  %6d  %7.0f  %11.2f%n", i + 1, records, cpu / 1e6,
            thread / 1e6, jit, wall / 1e6, perThousand[i]);
      }
      double[] warm = Arrays.copyOfRange(perThousand, rounds / 2, rounds);
      Arrays.sort(warm);
      System.out.printf(Locale.ROOT, "%s: cold (round 1) %.2f, warm (median of rounds %d-%d) %.2f process CPU ms per "
          + "1,000 records%n", mode, perThousand[0], rounds / 2 + 1, rounds, warm[warm.length / 2]);
      System.out.printf(Locale.ROOT, "%s: process CPU from JVM start to the end of round 1 (startup, fetching, "
          + "decoding): %.0f ms%n", mode, sinceStart / 1e6);
    } finally {
      sim.getOutputStream().close();
      if (!sim.waitFor(10, TimeUnit.SECONDS)) {
        sim.destroyForcibly();
      }
    }
  }

  /** One measured pass over both streams; returns the records read. */
  private interface Round {
    long run() throws Exception;
  }

  /** The fields the default CRM profile's pulls read (what the coordinator sends as {@code fields=}). */
  private static List<String> mappedFields(EntityType type, Resource<?> resource) {
    ProfileSyncRules rules = ProfileSyncRules.create(SyncProfile.builder().mode(SyncMode.PULL_ONLY).build(),
        ReferenceData.empty());
    Flow flow = Flow.builder(type.name(), type, resource).build();
    java.util.TreeSet<String> fields = new java.util.TreeSet<>(rules.connectWiseFields(flow).orElseThrow());
    fields.add("id");
    fields.add("_info");
    return List.copyOf(fields);
  }

  private static Query query(List<String> fields) {
    return fields.isEmpty() ? Query.all() : Query.builder().fields(fields.toArray(String[]::new)).build();
  }

  private static Round httpRound(String baseUrl, List<String> companyFields, List<String> contactFields) {
    ConnectWiseClient cw = ConnectWiseClient.builder().baseUrl(baseUrl).companyId("bench").publicKey("public")
        .privateKey("private").clientId("bench-client").retryPolicy(RetryPolicy.none()).noRateLimit().build();
    return () -> count(cw.companies().listAll(query(companyFields)))
        + count(cw.contacts().listAll(query(contactFields)));
  }

  private static long count(Iterable<? extends ConnectWiseRecord> records) {
    long n = 0;
    for (ConnectWiseRecord r : records) {
      if (r.id() != null) {
        n++;
      }
    }
    return n;
  }

  private static Round bytesRound(String baseUrl, List<String> companyFields, List<String> contactFields)
      throws IOException {
    List<byte[]> companyPages = fetchPages(baseUrl, "company/companies", companyFields);
    List<byte[]> contactPages = fetchPages(baseUrl, "company/contacts", contactFields);
    long bytes = 0;
    for (byte[] page : companyPages) {
      bytes += page.length;
    }
    for (byte[] page : contactPages) {
      bytes += page.length;
    }
    System.out.printf(Locale.ROOT, "page bytes: %,d (%d pages)%n", bytes, companyPages.size() + contactPages.size());
    ObjectReader companyReader = ConnectWiseJson.mapper().readerFor(Company.class);
    ObjectReader contactReader = ConnectWiseJson.mapper().readerFor(Contact.class);
    return () -> decode(companyPages, companyReader) + decode(contactPages, contactReader);
  }

  /** Decodes each page as the pager's happy path does: element by element, straight from the parser. */
  private static long decode(List<byte[]> pages, ObjectReader reader) throws IOException {
    long n = 0;
    for (byte[] page : pages) {
      try (JsonParser p = ConnectWiseJson.mapper().getFactory().createParser(page)) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IOException("not an array");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          ConnectWiseRecord r = reader.readValue(p);
          if (r.id() != null) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /**
   * Every page of {@code path} as the raw bytes the simulator sent, paged by {@code page} and the {@code Link} header
   * (no JSON is parsed here, so the first measured round still finds Jackson cold).
   */
  private static List<byte[]> fetchPages(String baseUrl, String path, List<String> fields) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    String auth = "Basic " + Base64.getEncoder().encodeToString("bench+public:private".getBytes(StandardCharsets.UTF_8));
    for (int page = 1; ; page++) {
      URI uri = URI.create(baseUrl + path + "?pageSize=" + PAGE_SIZE + "&page=" + page + "&orderBy=id%20asc"
          + (fields.isEmpty() ? "" : "&fields=" + String.join(",", fields)));
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      c.setRequestProperty("Authorization", auth);
      c.setRequestProperty("clientId", "bench-client");
      if (c.getResponseCode() != 200) {
        throw new IOException("GET " + uri + ": " + c.getResponseCode());
      }
      try (InputStream in = c.getInputStream()) {
        pages.add(in.readAllBytes());
      }
      String link = c.getHeaderField("Link");
      if (link == null || !link.contains("rel=\"next\"")) {
        return pages;
      }
    }
  }

  private static Process startSimulator(int companies, int contacts) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        SimulatorProcess.class.getName(), Integer.toString(companies), Integer.toString(contacts), "0");
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  private static String awaitReady(Process sim) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("READY ")) {
        String url = line.substring("READY ".length());
        return url.endsWith("/") ? url : url + "/";
      }
    }
    throw new IOException("the simulator process ended before it was ready");
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
