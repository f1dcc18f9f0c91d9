package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs README's "first sync in 30 lines" main against the simulator, and keeps README's copy of it verbatim. */
@Timeout(60)
class FirstSyncTest {
  private static final Path SOURCE = Path.of("src/main/java/io/cwsync/examples/FirstSync.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void main_simulatedTenant_pullsEveryCompanyIntoTheMap() {
    try (ConnectWiseSimulator sim = DemoTenant.start(DemoTenant.generator(12))) {
      ConnectionSettings s = DemoTenant.settings(sim);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = System.out;
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      try {
        FirstSync.main(new String[] {s.baseUrl(), s.companyId(), s.publicKey(), s.privateKey(), s.clientId()});
      } finally {
        System.setOut(out);
      }

      List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
      Set<String> names = sim.records("company/companies").stream().map(c -> c.path("name").asText())
          .collect(Collectors.toSet());
      assertThat(names).hasSizeGreaterThan(1);
      assertThat(lines.get(0)).as("the pass succeeded").isEqualTo("synced");
      assertThat(lines.subList(1, lines.size())).as("every ConnectWise company arrived in the host")
          .containsExactlyInAnyOrderElementsOf(names);
      assertThat(out).isSameAs(System.out);
    }
  }

  @Test
  void readme_firstScreen_showsFirstSyncVerbatimInAtMost30Lines() throws IOException {
    List<String> body = mainBody(Files.readAllLines(SOURCE));
    String readme = Files.readString(README);

    assertThat(body.size()).as("the first sync fits in 30 lines").isLessThanOrEqualTo(30);
    String snippet = body.stream().map(l -> l.substring(4)).collect(Collectors.joining("\n"));
    assertThat(readme).as("README shows FirstSync.main as written").contains(snippet);
    assertThat(readme.indexOf(snippet)).as("on the first screen, before the first section")
        .isLessThan(readme.indexOf("\n## "));
  }

  /** The statements of {@code main}, from its first line to the line before its closing brace. */
  private static List<String> mainBody(List<String> source) {
    int start = source.indexOf("  public static void main(String[] args) {") + 1;
    int end = source.subList(start, source.size()).indexOf("  }") + start;
    return source.subList(start, end);
  }
}
