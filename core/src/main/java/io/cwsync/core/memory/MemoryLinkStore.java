package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link LinkStore}.
 *
 * <p>Concurrency: one lock per (tenant, type) partition guards both indexes of that partition, so the two-way
 * uniqueness checks and the writes are atomic; partitions never block each other.
 */
public final class MemoryLinkStore implements LinkStore {

  private final Map<Partition, Part> parts = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public MemoryLinkStore() {
  }

  private record Partition(TenantId tenant, EntityType type) {
  }

  private static final class Part {
    final Map<String, Link> byHost = new HashMap<>();
    final Map<Long, Link> byCw = new HashMap<>();
    long count;
  }

  private Part part(TenantId tenant, EntityType type) {
    return parts.computeIfAbsent(new Partition(tenant, type), k -> new Part());
  }

  @Override
  public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
    requireNonNull(hostId, "hostId == null");
    Part p = part(tenant, type);
    synchronized (p) {
      return Optional.ofNullable(p.byHost.get(hostId));
    }
  }

  @Override
  public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
    Part p = part(tenant, type);
    synchronized (p) {
      return Optional.ofNullable(p.byCw.get(cwId));
    }
  }

  @Override
  public PutResult putIfAbsent(Link link) {
    requireNonNull(link, "link == null");
    Part p = part(link.tenant(), link.type());
    synchronized (p) {
      Link existing = link.hostId() == null ? null : p.byHost.get(link.hostId());
      if (existing == null && link.cwId() != null) {
        existing = p.byCw.get(link.cwId());
      }
      if (existing != null) {
        return new PutResult(false, existing);
      }
      Link stored = withVersion(link, 1);
      index(p, stored);
      p.count++;
      return new PutResult(true, stored);
    }
  }

  @Override
  public Optional<Link> replace(Link expected, Link replacement) {
    requireNonNull(expected, "expected == null");
    requireNonNull(replacement, "replacement == null");
    if (!expected.tenant().equals(replacement.tenant()) || !expected.type().equals(replacement.type())) {
      throw new IllegalArgumentException("replacement must keep the tenant and type of the expected link");
    }
    Part p = part(expected.tenant(), expected.type());
    synchronized (p) {
      Link current = current(p, expected);
      if (current == null || current.version() != expected.version()) {
        return Optional.empty();
      }
      if (taken(p.byHost.get(replacement.hostId()), current) || taken(lookup(p.byCw, replacement.cwId()), current)) {
        return Optional.empty();
      }
      unindex(p, current);
      Link stored = withVersion(replacement, current.version() + 1);
      index(p, stored);
      return Optional.of(stored);
    }
  }

  @Override
  public boolean remove(Link expected) {
    requireNonNull(expected, "expected == null");
    Part p = part(expected.tenant(), expected.type());
    synchronized (p) {
      Link current = current(p, expected);
      if (current == null || current.version() != expected.version()) {
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
    Part p = part(tenant, type);
    List<Link> out = new ArrayList<>();
    synchronized (p) {
      for (Link l : p.byHost.values()) {
        if (l.state() == state && out.size() < limit) {
          out.add(l);
        }
      }
      for (Link l : p.byCw.values()) {
        if (l.hostId() == null && l.state() == state && out.size() < limit) {
          out.add(l);
        }
      }
    }
    return out;
  }

  @Override
  public long count(TenantId tenant, EntityType type) {
    Part p = part(tenant, type);
    synchronized (p) {
      return p.count;
    }
  }

  private static @Nullable Link lookup(Map<Long, Link> map, @Nullable Long key) {
    return key == null ? null : map.get(key);
  }

  private static boolean taken(@Nullable Link holder, Link self) {
    return holder != null && holder != self;
  }

  private static @Nullable Link current(Part p, Link expected) {
    if (expected.hostId() != null) {
      Link l = p.byHost.get(expected.hostId());
      if (l != null) {
        return l;
      }
    }
    Link byCw = lookup(p.byCw, expected.cwId());
    // A link found only by cw id is the same link only if it agrees on the host id.
    return byCw != null && Objects.equals(byCw.hostId(), expected.hostId()) ? byCw : null;
  }

  private static void index(Part p, Link l) {
    if (l.hostId() != null) {
      p.byHost.put(l.hostId(), l);
    }
    if (l.cwId() != null) {
      p.byCw.put(l.cwId(), l);
    }
  }

  private static void unindex(Part p, Link l) {
    if (l.hostId() != null) {
      p.byHost.remove(l.hostId());
    }
    if (l.cwId() != null) {
      p.byCw.remove(l.cwId());
    }
  }

  private static Link withVersion(Link l, long version) {
    return new Link(l.tenant(), l.type(), l.hostId(), l.cwId(), l.state(), l.hostFingerprint(), l.cwFingerprint(),
        l.cwLastUpdated(), l.snapshot(), l.hostEchoPending(), l.cwEchoPending(), version, l.updatedAt());
  }
}
