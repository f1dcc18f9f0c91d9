package io.cwsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.spi.ConnectionSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
}
