package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCompaniesTest {
  @Test
  void run_simulatedTenant_listsEveryProspectAcrossPagesSortedByName() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int listed = ListCompanies.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(listed).as("prospects span more than one page of 10").isGreaterThan(10);
    assertThat(lines).hasSize(listed + 1).last().isEqualTo(listed + " prospects");
    List<String> names = lines.subList(0, listed).stream().map(l -> l.split("  ", 3)[2]).toList();
    assertThat(names).isSortedAccordingTo(String::compareTo);
  }
}
