package io.cwsync.core.internal;

import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Normalises mapped values and hashes them into fingerprints, so that a value ConnectWise reformats (trailing
 * zeros, whitespace, line breaks, an offset instead of UTC, sub-second precision) still fingerprints as the same
 * value (P10, G5).
 *
 * <p>Normalisation: strings are stripped of NUL characters, line breaks become spaces, runs of whitespace collapse to
 * one space and the ends are trimmed; an empty string, an empty list, an empty map and null all mean "absent" and are
 * dropped; numbers become {@link BigDecimal} without trailing zeros; instants and offset date-times become UTC
 * instants truncated to seconds; map keys are sorted. Other values keep their {@code toString()}.
 *
 * <p>Stateless and thread-safe.
 *
 * <p>Design notes. Fingerprints are stored in users' link stores, so {@link #of} must return exactly what it
 * returned before it was optimised (a changed fingerprint makes every record look changed after an upgrade):
 * {@code FingerprintsGoldenTest} pins recorded outputs and {@code FingerprintsPropertyTest} compares with the
 * original code kept in core's tests as {@code LegacyFingerprints}. The fingerprint is a SHA-256 of a canonical
 * text form of the normalised values, UTF-8 encoded. {@link #of} writes those UTF-8 bytes straight into a
 * per-thread buffer while it normalises, without building the normalised maps, the canonical {@code String} or its
 * byte copy; map keys that are already sorted (a {@code TreeMap}, the output of {@link #normalize}) are not sorted
 * again. The hot types (String, BigDecimal, Integer, Long, Map, HostRef) are tested first; every other type goes to
 * a method of its own so that the hot methods stay small enough for the JIT to inline.
 */
public final class Fingerprints {

  private Fingerprints() {
  }

  /**
   * Returns the normalised form of {@code values}.
   *
   * @param values mapped values; nested maps and lists allowed
   * @return a sorted, unmodifiable map without absent values
   */
  public static Map<String, Object> normalize(Map<String, ?> values) {
    Object n = normalizeValue(values);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = n == null ? Map.of() : (Map<String, Object>) n;
    return m;
  }

  /**
   * Returns the normalised form of one value.
   *
   * @param value the value
   * @return the normalised value, or null if it counts as absent
   */
  public static @Nullable Object normalizeValue(@Nullable Object value) {
    if (value instanceof String s) {
      String t = normalizeText(s);
      return t.isEmpty() ? null : t;
    }
    if (value instanceof BigDecimal bd) {
      return normalizeDecimal(bd);
    }
    if (value instanceof Integer || value instanceof Long) {
      return normalizeIntegral(((Number) value).longValue());
    }
    if (isMap(value)) {
      return normalizeMap((Map<?, ?>) value);
    }
    if (value instanceof HostRef || value == null) {
      return value;
    }
    return normalizeOther(value);
  }

  /** The rarer types, in the order the checks have always been made (a value may be of several). */
  private static @Nullable Object normalizeOther(Object value) {
    if (value instanceof CharSequence cs) {
      return normalizeValue(cs.toString());
    }
    if (value instanceof Number n) {
      return normalizeDecimal(new BigDecimal(n.toString()));
    }
    Instant instant = instant(value);
    if (instant != null) {
      return instant;
    }
    if (value instanceof Boolean || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        Object v = normalizeValue(o);
        if (v != null) {
          out.add(v);
        }
      }
      return out.isEmpty() ? null : List.copyOf(out);
    }
    return value.toString();
  }

  /** Whether the map branch applies: a value that is also text or a number has always counted as that instead. */
  private static boolean isMap(@Nullable Object value) {
    return value instanceof Map && !(value instanceof CharSequence) && !(value instanceof Number);
  }

  private static @Nullable Object normalizeMap(Map<?, ?> m) {
    TreeMap<String, Object> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object v = normalizeValue(e.getValue());
      if (v != null) {
        out.put(String.valueOf(e.getKey()), v);
      }
    }
    return out.isEmpty() ? null : Collections.unmodifiableMap(out);
  }

  private static BigDecimal normalizeDecimal(BigDecimal bd) {
    return bd.signum() == 0 ? BigDecimal.ZERO : bd.stripTrailingZeros();
  }

  /** Equal to {@code normalizeDecimal(new BigDecimal(Long.toString(v)))}: same unscaled value and scale. */
  private static BigDecimal normalizeIntegral(long v) {
    if (v == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal bd = BigDecimal.valueOf(v);
    return v % 10 == 0 ? bd.stripTrailingZeros() : bd;
  }

  /** The instant an Instant, OffsetDateTime or ZonedDateTime stands for, truncated to seconds; else null. */
  private static @Nullable Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.SECONDS);
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
    return null;
  }

  /** Strips NULs, turns each whitespace run into one space and trims; returns {@code s} itself when already clean. */
  static String normalizeText(String s) {
    int n = s.length();
    // Clean means: no NUL, no whitespace but single spaces between other characters. Printable ASCII is checked
    // without Character.isWhitespace, which is slower and not needed for it.
    boolean afterSpace = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        afterSpace = false;
      } else if (c == ' ') {
        if (afterSpace) {
          return collapse(s);
        }
        afterSpace = true;
      } else if (c == '\0' || Character.isWhitespace(c)) {
        return collapse(s);
      } else {
        afterSpace = false;
      }
    }
    return afterSpace && n > 0 ? collapse(s) : s;
  }

  private static String collapse(String s) {
    int n = s.length();
    StringBuilder sb = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Returns the fingerprint of {@code values}: a SHA-256 hash of their normalised canonical form, base64url-encoded
   * (22 characters, the first 128 bits).
   *
   * @param values mapped values, as given to {@link #normalize} or returned by it
   * @return the fingerprint
   */
  public static String of(Map<String, ?> values) {
    Canonical c = Canonical.acquire();
    try {
      if (!c.map(values)) {
        c.ascii("{}");
      }
      return c.fingerprint();
    } finally {
      c.release();
    }
  }

  /**
   * Writes the canonical form of normalised values as UTF-8, exactly as {@code String.getBytes(UTF_8)} encodes the
   * text {@code {"key":value,...}}: strings quoted with {@code \} and {@code "} escaped, numbers as {@code n} and
   * their plain digits, host references as {@code ref(TYPE,"id")}, lists in brackets, each member followed by a
   * comma; other values as their simple class name, a colon and their text. Not thread-safe: one per thread,
   * reused; a nested use on the same thread (a value's toString() fingerprinting) gets a fresh one.
   */
  private static final class Canonical {

    private static final ThreadLocal<Canonical> CURRENT = ThreadLocal.withInitial(Canonical::new);
    private static final int BUFFER = 512;
    /** Larger buffers (and scratch arrays) are dropped after use rather than kept by the thread. */
    private static final int KEPT_BUFFER = 64 * 1024;
    private static final int SCRATCH = 32;
    private static final int KEPT_SCRATCH = 1024;
    private static final byte[] BASE64URL =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(
            StandardCharsets.US_ASCII);

    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];
    private final byte[] encoded = new byte[22];
    private byte[] buf = new byte[BUFFER];
    private int len;
    /** Keys and values of the maps being written, nested maps above their parents' entries. */
    private String[] keys = new String[SCRATCH];
    private Object[] values = new Object[SCRATCH];
    private int top;
    private boolean busy;

    private Canonical() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required by every Java platform", e);
      }
    }

    static Canonical acquire() {
      Canonical c = CURRENT.get();
      if (c.busy) {
        c = new Canonical();
      }
      c.busy = true;
      c.len = 0;
      return c;
    }

    void release() {
      if (top != 0) {
        // An exception left entries behind: drop the references.
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        top = 0;
      }
      if (buf.length > KEPT_BUFFER) {
        buf = new byte[BUFFER];
      }
      if (keys.length > KEPT_SCRATCH) {
        keys = new String[SCRATCH];
        values = new Object[SCRATCH];
      }
      busy = false;
    }

    String fingerprint() {
      sha256.update(buf, 0, len);
      try {
        sha256.digest(digest, 0, digest.length);
      } catch (DigestException e) {
        throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
      }
      // Base64url without padding of the first 16 bytes: five 3-byte groups, then one byte in two characters.
      byte[] out = encoded;
      int o = 0;
      for (int i = 0; i < 15; i += 3) {
        int bits = (digest[i] & 0xff) << 16 | (digest[i + 1] & 0xff) << 8 | digest[i + 2] & 0xff;
        out[o++] = BASE64URL[bits >>> 18];
        out[o++] = BASE64URL[bits >>> 12 & 0x3f];
        out[o++] = BASE64URL[bits >>> 6 & 0x3f];
        out[o++] = BASE64URL[bits & 0x3f];
      }
      int last = digest[15] & 0xff;
      out[o++] = BASE64URL[last >>> 2];
      out[o] = BASE64URL[(last & 0x3) << 4];
      return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the canonical form of {@code normalizeValue(v)}; returns false, having written nothing, if it is
     * absent.
     */
    boolean value(@Nullable Object v) {
      if (v instanceof String s) {
        return text(s);
      }
      if (v instanceof BigDecimal bd) {
        number(bd);
        return true;
      }
      if (v instanceof Integer || v instanceof Long) {
        integral(((Number) v).longValue());
        return true;
      }
      if (isMap(v)) {
        return map((Map<?, ?>) v);
      }
      if (v instanceof HostRef r) {
        ref(r);
        return true;
      }
      return v != null && other(v);
    }

    private boolean other(Object v) {
      if (v instanceof CharSequence cs) {
        return text(cs.toString());
      }
      if (v instanceof Number n) {
        number(new BigDecimal(n.toString()));
        return true;
      }
      Instant instant = instant(v);
      if (instant != null) {
        ascii("Instant:");
        ascii(instant.toString());
        return true;
      }
      if (v instanceof Boolean || v instanceof LocalDate) {
        ascii(v.getClass().getSimpleName());
        put(':');
        ascii(v.toString());
        return true;
      }
      if (v instanceof Collection<?> c) {
        return list(c);
      }
      // Normalisation keeps other values' toString() as it is, neither cleaned nor dropped when empty.
      quoted(v.toString());
      return true;
    }

    private boolean text(String s) {
      String t = normalizeText(s);
      if (t.isEmpty()) {
        return false;
      }
      quoted(t);
      return true;
    }

    /**
     * Writes {@code n} and the plain form ({@code toPlainString}) of the value without trailing zeros. Values of up
     * to 18 digits and a scale within 18 (nearly all) are written digit by digit, which is much less code for the
     * JIT to compile than the JDK's text, and allocates only the unscaled value.
     */
    private void number(BigDecimal bd) {
      put('n');
      if (bd.signum() == 0) {
        put('0');
        return;
      }
      int scale = bd.scale();
      if (scale < -18 || scale > 18 || bd.precision() > 18) {
        plain(bd);
        return;
      }
      long u = bd.unscaledValue().longValue();
      if (len + 40 > buf.length) {
        grow(40);
      }
      if (u < 0) {
        buf[len++] = '-';
        u = -u;
      }
      while (scale > 0 && u % 10 == 0) {
        u /= 10;
        scale--;
      }
      int digits = digits(u);
      if (scale <= 0) {
        digits(u, digits);
        for (int i = 0; i < -scale; i++) {
          buf[len++] = '0';
        }
      } else if (digits > scale) {
        int end = len + digits + 1;
        int p = end;
        for (int i = 0; i < scale; i++) {
          buf[--p] = (byte) ('0' + u % 10);
          u /= 10;
        }
        buf[--p] = '.';
        do {
          buf[--p] = (byte) ('0' + u % 10);
          u /= 10;
        } while (u != 0);
        len = end;
      } else {
        buf[len++] = '0';
        buf[len++] = '.';
        for (int i = digits; i < scale; i++) {
          buf[len++] = '0';
        }
        digits(u, digits);
      }
    }

    /** The JDK's plain text of the value without the fraction's trailing zeros (and a point left bare). */
    private void plain(BigDecimal bd) {
      String plain = bd.toPlainString();
      int end = plain.length();
      if (bd.scale() > 0) {
        while (plain.charAt(end - 1) == '0') {
          end--;
        }
        if (plain.charAt(end - 1) == '.') {
          end--;
        }
      }
      if (len + end > buf.length) {
        grow(end);
      }
      for (int i = 0; i < end; i++) {
        buf[len++] = (byte) plain.charAt(i);
      }
    }

    /** The plain form of a non-zero integer without trailing zeros is its decimal digits; zero is "0". */
    private void integral(long v) {
      if (len + 21 > buf.length) {
        grow(21);
      }
      buf[len++] = 'n';
      if (v == Long.MIN_VALUE) {
        ascii(Long.toString(v));
        return;
      }
      if (v < 0) {
        buf[len++] = '-';
        v = -v;
      }
      digits(v, digits(v));
    }

    private static int digits(long v) {
      int digits = 1;
      for (long t = v; t >= 10; t /= 10) {
        digits++;
      }
      return digits;
    }

    /** Writes the {@code digits} decimal digits of {@code v >= 0}; the room is the caller's. */
    private void digits(long v, int digits) {
      int p = len + digits;
      len = p;
      do {
        buf[--p] = (byte) ('0' + v % 10);
        v /= 10;
      } while (v != 0);
    }

    private void ref(HostRef r) {
      ascii("ref(");
      utf8(r.type().name());
      put(',');
      quoted(r.hostId());
      put(')');
    }

    private boolean list(Collection<?> c) {
      int start = len;
      put('[');
      boolean any = false;
      for (Object o : c) {
        if (value(o)) {
          put(',');
          any = true;
        }
      }
      if (!any) {
        len = start;
        return false;
      }
      put(']');
      return true;
    }

    /** Writes a map's entries in key order, values normalised; returns false, having written nothing, if empty. */
    boolean map(Map<?, ?> m) {
      int n = m.size();
      if (n == 0) {
        return false;
      }
      int base = top;
      if (base + n > keys.length) {
        int size = Math.max(keys.length * 2, base + n);
        keys = Arrays.copyOf(keys, size);
        values = Arrays.copyOf(values, size);
      }
      int count = 0;
      boolean sorted = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (count == n || !(e.getKey() instanceof String k)) {
          // Non-String keys may collide after String.valueOf (the last non-absent value wins): the general path.
          clear(base, count);
          return otherMap(m);
        }
        if (count > 0 && sorted && keys[base + count - 1].compareTo(k) >= 0) {
          sorted = false;
        }
        keys[base + count] = k;
        values[base + count] = e.getValue();
        count++;
      }
      top = base + count;
      if (!sorted && !sort(base, count)) {
        // Equal String keys (an IdentityHashMap): the general path keeps the last, as a TreeMap did.
        clear(base, count);
        top = base;
        return otherMap(m);
      }
      int start = len;
      put('{');
      boolean any = false;
      for (int i = base; i < base + count; i++) {
        int mark = len;
        quoted(keys[i]);
        put(':');
        if (value(values[i])) {
          put(',');
          any = true;
        } else {
          len = mark;
        }
      }
      clear(base, count);
      top = base;
      if (!any) {
        len = start;
        return false;
      }
      put('}');
      return true;
    }

    private void clear(int base, int count) {
      Arrays.fill(keys, base, base + count, null);
      Arrays.fill(values, base, base + count, null);
    }

    /** Insertion sort of the entries at {@code [base, base + count)} by key; false if two keys are equal. */
    private boolean sort(int base, int count) {
      if (count > 64) {
        return sortLarge(base, count);
      }
      for (int i = base + 1; i < base + count; i++) {
        String k = keys[i];
        Object v = values[i];
        int j = i - 1;
        int cmp = 1;
        while (j >= base && (cmp = keys[j].compareTo(k)) > 0) {
          keys[j + 1] = keys[j];
          values[j + 1] = values[j];
          j--;
        }
        if (j >= base && cmp == 0) {
          return false;
        }
        keys[j + 1] = k;
        values[j + 1] = v;
      }
      return true;
    }

    private boolean sortLarge(int base, int count) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (int i = base; i < base + count; i++) {
        if (sorted.put(keys[i], values[i]) != null || sorted.size() != i - base + 1) {
          return false;
        }
      }
      int i = base;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        keys[i] = e.getKey();
        values[i++] = e.getValue();
      }
      return true;
    }

    /** A map with non-String or equal keys: normalised as it always was, then written as normalised. */
    private boolean otherMap(Map<?, ?> m) {
      Object normalized = normalizeMap(m);
      if (normalized == null) {
        return false;
      }
      normalizedValue(normalized);
      return true;
    }

    /** Writes an already normalised value as it is: its strings are not cleaned again. */
    private void normalizedValue(Object v) {
      if (v instanceof Map<?, ?> m) {
        put('{');
        for (Map.Entry<?, ?> e : m.entrySet()) {
          quoted((String) e.getKey());
          put(':');
          normalizedValue(e.getValue());
          put(',');
        }
        put('}');
      } else if (v instanceof List<?> l) {
        put('[');
        for (Object o : l) {
          normalizedValue(o);
          put(',');
        }
        put(']');
      } else if (v instanceof HostRef r) {
        ref(r);
      } else if (v instanceof String s) {
        quoted(s);
      } else if (v instanceof BigDecimal bd) {
        put('n');
        ascii(bd.toPlainString());
      } else {
        ascii(v.getClass().getSimpleName());
        put(':');
        utf8(v.toString());
      }
    }

    private void put(char c) {
      if (len == buf.length) {
        grow(1);
      }
      buf[len++] = (byte) c;
    }

    /** Writes text known to be ASCII (digits, ISO dates, class names of the JDK). */
    void ascii(String s) {
      int n = s.length();
      if (len + n > buf.length) {
        grow(n);
      }
      for (int i = 0; i < n; i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }

    private void quoted(String s) {
      int n = s.length();
      // At most three bytes per char (a surrogate pair is four bytes for two chars), or two for an escape.
      if (len + 3 * n + 2 > buf.length) {
        grow(3 * n + 2);
      }
      byte[] b = buf;
      int p = len;
      b[p++] = '"';
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80 && c != '"' && c != '\\') {
          b[p++] = (byte) c;
        } else if (c == '"' || c == '\\') {
          b[p++] = '\\';
          b[p++] = (byte) c;
        } else {
          len = p;
          i = encode(s, i, c);
          p = len;
        }
      }
      b[p++] = '"';
      len = p;
    }

    private void utf8(String s) {
      int n = s.length();
      if (len + 3 * n > buf.length) {
        grow(3 * n);
      }
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          buf[len++] = (byte) c;
        } else {
          i = encode(s, i, c);
        }
      }
    }

    /**
     * Encodes the non-ASCII char at {@code i} as String.getBytes(UTF_8) does: a surrogate pair as one four-byte code
     * point, an unpaired surrogate as {@code ?}. Returns the index of the last char used.
     */
    private int encode(String s, int i, char c) {
      byte[] b = buf;
      if (c < 0x800) {
        b[len++] = (byte) (0xc0 | c >> 6);
        b[len++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        b[len++] = (byte) (0xe0 | c >> 12);
        b[len++] = (byte) (0x80 | c >> 6 & 0x3f);
        b[len++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        b[len++] = (byte) (0xf0 | cp >> 18);
        b[len++] = (byte) (0x80 | cp >> 12 & 0x3f);
        b[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
        b[len++] = (byte) (0x80 | cp & 0x3f);
        return i + 1;
      } else {
        b[len++] = '?';
      }
      return i;
    }

    private void grow(int needed) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + needed));
    }
  }
}
