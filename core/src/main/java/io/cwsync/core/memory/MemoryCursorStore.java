package io.cwsync.core.memory;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.VersionedCursor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory {@link CursorStore}.
 *
 * <p>Concurrency: each stream's row is replaced with {@link ConcurrentHashMap#compute}, which runs the version and
 * fencing checks atomically per key.
 */
public final class MemoryCursorStore implements CursorStore {

  private record Key(TenantId tenant, String flowId) {
  }

  private record Row(VersionedCursor cursor, long highestToken) {
  }

  private final Map<Key, Row> rows = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public MemoryCursorStore() {
  }

  @Override
  public Optional<VersionedCursor> find(TenantId tenant, String flowId) {
    Row row = rows.get(new Key(requireNonNull(tenant, "tenant == null"), requireNonNull(flowId, "flowId == null")));
    return row == null ? Optional.empty() : Optional.of(row.cursor());
  }

  @Override
  public Optional<VersionedCursor> compareAndSet(TenantId tenant, String flowId, long expectedVersion, Cursor cursor,
      long fencingToken) {
    requireNonNull(cursor, "cursor == null");
    Key key = new Key(requireNonNull(tenant, "tenant == null"), requireNonNull(flowId, "flowId == null"));
    VersionedCursor[] result = new VersionedCursor[1];
    rows.compute(key, (k, row) -> {
      long version = row == null ? 0 : row.cursor().version();
      long highest = row == null ? Long.MIN_VALUE : row.highestToken();
      if (version != expectedVersion || fencingToken < highest) {
        return row;
      }
      result[0] = new VersionedCursor(cursor, version + 1);
      return new Row(result[0], fencingToken);
    });
    return Optional.ofNullable(result[0]);
  }
}
