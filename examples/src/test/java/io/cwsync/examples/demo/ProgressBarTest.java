package io.cwsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void update_interactive_redrawsOneLineInPlace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    bar.update("pull companies", 0, 200);
    bar.update("pull companies", 100, 200);
    bar.update("pull companies", 100, 200);
    bar.update("pull companies", 200, 200);
    bar.finish();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.split("\r", -1)).hasSize(4);
    assertThat(out).contains(" 50% 100/200").contains("100% 200/200").contains("\u001b[K").endsWith("\n");
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void update_noConsole_printsOneLinePerQuarterWithoutEscapes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    for (int i = 0; i <= 100; i++) {
      bar.update("push opportunities", i, 100);
    }
    bar.update("pull contacts", 7, 0);
    bar.finish();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("\r").doesNotContain("\u001b");
    assertThat(out.lines()).hasSize(6);
    assertThat(out.lines().toList().get(4)).contains("[##############################] 100% 100/100");
    assertThat(out.lines().toList().get(5)).startsWith("pull contacts").endsWith(" 7");
  }

  @Test
  void update_withEta_showsTimeLeftUntilDone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    bar.update("pull companies", 0, 400, java.time.Duration.ofSeconds(185));
    bar.update("pull companies", 100, 400, java.time.Duration.ofSeconds(42));
    bar.update("pull companies", 400, 400, java.time.Duration.ZERO);
    bar.finish();
    java.util.List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).endsWith("0/400  ETA 3m 05s");
    assertThat(lines.get(1)).endsWith("100/400  ETA 42s");
    assertThat(lines.get(2)).endsWith("400/400");
  }
}
