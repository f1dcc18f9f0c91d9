package io.cwsync.benchmarks;

import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per lookup and per replace in core's {@link MemoryLinkStore} at 50,000 links shaped as the peer
 * comparison's pass stores contacts (numeric host id, two fingerprints in core's form, {@code lastUpdated}, a
 * snapshot of {@code company} as a {@link HostRef}, {@code cwId}, {@code firstName}, {@code lastName}): the full
 * {@code findByCwId} (rebuilds the snapshot and formats the fingerprints) against the ref lookups a reference or an
 * existence check needs ({@code findRefByCwId}, {@code findRefByHostId}), and a {@code replace} that flips the echo
 * flag of a link (packs the replacement; returns it). Ids are visited in a shuffled order, so lookups miss the CPU
 * caches as a pass's do. {@code passOneContact} makes the store calls a first pass makes for one new contact: the
 * planned-create check (no link yet), the write intent's insert, the contact's company reference, the pull's read of
 * the intent and its replace by the {@code LINKED} link (a new store per iteration, 20,000 companies linked).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests -Dcwsync.publish.skip=true package
 * java -jar benchmarks/target/benchmarks.jar LinkLookupBenchmark
 * </pre>
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LinkLookupBenchmark {

  static final int LINKS = 50_000;
  static final TenantId TENANT = TenantId.of("bench");
  static final EntityType TYPE = EntityType.CONTACT;
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
  static final String HOST_FINGERPRINT = "q83vEjRWeJCrze8SNFZ4kA";
  static final String CW_FINGERPRINT = "ASNFZ4mrze8BI0VniavN7w";

  private LinkStore store;
  private long[] cwIds;
  private String[] hostIds;
  private Link[] current;
  private int next;
  private LinkStore passStore;
  private long nextContact;
  private Random passRandom;

  /** Creates the benchmark; JMH sets it up. */
  public LinkLookupBenchmark() {
  }

  /** Fills a store with {@value #LINKS} links and shuffles the order they are visited in. */
  @Setup
  public void setUp() {
    store = new MemoryLinkStore();
    Random random = new Random(14);
    String[] firstNames = {"Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farid"};
    String[] lastNames = {"Lee", "Okafor", "Schmidt", "Novak", "Garcia", "Ito"};
    current = new Link[LINKS];
    cwIds = new long[LINKS];
    hostIds = new String[LINKS];
    for (int i = 0; i < LINKS; i++) {
      long cwId = 20_001 + i;
      String hostId = Long.toString(1_000_000 + i);
      Map<String, Object> snapshot = Map.of(
          "company", new HostRef(EntityType.COMPANY, Long.toString(1 + random.nextInt(20_000))),
          "cwId", BigDecimal.valueOf(cwId),
          "firstName", firstNames[random.nextInt(firstNames.length)],
          "lastName", lastNames[random.nextInt(lastNames.length)] + "-" + i);
      Link link = new Link(TENANT, TYPE, hostId, cwId, LinkState.LINKED, digest(random), digest(random),
          T0.plusSeconds(i), snapshot, true, false, 0, T0.plusSeconds(i));
      current[i] = store.putIfAbsent(link).link();
      cwIds[i] = cwId;
      hostIds[i] = hostId;
    }
    for (int i = LINKS - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long c = cwIds[i];
      cwIds[i] = cwIds[j];
      cwIds[j] = c;
      String h = hostIds[i];
      hostIds[i] = hostIds[j];
      hostIds[j] = h;
      Link l = current[i];
      current[i] = current[j];
      current[j] = l;
    }
  }

  /** A new store for {@code passOneContact} with 20,000 linked companies, once per iteration. */
  @Setup(Level.Iteration)
  public void newPassStore() {
    passStore = new MemoryLinkStore();
    passRandom = new Random(3);
    for (int i = 1; i <= 20_000; i++) {
      passStore.putIfAbsent(new Link(TENANT, EntityType.COMPANY, Integer.toString(i), (long) i, LinkState.LINKED,
          digest(passRandom), digest(passRandom), T0, Map.of("cwId", BigDecimal.valueOf(i), "name", "Company " + i),
          true, false, 0, T0));
    }
    nextContact = 20_001;
  }

  private static String digest(Random random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == LINKS ? 0 : i + 1;
    return i;
  }

  /** The full lookup: the link with its snapshot and fingerprints rebuilt. */
  @Benchmark
  public Object findByCwId() {
    return store.findByCwId(TENANT, TYPE, cwIds[nextIndex()]);
  }

  /** The ref lookup by ConnectWise id: ids, state and version only. */
  @Benchmark
  public Object findRefByCwId() {
    return store.findRefByCwId(TENANT, TYPE, cwIds[nextIndex()]);
  }

  /** The ref lookup by host id (a push's parent reference). */
  @Benchmark
  public Object findRefByHostId() {
    return store.findRefByHostId(TENANT, TYPE, hostIds[nextIndex()]);
  }

  /** A compare-and-set replace of a whole link (echo flag flipped), as a pull's update writes one. */
  @Benchmark
  public Object replace() {
    int i = nextIndex();
    Link l = current[i];
    Link stored = store.replace(l, l.withEchoes(!l.hostEchoPending(), false, l.cwLastUpdated(), l.updatedAt()))
        .orElseThrow();
    current[i] = stored;
    return stored;
  }

  /** The store calls of one contact in a first pass, as {@code PullStep} makes them (see the class comment). */
  @Benchmark
  public Object passOneContact() {
    long cwId = nextContact++;
    long companyCwId = 1 + passRandom.nextInt(20_000);
    if (passStore.findRefByCwId(TENANT, TYPE, cwId).isPresent()) {
      throw new IllegalStateException("contact " + cwId + " already linked");
    }
    String companyHostId = passStore.findRefByCwId(TENANT, EntityType.COMPANY, companyCwId).orElseThrow().hostId();
    Map<String, Object> values = Map.of("company", new HostRef(EntityType.COMPANY, companyHostId),
        "cwId", BigDecimal.valueOf(cwId), "firstName", "Ann", "lastName", "Lee-" + cwId);
    Link intent = passStore.putIfAbsent(new Link(TENANT, TYPE, null, cwId, LinkState.PENDING_CREATE, null, null,
        T0, values, false, false, 0, T0)).link();
    Link read = passStore.findByCwId(TENANT, TYPE, cwId).orElseThrow();
    if (!read.equals(intent)) {
      throw new IllegalStateException("intent changed");
    }
    return passStore.replace(read, read.withHostId(Long.toString(cwId)).withState(LinkState.LINKED, cwId)
        .withSynced(HOST_FINGERPRINT, CW_FINGERPRINT, T0, values, true, false, T0)).orElseThrow();
  }
}
