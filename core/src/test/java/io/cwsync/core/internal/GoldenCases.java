package io.cwsync.core.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Fixed inputs for the fingerprint golden and property tests, and a rendering that shows types and order. */
final class GoldenCases {

  private GoldenCases() {
  }

  /** The golden inputs: every branch of normalisation and of the canonical form, each under its own name. */
  static Map<String, Map<String, ?>> cases() {
    Map<String, Map<String, ?>> c = new LinkedHashMap<>();
    c.put("empty", Map.of());
    c.put("company", company());
    c.put("whitespace", ordered("lead", "  lead", "trail", "trail  ", "inner", "in   ner", "tab", "tab\there",
        "crlf", "cr\r\nlf\rx\ny", "runs", " \t a \n\n b \r ", "emSpace", "\u2003em\u2003\u2003space\u2003",
        "fileSep", "a\u001cb", "nbsp", "a\u00a0b", "clean", "Acme Corp", "single", "x"));
    c.put("nul", ordered("inner", "nul\0x", "only", "\0", "spaced", "a \0 b", "edge", "\0 a \0", "runs", "a\0\0b"));
    c.put("quotes", ordered("quote", "say \"hi\"", "backslash", "C:\\dir\\", "both", "\\\"", "key\"with\\",
        "value"));
    c.put("unicode", ordered("latin", "\u00fcn\u00efc\u00f6d\u00e9", "cjk", "\u6771\u4eac", "emoji", "smile \ud83d\ude00 x",
        "loneHigh", "lone \ud83d high", "loneLow", "lone \ude00 low", "highAtEnd", "end\ud83d", "\u00e9key", "v",
        "\ud83d\ude00key", "w", "\uffffkey", "z", "Zupper", "u"));
    c.put("absent", ordered("emptyString", "", "blank", "   ", "emptyList", List.of(), "emptyMap", Map.of(),
        "nullValue", null, "nestedEmpty", Map.of("a", "", "b", List.of(" ")), "kept", "k"));
    c.put("charSequence", ordered("builder", new StringBuilder(" built  text "), "emptyBuilder", new StringBuilder()));
    c.put("decimals", ordered("trailing", new BigDecimal("10.500"), "zeroScaled", new BigDecimal("0.000"),
        "zeroExp", new BigDecimal("0E+5"), "negative", new BigDecimal("-12.30"), "large", new BigDecimal("1E+400"),
        "tiny", new BigDecimal("1.23E-50"), "hundred", new BigDecimal("100"), "plain", new BigDecimal("42"),
        "negZero", new BigDecimal("-0.00"), "long", new BigDecimal("123456789012345678901234567890.000100")));
    c.put("integers", ordered("int", 100, "intZero", 0, "intNeg", -7, "intMin", Integer.MIN_VALUE, "longMax",
        Long.MAX_VALUE, "longMin", Long.MIN_VALUE, "longTens", 1_000_000_000_000L, "short", (short) -1200, "byte",
        (byte) 10, "bigInteger", new BigInteger("123456789012345678901234567890"), "bigIntegerTens",
        BigInteger.TEN.pow(30), "atomic", new AtomicLong(250)));
    c.put("floating", ordered("double", 1.5, "doubleWhole", 100.0, "doubleExp", 1e20, "doubleTiny", 1.0e-7,
        "doubleNegZero", -0.0, "float", 0.1f, "floatWhole", 3.0f, "doubleMax", Double.MAX_VALUE));
    c.put("time", ordered("instant", Instant.parse("2026-01-02T03:04:05.678901234Z"), "offset",
        OffsetDateTime.parse("2026-01-02T05:04:05.999+02:00"), "zoned",
        ZonedDateTime.parse("2026-07-01T10:00:00.5+02:00[Europe/Berlin]"), "date", LocalDate.of(2026, 2, 28),
        "instantWhole", Instant.ofEpochSecond(0)));
    c.put("booleans", ordered("yes", true, "no", false));
    c.put("refs", ordered("company", new HostRef(EntityType.COMPANY, "acc-1"), "contact",
        new HostRef(EntityType.CONTACT, "  spaced \"id\"\\ ")));
    c.put("nested", ordered("address", ordered("line1", " 1 Main  St ", "zip", 12345, "geo",
        ordered("lat", new BigDecimal("51.5000"), "lon", -0.12)), "empty", ordered("x", null)));
    Map<Object, Object> mixedKeys = new LinkedHashMap<>();
    mixedKeys.put(1, "integer one");
    mixedKeys.put("1", "string one");
    mixedKeys.put(2, "integer two");
    mixedKeys.put("2", "");
    mixedKeys.put(null, "null key");
    mixedKeys.put(EntityType.COMPANY, "entity type key");
    mixedKeys.put(10, "ten");
    mixedKeys.put(9, "nine");
    c.put("mixedKeys", ordered("map", mixedKeys));
    c.put("lists", ordered("withNulls", Arrays.asList("a", null, "", " b ", 1, null), "nested",
        List.of(List.of(), List.of("x", List.of(" ")), Map.of("k", "v")), "allAbsent", Arrays.asList(null, "", " "),
        "set", new LinkedHashSet<>(List.of("z", "a")), "refs", List.of(new HostRef(EntityType.COMPANY, "c-9"))));
    c.put("others", ordered("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "enum",
        TimeUnit.SECONDS, "dirtyEnum", Dirty.SPACED, "emptyToString", Dirty.EMPTY, "character", 'c', "dayOfWeek",
        java.time.DayOfWeek.MONDAY, "duration", java.time.Duration.ofSeconds(90)));
    c.put("hashOrder", new HashMap<>(Map.of("zeta", "z", "alpha", "a", "mid", "m", "Beta", "b", "_u", "u")));
    TreeMap<String, Object> sorted = new TreeMap<>(Map.of("b", new BigDecimal("2.0"), "a", "one"));
    c.put("treeMap", sorted);
    return c;
  }

  /** Enum constants whose toString() is not clean text: kept as is by normalize(), cleaned again by of(). */
  enum Dirty {
    SPACED("  spaced   out "), EMPTY("");

    private final String text;

    Dirty(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  static Map<String, Object> company() {
    return ordered("identifier", "ACME", "name", "Acme Corporation", "city", "Springfield", "parent",
        new HostRef(EntityType.COMPANY, "acc-42"), "annualRevenue", new BigDecimal("1250000.00"));
  }

  /** A map in the given key order (Map.of has none), allowing null values. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * Renders a normalised value with its types and iteration order, e.g. {@code {a=BigDecimal 1E+2, b=[String x]}}:
   * two renderings are equal only when the values are equal and iterate in the same order.
   */
  static String render(@Nullable Object v) {
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(render(e.getKey())).append('=').append(render(e.getValue())).append(", ");
      }
      return sb.append('}').toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : l) {
        sb.append(render(o)).append(", ");
      }
      return sb.append(']').toString();
    }
    return v == null ? "null" : v.getClass().getSimpleName() + " " + escape(v.toString());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7e || ch == '\\') {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
