package io.cwsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.TenantId;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackSettingsTest {

  @Test
  void url_defaultPath_isTheEncodedTenantBelowTheBase() {
    CallbackSettings s = CallbackSettings.builder(URI.create("https://crm.example.com/cw")).build();

    assertThat(s.url(TenantId.of("acme corp"))).isEqualTo("https://crm.example.com/cw/acme+corp");
    assertThat(s.checkEvery()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.safetyPollEvery()).isEqualTo(Duration.ofDays(1));
    assertThat(s.description(TenantId.of("acme"), "Company")).isEqualTo("cwsync acme Company");
    assertThat(s.selfSuppressed()).as("our own writes are not echoed by default").isTrue();
    assertThat(CallbackSettings.builder(URI.create("https://crm.example.com/cw")).selfSuppressed(false).build()
        .selfSuppressed()).isFalse();
  }

  @Test
  void url_tenantPathWithSecret_joinedWithOneSlashAndKeptOutOfToString() {
    CallbackSettings s = CallbackSettings.builder(URI.create("https://crm.example.com/cw/"))
        .tenantPath(t -> "/" + t.value() + "/s3cret").description("crm-prod").build();

    assertThat(s.url(TenantId.of("acme"))).isEqualTo("https://crm.example.com/cw/acme/s3cret");
    assertThat(s.description(TenantId.of("acme"), "Ticket")).isEqualTo("crm-prod acme Ticket");
    assertThat(s.toString()).doesNotContain("s3cret");
  }

  @Test
  void builder_badValues_refusedNamingTheOption() {
    assertThatThrownBy(() -> CallbackSettings.builder(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s)");
    assertThatThrownBy(() -> CallbackSettings.builder(URI.create("ftp://x.example/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s)");
    assertThatThrownBy(() -> CallbackSettings.builder(URI.create("https://x.example/?a=1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no query");
    CallbackSettings.Builder b = CallbackSettings.builder(URI.create("https://x.example/"));
    assertThatThrownBy(() -> b.checkEvery(Duration.ZERO)).hasMessageContaining("checkEvery must be positive");
    assertThatThrownBy(() -> b.safetyPollEvery(Duration.ofSeconds(-1)))
        .hasMessageContaining("safetyPollEvery must be positive");
    assertThatThrownBy(() -> b.description("two words")).hasMessageContaining("one non-blank word");
  }
}
