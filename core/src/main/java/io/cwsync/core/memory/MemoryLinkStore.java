package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.memory.PackedLink.HostKey;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link LinkStore}.
 *
 * <p>Compact: a link is kept as one object of primitives (host id as a number when it is one, fingerprints in core's
 * form as two {@code long}s, instants as seconds and nanoseconds) with its snapshot packed into a byte array, and
 * each index is an array of those objects keyed by the id each carries: about a third of the heap a {@code Link} and
 * two hash maps take (see {@code docs/benchmarks.md}, {@code LinkStoreFootprintBenchmark}). Every read rebuilds a
 * {@code Link} equal to the one stored, so callers see no difference but new objects on each read. The ref lookups
 * ({@link #findRefByCwId}, {@link #findRefByHostId}) rebuild only the ids, state and version; writes return the link
 * they were given with its new version, which equals what a read rebuilds because packing is exact (the snapshot's
 * values and their classes, fingerprints either as their 128 bits or as the string, instants to the nanosecond).
 *
 * <p>Concurrency: one lock per (tenant, type) partition guards both indexes of that partition, so the two-way
 * uniqueness checks and the writes are atomic; partitions never block each other. Packing and rebuilding run outside
 * the lock, on immutable objects.
 */
public final class MemoryLinkStore implements LinkStore {

  private final Map<Partition, Part> parts = new ConcurrentHashMap<>();
  private final PackedSnapshot snapshots = new PackedSnapshot();

  /** Creates an empty store. */
  public MemoryLinkStore() {
  }

  private record Partition(TenantId tenant, EntityType type) {
  }

  private static final class Part {
    final TenantId tenant;
    final EntityType type;
    final LinkTable byHost = LinkTable.byHostId();
    final LinkTable byCw = LinkTable.byCwId();
    long count;

    Part(Partition p) {
      this.tenant = p.tenant();
      this.type = p.type();
    }
  }

  private Part part(TenantId tenant, EntityType type) {
    return parts.computeIfAbsent(new Partition(tenant, type), Part::new);
  }

  /** The partition, or null if nothing was ever stored in it (reads do not create one). */
  private @Nullable Part existing(TenantId tenant, EntityType type) {
    return parts.get(new Partition(requireNonNull(tenant, "tenant == null"), requireNonNull(type, "type == null")));
  }

  @Override
  public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
    return byHostId(tenant, type, hostId, this::unpack);
  }

  @Override
  public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
    return byCwId(tenant, type, cwId, this::unpack);
  }

  @Override
  public Optional<LinkRef> findRefByHostId(TenantId tenant, EntityType type, String hostId) {
    // The caller's own string is the stored host id (packing keeps it exactly), so no string is rebuilt.
    return byHostId(tenant, type, hostId, (p, l) -> l.toRef(hostId));
  }

  @Override
  public Optional<LinkRef> findRefByCwId(TenantId tenant, EntityType type, long cwId) {
    return byCwId(tenant, type, cwId, (p, l) -> l.toRef(null));
  }

  /** The packed link with host id {@code hostId}, seen as {@code view} outside the partition's lock. */
  private <T> Optional<T> byHostId(TenantId tenant, EntityType type, String hostId,
      BiFunction<Part, PackedLink, T> view) {
    requireNonNull(hostId, "hostId == null");
    Part p = existing(tenant, type);
    if (p == null) {
      return Optional.empty();
    }
    HostKey key = HostKey.of(hostId);
    PackedLink l;
    synchronized (p) {
      l = p.byHost.get(key);
    }
    return l == null ? Optional.empty() : Optional.of(view.apply(p, l));
  }

  /** The packed link with ConnectWise id {@code cwId}, seen as {@code view} outside the partition's lock. */
  private <T> Optional<T> byCwId(TenantId tenant, EntityType type, long cwId, BiFunction<Part, PackedLink, T> view) {
    Part p = existing(tenant, type);
    if (p == null) {
      return Optional.empty();
    }
    PackedLink l;
    synchronized (p) {
      l = p.byCw.get(cwId);
    }
    return l == null ? Optional.empty() : Optional.of(view.apply(p, l));
  }

  @Override
  public PutResult putIfAbsent(Link link) {
    requireNonNull(link, "link == null");
    Part p = part(link.tenant(), link.type());
    PackedLink packed = PackedLink.of(link, 1, snapshots);
    HostKey host = packed.hostKey();
    PackedLink existing;
    synchronized (p) {
      existing = host == null ? null : p.byHost.get(host);
      if (existing == null && packed.hasCwId()) {
        existing = p.byCw.get(packed.cwId);
      }
      if (existing == null) {
        index(p, packed);
        p.count++;
      }
    }
    return existing != null ? new PutResult(false, unpack(p, existing)) : new PutResult(true, stored(link, 1));
  }

  @Override
  public Optional<Link> replace(Link expected, Link replacement) {
    requireNonNull(expected, "expected == null");
    requireNonNull(replacement, "replacement == null");
    if (!expected.tenant().equals(replacement.tenant()) || !expected.type().equals(replacement.type())) {
      throw new IllegalArgumentException("replacement must keep the tenant and type of the expected link");
    }
    Part p = existing(expected.tenant(), expected.type());
    if (p == null) {
      return Optional.empty();
    }
    // The replacement succeeds only over the expected version, so its version is known before the lock.
    PackedLink next = PackedLink.of(replacement, expected.version() + 1, snapshots);
    HostKey expectedHost = expected.hostId() == null ? null : HostKey.of(expected.hostId());
    HostKey nextHost = next.hostKey();
    synchronized (p) {
      PackedLink current = current(p, expectedHost, expected.cwId());
      if (current == null || current.version != expected.version()) {
        return Optional.empty();
      }
      if (taken(nextHost == null ? null : p.byHost.get(nextHost), current)
          || taken(next.hasCwId() ? p.byCw.get(next.cwId) : null, current)) {
        return Optional.empty();
      }
      unindex(p, current);
      index(p, next);
    }
    return Optional.of(stored(replacement, next.version));
  }

  @Override
  public boolean remove(Link expected) {
    requireNonNull(expected, "expected == null");
    Part p = existing(expected.tenant(), expected.type());
    if (p == null) {
      return false;
    }
    HostKey expectedHost = expected.hostId() == null ? null : HostKey.of(expected.hostId());
    synchronized (p) {
      PackedLink current = current(p, expectedHost, expected.cwId());
      if (current == null || current.version != expected.version()) {
        return false;
      }
      unindex(p, current);
      p.count--;
      return true;
    }
  }

  @Override
  public List<Link> findByState(TenantId tenant, EntityType type, LinkState state, int limit) {
    requireNonNull(state, "state == null");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    Part p = existing(tenant, type);
    if (p == null) {
      return List.of();
    }
    List<PackedLink> found = new ArrayList<>();
    synchronized (p) {
      p.byHost.forEach(l -> {
        if (l.state() == state && found.size() < limit) {
          found.add(l);
        }
      });
      p.byCw.forEach(l -> {
        if (!l.hasHostId() && l.state() == state && found.size() < limit) {
          found.add(l);
        }
      });
    }
    List<Link> out = new ArrayList<>(found.size());
    for (PackedLink l : found) {
      out.add(unpack(p, l));
    }
    return out;
  }

  @Override
  public long count(TenantId tenant, EntityType type) {
    Part p = existing(tenant, type);
    if (p == null) {
      return 0;
    }
    synchronized (p) {
      return p.count;
    }
  }

  private Link unpack(Part p, PackedLink l) {
    return l.toLink(p.tenant, p.type, snapshots);
  }

  /**
   * The link just stored from {@code l} at {@code version}, without unpacking what was stored: packing is exact, so
   * this equals what a read of it returns ({@code MemoryLinkStoreTest} compares the two for every value type a
   * snapshot holds).
   */
  private static Link stored(Link l, long version) {
    return new Link(l.tenant(), l.type(), l.hostId(), l.cwId(), l.state(), l.hostFingerprint(), l.cwFingerprint(),
        l.cwLastUpdated(), l.snapshot(), l.hostEchoPending(), l.cwEchoPending(), version, l.updatedAt());
  }

  private static boolean taken(@Nullable PackedLink holder, PackedLink self) {
    return holder != null && holder != self;
  }

  private static @Nullable PackedLink current(Part p, @Nullable HostKey expectedHost, @Nullable Long expectedCwId) {
    if (expectedHost != null) {
      PackedLink l = p.byHost.get(expectedHost);
      if (l != null) {
        return l;
      }
    }
    PackedLink byCw = expectedCwId == null ? null : p.byCw.get(expectedCwId);
    // A link found only by cw id is the same link only if it agrees on the host id.
    if (byCw == null) {
      return null;
    }
    boolean sameHost = expectedHost == null ? !byCw.hasHostId() : byCw.hasHostId(expectedHost);
    return sameHost ? byCw : null;
  }

  private static void index(Part p, PackedLink l) {
    if (l.hasHostId()) {
      p.byHost.add(l);
    }
    if (l.hasCwId()) {
      p.byCw.add(l);
    }
  }

  private static void unindex(Part p, PackedLink l) {
    if (l.hasHostId()) {
      p.byHost.remove(l);
    }
    if (l.hasCwId()) {
      p.byCw.remove(l);
    }
  }
}
