package io.cwsync.acceptance;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A small host application for one entity kind, over in-memory maps: what a host implementer writes, with a change
 * feed (a global change sequence, so {@link #changesSince} is a range scan), the ConnectWise id written back, and
 * crash hooks that throw before or after a write commits.
 *
 * <p>Thread-safe: every method is synchronized.
 */
final class TestHost implements HostAdapter {

  /** A point where the next call throws {@link Kill}, before or after the host commits. */
  enum CrashPoint { BEFORE_CREATE, AFTER_CREATE, BEFORE_UPDATE, AFTER_UPDATE, AFTER_WRITE_BACK }

  private static final class Row {
    HostRecord record;
    @Nullable Long cwId;
    long changeSeq;
    boolean changedBySync;

    Row(HostRecord record, long changeSeq) {
      this.record = record;
      this.changeSeq = changeSeq;
    }
  }

  private final EntityType type;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final TreeMap<Long, String> changes = new TreeMap<>();
  private final Map<CrashPoint, AtomicInteger> crashes = new LinkedHashMap<>();
  private long seq;
  private int nextId = 1;
  private int creates;
  private int updates;
  private final List<String> log = new ArrayList<>();
  private final java.util.Set<String> rejected = new java.util.HashSet<>();

  TestHost(EntityType type) {
    this.type = requireNonNull(type, "type == null");
  }

  @Override
  public EntityType entityType() {
    return type;
  }

  // ---- what a user of the host application does ----

  /** A user creates a record in the host; returns its id. */
  synchronized String userCreate(Map<String, Object> fields) {
    String id = "h" + nextId++;
    Row row = new Row(HostRecord.builder(type, id).fields(fields).build(), ++seq);
    rows.put(id, row);
    changes.put(row.changeSeq, id);
    return id;
  }

  /** A user edits fields of a host record. */
  synchronized void userUpdate(String hostId, Map<String, Object> fields) {
    Row row = require(hostId);
    HostRecord.Builder b = row.record.toBuilder();
    fields.forEach(b::field);
    row.record = b.build();
    touch(hostId, row, false);
  }

  /** A user clears a field of a host record (the record no longer carries it). */
  synchronized void userClear(String hostId, String field) {
    Row row = require(hostId);
    row.record = row.record.toBuilder().remove(field).build();
    touch(hostId, row, false);
  }

  /** Makes the host reject (throw from) every sync write of a record with this identifier, until allowed again. */
  synchronized void reject(String identifier) {
    rejected.add(identifier);
  }

  synchronized void allow(String identifier) {
    rejected.remove(identifier);
  }

  private void checkRejected(HostRecord record) {
    Object identifier = record.field(CompanyRules.IDENTIFIER);
    if (identifier != null && rejected.contains(identifier.toString())) {
      throw new IllegalStateException("host rejects company " + identifier + ": locked by an ERP batch job");
    }
  }

  /** Arms a crash: the next {@code times} calls reaching {@code point} throw. */
  synchronized void crashAt(CrashPoint point, int times) {
    crashes.computeIfAbsent(point, p -> new AtomicInteger()).addAndGet(times);
  }

  // ---- oracle access ----

  synchronized Map<String, HostRecord> records() {
    Map<String, HostRecord> out = new LinkedHashMap<>();
    rows.forEach((id, r) -> out.put(id, r.record));
    return out;
  }

  synchronized Optional<Long> cwIdOf(String hostId) {
    return Optional.ofNullable(require(hostId).cwId);
  }

  synchronized int creates() {
    return creates;
  }

  synchronized int updates() {
    return updates;
  }

  synchronized int size() {
    return rows.size();
  }

  // ---- HostAdapter ----

  @Override
  public synchronized HostChanges changesSince(@Nullable String cursor, int limit) {
    long from = cursor == null ? 0 : Long.parseLong(cursor);
    List<HostRecord> out = new ArrayList<>();
    long last = from;
    for (Map.Entry<Long, String> e : changes.tailMap(from, false).entrySet()) {
      if (out.size() == limit) {
        break;
      }
      out.add(rows.get(e.getValue()).record);
      last = e.getKey();
    }
    boolean more = !changes.tailMap(last, false).isEmpty();
    return new HostChanges(out, Long.toString(last), more);
  }

  @Override
  public synchronized Optional<HostRecord> find(String hostId) {
    Row row = rows.get(hostId);
    return row == null ? Optional.empty() : Optional.of(row.record);
  }

  @Override
  public synchronized List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    List<HostRecord> out = new ArrayList<>();
    for (Row r : rows.values()) {
      boolean all = true;
      for (Map.Entry<String, Object> e : naturalKey.entrySet()) {
        if (!valueEquals(r.record.field(e.getKey()), e.getValue())) {
          all = false;
        }
      }
      if (all && !naturalKey.isEmpty()) {
        out.add(r.record);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<HostRecord> findByConnectWiseId(long cwId) {
    return rows.values().stream().filter(r -> r.cwId != null && r.cwId == cwId).map(r -> r.record).findFirst();
  }

  @Override
  public String create(HostRecord record) {
    long delay = createDelayMillis;
    if (delay > 0) {
      // Outside the monitor: a slow host database, while other threads keep using the host.
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return createNow(record);
  }

  private volatile long createDelayMillis;

  /** Makes every sync create take {@code delay} (a slow host), so one page can outlast a lease. */
  void slowCreates(java.time.Duration delay) {
    createDelayMillis = delay.toMillis();
  }

  private synchronized String createNow(HostRecord record) {
    crash(CrashPoint.BEFORE_CREATE);
    checkRejected(record);
    String id = "h" + nextId++;
    Row row = new Row(record.withHostId(id), 0);
    rows.put(id, row);
    touch(id, row, true);
    creates++;
    log.add("create " + id);
    crash(CrashPoint.AFTER_CREATE);
    return id;
  }

  @Override
  public synchronized void update(HostRecord record) {
    crash(CrashPoint.BEFORE_UPDATE);
    Row row = require(requireNonNull(record.hostId(), "hostId == null"));
    checkRejected(row.record);
    HostRecord.Builder b = row.record.toBuilder();
    record.fields().forEach(b::field);
    row.record = b.build();
    touch(record.hostId(), row, true);
    updates++;
    log.add("update " + record.hostId());
    crash(CrashPoint.AFTER_UPDATE);
  }

  private final List<String> leftScope = new ArrayList<>();
  private final List<String> deleted = new ArrayList<>();

  @Override
  public synchronized void markLeftScope(String hostId) {
    leftScope.add(hostId);
  }

  @Override
  public synchronized void delete(String hostId) {
    deleted.add(hostId);
  }

  synchronized List<String> leftScope() {
    return List.copyOf(leftScope);
  }

  synchronized List<String> deleted() {
    return List.copyOf(deleted);
  }

  @Override
  public synchronized void writeBackConnectWiseId(String hostId, long cwId) {
    // Like the example CRM: storing the ConnectWise id is not a change of the record.
    require(hostId).cwId = cwId;
    crash(CrashPoint.AFTER_WRITE_BACK);
  }

  private void touch(String id, Row row, boolean bySync) {
    if (row.changeSeq != 0) {
      changes.remove(row.changeSeq);
    }
    row.changeSeq = ++seq;
    row.changedBySync = bySync;
    changes.put(row.changeSeq, id);
  }

  private void crash(CrashPoint point) {
    AtomicInteger armed = crashes.get(point);
    if (armed != null && armed.get() > 0) {
      armed.decrementAndGet();
      throw new Kill("host " + point);
    }
  }

  private Row require(String hostId) {
    Row row = rows.get(hostId);
    if (row == null) {
      throw new IllegalArgumentException("no host record " + hostId);
    }
    return row;
  }

  private static boolean valueEquals(@Nullable Object a, @Nullable Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }
}
