package io.cwsync.benchmarks;

import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where pass 1 of a cold process goes: {@link PeerComparisonBenchmark}'s {@code cwsync-ranged} child (a fresh
 * process, the coordinator's ranged first pass of 20,000 companies then 30,000 contacts that depend on them, 100 ms
 * per request over HTTPS) split into phases by the coordinator's own log lines: from the pass's start to the
 * companies' first page ({@code first}), the companies' pull after it ({@code companies}), from its end to the
 * contacts' first page ({@code gap}), the contacts' pull after it ({@code contacts}), the pass's wall time and the
 * process's CPU time at its end. Variants run alternately, one process each per round, against one warmed-up
 * simulator, so a before/after is read from pairs measured under the same load.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.ColdPassTimeline 5 \
 *     'before=/path/to/old/core/classes:/path/to/old/client/classes|' 'after=|' 'c1=|-XX:TieredStopAtLevel=1'
 * </pre>
 *
 * <p>Arguments: rounds, then variants {@code label=classpath-prefix|jvm-options} (either may be empty; the prefix
 * comes before this JVM's class path). Prints a line per run and the medians per variant.
 */
public final class ColdPassTimeline {

  private ColdPassTimeline() {
  }

  /** A run's phases in milliseconds: first, companies, gap, contacts, wall, CPU. */
  private record Phases(long first, long companies, long gap, long contacts, long wall, long cpu,
      Map<String, Long> cpuByThreads) {
    long[] values() {
      return new long[] {first, companies, gap, contacts, wall, cpu};
    }

    static String format(String label, long[] v) {
      return String.format("%-12s first %5d  companies %5d  gap %4d  contacts %5d  wall %5d  cpu %5d", label, v[0],
          v[1], v[2], v[3], v[4], v[5]);
    }
  }

  /**
   * Runs the rounds.
   *
   * @param args rounds, then one or more variants
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ColdPassTimeline ROUNDS label=classpath-prefix|jvm-options ...");
    }
    int rounds = Integer.parseInt(args[0]);
    Path logback = Files.createTempFile("cwsync-timeline-logback", ".xml");
    logback.toFile().deleteOnExit();
    // %relative: milliseconds since the child's logging started, one clock for the phases' lines.
    Files.writeString(logback, "<configuration><appender name=\"O\" class=\"ch.qos.logback.core.ConsoleAppender\">"
        + "<encoder><pattern>%relative %msg%n</pattern></encoder></appender>"
        + "<logger name=\"io.cwsync.core\" level=\"INFO\"/><root level=\"WARN\"><appender-ref ref=\"O\"/></root>"
        + "</configuration>");
    Map<String, List<Phases>> results = new LinkedHashMap<>();
    try (ConnectWiseSimulator sim = PeerComparisonBenchmark.startSimulator(50_000)) {
      PeerComparisonBenchmark.warmUp(sim, 1000, 2);
      sim.latency(Duration.ofMillis(100));
      for (int round = 0; round < rounds; round++) {
        for (String variant : Arrays.copyOfRange(args, 1, args.length)) {
          int eq = variant.indexOf('=');
          String label = variant.substring(0, eq);
          String[] spec = variant.substring(eq + 1).split("\\|", -1);
          Phases p = run(sim, logback, spec[0], spec.length > 1 ? spec[1] : "");
          results.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
          System.out.println(Phases.format(label, p.values()) + "  load " + loadAverage());
          System.out.println("             CPU ms by thread: " + p.cpuByThreads());
        }
      }
    }
    System.out.println("medians:");
    results.forEach((label, runs) -> {
      long[] median = new long[6];
      for (int i = 0; i < 6; i++) {
        int col = i;
        long[] sorted = runs.stream().mapToLong(r -> r.values()[col]).sorted().toArray();
        median[i] = sorted[sorted.length / 2];
      }
      System.out.println(Phases.format(label, median) + "  (" + runs.size() + " runs)");
    });
  }

  private static Phases run(ConnectWiseSimulator sim, Path logback, String classPathPrefix, String jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PeerComparisonBenchmark.javaCommand()));
    if (!jvmOptions.isBlank()) {
      command.addAll(List.of(jvmOptions.trim().split("\\s+")));
    }
    String classPath = System.getProperty("java.class.path");
    command.addAll(List.of("-Dlogback.configurationFile=" + logback, "-cp",
        classPathPrefix.isBlank() ? classPath : classPathPrefix + java.io.File.pathSeparator + classPath,
        PeerPullProcess.class.getName(), sim.httpsBaseUrl(), "1", "ranged", "1000", "1000", "8"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    long companiesFirst = -1;
    long companiesEnd = -1;
    long contactsFirst = -1;
    long contactsEnd = -1;
    long wall = -1;
    long cpu = -1;
    Map<String, Long> threads = Map.of();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8)); OutputStream go = child.getOutputStream()) {
      // As PeerComparisonBenchmark does: "go" at once, read once the child has built its client and TLS setup.
      go.write("go\n".getBytes(StandardCharsets.UTF_8));
      go.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(" ");
        if (line.contains("companies: initial pull")) {
          companiesFirst = Long.parseLong(f[0]);
        } else if (line.contains("companies PULL: read")) {
          companiesEnd = Long.parseLong(f[0]);
        } else if (line.contains("contacts: initial pull")) {
          contactsFirst = Long.parseLong(f[0]);
        } else if (line.contains("contacts PULL: read")) {
          contactsEnd = Long.parseLong(f[0]);
        } else if (line.startsWith("PASS ")) {
          // PASS 1 records=N wallMs=W cpuMs=C
          wall = Math.round(Double.parseDouble(f[3].substring("wallMs=".length())));
          cpu = Math.round(Double.parseDouble(f[4].substring("cpuMs=".length())));
          threads = cpuByThreadGroup(child.pid());
          go.close();
        } else if (line.startsWith("HWM ") || line.isBlank()) {
          continue;
        } else {
          System.out.println("  child: " + line);
        }
      }
    }
    if (child.waitFor() != 0 || wall < 0 || companiesFirst < 0 || contactsEnd < 0) {
      throw new IllegalStateException("the child's pass did not complete (exit " + child.exitValue() + ")");
    }
    // The pass ends with the contacts' pull (the pushes after it find nothing to send): its start is that line's
    // time minus the wall time.
    long start = contactsEnd - wall;
    return new Phases(companiesFirst - start, companiesEnd - companiesFirst, contactsFirst - companiesEnd,
        contactsEnd - contactsFirst, wall, cpu, threads);
  }

  /**
   * CPU milliseconds of a process's threads so far, by group (JIT compilers, GC, the pass's threads, the pull
   * fetchers, OkHttp, the rest), from {@code /proc/PID/task/TID/stat}; empty where {@code /proc} is absent.
   */
  static Map<String, Long> cpuByThreadGroup(long pid) {
    Map<String, Long> out = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 14 and 15 (utime, stime) are the 12th and 13th after the name, in clock ticks (100 a second).
        long ms = (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * 10;
        out.merge(group(name), ms, Long::sum);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return out;
  }

  private static String group(String thread) {
    if (thread.startsWith("C2 Compiler")) {
      return "C2";
    }
    if (thread.startsWith("C1 Compiler")) {
      return "C1";
    }
    if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.startsWith("VM Thread")) {
      return "GC+VM";
    }
    if (thread.startsWith("cwsync-pass")) {
      return "apply";
    }
    if (thread.startsWith("cwsync-pull") || thread.startsWith("cwsync-read") || thread.startsWith("OkHttp")
        || thread.startsWith("Okio") || thread.startsWith("cwsync-decod")) {
      return "fetch";
    }
    return "other";
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
