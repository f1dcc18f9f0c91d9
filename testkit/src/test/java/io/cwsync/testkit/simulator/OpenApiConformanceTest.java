package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fidelity against ConnectWise's published GET specification ({@code ../shared/connectwise/openapi-get-2026.4.json},
 * read from there, never copied): every GET path the simulator serves exists in the spec, and the JSON it returns
 * for every entity has only the spec's property names with the spec's types.
 */
class OpenApiConformanceTest {

  /** Entities only in the full (write) specification, not in the GET subset: stages, ratings, ... */
  static final Map<String, String> EXEMPT = Map.of(
      "sales/stages", "only in the full 2025.8 spec",
      "sales/opportunities/ratings", "only in the full 2025.8 spec",
      "procurement/types", "only in the full 2025.8 spec",
      "procurement/categories", "only in the full 2025.8 spec",
      "procurement/subcategories", "only in the full 2025.8 spec (with a trailing slash)",
      "finance/taxCodes", "only in the full 2025.8 spec",
      "system/callbacks", "only in the full 2025.8 spec",
      "system/info", "only in the full 2025.8 spec");

  /** Spec defects (see connectwise-api.md §10): GET paths whose declared schema cannot be right. */
  static final Map<String, String> SPEC_DEFECTS = Map.of(
      "/sales/opportunities/{parentId}/notes/count",
      "declared as an array of OpportunityNote; every other /count answers Count {count}");

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .seedData(TenantGenerator.builder().seed(3).scale(0.002).sitesPerTenCompanies(5).build()::populate));

  static JsonNode spec;
  static Http http;

  @BeforeAll
  static void loadSpec() throws IOException {
    Path file = Path.of(System.getProperty("cwsync.shared.dir", "../../shared"), "connectwise", "openapi-get-2026.4.json");
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "ConnectWise GET spec not found at " + file.toAbsolutePath() + "; fidelity checks skipped");
    spec = Http.JSON.readTree(file.toFile());
    http = new Http(EXT.simulator());
    ConnectWiseSimulator sim = EXT.simulator();
    sim.create("sales/opportunities/{parentId}/notes", 1, Http.obj("{'text':'Called','flagged':false}"));
    sim.create("service/tickets/{parentId}/notes", 1, Http.obj("{'text':'Rebooted','internalAnalysisFlag':true}"));
    sim.create("procurement/products", Http.obj("{'catalogItem':{'id':1},'billableOption':'Billable','quantity':2,"
        + "'opportunity':{'id':1},'description':'Thing'}"));
    sim.create("project/tickets", Http.obj("{'summary':'Install','phase':{'id':3,'name':'Phase 1'},'company':{'id':1}}"));
    sim.create("project/projects", Http.obj("{'name':'Copier rollout','company':{'id':1},'billingMethod':'FixedFee',"
        + "'billingAmount':5000}"));
    sim.create("project/tickets/{parentId}/notes", 1, Http.obj("{'text':'Scheduled','internalFlag':true}"));
    sim.create("system/callbacks", Http.obj("{'url':'http://127.0.0.1:9/cb','objectId':1,'type':'company','level':'owner'}"));
  }

  static String specPath(String key) {
    return "/" + key;
  }

  @Test
  void everyServedGetPath_existsInSpecOrIsExempt() {
    Set<String> paths = new LinkedHashSet<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    List<String> missing = new ArrayList<>();
    List<String> wronglyExempt = new ArrayList<>();
    List<String> types = new ArrayList<>(EXT.simulator().types());
    types.add("system/info");
    for (String type : types) {
      List<String> served = type.equals("system/info") ? List.of("/system/info")
          : List.of("/" + type, "/" + type + "/{id}", "/" + type + "/count");
      for (String path : served) {
        boolean inSpec = paths.contains(path);
        if (EXEMPT.containsKey(type)) {
          if (inSpec) {
            wronglyExempt.add(path);
          }
        } else if (!inSpec) {
          missing.add(path);
        }
      }
    }
    assertThat(missing).as("GET paths served but absent from the spec").isEmpty();
    assertThat(wronglyExempt).as("exempt types whose paths are in the spec after all").isEmpty();
  }

  @Test
  void everyEntityJson_validatesAgainstSpecSchema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String type : EXT.simulator().types()) {
      if (EXEMPT.containsKey(type)) {
        continue;
      }
      int parentId = 1;
      String base = type.replace("{parentId}", Integer.toString(parentId));
      Http.Response list = http.get(base + "?pageSize=20");
      assertThat(list.status()).as(base + ": " + list.body()).isEqualTo(200);
      JsonNode listSchema = responseSchema("/" + type);
      JsonNode body = list.json();
      JsonNode items = body.isArray() ? body : body.get("forecastItems");
      assertThat(items).as(type + " has sample records").isNotEmpty();
      if (body.isArray()) {
        validate(body, listSchema, type + " list", problems);
      } else {
        validate(body, listSchema.get("items"), type + " list", problems);
      }
      int id = items.get(0).get("id").asInt();
      validate(http.get(base + "/" + id).json(), responseSchema("/" + type + "/{id}"), type + "/{id}", problems);
      JsonNode count = http.get(base + "/count").json();
      assertThat(count.get("count").isInt()).as(type + "/count").isTrue();
      if (!SPEC_DEFECTS.containsKey("/" + type + "/count")) {
        validate(count, responseSchema("/" + type + "/count"), type + "/count", problems);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
    assertThat(problems).as("properties that are unknown or of the wrong type").isEmpty();
  }

  @Test
  void validator_flagsUnknownPropertiesAndWrongTypes() {
    List<String> problems = new ArrayList<>();
    JsonNode schema = resolve(Http.obj("{'$ref':'#/components/schemas/Company'}"));
    validate(Http.obj("{'id':'x','name':5,'leadFlag':'no','status':{'id':1,'bogus':2},'nope':1,"
        + "'dateAcquired':'yesterday','types':[{'id':true}]}"), schema, "Company", problems);
    assertThat(problems).hasSize(7);
  }

  static JsonNode responseSchema(String path) {
    JsonNode content = spec.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/responses/200/content");
    return resolve(content.elements().next().get("schema"));
  }

  static JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    return spec.at(ref.asText().substring(1));
  }

  static void validate(JsonNode value, JsonNode schemaRef, String where, List<String> problems) {
    JsonNode schema = resolve(schemaRef);
    String type = schema.path("type").asText("");
    if (value.isNull()) {
      return;
    }
    switch (type) {
      case "array" -> {
        if (!value.isArray()) {
          problems.add(where + ": expected array, got " + value.getNodeType());
          return;
        }
        int i = 0;
        for (JsonNode item : value) {
          validate(item, schema.get("items"), where + "[" + i++ + "]", problems);
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(where + ": expected integer, got " + value);
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(where + ": expected number, got " + value);
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(where + ": expected boolean, got " + value);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(where + ": expected string, got " + value);
        } else if ("date-time".equals(schema.path("format").asText())) {
          try {
            Instant.parse(value.asText());
          } catch (DateTimeParseException e) {
            problems.add(where + ": expected date-time, got " + value);
          }
        }
      }
      case "object" -> {
        if (schema.get("properties") == null && schema.get("additionalProperties") == null) {
          // A bare {"type":"object"} is .NET's "object": any JSON value, such as a custom field's
          // string, number or boolean value.
          return;
        }
        if (!value.isObject()) {
          problems.add(where + ": expected object, got " + value.getNodeType());
          return;
        }
        JsonNode properties = schema.get("properties");
        if (properties == null) {
          return; // free-form object such as _info
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode propertySchema = properties.get(e.getKey());
          if (propertySchema == null) {
            problems.add(where + ": unknown property " + e.getKey());
          } else {
            validate(e.getValue(), propertySchema, where + "." + e.getKey(), problems);
          }
        }
      }
      default -> {
        // untyped: anything goes
      }
    }
  }
}
