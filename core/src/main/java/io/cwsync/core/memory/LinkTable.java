package io.cwsync.core.memory;

import io.cwsync.core.memory.PackedLink.HostKey;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One index of a {@link MemoryLinkStore} partition: the packed links themselves in an open-addressing table (linear
 * probing, at most three quarters full), keyed either by ConnectWise id or by host id, which each link carries. So
 * an entry is one array slot, with no node, boxed key or key string of its own.
 *
 * <p>Not thread-safe: the partition's lock guards it.
 */
final class LinkTable {

  private static final int INITIAL_CAPACITY = 16;

  private final boolean byHostId;
  private PackedLink[] slots = new PackedLink[INITIAL_CAPACITY];
  private int size;

  private LinkTable(boolean byHostId) {
    this.byHostId = byHostId;
  }

  /** A table of links that have a ConnectWise id, keyed by it. */
  static LinkTable byCwId() {
    return new LinkTable(false);
  }

  /** A table of links that have a host id, keyed by it. */
  static LinkTable byHostId() {
    return new LinkTable(true);
  }

  /** Spreads a key's bits over the table's index range (MurmurHash3's 64-bit finaliser). */
  static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  int size() {
    return size;
  }

  /** The link with ConnectWise id {@code cwId}, in a table {@link #byCwId()}. */
  @Nullable PackedLink get(long cwId) {
    int mask = slots.length - 1;
    for (int i = mix(cwId) & mask; ; i = (i + 1) & mask) {
      PackedLink l = slots[i];
      if (l == null || l.cwId == cwId) {
        return l;
      }
    }
  }

  /** The link with host id {@code key}, in a table {@link #byHostId()}. */
  @Nullable PackedLink get(HostKey key) {
    int mask = slots.length - 1;
    for (int i = key.hash & mask; ; i = (i + 1) & mask) {
      PackedLink l = slots[i];
      if (l == null || l.hasHostId(key)) {
        return l;
      }
    }
  }

  /** Adds {@code link}, whose key the table must not hold yet. */
  void add(PackedLink link) {
    if ((size + 1) * 4L > slots.length * 3L) {
      grow();
    }
    insert(slots, link);
    size++;
  }

  /** Removes {@code link} (this very object), which the table must hold. */
  void remove(PackedLink link) {
    int mask = slots.length - 1;
    int i = hash(link) & mask;
    while (slots[i] != link) {
      if (slots[i] == null) {
        throw new IllegalStateException("link not in its index");
      }
      i = (i + 1) & mask;
    }
    // Backward-shift deletion: later entries of the same probe run move up, so no tombstones are needed.
    for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
      int home = hash(slots[j]) & mask;
      boolean staysPut = i <= j ? i < home && home <= j : i < home || home <= j;
      if (!staysPut) {
        slots[i] = slots[j];
        i = j;
      }
    }
    slots[i] = null;
    size--;
  }

  void forEach(Consumer<PackedLink> action) {
    for (PackedLink l : slots) {
      if (l != null) {
        action.accept(l);
      }
    }
  }

  private int hash(PackedLink l) {
    return byHostId ? l.hostHash() : mix(l.cwId);
  }

  private void insert(PackedLink[] table, PackedLink link) {
    int mask = table.length - 1;
    int i = hash(link) & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = link;
  }

  private void grow() {
    PackedLink[] old = slots;
    PackedLink[] grown = new PackedLink[old.length * 2];
    for (PackedLink l : old) {
      if (l != null) {
        insert(grown, l);
      }
    }
    slots = grown;
  }
}
