package io.cwsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncMetricsTest {

  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private Locale saved;

  @BeforeEach
  void turkishDefaultLocale() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(saved);
  }

  @Test
  void counters_turkishDefaultLocale_namesAreAsciiLowerCase() {
    SyncMetrics metrics = new SyncMetrics();

    metrics.onRecord(TENANT, "companies", EntityType.COMPANY, Direction.PULL, SyncAction.LINK, Outcome.FAILED);
    StreamReport stream = new StreamReport("companies", Direction.PULL, StreamStatus.FAILED, Map.of(), 0, 0, -1,
        false, NOW, NOW, "boom");
    metrics.onStreamFinished(TENANT, stream);
    metrics.onPassFinished(new SyncReport(TENANT, List.of(stream), NOW, NOW));

    assertThat(metrics.count("records.pull.link.failed")).isEqualTo(1);
    assertThat(metrics.count("streams.failed")).isEqualTo(1);
    assertThat(metrics.snapshot()).containsOnlyKeys("records.pull.link.failed", "streams.failed", "passes");
  }
}
