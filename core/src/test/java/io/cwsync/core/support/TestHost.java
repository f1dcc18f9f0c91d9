package io.cwsync.core.support;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** An in-memory host application table with a change feed (a sequence number per write), for tests. */
public final class TestHost implements HostAdapter {

  private final EntityType type;
  private final Map<String, HostRecord> records = new LinkedHashMap<>();
  private final Map<String, Long> changedAt = new HashMap<>();
  private final Map<String, Long> cwIds = new HashMap<>();
  private long seq;
  private final AtomicInteger ids = new AtomicInteger();
  public final List<String> deleted = new ArrayList<>();
  public final List<String> leftScope = new ArrayList<>();
  public int creates;
  public int updates;
  /** When set, create() fails with this message. */
  public @Nullable String failCreates;

  public TestHost(EntityType type) {
    this.type = type;
  }

  @Override
  public EntityType entityType() {
    return type;
  }

  /** A user edit in the host: stores the record and puts it on the change feed. */
  public synchronized HostRecord put(HostRecord r) {
    records.put(r.hostId(), r);
    changedAt.put(r.hostId(), ++seq);
    return r;
  }

  public synchronized HostRecord edit(String hostId, String field, Object value) {
    return put(records.get(hostId).toBuilder().field(field, value).build());
  }

  public synchronized Map<String, HostRecord> records() {
    return new LinkedHashMap<>(records);
  }

  public synchronized @Nullable Long cwIdOf(String hostId) {
    return cwIds.get(hostId);
  }

  @Override
  public synchronized HostChanges changesSince(@Nullable String cursor, int limit) {
    long after = cursor == null ? 0 : Long.parseLong(cursor);
    List<Map.Entry<String, Long>> changed = changedAt.entrySet().stream().filter(e -> e.getValue() > after)
        .sorted(Map.Entry.comparingByValue()).toList();
    List<HostRecord> out = new ArrayList<>();
    long last = after;
    for (Map.Entry<String, Long> e : changed) {
      if (out.size() == limit) {
        break;
      }
      out.add(records.get(e.getKey()));
      last = e.getValue();
    }
    return new HostChanges(out, Long.toString(last), changed.size() > out.size());
  }

  @Override
  public synchronized Optional<HostRecord> find(String hostId) {
    return Optional.ofNullable(records.get(hostId));
  }

  @Override
  public synchronized List<HostRecord> findByNaturalKey(Map<String, Object> key) {
    return records.values().stream()
        .filter(r -> key.entrySet().stream().allMatch(k -> k.getValue().equals(r.field(k.getKey())))).toList();
  }

  @Override
  public synchronized Optional<HostRecord> findByConnectWiseId(long cwId) {
    return cwIds.entrySet().stream().filter(e -> e.getValue() == cwId).map(e -> records.get(e.getKey()))
        .findFirst();
  }

  @Override
  public synchronized String create(HostRecord record) {
    if (failCreates != null) {
      throw new IllegalStateException(failCreates);
    }
    creates++;
    String id = "h" + ids.incrementAndGet();
    put(record.withHostId(id));
    return id;
  }

  @Override
  public synchronized void update(HostRecord record) {
    updates++;
    HostRecord cur = records.get(record.hostId());
    put(cur.toBuilder().fields(record.fields()).build());
  }

  @Override
  public synchronized void writeBackConnectWiseId(String hostId, long cwId) {
    cwIds.put(hostId, cwId);
  }

  @Override
  public synchronized List<HostRecord> childrenOf(String parentHostId) {
    return records.values().stream().filter(r -> parentHostId.equals(r.parentHostId())).toList();
  }

  @Override
  public synchronized void markLeftScope(String hostId) {
    leftScope.add(hostId);
  }

  @Override
  public synchronized void delete(String hostId) {
    deleted.add(hostId);
  }
}
