package io.cwsync.core.internal;

import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this coordinator knows of its tenants for operations views: the latest configuration of every tenant it
 * scheduled or ran, and the last report of every stream (a flow in one direction), whichever call ran it (a pass,
 * a single flow, a real-time push or callback, a reconcile step).
 *
 * <p>Concurrency: one concurrent map per concern; a tenant's stream map is replaced under the tenant's key by
 * {@code compute}, so readers see a consistent snapshot. In memory and per node: after a restart, or for passes
 * another node ran, the board only knows what this node did since it started.
 */
public final class RunBoard {

  private record StreamKey(String flowId, Direction direction) {
  }

  private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
  private final Map<TenantId, Map<StreamKey, StreamReport>> last = new ConcurrentHashMap<>();

  /** Remembers a tenant's latest configuration. */
  public void tenant(Tenant tenant) {
    tenants.put(tenant.id(), tenant);
  }

  /** Records the streams of a finished call. */
  public void finished(SyncReport report) {
    last.compute(report.tenant(), (id, old) -> {
      Map<StreamKey, StreamReport> next = old == null ? new LinkedHashMap<>() : new LinkedHashMap<>(old);
      for (StreamReport s : report.streams()) {
        next.put(new StreamKey(s.flowId(), s.direction()), s);
      }
      return Map.copyOf(next);
    });
  }

  public Collection<Tenant> tenants() {
    return List.copyOf(tenants.values());
  }

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(tenants.get(id));
  }

  /** The last report per stream, in the tenant's flow order (pull before push); streams never run are absent. */
  public List<StreamReport> lastRuns(TenantId id) {
    Map<StreamKey, StreamReport> runs = last.getOrDefault(id, Map.of());
    List<StreamReport> out = new ArrayList<>();
    Tenant t = tenants.get(id);
    if (t != null) {
      for (Flow f : t.flowsInOrder()) {
        for (Direction d : List.of(Direction.PULL, Direction.PUSH)) {
          StreamReport r = runs.get(new StreamKey(f.id(), d));
          if (r != null) {
            out.add(r);
          }
        }
      }
    }
    // Streams of flows the tenant no longer has (or of a tenant never registered) come last.
    for (StreamReport r : runs.values()) {
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
