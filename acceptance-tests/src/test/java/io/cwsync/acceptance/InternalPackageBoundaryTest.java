package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every module's main sources out of other modules' {@code .internal} packages (docs/architecture.md:
 * internals may change in any release and are never imported across modules). One test for the whole reactor,
 * here because this module sits beside all the others. Plain source scanning rather than ArchUnit: it needs no
 * compiled classes and also catches fully qualified references that never appear in an import.
 */
class InternalPackageBoundaryTest {
  /** Each module directory and the package tree it owns (its own internals are free to use). */
  private static final Map<String, String> MODULES = Map.ofEntries(
      Map.entry("connectwise-client", "io.cwsync.connectwise"),
      Map.entry("core", "io.cwsync.core"),
      Map.entry("mapping", "io.cwsync.mapping"),
      Map.entry("testkit", "io.cwsync.testkit"),
      Map.entry("console", "io.cwsync.console"),
      Map.entry("micrometer", "io.cwsync.micrometer"),
      Map.entry("spring-boot-starter", "io.cwsync.spring.boot"),
      Map.entry("store-jdbc", "io.cwsync.store.jdbc"),
      Map.entry("scheduler-db", "io.cwsync.scheduler.db"),
      Map.entry("examples", "io.cwsync.examples"),
      Map.entry("benchmarks", "io.cwsync.benchmarks"));

  /**
   * The few files allowed into another module's internals, each with the package it may use: benchmarks of an
   * internal hot path that no public API exposes on its own.
   */
  private static final Map<String, String> ALLOWED = Map.of(
      "benchmarks/src/main/java/io/cwsync/benchmarks/FingerprintsBenchmark.java", "io.cwsync.core.internal",
      "benchmarks/src/main/java/io/cwsync/benchmarks/FingerprintsColdMain.java", "io.cwsync.core.internal");

  private static final Pattern INTERNAL_REFERENCE =
      Pattern.compile("\\bio\\.cwsync(?:\\.[a-z][a-z0-9_]*)*?\\.internal\\b");

  @Test
  void mainSources_everyModule_referenceOnlyTheirOwnInternalPackages() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      Path sources = root.resolve(module.getKey()).resolve("src/main/java");
      assertThat(sources).as("main sources of %s", module.getKey()).isDirectory();
      int scanned = 0;
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          scanned++;
          violations.addAll(violations(module.getValue(), root.relativize(file).toString(), read(file)));
        }
      }
      assertThat(scanned).as("Java files scanned under %s", sources).isPositive();
    }
    assertThat(violations).as("references to another module's .internal package").isEmpty();
  }

  @Test
  void violations_otherModuleInternalReferenced_namesFileLineAndPackage() {
    String source = "package io.cwsync.mapping;\n"
        + "import io.cwsync.elsewhere.internal.Helper;\n"
        + "import io.cwsync.mapping.internal.Own;\n"
        + "class A { Object x = io.cwsync.other.internal.Thing.of(); }\n";

    assertThat(violations("io.cwsync.mapping", "A.java", source)).containsExactly(
        "A.java:2 io.cwsync.elsewhere.internal", "A.java:4 io.cwsync.other.internal");
  }

  @Test
  void violations_allowedFile_onlyItsAllowedPackage() {
    String allowed = "benchmarks/src/main/java/io/cwsync/benchmarks/FingerprintsBenchmark.java";
    String source = "import io.cwsync.core.internal.Fingerprints;\n"
        + "import io.cwsync.mapping.internal.Engine;\n";

    assertThat(violations("io.cwsync.benchmarks", allowed, source))
        .containsExactly(allowed + ":2 io.cwsync.mapping.internal");
    assertThat(violations("io.cwsync.benchmarks", "benchmarks/src/main/java/io/cwsync/benchmarks/Other.java", source))
        .hasSize(2);
  }

  private static List<String> violations(String ownPackage, String file, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = INTERNAL_REFERENCE.matcher(lines[i]);
      while (m.find()) {
        String pkg = m.group();
        if (!pkg.startsWith(ownPackage + ".") && !pkg.equals(ALLOWED.get(file.replace('\\', '/')))) {
          found.add(file + ":" + (i + 1) + " " + pkg);
        }
      }
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
