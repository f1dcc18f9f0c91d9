package io.cwsync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CPU time of a few OS processes (this JVM, the simulator's JVM, PostgreSQL's server processes), sampled over a run so
 * that a time window of it (one stream of a pass) can be charged to each process. Reads {@code /proc/<pid>/stat}
 * (Linux); elsewhere every figure is -1.
 *
 * <p>A process group counts its leader's user and system time, the time of the children it has reaped, and the
 * time of its live descendants: PostgreSQL's backends and background workers are children of the postmaster.
 *
 * <p>Thread-safe: one sampling thread writes, any thread reads.
 */
final class ProcessCpu {

  /** Linux's {@code USER_HZ}: {@code /proc} counts CPU time in these ticks on every architecture the JDK runs on. */
  private static final long TICKS_PER_SECOND = 100;
  private static final long SAMPLE_MILLIS = 500;
  /** Listing descendants scans every process of the machine: done every this many samples only. */
  private static final int DESCENDANTS_EVERY = 10;

  /** One reading: wall-clock millis and CPU millis per process group (-1 where unreadable). */
  record Sample(long atMillis, Map<String, Long> cpuMs) {
  }

  private final Map<String, Long> pids;
  /** Each group's live descendants as last listed; written by the sampling thread only (and before it starts). */
  private final Map<String, List<Long>> descendants = new java.util.concurrent.ConcurrentHashMap<>();
  private int samplesTaken;
  private final List<Sample> samples = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;
  private final Thread thread;

  private ProcessCpu(Map<String, Long> pids) {
    this.pids = Map.copyOf(pids);
    this.thread = new Thread(this::loop, "process-cpu-sampler");
    thread.setDaemon(true);
  }

  /**
   * Starts sampling every 500 ms.
   *
   * @param pids process group leaders by name; a negative pid is left out
   * @return the running sampler
   */
  static ProcessCpu start(Map<String, Long> pids) {
    Map<String, Long> known = new LinkedHashMap<>();
    pids.forEach((name, pid) -> {
      if (pid >= 0) {
        known.put(name, pid);
      }
    });
    ProcessCpu s = new ProcessCpu(known);
    s.samples.add(s.sample());
    s.thread.start();
    return s;
  }

  /** Stops sampling after one last reading. */
  void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    samples.add(sample());
  }

  /**
   * CPU milliseconds each process group used between two wall-clock instants, from the samples nearest to them (so
   * within about 500 ms at each end).
   *
   * @param fromMillis window start (epoch millis)
   * @param toMillis window end (epoch millis)
   * @return CPU ms by process group name, -1 where unknown
   */
  Map<String, Long> between(long fromMillis, long toMillis) {
    Sample a = nearest(fromMillis);
    Sample b = nearest(toMillis);
    Map<String, Long> out = new LinkedHashMap<>();
    for (String name : pids.keySet()) {
      long x = a.cpuMs().getOrDefault(name, -1L);
      long y = b.cpuMs().getOrDefault(name, -1L);
      out.put(name, x < 0 || y < 0 ? -1 : y - x);
    }
    return out;
  }

  private Sample nearest(long atMillis) {
    Sample best = samples.get(0);
    for (Sample s : samples) {
      if (Math.abs(s.atMillis() - atMillis) < Math.abs(best.atMillis() - atMillis)) {
        best = s;
      }
    }
    return best;
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      samples.add(sample());
    }
  }

  private synchronized Sample sample() {
    if (samplesTaken++ % DESCENDANTS_EVERY == 0) {
      pids.forEach((name, pid) -> {
        List<Long> live = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> live.add(d.pid())));
        descendants.put(name, live);
      });
    }
    Map<String, Long> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, groupCpuMs(pid, descendants.getOrDefault(name, List.of()))));
    return new Sample(System.currentTimeMillis(), cpu);
  }

  /**
   * The group's CPU ms: the leader with its reaped children, plus the descendants given (those that exited since
   * they were listed count through the leader's reaped children, if it is their parent); -1 if unreadable.
   */
  static long groupCpuMs(long pid, List<Long> descendants) {
    long[] leader = ticks(pid);
    if (leader.length == 0) {
      return -1;
    }
    long total = leader[0] + leader[1] + leader[2] + leader[3];
    for (long d : descendants) {
      long[] t = ticks(d);
      if (t.length > 0) {
        total += t[0] + t[1];
      }
    }
    return total * 1000 / TICKS_PER_SECOND;
  }

  /** utime, stime, cutime, cstime of a process in ticks; empty if unreadable. */
  private static long[] ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) may hold spaces and parentheses: the fields after it start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      // f[0] is field 3 (state); utime..cstime are fields 14..17.
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
          Long.parseLong(f[14])};
    } catch (IOException | RuntimeException e) {
      return new long[0];
    }
  }
}
