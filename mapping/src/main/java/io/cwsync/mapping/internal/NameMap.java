package io.cwsync.mapping.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from names, matched ignoring case and surrounding blanks, to values, without
 * allocating on lookup; the map counterpart of {@link NameSet}, for the per-record stage, status
 * and member lookups. The first entry wins when two names differ only in case. Thread-safe.
 */
final class NameMap<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  NameMap(Map<String, V> entries) {
    int capacity = 4;
    while (capacity < entries.size() * 2) {
      capacity <<= 1;
    }
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((name, value) -> {
      String s = name.strip();
      if (get(s) == null) {
        int i = NameSet.hash(s, 0, s.length()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = s;
        values[i] = value;
      }
    });
  }

  @SuppressWarnings("unchecked")
  @Nullable V get(@Nullable String name) {
    if (name == null) {
      return null;
    }
    int from = 0;
    int to = name.length();
    while (from < to && Character.isWhitespace(name.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(name.charAt(to - 1))) {
      to--;
    }
    int len = to - from;
    int i = NameSet.hash(name, from, to) & mask;
    String s;
    while ((s = keys[i]) != null) {
      if (s.length() == len && s.regionMatches(true, 0, name, from, len)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
