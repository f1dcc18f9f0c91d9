package io.cwsync.benchmarks;

import io.cwsync.core.internal.Fingerprints;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPU and allocation per fingerprint of a typical company's mapped values (identifier, name, city, a parent company
 * as a host reference, a revenue with trailing zeros, in the mapper's field order), core's {@code Fingerprints}
 * against its pre-change code ({@link LegacyFingerprints}) in one run. Rows: {@code of} (the fingerprint of mapped
 * values, as a pull computes a ConnectWise record's), {@code normalize}, and {@code normalizeThenOf} (a link's
 * snapshot and its fingerprint, as a pull writes a host record: {@code snap = normalize(values)}, then
 * {@code of(snap)}).
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package -Dcwsync.publish.skip=true}, then
 * {@code java -jar benchmarks/target/benchmarks.jar FingerprintsBenchmark -prof gc}. Scores in ns per operation;
 * {@code gc.alloc.rate.norm} is the bytes allocated per operation.
 *
 * <p>The only benchmark that reaches into core's {@code .internal} package (allowed for this file and {@link FingerprintsColdMain} by
 * acceptance-tests' {@code InternalPackageBoundaryTest}): the class it measures is internal by design.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FingerprintsBenchmark {

  private Map<String, Object> company;

  /** The company's mapped values. */
  @Setup
  public void setUp() {
    company = new LinkedHashMap<>();
    company.put("identifier", "ACME-4711");
    company.put("name", "Acme Corporation");
    company.put("city", "Springfield");
    company.put("parent", new HostRef(EntityType.COMPANY, "acc-000042"));
    company.put("annualRevenue", new BigDecimal("1250000.00"));
    if (!Fingerprints.of(company).equals(LegacyFingerprints.of(company))) {
      throw new IllegalStateException("Fingerprints and LegacyFingerprints disagree");
    }
  }

  /** The fingerprint of the mapped values. */
  @Benchmark
  public String of() {
    return Fingerprints.of(company);
  }

  /** The same with the pre-change code. */
  @Benchmark
  public String ofLegacy() {
    return LegacyFingerprints.of(company);
  }

  /** The normalised values. */
  @Benchmark
  public Map<String, Object> normalize() {
    return Fingerprints.normalize(company);
  }

  /** The same with the pre-change code. */
  @Benchmark
  public Map<String, Object> normalizeLegacy() {
    return LegacyFingerprints.normalize(company);
  }

  /** A snapshot and its fingerprint. */
  @Benchmark
  public String normalizeThenOf() {
    return Fingerprints.of(Fingerprints.normalize(company));
  }

  /** The same with the pre-change code. */
  @Benchmark
  public String normalizeThenOfLegacy() {
    return LegacyFingerprints.of(LegacyFingerprints.normalize(company));
  }
}
