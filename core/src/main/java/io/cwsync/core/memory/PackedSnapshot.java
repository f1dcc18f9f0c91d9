package io.cwsync.core.memory;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Packs a link's snapshot into one byte array and back, so that {@link MemoryLinkStore} keeps a few dozen bytes per
 * snapshot instead of a map, its table and an object per value.
 *
 * <p>Exact: what {@link #unpack} returns equals what {@link #pack} was given ({@link Map#equals}), and every value
 * keeps its class: strings, booleans, {@link BigDecimal} with its scale, {@link Long}, {@link Integer},
 * {@link Instant} to the nanosecond, {@link LocalDate}, {@link HostRef}, nested maps with string keys (null values
 * allowed) and lists (null elements allowed). That covers everything core's fingerprint normalisation produces. A
 * snapshot holding anything else (a set, a nested map with other keys, a value of another class) is kept as the map
 * itself, unchanged. Strings are stored as their UTF-16 code units (one byte each when all fit in Latin-1), so any
 * string, unpaired surrogates included, comes back equal.
 *
 * <p>Field names are shared: each distinct name gets a number in this codec's dictionary (up to
 * {@value #MAX_NAMES}; later names are stored inline), so a snapshot carries one byte per field name.
 *
 * <p>Format: a count, then per entry the name (its number + 1, or 0 and the name inline) and the value as a tag
 * byte and its payload; numbers as unsigned or zigzag varints.
 *
 * <p>Thread-safe: the dictionary only grows, and a name's number is published before any array carrying it.
 */
final class PackedSnapshot {

  /** The packed form of an empty snapshot, shared. */
  static final byte[] EMPTY = new byte[0];
  static final int MAX_NAMES = 4096;

  private static final int NULL = 0;
  private static final int LATIN1 = 1;
  private static final int UTF16 = 2;
  private static final int TRUE = 3;
  private static final int FALSE = 4;
  private static final int DECIMAL = 5;
  private static final int BIG_DECIMAL = 6;
  private static final int LONG = 7;
  private static final int INT = 8;
  private static final int INSTANT = 9;
  private static final int DATE = 10;
  private static final int HOST_REF = 11;
  private static final int MAP = 12;
  private static final int LIST = 13;

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private volatile String[] names = new String[16];
  /** Guarded by {@code this}. */
  private int nameCount;
  private final Map<String, EntityType> types = new ConcurrentHashMap<>();

  /**
   * Returns the packed form of {@code snapshot}: {@link #EMPTY}, a byte array, or {@code snapshot} itself when it
   * holds a value this codec does not pack exactly.
   */
  Object pack(Map<String, Object> snapshot) {
    if (snapshot.isEmpty()) {
      return EMPTY;
    }
    Out out = new Out();
    if (!entries(snapshot, out)) {
      return snapshot;
    }
    return out.toArray();
  }

  /** Returns the snapshot {@code packed} stands for: unmodifiable, equal to the one packed. */
  @SuppressWarnings("unchecked")
  Map<String, Object> unpack(Object packed) {
    if (!(packed instanceof byte[] bytes)) {
      return (Map<String, Object>) packed;
    }
    if (bytes.length == 0) {
      return Map.of();
    }
    In in = new In(bytes);
    int n = in.varint();
    Map.Entry<String, Object>[] entries = new Map.Entry[n];
    for (int i = 0; i < n; i++) {
      String key = key(in);
      entries[i] = Map.entry(key, value(in));
    }
    return Map.ofEntries(entries);
  }

  // ---- packing ----

  private boolean entries(Map<?, ?> map, Out out) {
    out.varint(map.size());
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        return false;
      }
      key(key, out);
      if (!value(e.getValue(), out)) {
        return false;
      }
    }
    return true;
  }

  private boolean value(@Nullable Object v, Out out) {
    if (v == null) {
      out.put(NULL);
    } else if (v.getClass() == String.class) {
      string((String) v, out);
    } else if (v instanceof Boolean b) {
      out.put(b ? TRUE : FALSE);
    } else if (v.getClass() == BigDecimal.class) {
      BigDecimal bd = (BigDecimal) v;
      BigInteger unscaled = bd.unscaledValue();
      if (unscaled.bitLength() < Long.SIZE) {
        out.put(DECIMAL);
        out.zigzag(bd.scale());
        out.zigzag(unscaled.longValue());
      } else {
        out.put(BIG_DECIMAL);
        out.zigzag(bd.scale());
        byte[] b = unscaled.toByteArray();
        out.varint(b.length);
        out.bytes(b);
      }
    } else if (v instanceof Long l) {
      out.put(LONG);
      out.zigzag(l);
    } else if (v instanceof Integer i) {
      out.put(INT);
      out.zigzag(i);
    } else if (v instanceof Instant i) {
      out.put(INSTANT);
      out.zigzag(i.getEpochSecond());
      out.varint(i.getNano());
    } else if (v instanceof LocalDate d) {
      out.put(DATE);
      out.zigzag(d.toEpochDay());
    } else if (v instanceof HostRef r) {
      out.put(HOST_REF);
      key(r.type().name(), out);
      string(r.hostId(), out);
    } else if (v instanceof Map<?, ?> m) {
      out.put(MAP);
      return entries(m, out);
    } else if (v instanceof List<?> l) {
      out.put(LIST);
      out.varint(l.size());
      for (Object o : l) {
        if (!value(o, out)) {
          return false;
        }
      }
    } else {
      return false;
    }
    return true;
  }

  private void key(String name, Out out) {
    int id = id(name);
    if (id < 0) {
      out.varint(0);
      string(name, out);
    } else {
      out.varint(id + 1L);
    }
  }

  private static void string(String s, Out out) {
    int n = s.length();
    boolean latin1 = true;
    for (int i = 0; i < n && latin1; i++) {
      latin1 = s.charAt(i) <= 0xFF;
    }
    out.put(latin1 ? LATIN1 : UTF16);
    out.varint(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!latin1) {
        out.put(c >>> 8);
      }
      out.put(c);
    }
  }

  /** The name's number, or -1 once the dictionary is full. */
  private int id(String name) {
    Integer id = ids.get(name);
    if (id != null) {
      return id;
    }
    synchronized (this) {
      id = ids.get(name);
      if (id != null) {
        return id;
      }
      if (nameCount == MAX_NAMES) {
        return -1;
      }
      String[] grown = nameCount == names.length ? Arrays.copyOf(names, names.length * 2) : names;
      grown[nameCount] = name;
      // The volatile write publishes the name before any packed array can carry its number.
      names = grown;
      ids.put(name, nameCount);
      return nameCount++;
    }
  }

  // ---- unpacking ----

  private String key(In in) {
    int id = in.varint();
    if (id > 0) {
      return names[id - 1];
    }
    return (String) value(in);
  }

  private @Nullable Object value(In in) {
    int tag = in.get();
    switch (tag) {
      case NULL:
        return null;
      case LATIN1: {
        int n = in.varint();
        String s = new String(in.bytes, in.pos, n, StandardCharsets.ISO_8859_1);
        in.pos += n;
        return s;
      }
      case UTF16: {
        int n = in.varint();
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
          c[i] = (char) ((in.get() << 8) | in.get());
        }
        return new String(c);
      }
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case DECIMAL: {
        int scale = (int) in.zigzag();
        return BigDecimal.valueOf(in.zigzag(), scale);
      }
      case BIG_DECIMAL: {
        int scale = (int) in.zigzag();
        int n = in.varint();
        byte[] b = Arrays.copyOfRange(in.bytes, in.pos, in.pos + n);
        in.pos += n;
        return new BigDecimal(new BigInteger(b), scale);
      }
      case LONG:
        return in.zigzag();
      case INT:
        return (int) in.zigzag();
      case INSTANT: {
        long seconds = in.zigzag();
        return Instant.ofEpochSecond(seconds, in.varint());
      }
      case DATE:
        return LocalDate.ofEpochDay(in.zigzag());
      case HOST_REF: {
        EntityType type = types.computeIfAbsent(key(in), EntityType::of);
        return new HostRef(type, (String) value(in));
      }
      case MAP: {
        int n = in.varint();
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = key(in);
          m.put(key, value(in));
        }
        return Collections.unmodifiableMap(m);
      }
      case LIST: {
        int n = in.varint();
        List<@Nullable Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          l.add(value(in));
        }
        return Collections.unmodifiableList(l);
      }
      default:
        throw new IllegalStateException("corrupt packed snapshot: tag " + tag + " at " + (in.pos - 1));
    }
  }

  /** A growing byte buffer. */
  private static final class Out {
    byte[] buf = new byte[64];
    int n;

    void put(int b) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = (byte) b;
    }

    void bytes(byte[] b) {
      for (byte x : b) {
        put(x);
      }
    }

    void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        put((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      put((int) v);
    }

    void zigzag(long v) {
      varint((v << 1) ^ (v >> 63));
    }

    byte[] toArray() {
      return Arrays.copyOf(buf, n);
    }
  }

  /** A reader over a packed array. */
  private static final class In {
    final byte[] bytes;
    int pos;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    int get() {
      return bytes[pos++] & 0xFF;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = get();
        v |= (long) (b & 0x7F) << shift;
        if (b < 0x80) {
          return v;
        }
      }
    }

    int varint() {
      return (int) varlong();
    }

    long zigzag() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }
  }
}
