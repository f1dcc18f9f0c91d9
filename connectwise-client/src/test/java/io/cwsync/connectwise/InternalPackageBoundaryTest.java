package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps other modules' {@code .internal} packages out of this module's main sources
 * (docs/architecture.md: internals may change in any release and are never imported across modules).
 * Plain source scanning rather than ArchUnit: it needs no compiled classes of the other modules and also catches
 * fully qualified references that never appear in an import.
 */
class InternalPackageBoundaryTest {
  /** This module's own package tree; its internals are free to use. */
  private static final String OWN_PACKAGE = "io.cwsync.connectwise";

  private static final Pattern INTERNAL_REFERENCE =
      Pattern.compile("\\bio\\.cwsync(?:\\.[a-z][a-z0-9_]*)*?\\.internal\\b");

  @Test
  void mainSources_referenceInternalPackage_onlyOfThisModule() throws IOException {
    Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
    assertThat(sources).isDirectory();
    List<String> violations = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        scanned++;
        violations.addAll(violations(sources.relativize(file).toString(), read(file)));
      }
    }
    assertThat(scanned).as("Java files scanned under %s", sources).isPositive();
    assertThat(violations).as("references to another module's .internal package").isEmpty();
  }

  @Test
  void violations_otherModuleInternalImported_namesFileAndPackage() {
    String source = "package io.cwsync.connectwise;\n"
        + "import io.cwsync.elsewhere.internal.Helper;\n"
        + "import io.cwsync.connectwise.internal.Own;\n"
        + "class A { Object x = io.cwsync.other.internal.Thing.of(); }\n";

    assertThat(violations("A.java", source)).containsExactly(
        "A.java:2 io.cwsync.elsewhere.internal", "A.java:4 io.cwsync.other.internal");
  }

  private static List<String> violations(String file, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = INTERNAL_REFERENCE.matcher(lines[i]);
      while (m.find()) {
        String pkg = m.group();
        if (!pkg.startsWith(OWN_PACKAGE + ".")) {
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
