package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link RetryQueue}.
 *
 * <p>Concurrency: each item changes with {@link ConcurrentHashMap#compute}, atomic per key. Listing scans the map,
 * which is fine for the queue sizes a single process holds.
 */
public final class MemoryRetryQueue implements RetryQueue {

  private final Map<RetryKey, RetryItem> items = new ConcurrentHashMap<>();

  /** Creates an empty queue. */
  public MemoryRetryQueue() {
  }

  @Override
  public RetryItem recordFailure(Failure f) {
    requireNonNull(f, "failure == null");
    return items.compute(f.key(), (k, cur) -> {
      int attempts = cur == null ? 1 : cur.attempts() + 1;
      RetryState state;
      if (cur != null && cur.state() != RetryState.RETRYING) {
        state = cur.state();
      } else {
        state = attempts >= f.maxAttempts() ? RetryState.PARKED : RetryState.RETRYING;
      }
      Instant first = cur == null ? f.at() : cur.firstFailedAt();
      return new RetryItem(k, f.type(), state, attempts, f.reason(), f.nextAttemptAt(), first, f.at(),
          f.fingerprint());
    });
  }

  @Override
  public void resolve(RetryKey key) {
    items.remove(requireNonNull(key, "key == null"));
  }

  @Override
  public Optional<RetryItem> find(RetryKey key) {
    requireNonNull(key, "key == null");
    // A pull asks for every record it reads, mostly of an empty queue: no key hash then.
    return items.isEmpty() ? Optional.empty() : Optional.ofNullable(items.get(key));
  }

  @Override
  public List<RetryItem> due(TenantId tenant, String flowId, Instant now, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(now, "now == null");
    checkLimit(limit);
    return items.values().stream()
        .filter(i -> i.key().tenant().equals(tenant) && i.key().flowId().equals(flowId)
            && i.state() == RetryState.RETRYING && !i.nextAttemptAt().isAfter(now))
        .sorted(Comparator.comparing(RetryItem::nextAttemptAt))
        .limit(limit)
        .toList();
  }

  @Override
  public boolean touch(RetryKey key, @Nullable String fingerprint, Instant now) {
    requireNonNull(now, "now == null");
    boolean[] found = new boolean[1];
    items.computeIfPresent(requireNonNull(key, "key == null"), (k, cur) -> {
      if (cur.state() == RetryState.IGNORED) {
        return cur;
      }
      found[0] = true;
      return new RetryItem(k, cur.type(), RetryState.RETRYING, 0, cur.reason(), now, cur.firstFailedAt(),
          cur.lastFailedAt(), fingerprint);
    });
    return found[0];
  }

  @Override
  public boolean requeue(RetryKey key, Instant now) {
    requireNonNull(now, "now == null");
    boolean[] found = new boolean[1];
    items.computeIfPresent(requireNonNull(key, "key == null"), (k, cur) -> {
      found[0] = true;
      return new RetryItem(k, cur.type(), RetryState.RETRYING, 0, cur.reason(), now, cur.firstFailedAt(),
          cur.lastFailedAt(), cur.fingerprint());
    });
    return found[0];
  }

  @Override
  public boolean ignore(RetryKey key) {
    boolean[] found = new boolean[1];
    items.computeIfPresent(requireNonNull(key, "key == null"), (k, cur) -> {
      found[0] = true;
      return new RetryItem(k, cur.type(), RetryState.IGNORED, cur.attempts(), cur.reason(), cur.nextAttemptAt(),
          cur.firstFailedAt(), cur.lastFailedAt(), cur.fingerprint());
    });
    return found[0];
  }

  @Override
  public List<RetryItem> list(TenantId tenant, RetryState state, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(state, "state == null");
    checkLimit(limit);
    return items.values().stream()
        .filter(i -> i.key().tenant().equals(tenant) && i.state() == state)
        .sorted(Comparator.comparing(RetryItem::lastFailedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public Map<RetryState, Long> counts(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    Map<RetryState, Long> out = new EnumMap<>(RetryState.class);
    for (RetryState s : RetryState.values()) {
      out.put(s, 0L);
    }
    for (RetryItem i : items.values()) {
      if (i.key().tenant().equals(tenant)) {
        out.merge(i.state(), 1L, Long::sum);
      }
    }
    return Map.copyOf(out);
  }

  private static void checkLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
