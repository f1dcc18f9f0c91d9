package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Demo.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_badFlag_exitsWithUsageStatusAndNamesTheFlag() {
    assertThat(run("--mode", "never")).isEqualTo(Demo.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mode").contains("Usage: Demo");
  }

  @Test
  void run_help_printsUsageAndExitsZero() {
    assertThat(run("--help")).isEqualTo(Demo.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--mode pull-only|pull-new-push-won|real-time");
  }
}
