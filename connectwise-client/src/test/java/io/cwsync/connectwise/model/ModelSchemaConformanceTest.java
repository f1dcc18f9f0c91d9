package io.cwsync.connectwise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.Resource.Operation;
import io.cwsync.connectwise.Resources;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the models and the resource catalogue against the official GET specification
 * ({@code ${cwsync.shared.dir}/connectwise/openapi-get-2026.4.json}), read with our own Jackson. The spec is
 * not part of the project; without it the tests are skipped with a message saying so.
 */
class ModelSchemaConformanceTest {

  /** Model class to the specification schema it mirrors. */
  private static final Map<Class<?>, String> SCHEMAS = Map.ofEntries(
      Map.entry(Company.class, "Company"),
      Map.entry(Contact.class, "Contact"),
      Map.entry(CommunicationItem.class, "ContactCommunicationItem"),
      Map.entry(CompanySite.class, "CompanySite"),
      Map.entry(Opportunity.class, "Opportunity"),
      Map.entry(Forecast.class, "Forecast"),
      Map.entry(ForecastItem.class, "ForecastItem"),
      Map.entry(OpportunityNote.class, "OpportunityNote"),
      Map.entry(OpportunityStatus.class, "OpportunityStatus"),
      Map.entry(OpportunityType.class, "OpportunityType"),
      Map.entry(Location.class, "Location"),
      Map.entry(Department.class, "Department"),
      Map.entry(CatalogItem.class, "CatalogItem"),
      Map.entry(ProductItem.class, "ProductItem"),
      Map.entry(Agreement.class, "Agreement"),
      Map.entry(Invoice.class, "Invoice"),
      Map.entry(Ticket.class, "Ticket"),
      Map.entry(TicketNote.class, "ServiceNote"), // service ticket notes; project ticket notes are a subset
      Map.entry(TimeEntry.class, "TimeEntry"),
      Map.entry(ProjectTicket.class, "ProjectTicket"),
      Map.entry(SalesOrder.class, "Order"),
      Map.entry(Member.class, "Member"),
      Map.entry(CustomField.class, "CustomFieldValue"),
      Map.entry(Reference.class, "CompanyReference"));

  /** Models the GET subset cannot check, with the reason. */
  private static final Map<Class<?>, String> EXEMPT = Map.of(
      OpportunityStage.class, "sales/stages is only in the full specification",
      OpportunityRating.class, "sales/opportunities/ratings is only in the full specification",
      ProductType.class, "procurement/types is only in the full specification",
      ProductCategory.class, "procurement/categories is only in the full specification",
      ProductSubcategory.class, "procurement/subcategories/ is only in the full specification",
      TaxCode.class, "finance/taxCodes is only in the full specification",
      Callback.class, "system/callbacks is only in the full specification",
      SystemInfo.class, "system/info is only in the full specification",
      CompanyInfo.class, "login/companyinfo is outside the REST API and its specification",
      Info.class, "_info is a free-form string map in the specification (additionalProperties)");

  /** Resources whose paths the GET subset does not contain. */
  private static final Set<String> FULL_SPEC_ONLY_PATHS = Set.of("sales/stages", "sales/opportunities/ratings",
      "procurement/types", "procurement/categories", "procurement/subcategories/", "finance/taxCodes",
      "system/callbacks", "system/info");

  /** Plain-string properties we read as instants because their values are date-times. */
  private static final Set<String> DATE_STRINGS = Set.of("closedDate", "dateResolved", "dateResponded",
      "dateResplan", "dateCreated");

  private static JsonNode spec;
  private static final ObjectMapper MAPPER = ConnectWiseJson.mapper();

  @BeforeAll
  static void readSpec() throws IOException {
    String dir = System.getProperty("cwsync.shared.dir", "../shared");
    Path file = Path.of(dir, "connectwise", "openapi-get-2026.4.json");
    if (Files.isRegularFile(file)) {
      spec = MAPPER.readTree(file.toFile());
    }
  }

  private static void requireSpec() {
    assumeTrue(spec != null, "ConnectWise GET specification not found at ${cwsync.shared.dir}/connectwise/"
        + "openapi-get-2026.4.json (cwsync.shared.dir=" + System.getProperty("cwsync.shared.dir")
        + "); conformance checks skipped");
  }

  private static JsonNode schema(String name) {
    JsonNode s = spec.path("components").path("schemas").path(name);
    assertThat(s.isMissingNode()).as("schema %s exists in the specification", name).isFalse();
    return s.path("properties");
  }

  private static List<BeanPropertyDefinition> properties(Class<?> type) {
    JavaType javaType = MAPPER.constructType(type);
    return MAPPER.getDeserializationConfig().introspect(javaType).findProperties();
  }

  @Test
  void everyModelProperty_existsInItsSchema() {
    requireSpec();
    List<String> missing = new ArrayList<>();
    SCHEMAS.forEach((type, schemaName) -> {
      JsonNode props = schema(schemaName);
      for (BeanPropertyDefinition p : properties(type)) {
        if (!props.has(p.getName())) {
          missing.add(type.getSimpleName() + "." + p.getName() + " (schema " + schemaName + ")");
        }
      }
    });
    assertThat(missing).as("model properties absent from the specification").isEmpty();
  }

  @Test
  void everyModelProperty_hasAJavaTypeCompatibleWithTheSchema() {
    requireSpec();
    List<String> wrong = new ArrayList<>();
    SCHEMAS.forEach((type, schemaName) -> {
      JsonNode props = schema(schemaName);
      for (BeanPropertyDefinition p : properties(type)) {
        JsonNode s = props.path(p.getName());
        Class<?> raw = p.getRawPrimaryType();
        if (!compatible(p.getName(), s, raw)) {
          wrong.add(type.getSimpleName() + "." + p.getName() + ": " + raw.getSimpleName() + " vs " + s);
        }
      }
    });
    assertThat(wrong).as("model property types incompatible with the specification").isEmpty();
  }

  private static boolean compatible(String name, JsonNode s, Class<?> raw) {
    if (name.equals("_info")) {
      return raw == Info.class;
    }
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      return ref.endsWith("Reference") ? raw == Reference.class : raw == JsonNode.class || raw == Reference.class;
    }
    String type = s.path("type").asText();
    String format = s.path("format").asText();
    return switch (type) {
      case "integer" -> raw == Integer.class;
      case "number" -> raw == BigDecimal.class;
      case "boolean" -> raw == Boolean.class;
      case "string" -> format.equals("date-time") ? raw == Instant.class
          : raw == String.class || (DATE_STRINGS.contains(name) && raw == Instant.class);
      case "array" -> List.class.isAssignableFrom(raw);
      case "object" -> raw == JsonNode.class; // untyped, e.g. a custom field value
      default -> false;
    };
  }

  @Test
  void everyModelClass_isMappedOrExempt() throws IOException, URISyntaxException {
    File dir = new File(ConnectWiseRecord.class.getResource("").toURI());
    Set<String> unlisted = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir.toPath())) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.contains("$")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(ConnectWiseRecord.class.getPackageName() + "." + file.replace(".class", ""));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (c.isRecord() && !SCHEMAS.containsKey(c) && !EXEMPT.containsKey(c)) {
          unlisted.add(c.getSimpleName());
        }
      }
    }
    assertThat(unlisted).as("records neither mapped to a schema nor exempt").isEmpty();
    assertThat(SCHEMAS.keySet()).doesNotContainAnyElementsOf(EXEMPT.keySet());
  }

  @Test
  void everyResourceGetPath_existsInTheSpecificationWithTheMappedSchema() {
    requireSpec();
    JsonNode paths = spec.path("paths");
    List<String> problems = new ArrayList<>();
    for (Resource<?> r : Resources.all()) {
      if (FULL_SPEC_ONLY_PATHS.contains(r.path())) {
        continue;
      }
      String list = "/" + r.path();
      checkGet(paths, list, problems);
      String item = "/" + trim(r.path()) + "/{id}";
      if (r.supports(Operation.GET)) {
        checkGet(paths, item, problems);
      }
      if (r.supports(Operation.COUNT)) {
        checkGet(paths, "/" + trim(r.path()) + "/count", problems);
      }
      JsonNode listSchema = responseSchema(paths.path(list));
      String expected = r == Resources.FORECAST_ITEMS ? "Forecast" : SCHEMAS.get(r.modelType());
      String actual = listSchema.path("items").path("$ref").asText();
      if (expected != null && !actual.endsWith("/" + expected)
          && !(r == Resources.PROJECT_TICKET_NOTES && actual.endsWith("/TicketNote"))) {
        problems.add(list + " lists " + actual + ", model maps to " + expected);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void exemptResources_areReallyAbsentFromTheGetSubset() {
    requireSpec();
    for (String p : FULL_SPEC_ONLY_PATHS) {
      assertThat(spec.path("paths").has("/" + p)).as("%s is in the GET subset: check it", p).isFalse();
    }
  }

  private static void checkGet(JsonNode paths, String path, List<String> problems) {
    if (!paths.path(path).has("get")) {
      problems.add("GET " + path + " is not in the specification");
    }
  }

  private static JsonNode responseSchema(JsonNode pathItem) {
    JsonNode content = pathItem.path("get").path("responses").path("200").path("content");
    return content.elements().hasNext() ? content.elements().next().path("schema") : content;
  }

  private static String trim(String p) {
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
