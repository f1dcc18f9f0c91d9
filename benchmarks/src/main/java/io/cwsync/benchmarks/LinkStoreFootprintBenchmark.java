package io.cwsync.benchmarks;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bytes of heap per synchronized record that core's {@link MemoryLinkStore} keeps (the in-memory stores are what the
 * demo, the tests and small hosts use; production keeps links in store-jdbc).
 *
 * <p>What it does: a real first pass of the peer comparison's coordinator (companies, then contacts, testkit's
 * {@link FingerprintHost}s, {@link MappedFieldsRules}) over a small simulated tenant gives template links exactly as
 * the pull stores them (ids, two fingerprints, {@code lastUpdated}, the field snapshot for three-way merges). Then
 * {@code --links} links of the same shapes, each with its own ids and its own copies of every string, number and
 * instant, go into a new store, and the heap in use after a full GC is compared with the heap before: the difference
 * over the number of links is what a link costs (its indexes included).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests -Dcwsync.publish.skip=true package
 * java -XX:+UseSerialGC -Xmx1g -Dlogback.configurationFile=/dev/null -cp benchmarks/target/benchmarks.jar \
 *     io.cwsync.benchmarks.LinkStoreFootprintBenchmark [--links=250000] [--template-records=2500]
 * </pre>
 */
public final class LinkStoreFootprintBenchmark {

  private static final TenantId TENANT = TenantId.of("bench");

  private LinkStoreFootprintBenchmark() {
  }

  /**
   * Measures and prints bytes per link.
   *
   * @param args {@code --links=N} (default 250,000) and {@code --template-records=N} (default 2,500)
   * @throws Exception if the template pass fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkArgs a = BenchmarkArgs.parse(args, "--links=N --template-records=N");
    int links = a.intValue("links", 250_000);
    int templateRecords = a.intValue("template-records", 2_500);
    a.done();

    List<Link> templates = templateLinks(templateRecords);
    System.out.printf(Locale.ROOT, "template links from a first pass over %,d records: %,d (%s)%n", templateRecords,
        templates.size(), shapes(templates));

    long before = heapAfterGc();
    LinkStore store = new MemoryLinkStore();
    fill(store, templates, links);
    long after = heapAfterGc();
    check(store, templates, links);
    Reference.reachabilityFence(store);

    System.out.printf(Locale.ROOT, "%s: %,d links, heap in use after GC %.1f MB -> %.1f MB: %.1f MB, %.0f bytes per "
        + "link%n", MemoryLinkStore.class.getSimpleName(), links, before / 1e6, after / 1e6, (after - before) / 1e6,
        (after - before) / (double) links);
  }

  /** Links as the peer comparison's coordinator stores them, from a real first pass over a small tenant. */
  static List<Link> templateLinks(int records) {
    MemoryLinkStore links = new MemoryLinkStore();
    FingerprintHost companies = FingerprintHost.of(EntityType.COMPANY);
    FingerprintHost contacts = FingerprintHost.of(EntityType.CONTACT);
    try (ConnectWiseSimulator sim = PeerComparisonBenchmark.startSimulator(records)) {
      Tenant tenant = Tenant.builder(TENANT)
          .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build())
          .flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies").build())
          .build();
      SyncCoordinator coordinator = SyncCoordinator.builder()
          .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "bench", "public",
              "private", "footprint")))
          .clientFactory(ClientFactory.standard())
          .inMemoryStores()
          .linkStore(links)
          .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
          .rules(new MappedFieldsRules())
          .auditLog(new CoordinatorPassBenchmark.CountingAudit())
          .historyStore(new CoordinatorPassBenchmark.CountingHistory())
          .build();
      SyncReport report;
      try {
        report = coordinator.runPass(tenant);
      } finally {
        coordinator.close();
      }
      for (StreamReport r : report.streams()) {
        if (r.error() != null) {
          throw new IllegalStateException("stream " + r.flowId() + " failed: " + r.error());
        }
      }
    }
    List<Link> out = new ArrayList<>();
    out.addAll(links.findByState(TENANT, EntityType.COMPANY, LinkState.LINKED, Integer.MAX_VALUE));
    out.addAll(links.findByState(TENANT, EntityType.CONTACT, LinkState.LINKED, Integer.MAX_VALUE));
    if (out.size() != records) {
      throw new IllegalStateException("the template pass linked " + out.size() + " of " + records + " records");
    }
    return out;
  }

  /** {@code n} links of the templates' shapes, each with its own ids and copies of every value. */
  static void fill(LinkStore store, List<Link> templates, int n) {
    for (int i = 0; i < n; i++) {
      Link t = templates.get(i % templates.size());
      long id = i + 1L;
      Link copy = new Link(t.tenant(), t.type(), Long.toString(id), id, t.state(), copy(t.hostFingerprint()),
          copy(t.cwFingerprint()), t.cwLastUpdated() == null ? null
              : Instant.ofEpochSecond(t.cwLastUpdated().getEpochSecond() + i, t.cwLastUpdated().getNano()),
          copySnapshot(t.snapshot(), id), t.hostEchoPending(), t.cwEchoPending(), 0,
          Instant.ofEpochSecond(t.updatedAt().getEpochSecond() + i, t.updatedAt().getNano()));
      if (!store.putIfAbsent(copy).inserted()) {
        throw new IllegalStateException("link " + id + " of " + t.type() + " was already there");
      }
    }
  }

  private static void check(LinkStore store, List<Link> templates, int n) {
    long stored = store.count(TENANT, EntityType.COMPANY) + store.count(TENANT, EntityType.CONTACT);
    if (stored != n) {
      throw new IllegalStateException("the store holds " + stored + " links, not " + n);
    }
    Link last = templates.get((n - 1) % templates.size());
    Link read = store.findByHostId(TENANT, last.type(), Long.toString(n)).orElseThrow();
    if (!read.snapshot().keySet().equals(last.snapshot().keySet()) || !read.hostFingerprint().equals(
        last.hostFingerprint())) {
      throw new IllegalStateException("link " + n + " reads back as " + read + ", its template is " + last);
    }
  }

  /** The snapshot with its own copies of every value, the record's id as the pass maps it. */
  private static Map<String, Object> copySnapshot(Map<String, Object> snapshot, long cwId) {
    Map<String, Object> out = new LinkedHashMap<>();
    snapshot.forEach((k, v) -> out.put(k, k.equals("cwId") ? BigDecimal.valueOf(cwId) : copyValue(v)));
    return out;
  }

  private static Object copyValue(Object v) {
    if (v instanceof String s) {
      return copy(s);
    }
    if (v instanceof BigDecimal bd) {
      return new BigDecimal(bd.unscaledValue(), bd.scale());
    }
    if (v instanceof HostRef r) {
      return new HostRef(r.type(), copy(r.hostId()));
    }
    if (v instanceof Instant i) {
      return Instant.ofEpochSecond(i.getEpochSecond(), i.getNano());
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copyValue(x)));
      return java.util.Collections.unmodifiableMap(out);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(LinkStoreFootprintBenchmark::copyValue).toList();
    }
    return v;
  }

  /** A string with its own character array ({@code new String(String)} would share the original's). */
  private static String copy(String s) {
    return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static String shapes(List<Link> templates) {
    Map<String, String> byType = new TreeMap<>();
    for (Link l : templates) {
      byType.computeIfAbsent(l.type().name(), k -> {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(l.snapshot()).forEach((f, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(f).append(": ")
            .append(v.getClass().getSimpleName()));
        return "snapshot {" + sb + "}, fingerprints " + (l.hostFingerprint() == null ? 0
            : l.hostFingerprint().length()) + "/" + (l.cwFingerprint() == null ? 0 : l.cwFingerprint().length())
            + " chars, host echo " + l.hostEchoPending();
      });
    }
    return byType.toString();
  }

  /** Heap in use after full collections, once it stops shrinking. */
  static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
