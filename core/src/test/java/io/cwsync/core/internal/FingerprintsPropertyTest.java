package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * {@link Fingerprints} against {@link LegacyFingerprints} (the implementation as of commit 68cdf32) over generated
 * nested values: the same fingerprints and equal normalised forms that iterate in the same order, at every level.
 */
class FingerprintsPropertyTest {

  private static final String TEXT_CHARS = " \t\r\n\u0000\"\\aZz09\u00e9\u00a0\u2003\u001c\u6771";

  @Property(tries = 3000)
  void of_generatedValues_sameFingerprintAsLegacy(@ForAll("maps") Map<String, Object> values) {
    assertThat(Fingerprints.of(values)).isEqualTo(LegacyFingerprints.of(values));
  }

  @Property(tries = 3000)
  void normalize_generatedValues_equalToLegacyInTheSameOrder(@ForAll("maps") Map<String, Object> values) {
    Map<String, Object> normalized = Fingerprints.normalize(values);
    Map<String, Object> legacy = LegacyFingerprints.normalize(values);
    assertThat(normalized).isEqualTo(legacy);
    assertThat(GoldenCases.render(normalized)).isEqualTo(GoldenCases.render(legacy));
  }

  @Property(tries = 2000)
  void of_normalizedGeneratedValues_sameFingerprintAsLegacy(@ForAll("maps") Map<String, Object> values) {
    assertThat(Fingerprints.of(Fingerprints.normalize(values)))
        .isEqualTo(LegacyFingerprints.of(LegacyFingerprints.normalize(values)));
  }

  @Property(tries = 3000)
  void normalizeValue_generatedLeaf_equalToLegacy(@ForAll("leaves") Object value) {
    assertThat(GoldenCases.render(Fingerprints.normalizeValue(value)))
        .isEqualTo(GoldenCases.render(LegacyFingerprints.normalizeValue(value)));
  }

  @Provide
  Arbitrary<Map<String, Object>> maps() {
    return stringKeyedMap(3);
  }

  @Provide
  Arbitrary<Object> leaves() {
    return leaf();
  }

  private static Arbitrary<Object> value(int depth) {
    if (depth == 0) {
      return leaf();
    }
    return Arbitraries.frequencyOf(
        Tuple.of(8, leaf()),
        Tuple.of(1, stringKeyedMap(depth - 1).map(m -> (Object) m)),
        Tuple.of(1, mixedKeyMap(depth - 1)),
        Tuple.of(1, value(depth - 1).injectNull(0.2).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l))));
  }

  /** String keys in a random insertion order, as a LinkedHashMap, a HashMap or a TreeMap. */
  private static Arbitrary<Map<String, Object>> stringKeyedMap(int depth) {
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("identifier", "name", "city", "parent", "price", "a", "B", "\u00e9", "\ud83d\ude00", "\uffff"),
        text());
    Arbitrary<List<Tuple2<String, Object>>> entries =
        Combinators.combine(keys, value(depth).injectNull(0.1)).as(Tuple::of).list().ofMaxSize(6);
    return Combinators.combine(entries, Arbitraries.integers().between(0, 2)).as((list, kind) -> {
      Map<String, Object> linked = new LinkedHashMap<>();
      for (Tuple2<String, Object> e : list) {
        linked.put(e.get1(), e.get2());
      }
      if (kind == 1) {
        return new HashMap<>(linked);
      }
      if (kind == 2 && !linked.containsValue(null)) {
        return new TreeMap<>(linked);
      }
      return linked;
    });
  }

  /** Integer and String keys that may collide after String.valueOf, in a random insertion order. */
  private static Arbitrary<Object> mixedKeyMap(int depth) {
    Arbitrary<Object> keys = Arbitraries.oneOf(Arbitraries.integers().between(0, 12).map(i -> (Object) i),
        Arbitraries.integers().between(0, 12).map(i -> (Object) String.valueOf(i)));
    return Combinators.combine(keys, value(depth).injectNull(0.2)).as(Tuple::of).list().ofMaxSize(6).map(list -> {
      Map<Object, Object> m = new LinkedHashMap<>();
      for (Tuple2<Object, Object> e : list) {
        m.put(e.get1(), e.get2());
      }
      return m;
    });
  }

  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(TEXT_CHARS).withChars('\ud83d', '\ude00').ofMaxLength(8),
        Arbitraries.strings().all().ofMaxLength(6),
        Arbitraries.strings().alpha().ofMaxLength(12));
  }

  private static Arbitrary<Object> leaf() {
    return Arbitraries.oneOf(List.of(
        text().map(s -> (Object) s),
        text().map(s -> (Object) new StringBuilder(s)),
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-30, 30))
            .as((unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale)),
        Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.integers().between(-3, 6))
            .as((unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale)),
        Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-20, 20))
            .as((unscaled, zeros, scale) -> (Object) BigDecimal.valueOf(unscaled * (long) Math.pow(10, zeros), scale)),
        Arbitraries.bigIntegers().map(b -> (Object) new BigDecimal(b.multiply(BigInteger.TEN.pow(25)), 7)),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.integers().between(-1000, 1000).map(i -> (Object) (i * 10)),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(0L, 10L, -100L, Long.MIN_VALUE, Long.MAX_VALUE, 1_000_000_000_000_000_000L).map(l -> (Object) l),
        Arbitraries.shorts().map(s -> (Object) s),
        Arbitraries.bytes().map(b -> (Object) b),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(0.0, -0.0, 100.0, 1e20, 1e-7, 12.5, Double.MAX_VALUE, Double.MIN_VALUE).map(d -> (Object) d),
        Arbitraries.floats().map(f -> (Object) f),
        Arbitraries.bigIntegers().map(b -> (Object) b),
        Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
            Arbitraries.integers().between(0, 999_999_999)).as((s, n) -> (Object) Instant.ofEpochSecond(s, n)),
        Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(-18, 18))
            .as((s, h) -> (Object) OffsetDateTime.ofInstant(Instant.ofEpochSecond(s, 123_000_000),
                ZoneOffset.ofHours(h))),
        Arbitraries.longs().between(0, 4_000_000_000L)
            .map(s -> (Object) ZonedDateTime.ofInstant(Instant.ofEpochSecond(s, 5), ZoneOffset.UTC)),
        Arbitraries.integers().between(0, 100_000).map(d -> (Object) LocalDate.ofEpochDay(d)),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Combinators.combine(Arbitraries.of(EntityType.COMPANY, EntityType.CONTACT),
            text().filter(s -> !s.isBlank())).as((t, id) -> (Object) new HostRef(t, id)),
        Arbitraries.randomValue(r -> (Object) new UUID(r.nextLong(), r.nextLong())),
        Arbitraries.of(TimeUnit.SECONDS, GoldenCases.Dirty.SPACED, GoldenCases.Dirty.EMPTY).map(e -> (Object) e),
        Arbitraries.chars().map(c -> (Object) c)));
  }
}
