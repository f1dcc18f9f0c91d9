package io.cwsync.mapping.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of names matched ignoring case and surrounding blanks, without allocating on
 * lookup (filters run per pulled record, millions a second).
 *
 * <p>Design notes: open addressing over a power-of-two table at most half full; the hash folds each
 * character the way {@link String#equalsIgnoreCase} compares, so a name and its differently-cased
 * spelling land in the same slot. Thread-safe (immutable after construction).
 */
final class NameSet {
  private final String[] table;
  private final int mask;
  private final int size;

  NameSet(Collection<String> names) {
    int capacity = 4;
    while (capacity < names.size() * 2) {
      capacity <<= 1;
    }
    table = new String[capacity];
    mask = capacity - 1;
    int n = 0;
    for (String name : names) {
      String s = name.strip();
      if (!contains(s)) {
        int i = hash(s, 0, s.length()) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = s;
        n++;
      }
    }
    size = n;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(@Nullable String name) {
    if (name == null) {
      return false;
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
    while ((s = table[i]) != null) {
      if (s.length() == len && s.regionMatches(true, 0, name, from, len)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
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
