package io.cwsync.mapping.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from names, matched ignoring case and surrounding blanks, to values, without
 * allocating on lookup (the per-record stage, status and member lookups, and {@link NameSet}'s
 * filters, run per pulled record, millions a second). The first entry wins when two names differ
 * only in case.
 *
 * <p>Design notes: open addressing over a power-of-two table at most half full; the hash folds each
 * character the way {@link String#equalsIgnoreCase} compares, so a name and its differently-cased
 * spelling land in the same slot. Thread-safe (immutable after construction).
 */
final class NameMap<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final int size;

  NameMap(Map<String, V> entries) {
    int capacity = 4;
    while (capacity < entries.size() * 2) {
      capacity <<= 1;
    }
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    int n = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String s = e.getKey().strip();
      if (get(s) == null) {
        int i = hash(s, 0, s.length()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = s;
        values[i] = e.getValue();
        n++;
      }
    }
    size = n;
  }

  boolean isEmpty() {
    return size == 0;
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
    int i = hash(name, from, to) & mask;
    String s;
    while ((s = keys[i]) != null) {
      if (s.length() == len && s.regionMatches(true, 0, name, from, len)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      // ASCII fast path; other characters fold as String.equalsIgnoreCase compares them.
      int folded = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
          : Character.toLowerCase(Character.toUpperCase(c));
      h = 31 * h + folded;
    }
    return h ^ (h >>> 16);
  }
}
