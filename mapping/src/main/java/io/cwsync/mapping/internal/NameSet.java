package io.cwsync.mapping.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of names matched ignoring case and surrounding blanks, without allocating on
 * lookup (filters run per pulled record, millions a second): the keys of a {@link NameMap}, which
 * holds the one hash table both use. Thread-safe (immutable after construction).
 */
final class NameSet {
  private final NameMap<Boolean> names;

  NameSet(Collection<String> names) {
    Map<String, Boolean> entries = new LinkedHashMap<>();
    for (String name : names) {
      entries.put(name, Boolean.TRUE);
    }
    this.names = new NameMap<>(entries);
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  boolean contains(@Nullable String name) {
    return names.get(name) != null;
  }
}
