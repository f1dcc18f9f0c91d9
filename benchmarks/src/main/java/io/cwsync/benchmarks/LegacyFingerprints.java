package io.cwsync.benchmarks;

import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The pre-change code of core's {@code Fingerprints} (as of commit 68cdf32), the baseline row of
 * {@link FingerprintsBenchmark}; the same copy as core's test-only {@code LegacyFingerprints}. Not used elsewhere.
 */
final class LegacyFingerprints {

  private LegacyFingerprints() {
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
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence cs) {
      String s = normalizeText(cs.toString());
      return s.isEmpty() ? null : s;
    }
    if (value instanceof BigDecimal bd) {
      return bd.signum() == 0 ? BigDecimal.ZERO : bd.stripTrailingZeros();
    }
    if (value instanceof Number n) {
      return normalizeValue(new BigDecimal(n.toString()));
    }
    if (value instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.SECONDS);
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
    if (value instanceof Boolean || value instanceof LocalDate || value instanceof HostRef) {
      return value;
    }
    if (value instanceof Map<?, ?> m) {
      TreeMap<String, Object> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = normalizeValue(e.getValue());
        if (v != null) {
          out.put(String.valueOf(e.getKey()), v);
        }
      }
      return out.isEmpty() ? null : java.util.Collections.unmodifiableMap(out);
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

  /** Strips NULs, turns each whitespace run into one space and trims; returns {@code s} itself when already clean. */
  private static String normalizeText(String s) {
    int n = s.length();
    boolean clean = n == 0 || (!Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(n - 1)));
    for (int i = 0; clean && i < n; i++) {
      char c = s.charAt(i);
      boolean doubleSpace = i + 1 < n && Character.isWhitespace(s.charAt(i + 1));
      if (c == '\0' || (Character.isWhitespace(c) && (c != ' ' || doubleSpace))) {
        clean = false;
      }
    }
    if (clean) {
      return s;
    }
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
   * @param values mapped values
   * @return the fingerprint
   */
  public static String of(Map<String, ?> values) {
    StringBuilder sb = new StringBuilder(256);
    canonical(normalize(values), sb);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static void canonical(@Nullable Object v, StringBuilder sb) {
    if (v instanceof Map<?, ?> m) {
      sb.append('{');
      for (Map.Entry<?, ?> e : m.entrySet()) {
        quote(String.valueOf(e.getKey()), sb);
        sb.append(':');
        canonical(e.getValue(), sb);
        sb.append(',');
      }
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (Object o : l) {
        canonical(o, sb);
        sb.append(',');
      }
      sb.append(']');
    } else if (v instanceof HostRef r) {
      sb.append("ref(").append(r.type().name()).append(',');
      quote(r.hostId(), sb);
      sb.append(')');
    } else if (v instanceof String s) {
      quote(s, sb);
    } else if (v instanceof BigDecimal bd) {
      sb.append('n').append(bd.toPlainString());
    } else {
      sb.append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }
}
