package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.spi.ConnectionSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void of_reformattedValues_sameFingerprint() {
    Map<String, Object> ours = Map.of("name", "Acme  Corp", "price", new BigDecimal("10.50"),
        "at", Instant.parse("2026-01-01T10:00:00.123Z"), "tags", List.of("a"));
    Map<String, Object> theirs = Map.of("name", " Acme\r\nCorp ", "price", new BigDecimal("10.5000"),
        "at", OffsetDateTime.parse("2026-01-01T12:00:00+02:00"), "tags", List.of("a"), "empty", "");
    assertThat(Fingerprints.of(theirs)).isEqualTo(Fingerprints.of(ours));
  }

  @Test
  void of_realChange_differentFingerprint() {
    assertThat(Fingerprints.of(Map.of("price", new BigDecimal("10.5"))))
        .isNotEqualTo(Fingerprints.of(Map.of("price", new BigDecimal("10.51"))));
    assertThat(Fingerprints.of(Map.of("a", "x"))).isNotEqualTo(Fingerprints.of(Map.of("b", "x")));
  }

  @Test
  void normalize_dropsAbsentAndSortsKeys() {
    assertThat(Fingerprints.normalize(Map.of("b", "  ", "a", 1, "c", List.of())))
        .containsExactly(Map.entry("a", BigDecimal.ONE));
  }

  @Test
  void connectionSettings_toString_redactsPrivateKey() {
    ConnectionSettings s = ConnectionSettings.cloud("na.myconnectwise.net", "acme", "pub", "TOPSECRET", "cid");
    assertThat(s.toString()).doesNotContain("TOPSECRET").contains("redacted");
  }

  @Test
  void callbackAction_parse() {
    assertThat(ConnectWiseChange.Action.parse("Deleted")).isEqualTo(ConnectWiseChange.Action.DELETED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConnectWiseChange.Action.parse("moved"))
        .isInstanceOf(CwsyncException.class).hasMessageContaining("moved");
  }

  @Test
  void normalizeValue_text_collapsesWhitespaceStripsNulAndKeepsCleanTextAsIs() {
    String clean = "Acme Corp";
    assertThat(Fingerprints.normalizeValue(clean)).isSameAs(clean);
    assertThat(Fingerprints.normalizeValue("\tAcme\0 \n\n Corp  ")).isEqualTo("Acme Corp");
    assertThat(Fingerprints.normalizeValue(" \u0000 ")).isNull();
    assertThat(Fingerprints.normalizeValue("a\u00a0b")).isEqualTo("a\u00a0b");
  }

  @Test
  void of_moreKeysThanTheKeptScratch_sameAsLegacyBeforeAndAfter() {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < 1500; i++) {
      values.put("field" + (i * 7919 % 10_000), i % 3 == 0 ? " v " + i : new BigDecimal(i + ".10"));
    }
    assertThat(Fingerprints.of(values)).isEqualTo(LegacyFingerprints.of(values));
    assertThat(Fingerprints.of(Fingerprints.normalize(values))).isEqualTo(LegacyFingerprints.of(values));
    assertThat(Fingerprints.of(Map.of("b", 1, "a", 2))).isEqualTo(LegacyFingerprints.of(Map.of("b", 1, "a", 2)));
  }

  @Test
  void of_equalStringKeysInAnIdentityMap_lastValueWinsAsBefore() {
    Map<String, Object> values = new IdentityHashMap<>();
    values.put(new String("name"), "first");
    values.put(new String("name"), "second");
    values.put("city", "Springfield");
    assertThat(values).hasSize(3);
    assertThat(Fingerprints.of(values)).isEqualTo(LegacyFingerprints.of(values));
  }

  @Test
  void of_textLargerThanTheKeptBuffer_sameAsLegacyBeforeAndAfter() {
    String large = "\u00e9\"x\ud83d\ude00 ".repeat(30_000);
    Map<String, Object> small = Map.of("name", "Acme");
    assertThat(Fingerprints.of(Map.of("notes", large))).isEqualTo(LegacyFingerprints.of(Map.of("notes", large)));
    assertThat(Fingerprints.of(small)).isEqualTo(LegacyFingerprints.of(small));
  }

  @Test
  void of_valueWhoseToStringFingerprints_nestedUseOnTheSameThreadIsolated() {
    Object nested = new Object() {
      @Override
      public String toString() {
        return Fingerprints.of(Map.of("inner", "value", "n", 10));
      }
    };
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("a", "before");
    values.put("b", nested);
    values.put("c", new BigDecimal("2.50"));
    assertThat(Fingerprints.of(values)).isEqualTo(LegacyFingerprints.of(values));
  }

  @Test
  void of_manyThreadsAtOnce_eachGetsTheLegacyFingerprint() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            Map<String, Object> values = Map.of("name", "Company " + seed + "-" + i, "revenue",
                new BigDecimal(i + ".00"), "tags", List.of("t" + (i % 5), " x "));
            if (!Fingerprints.of(values).equals(LegacyFingerprints.of(values))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
