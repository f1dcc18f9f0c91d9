package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory {@link AuditLog} keeping at most a configured number of entries per tenant (oldest dropped first), so
 * a long-running process does not grow without bound.
 *
 * <p>Concurrency: one lock per tenant.
 */
public final class MemoryAuditLog implements AuditLog {

  private final int capacityPerTenant;
  private final Map<TenantId, Deque<AuditEntry>> entries = new ConcurrentHashMap<>();

  /** Creates a log keeping up to 100,000 entries per tenant. */
  public MemoryAuditLog() {
    this(100_000);
  }

  /**
   * Creates a log keeping up to {@code capacityPerTenant} entries per tenant.
   *
   * @param capacityPerTenant the bound; positive
   * @throws IllegalArgumentException if not positive
   */
  public MemoryAuditLog(int capacityPerTenant) {
    if (capacityPerTenant <= 0) {
      throw new IllegalArgumentException("capacityPerTenant must be positive: " + capacityPerTenant);
    }
    this.capacityPerTenant = capacityPerTenant;
  }

  @Override
  public void append(AuditEntry entry) {
    requireNonNull(entry, "entry == null");
    Deque<AuditEntry> d = entries.computeIfAbsent(entry.tenant(), t -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(entry);
      if (d.size() > capacityPerTenant) {
        d.removeFirst();
      }
    }
  }

  @Override
  public List<AuditEntry> query(AuditQuery q) {
    requireNonNull(q, "query == null");
    Deque<AuditEntry> d = entries.get(q.tenant());
    if (d == null) {
      return List.of();
    }
    List<AuditEntry> out = new ArrayList<>();
    synchronized (d) {
      for (Iterator<AuditEntry> it = d.descendingIterator(); it.hasNext(); ) {
        AuditEntry e = it.next();
        if ((q.from() == null || !e.at().isBefore(q.from())) && (q.to() == null || e.at().isBefore(q.to()))
            && (q.outcomes().isEmpty() || q.outcomes().contains(e.outcome()))
            && (q.flowId() == null || q.flowId().equals(e.flowId()))) {
          out.add(e);
        }
      }
    }
    // Appends are usually in time order already; the stable sort fixes entries appended out of order.
    out.sort((a, b) -> b.at().compareTo(a.at()));
    return out.size() > q.limit() ? List.copyOf(out.subList(0, q.limit())) : out;
  }
}
