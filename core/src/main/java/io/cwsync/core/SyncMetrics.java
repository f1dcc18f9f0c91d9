package io.cwsync.core;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link SyncListener} that keeps counters a host can export to its metrics system (no metrics library needed).
 *
 * <p>Counter names: {@code records.<direction>.<action>.<outcome>} (such as {@code records.pull.create.success}),
 * {@code streams.<status>} and {@code passes}. Thread-safe; counters only grow.
 *
 * <pre>{@code
 * SyncMetrics metrics = new SyncMetrics();
 * SyncCoordinator c = SyncCoordinator.builder()...listener(metrics).build();
 * metrics.snapshot().forEach((name, value) -> registry.gauge("cwsync." + name, value));
 * }</pre>
 */
public final class SyncMetrics implements SyncListener {

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  /** Creates a listener with all counters at zero. */
  public SyncMetrics() {
  }

  @Override
  public void onRecord(TenantId tenant, String flowId, EntityType type, Direction direction, SyncAction action,
      Outcome outcome) {
    increment("records." + lower(direction) + "." + lower(action) + "."
        + lower(outcome));
  }

  @Override
  public void onStreamFinished(TenantId tenant, StreamReport report) {
    increment("streams." + lower(report.status()));
  }

  @Override
  public void onPassFinished(SyncReport report) {
    increment("passes");
  }

  // Locale.ROOT: under a Turkish default locale "FAILED".toLowerCase() is "faıled" (dotless i), which would split
  // every counter with an I in its name from the one a dashboard queries.
  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private void increment(String name) {
    counters.computeIfAbsent(name, n -> new LongAdder()).increment();
  }

  /**
   * Returns one counter's value.
   *
   * @param name the counter name
   * @return its value; 0 if it never counted
   */
  public long count(String name) {
    LongAdder a = counters.get(name);
    return a == null ? 0 : a.sum();
  }

  /**
   * Returns every counter's current value.
   *
   * @return counter name to value, sorted by name
   */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
