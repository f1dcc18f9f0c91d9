package io.cwsync.benchmarks;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The {@link MappingEngineBenchmark} workloads timed by the thread's CPU time rather than the wall
 * clock, so the figure means "per second on one core" even on a machine shared with other work
 * (where JMH's wall-clock throughput only shows this thread's share of a core).
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package}, then
 * {@code taskset -c 0 java -XX:ActiveProcessorCount=1 -cp benchmarks/target/benchmarks.jar
 * io.cwsync.benchmarks.MappingEngineCpuMain [rounds]}.
 */
public final class MappingEngineCpuMain {
  private static volatile Object sink;

  private MappingEngineCpuMain() {}

  /**
   * Runs warm-up rounds, then measured rounds, and prints operations per CPU-second.
   *
   * @param args optional: measured rounds (default 5)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    MappingEngineBenchmark b = new MappingEngineBenchmark();
    b.setUp();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = -5; round < rounds; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      int ops = 0;
      while (cpu.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
        for (int i = 0; i < 1000; i++) {
          sink = b.bothWaysOnce();
        }
        ops += 1000;
      }
      double mapping = ops / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
      start = cpu.getCurrentThreadCpuTime();
      long records = 0;
      while (cpu.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
        for (int i = 0; i < 100; i++) {
          sink = b.filterOnce();
        }
        records += 100L * b.filteredCount();
      }
      double filter = records / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
      System.out.printf(Locale.ROOT, "%s round %d: opportunity+10 lines both ways %,.0f/s; "
          + "pull filter %,.0f records/s (per CPU-second)%n", round < 0 ? "warm-up" : "measured",
          round < 0 ? round + 6 : round + 1, mapping, filter);
    }
    if (sink instanceof ConnectWiseRecord) {
      System.out.println();
    }
  }
}
