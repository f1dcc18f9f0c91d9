package io.cwsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void parse_noArguments_realTimeSmallInMemorySimulator() {
    DemoOptions options = DemoOptions.parse(new String[0], NO_ENV);
    assertThat(options.mode()).isEqualTo(DemoMode.REAL_TIME);
    assertThat(options.effectiveMode()).isEqualTo(DemoMode.REAL_TIME);
    assertThat(options.size()).isEqualTo(DataSize.SMALL);
    assertThat(options.db()).isEqualTo("mem");
    assertThat(options.real()).isFalse();
    assertThat(options.dryRun()).isFalse();
  }

  @Test
  void parse_flagsInBothForms_areRead() {
    DemoOptions options = DemoOptions.parse(
        new String[] {"--mode", "pull-new-push-won", "--size=medium", "--db", "file:/tmp/crm", "--bundles=children",
            "--dry-run"}, NO_ENV);
    assertThat(options.mode()).isEqualTo(DemoMode.PULL_NEW_PUSH_WON);
    assertThat(options.size()).isEqualTo(DataSize.MEDIUM);
    assertThat(options.db()).isEqualTo("file:/tmp/crm");
    assertThat(options.bundles()).isEqualTo(BundleOption.CHILDREN);
    assertThat(options.dryRun()).isTrue();
  }

  @Test
  void parse_realConnectWiseFromEnv_isPullOnlyDryRunUnlessTold() {
    Map<String, String> env = Map.of("CW_SITE", "na.myconnectwise.net", "CW_COMPANY", "acme",
        "CW_PUBLIC_KEY", "pub", "CW_PRIVATE_KEY", "s3cret-private", "CW_CLIENT_ID", "client-guid");
    DemoOptions careful = DemoOptions.parse(new String[] {"--mode", "real-time"}, env);
    assertThat(careful.real()).isTrue();
    assertThat(careful.effectiveMode()).isEqualTo(DemoMode.PULL_ONLY);
    assertThat(careful.dryRun()).isTrue();
    assertThat(careful.toString()).doesNotContain("s3cret-private").contains("privateKey=***");

    DemoOptions bold = DemoOptions.parse(new String[] {"--mode", "real-time", "--push", "--no-dry-run"}, env);
    assertThat(bold.effectiveMode()).isEqualTo(DemoMode.REAL_TIME);
    assertThat(bold.dryRun()).isFalse();
  }

  @Test
  void parse_flagsOverrideEnvAndBaseUrlReplacesSite() {
    DemoOptions options = DemoOptions.parse(new String[] {"--base-url", "http://127.0.0.1:9/v4_6_release/apis/3.0/",
        "--company", "acme", "--public-key", "pub", "--private-key", "priv", "--client-id", "cid"},
        Map.of("CW_COMPANY", "other"));
    assertThat(options.target()).isNotNull();
    assertThat(options.target().companyId()).isEqualTo("acme");
    assertThat(options.target().where()).isEqualTo("http://127.0.0.1:9/v4_6_release/apis/3.0/");
  }

  @Test
  void parse_incompleteCredentials_namesEveryMissingFlag() {
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--site", "na.myconnectwise.net"}, NO_ENV))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--company").hasMessageContaining("--public-key")
        .hasMessageContaining("--private-key").hasMessageContaining("--client-id");
  }

  @Test
  void parse_badInput_namesTheFlag() {
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--mode", "sometimes"}, NO_ENV))
        .isInstanceOf(UsageException.class).hasMessageContaining("--mode").hasMessageContaining("sometimes");
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--size"}, NO_ENV))
        .isInstanceOf(UsageException.class).hasMessage("--size needs a value");
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--db", "postgres"}, NO_ENV))
        .isInstanceOf(UsageException.class).hasMessageContaining("--db");
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--colour"}, NO_ENV))
        .isInstanceOf(UsageException.class).hasMessageContaining("'--colour'");
  }
}
