package io.cwsync.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackedSnapshotTest {

  final PackedSnapshot codec = new PackedSnapshot();

  @Test
  void pack_everyNormalisedValueKind_unpacksEqualWithTheSameClasses() {
    Map<String, Object> nested = new TreeMap<>(Map.of("b", "x", "a", new BigDecimal("1.0")));
    Map<String, Object> snapshot = Map.ofEntries(
        Map.entry("name", "Acme Ltd"),
        Map.entry("latin1", "Café Zürich"),
        Map.entry("wide", "東京 \uD83D\uDE00"),
        Map.entry("lonelySurrogate", "a\uD800b"),
        Map.entry("empty", ""),
        Map.entry("yes", true),
        Map.entry("no", false),
        Map.entry("amount", new BigDecimal("12.50")),
        Map.entry("negative", new BigDecimal("-0.001")),
        Map.entry("huge", new BigDecimal("123456789012345678901234567890.123")),
        Map.entry("count", 42L),
        Map.entry("minLong", Long.MIN_VALUE),
        Map.entry("small", 7),
        Map.entry("at", Instant.parse("2026-03-01T10:00:00.123456789Z")),
        Map.entry("before1970", Instant.parse("1969-12-31T23:59:59.5Z")),
        Map.entry("day", LocalDate.of(2026, 12, 3)),
        Map.entry("company", new HostRef(EntityType.COMPANY, "h-17")),
        Map.entry("nested", java.util.Collections.unmodifiableMap(nested)),
        Map.entry("list", List.of("a", new BigDecimal("2"), List.of(1L))));

    Object packed = codec.pack(snapshot);
    Map<String, Object> back = codec.unpack(packed);

    assertThat(packed).isInstanceOf(byte[].class);
    assertThat(back).isEqualTo(snapshot);
    // Scalars keep their class; maps and lists come back as unmodifiable maps and lists, equal by content.
    snapshot.forEach((k, v) -> {
      if (v instanceof Map || v instanceof List) {
        assertThat(back.get(k)).as(k).isEqualTo(v);
      } else {
        assertThat(back.get(k)).as(k).hasSameClassAs(v).isEqualTo(v);
      }
    });
    assertThat(((List<?>) back.get("list")).get(1)).isEqualTo(new BigDecimal("2")).isInstanceOf(BigDecimal.class);
    assertThat(((BigDecimal) back.get("amount")).scale()).isEqualTo(2);
    assertThat(new ArrayList<Object>(((Map<?, ?>) back.get("nested")).keySet())).as("nested order kept")
        .containsExactly("a", "b");
  }

  @Test
  void pack_nullsInsideNestedMapsAndLists_keptAsNulls() {
    Map<String, Object> inner = new HashMap<>();
    inner.put("gone", null);
    inner.put("here", "x");
    Map<String, Object> snapshot = Map.of("inner", inner, "list", Arrays.asList("a", null));

    Map<String, Object> back = codec.unpack(codec.pack(snapshot));

    assertThat(back).isEqualTo(snapshot);
    assertThat(((Map<?, ?>) back.get("inner")).containsKey("gone")).isTrue();
  }

  @Test
  void pack_valueOfAnotherClass_keepsTheMapItself() {
    Map<String, Object> withSet = Map.of("tags", Set.of("a"));
    Map<String, Object> withNumberKeys = Map.of("byId", Map.of(1, "one"));
    Map<String, Object> withDouble = Map.of("ratio", 0.5d);

    assertThat(codec.pack(withSet)).isSameAs(withSet);
    assertThat(codec.pack(withNumberKeys)).isSameAs(withNumberKeys);
    assertThat(codec.pack(withDouble)).isSameAs(withDouble);
    assertThat(codec.unpack(withSet)).isSameAs(withSet);
  }

  @Test
  void pack_empty_sharesOneEmptyArray() {
    assertThat(codec.pack(Map.of())).isSameAs(PackedSnapshot.EMPTY);
    assertThat(codec.unpack(PackedSnapshot.EMPTY)).isEmpty();
  }

  @Test
  void pack_fieldNamesShared_oneBytePerName() {
    byte[] packed = (byte[]) codec.pack(Map.of("identifier", "A"));

    // count, name number, tag, length, 'A'
    assertThat(packed).hasSize(5);
  }

  @Test
  void pack_moreNamesThanTheDictionaryHolds_laterNamesInline() {
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < PackedSnapshot.MAX_NAMES + 10; i++) {
      many.put("field" + i, i);
    }

    Map<String, Object> back = codec.unpack(codec.pack(many));

    assertThat(back).isEqualTo(many);
    assertThat(codec.unpack(codec.pack(Map.of("field" + (PackedSnapshot.MAX_NAMES + 5), "late"))))
        .containsEntry("field" + (PackedSnapshot.MAX_NAMES + 5), "late");
  }
}
