package io.cwsync.benchmarks;

import io.cwsync.core.internal.Fingerprints;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint work of a cold JVM's first pull of 50,000 records (issue 14: 20,000 companies, then 30,000 contacts
 * that refer to them), timed from the JVM's start of that work: for each record the fingerprint of its mapped
 * values, its normalised snapshot and the snapshot's fingerprint, as {@code PullStep} computes them when it creates
 * a host record. One run per JVM, so the time includes the interpreter, C1 and C2 (the JIT's compile time is
 * printed too); run each implementation a few times, alternating.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package -Dcwsync.publish.skip=true}, then
 * {@code java -cp benchmarks/target/benchmarks.jar io.cwsync.benchmarks.FingerprintsColdMain --impl=current}
 * and {@code --impl=legacy} (the pre-change code, {@link LegacyFingerprints}). Options: {@code --records=50000}.
 * Prints the wall time of the work, the process's CPU time over it (every thread: the JIT's compiler threads too)
 * and the JIT's compile time.
 *
 * <p>The second of the two benchmarks that reach into core's {@code .internal} package (allowed for this file and
 * {@link FingerprintsBenchmark} by acceptance-tests' {@code InternalPackageBoundaryTest}).
 */
public final class FingerprintsColdMain {

  private static final String[] CITIES = {"Springfield", "Shelbyville", "Capital City", "Ogdenville", "North Haverbrook"};

  private FingerprintsColdMain() {
  }

  /**
   * Runs the work once and prints its figures.
   *
   * @param args {@code --impl=current|legacy}, {@code --records=N}
   */
  public static void main(String[] args) {
    BenchmarkArgs a = BenchmarkArgs.parse(args, "--impl=current|legacy --records=50000");
    boolean legacy = a.choice("impl", "current", "current", "legacy").equals("legacy");
    int records = a.intValue("records", 50_000);
    a.done();
    List<Map<String, Object>> mapped = mappedValues(records);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long compile0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    int check = 0;
    for (Map<String, Object> values : mapped) {
      if (legacy) {
        String cwFingerprint = LegacyFingerprints.of(values);
        Map<String, Object> snap = LegacyFingerprints.normalize(values);
        check += cwFingerprint.hashCode() + LegacyFingerprints.of(snap).hashCode();
      } else {
        String cwFingerprint = Fingerprints.of(values);
        Map<String, Object> snap = Fingerprints.normalize(values);
        check += cwFingerprint.hashCode() + Fingerprints.of(snap).hashCode();
      }
    }
    long wallMs = (System.nanoTime() - t0) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
    long compileMs = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compile0;
    System.out.printf("impl=%s records=%d wall=%d ms cpu=%d ms jit=%d ms check=%d%n", legacy ? "legacy" : "current",
        records, wallMs, cpuMs, compileMs, check);
  }

  /** Companies first, then contacts referring to them, with the fields CompanyContactRules maps. */
  private static List<Map<String, Object>> mappedValues(int records) {
    int companies = records * 2 / 5;
    List<Map<String, Object>> out = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cwId", (long) (1000 + i));
      if (i < companies) {
        m.put("identifier", "C" + i);
        m.put("name", "Company " + i + " Ltd");
        m.put("city", CITIES[i % CITIES.length]);
        m.put("annualRevenue", BigDecimal.valueOf(i * 100L + 50, 2));
      } else {
        m.put("firstName", "First" + i);
        m.put("lastName", "Last " + i);
        m.put("company", new HostRef(EntityType.COMPANY, "h" + (i % Math.max(1, companies))));
      }
      out.add(m);
    }
    return out;
  }
}
