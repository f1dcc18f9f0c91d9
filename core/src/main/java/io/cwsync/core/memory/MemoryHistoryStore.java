package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory {@link HistoryStore} keeping up to a configured number of steps per record.
 *
 * <p>Concurrency: sequences come from one atomic counter; each record's list is guarded by its own lock. An entry is
 * indexed under its host id and under its ConnectWise id.
 */
public final class MemoryHistoryStore implements HistoryStore {

  private record Key(TenantId tenant, EntityType type, String id) {
  }

  private final int capacityPerRecord;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<Key, List<HistoryEntry>> byHost = new ConcurrentHashMap<>();
  private final Map<Key, List<HistoryEntry>> byCw = new ConcurrentHashMap<>();

  /** Creates a store keeping up to 200 steps per record. */
  public MemoryHistoryStore() {
    this(200);
  }

  /**
   * Creates a store keeping up to {@code capacityPerRecord} steps per record (oldest dropped first).
   *
   * @param capacityPerRecord the bound; positive
   * @throws IllegalArgumentException if not positive
   */
  public MemoryHistoryStore(int capacityPerRecord) {
    if (capacityPerRecord <= 0) {
      throw new IllegalArgumentException("capacityPerRecord must be positive: " + capacityPerRecord);
    }
    this.capacityPerRecord = capacityPerRecord;
  }

  @Override
  public HistoryEntry append(HistoryEntry entry) {
    requireNonNull(entry, "entry == null");
    HistoryEntry stored;
    // The sequence is taken under the first list's lock so that per-record order equals sequence order.
    synchronized (this) {
      stored = entry.withSequence(sequence.incrementAndGet());
      if (entry.hostId() != null) {
        add(byHost, new Key(entry.tenant(), entry.type(), entry.hostId()), stored);
      }
      if (entry.cwId() != null) {
        add(byCw, new Key(entry.tenant(), entry.type(), Long.toString(entry.cwId())), stored);
      }
    }
    return stored;
  }

  private void add(Map<Key, List<HistoryEntry>> index, Key key, HistoryEntry e) {
    List<HistoryEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(e);
    if (list.size() > capacityPerRecord) {
      list.remove(0);
    }
  }

  @Override
  public List<HistoryEntry> forHostRecord(TenantId tenant, EntityType type, String hostId, int limit) {
    return read(byHost, new Key(tenant, type, requireNonNull(hostId, "hostId == null")), limit);
  }

  @Override
  public List<HistoryEntry> forCwRecord(TenantId tenant, EntityType type, long cwId, int limit) {
    return read(byCw, new Key(tenant, type, Long.toString(cwId)), limit);
  }

  private synchronized List<HistoryEntry> read(Map<Key, List<HistoryEntry>> index, Key key, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    List<HistoryEntry> list = index.get(key);
    if (list == null) {
      return List.of();
    }
    return List.copyOf(list.subList(Math.max(0, list.size() - limit), list.size()));
  }
}
