package io.cwsync.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A link snapshot's JSON: the text rows already hold (so both read alike), and every value type read back. */
class SnapshotCodecTest {

  static Map<String, Object> typed() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", new BigDecimal("12.50"));
    m.put("company", new HostRef(EntityType.COMPANY, "h\"1"));
    m.put("count", 7L);
    m.put("day", LocalDate.parse("2026-03-01"));
    m.put("flag", true);
    m.put("n", 3);
    m.put("name", "Acme \"Ltd\" \\ ü\n");
    m.put("nested", Map.of("x", "y"));
    m.put("seen", Instant.parse("2026-03-01T10:00:00.123456Z"));
    m.put("tags", List.of("a", new BigDecimal("1.0")));
    return m;
  }

  @Test
  void encode_everyValueType_isTheTextStoredRowsHold() {
    assertThat(SnapshotCodec.encode(typed())).isEqualTo("{\"amount\":{\"n\":\"12.50\"},"
        + "\"company\":{\"ref\":[\"company\",\"h\\\"1\"]},\"count\":{\"l\":7},\"day\":{\"d\":\"2026-03-01\"},"
        + "\"flag\":true,\"n\":{\"i\":3},\"name\":\"Acme \\\"Ltd\\\" \\\\ ü\\n\",\"nested\":{\"m\":{\"x\":\"y\"}},"
        + "\"seen\":{\"t\":\"2026-03-01T10:00:00.123456Z\"},\"tags\":[\"a\",{\"n\":\"1.0\"}]}");
    assertThat(SnapshotCodec.encode(Map.of())).isEqualTo("{}");
  }

  @Test
  void decode_ofEncode_givesTheSameValuesAndTypes() {
    assertThat(SnapshotCodec.decode(SnapshotCodec.encode(typed()))).isEqualTo(typed());
  }
}
