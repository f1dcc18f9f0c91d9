package io.cwsync.mapping.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects mapped host values and builds the {@link HostRecord} in one step.
 *
 * <p>Design notes: this is the engine's hot path (millions of records a minute). The record's
 * constructor validates and copies the values into its own map anyway, so the values are collected
 * in two small arrays (a put is an append, or a replace after a short scan) and handed over as a
 * read-only map view: one hash map is built per record instead of two, and none of
 * {@code HostRecord.Builder}'s per-field message strings. Not thread-safe; one per mapped record.
 */
final class HostValues {
  private final EntityType type;
  private final @Nullable String hostId;
  private String[] keys = new String[16];
  private Object[] values = new Object[16];
  private int size;
  private boolean syncOptOut;
  private @Nullable String parentHostId;

  private HostValues(EntityType type, @Nullable String hostId) {
    this.type = type;
    this.hostId = hostId;
  }

  static HostValues builder(EntityType type, @Nullable String hostId) {
    return new HostValues(type, hostId);
  }

  HostValues field(String name, Object value) {
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == name || k.equals(name)) {
        values[i] = value;
        return this;
      }
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = name;
    values[size] = value;
    size++;
    return this;
  }

  HostValues syncOptOut(boolean optOut) {
    this.syncOptOut = optOut;
    return this;
  }

  HostValues parentHostId(@Nullable String parent) {
    this.parentHostId = parent;
    return this;
  }

  HostRecord build() {
    return new HostRecord(type, hostId, new View(), null, syncOptOut, parentHostId);
  }

  /** A read-only map over the arrays, in insertion order, for the record to copy. */
  private final class View extends AbstractMap<String, Object> {
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, Object> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(keys[i], values[i]);
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    @Override
    public int size() {
      return size;
    }
  }
}
