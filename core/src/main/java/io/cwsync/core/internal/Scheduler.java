package io.cwsync.core.internal;

import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which tenants' flows are due, oldest due first, so no tenant starves however many there are.
 *
 * <p>Concurrency: entries live in a concurrent map; {@link #claimDue} and {@link #finished} synchronise on the entry,
 * so a tenant is never claimed twice before its pass finishes (one pass per tenant at a time: no parallel requests
 * within a tenant from the scheduler).
 */
public final class Scheduler {

  /** A tenant claimed for a pass: the flows that are due, in dependency order. */
  public record Claim(Tenant tenant, List<Flow> flows, Instant due) {
  }

  private static final class Entry {
    Tenant tenant;
    final Map<String, Instant> nextDue = new HashMap<>();
    boolean running;

    Entry(Tenant tenant, Instant now) {
      this.tenant = tenant;
      for (Flow f : tenant.flowsInOrder()) {
        nextDue.put(f.id(), now);
      }
    }

    Instant earliest() {
      return nextDue.values().stream().min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }
  }

  private final Map<TenantId, Entry> entries = new ConcurrentHashMap<>();

  /** Adds or replaces a tenant; a new tenant is due at once, a replaced one keeps its schedule. */
  public void put(Tenant tenant, Instant now) {
    entries.compute(tenant.id(), (id, e) -> {
      if (e == null) {
        return new Entry(tenant, now);
      }
      synchronized (e) {
        e.tenant = tenant;
        Map<String, Instant> kept = new HashMap<>(e.nextDue);
        e.nextDue.clear();
        for (Flow f : tenant.flowsInOrder()) {
          e.nextDue.put(f.id(), kept.getOrDefault(f.id(), now));
        }
      }
      return e;
    });
  }

  /** When a scheduled tenant's flow is next due; empty if the tenant is not scheduled or has no such flow. */
  public java.util.Optional<Instant> nextDue(TenantId id, String flowId) {
    Entry e = entries.get(id);
    if (e == null) {
      return java.util.Optional.empty();
    }
    synchronized (e) {
      return java.util.Optional.ofNullable(e.nextDue.get(flowId));
    }
  }

  /** The scheduled tenants, in their latest configuration. */
  public List<Tenant> tenants() {
    List<Tenant> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      synchronized (e) {
        out.add(e.tenant);
      }
    }
    return out;
  }

  /**
   * Makes some flows of a scheduled tenant due at {@code now} (a catch-up poll after a callback was found down);
   * flows already due earlier keep their time. No effect on an unscheduled tenant or an unknown flow.
   */
  public void makeDue(TenantId id, java.util.Collection<String> flowIds, Instant now) {
    Entry e = entries.get(id);
    if (e == null) {
      return;
    }
    synchronized (e) {
      for (String flowId : flowIds) {
        e.nextDue.computeIfPresent(flowId, (f, due) -> due.isAfter(now) ? now : due);
      }
    }
  }

  public void remove(TenantId id) {
    entries.remove(id);
  }

  public int size() {
    return entries.size();
  }

  /**
   * Claims up to {@code max} due tenants that are not running, the longest-waiting first.
   *
   * @return the claims, in the order they should run
   */
  public List<Claim> claimDue(Instant now, int max) {
    List<Map.Entry<Entry, Instant>> due = new ArrayList<>();
    for (Entry e : entries.values()) {
      synchronized (e) {
        Instant earliest = e.earliest();
        if (!e.running && !earliest.isAfter(now)) {
          due.add(Map.entry(e, earliest));
        }
      }
    }
    due.sort(Map.Entry.comparingByValue());
    List<Claim> out = new ArrayList<>();
    for (Map.Entry<Entry, Instant> d : due) {
      if (out.size() >= max) {
        break;
      }
      Entry e = d.getKey();
      synchronized (e) {
        if (e.running) {
          continue;
        }
        List<Flow> flows = new ArrayList<>();
        for (Flow f : e.tenant.flowsInOrder()) {
          if (!e.nextDue.getOrDefault(f.id(), Instant.MAX).isAfter(now)) {
            flows.add(f);
          }
        }
        if (flows.isEmpty()) {
          continue;
        }
        e.running = true;
        out.add(new Claim(e.tenant, flows, d.getValue()));
      }
    }
    return out;
  }

  /** Marks a claim done: its flows are next due one interval after {@code now}. */
  public void finished(Claim claim, Instant now) {
    finished(claim, now, null);
  }

  /**
   * Marks a claim done: its flows are next due one interval after {@code now}, or at {@code throttledUntil} when the
   * pass was throttled (every claimed flow, since a throttle ends the rest of the pass too).
   */
  public void finished(Claim claim, Instant now, @org.jspecify.annotations.Nullable Instant throttledUntil) {
    Entry e = entries.get(claim.tenant().id());
    if (e == null) {
      return;
    }
    synchronized (e) {
      for (Flow f : claim.flows()) {
        if (e.nextDue.containsKey(f.id())) {
          e.nextDue.put(f.id(), throttledUntil != null ? throttledUntil : now.plus(f.interval()));
        }
      }
      e.running = false;
    }
  }
}
