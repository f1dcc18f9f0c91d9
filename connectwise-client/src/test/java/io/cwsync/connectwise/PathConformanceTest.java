package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cwsync.connectwise.Resource.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every path the client calls with GET (from the {@link Resources} catalogue: list, item and count
 * paths) exists in the official GET spec subset {@code ${cwsync.shared.dir}/connectwise/openapi-get-2026.4.json}.
 * The spec is read from there, never copied; without it the test is skipped.
 */
class PathConformanceTest {
  /**
   * Resources the GET subset leaves out although the full 2025.8 spec has them
   * ({@code ../shared/connectwise-api.md} section 9, "Only in FULL").
   */
  private static final Map<String, String> ONLY_IN_FULL_SPEC = Map.of(
      "sales/stages", "stages", "sales/opportunities/ratings", "ratings", "procurement/types", "product types",
      "procurement/categories", "categories", "procurement/subcategories", "subcategories",
      "finance/taxCodes", "tax codes", "system/callbacks", "callbacks", "system/info", "system info");

  private static Set<String> specPaths;

  @BeforeAll
  static void readSpec() throws Exception {
    String dir = System.getProperty("cwsync.shared.dir");
    Path spec = dir == null ? null : Path.of(dir, "connectwise", "openapi-get-2026.4.json");
    Assumptions.assumeTrue(spec != null && Files.isRegularFile(spec),
        "skipped: the ConnectWise GET spec is not available at ${cwsync.shared.dir}/connectwise/"
            + "openapi-get-2026.4.json (cwsync.shared.dir=" + dir + ")");
    JsonNode root = new ObjectMapper().readTree(spec.toFile());
    specPaths = new TreeSet<>();
    for (Iterator<String> it = root.get("paths").fieldNames(); it.hasNext(); ) {
      String p = it.next();
      if (root.get("paths").get(p).has("get")) {
        specPaths.add(normalize(p));
      }
    }
  }

  /** Leading/trailing slashes dropped, every {param} written as {}. */
  private static String normalize(String path) {
    String p = path.replaceAll("\\{[^}]*}", "{}");
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static List<String> getPaths(Resource<?> r) {
    Integer parent = r.hasParent() ? 987654 : null;
    List<String> out = new ArrayList<>();
    if (r.singleton()) {
      out.add(r.collectionPath(parent));
      return out;
    }
    if (r.supports(Operation.LIST)) {
      out.add(r.collectionPath(parent));
    }
    if (r.supports(Operation.GET)) {
      out.add(r.itemPath(parent, 123456));
    }
    if (r.supports(Operation.COUNT)) {
      out.add(r.countPath(parent));
    }
    List<String> normalized = new ArrayList<>();
    for (String p : out) {
      normalized.add(normalize(p.replace("987654", "{}").replace("123456", "{}")));
    }
    return normalized;
  }

  @Test
  void everyGetPath_ofTheCatalogue_existsInSpec() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Resource<?> r : Resources.all()) {
      if (ONLY_IN_FULL_SPEC.containsKey(normalize(r.path()))) {
        continue;
      }
      for (String p : getPaths(r)) {
        checked++;
        if (!specPaths.contains(p)) {
          missing.add(r.name() + ": GET " + p);
        }
      }
    }
    assertThat(missing).as("GET paths the client calls but the 2026.4 spec does not have").isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void onlyInFullSpecExceptions_areReallyAbsentFromTheGetSubset() {
    // When the GET subset gains one of these, drop it from the exception list so it is checked.
    for (String path : ONLY_IN_FULL_SPEC.keySet()) {
      assertThat(specPaths).as(ONLY_IN_FULL_SPEC.get(path)).doesNotContain(path);
    }
    Set<String> catalogue = new TreeSet<>();
    Resources.all().forEach(r -> catalogue.add(normalize(r.path())));
    assertThat(catalogue).containsAll(ONLY_IN_FULL_SPEC.keySet());
  }
}
