package io.cwsync.testkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed {@code payload-fields.json} true to ConnectWise's GET specification
 * ({@code ../shared/connectwise/openapi-get-2026.4.json}, read from there, never copied whole), every
 * override explained, and the simulator's resource definitions equal to the catalogue.
 *
 * <p>Regenerate after a specification change with
 * {@code mvn -B -q -pl testkit -am verify -Dtest=PayloadFieldsSpecTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcwsync.payloadFields.regenerate=true}. Where the specification is absent the test says so on
 * standard error and checks only the committed subset's own shape.
 */
class PayloadFieldsSpecTest {

  private static final Path SPEC = Path.of(System.getProperty("cwsync.shared.dir", "../../shared"),
      "connectwise", "openapi-get-2026.4.json");
  private static final Path COMMITTED = Path.of("src/main/resources" + PayloadFields.RESOURCE);

  @Test
  void committedSubset_equalsExtractionFromSpec() throws IOException {
    if (!Files.isRegularFile(SPEC)) {
      System.err.println("""

          ******************************************************************************************
          PayloadFieldsSpecTest: ConnectWise GET spec NOT FOUND at %s
          payload-fields.json is used as committed and is NOT checked against the specification.
          Set -Dcwsync.shared.dir to the folder holding connectwise/openapi-get-2026.4.json.
          ******************************************************************************************
          """.formatted(SPEC.toAbsolutePath()));
      return;
    }
    String extracted = PayloadFields.render(PayloadFields.extract(new ObjectMapper().readTree(SPEC.toFile())));
    if (Boolean.getBoolean("cwsync.payloadFields.regenerate")) {
      Files.writeString(COMMITTED, extracted, StandardCharsets.UTF_8);
      System.err.println("PayloadFieldsSpecTest: regenerated " + COMMITTED.toAbsolutePath());
    }
    assertThat(committedText())
        .as("payload-fields.json differs from the spec; regenerate with -Dcwsync.payloadFields.regenerate=true")
        .isEqualTo(extracted);
  }

  @Test
  void committedSubset_coversEveryGeneratedEntityWithTypedFields() {
    PayloadFields fields = PayloadFields.instance();
    assertThat(fields.types()).containsExactlyElementsOf(PayloadFields.ENTITIES.keySet());
    for (String type : fields.types()) {
      assertThat(fields.fieldsOf(type)).as(type).containsKeys("id", "_info");
      fields.fieldsOf(type).values().forEach(f -> assertThat(f.kind()).as(type + "." + f.name())
          .isIn("string", "uuid", "datetime", "int", "number", "boolean", "ref", "refArray", "object",
              "objectArray", "intArray", "stringArray", "customFields", "info"));
    }
    assertThat(fields.fieldsOf("company/companies").get("addressLine2").maxLength()).isEqualTo(50);
    assertThat(fields.fieldsOf("company/companies").get("defaultContact").target()).isEqualTo("company/contacts");
    assertThat(fields.fieldsOf("company/contacts").get("communicationItems").fields()).containsKey("communicationType");
  }

  @Test
  void simulator_companyNameLimit_isTheSpecificationsAndTheIdentifierOverrideSaysWhy() {
    ResourceDef companies = Resources.instance().require("company/companies");
    assertThat(companies.maxLengths()).containsEntry("name", 156).containsEntry("identifier", 30)
        .containsEntry("addressLine1", 50);
    assertThat(PayloadFields.read(PayloadFields.RESOURCE).at("/entities/company~1companies/fields/name/maxLength")
        .asInt()).isEqualTo(156);
    assertThat(PayloadFields.read(PayloadFields.OVERRIDES)
        .at("/entities/company~1companies/fields/identifier/why").asText()).contains("30");
  }

  @Test
  void simulatorDefinitions_areTheCatalogue_kindsLengthsRequiredAndReadOnly() {
    PayloadFields catalogue = PayloadFields.instance();
    for (ResourceDef def : Resources.instance().all()) {
      PayloadFields.Entity entity = catalogue.entity(def.key());
      assertThat(entity).as(def.key() + " catalogued").isNotNull();
      assertThat(def.fields()).as(def.key() + " kinds").containsAllEntriesOf(entity.kinds());
      assertThat(def.maxLengths()).as(def.key() + " lengths").isEqualTo(entity.maxLengths());
      assertThat(def.required()).as(def.key() + " required").isEqualTo(entity.required());
      assertThat(def.readOnly()).as(def.key() + " read-only").contains("id", "_info")
          .isEqualTo(entity.readOnly());
    }
    ResourceDef companies = Resources.instance().require("company/companies");
    assertThat(companies.kind("name")).isEqualTo(FieldKind.STRING);
    assertThat(companies.kind("defaultContact")).isEqualTo(FieldKind.REF);
    assertThat(companies.kind("dateAcquired")).isEqualTo(FieldKind.DATETIME);
    assertThat(companies.kind("customFields")).isEqualTo(FieldKind.CUSTOM_FIELDS);
    assertThat(companies.kind("_info")).isEqualTo(FieldKind.OBJECT);
    assertThat(Resources.instance().require("system/members").required()).containsExactly("identifier", "firstName");
    assertThat(Resources.instance().require("company/contacts").required()).containsExactly("firstName");
    assertThat(Resources.instance().require("sales/opportunities").required())
        .containsExactlyInAnyOrder("name", "primarySalesRep", "company", "contact");
    assertThat(Resources.instance().require("system/callbacks").readOnly()).contains("memberId");
  }

  @Test
  void overrides_eachSayWhy_andDepartFromTheSubset() {
    JsonNode subset = PayloadFields.read(PayloadFields.RESOURCE).path("entities");
    JsonNode overrides = PayloadFields.read(PayloadFields.OVERRIDES);
    List<String> problems = new ArrayList<>();
    assertThat(overrides.at("/readOnly/why").asText()).isNotBlank();
    overrides.path("entities").fields().forEachRemaining(e -> {
      boolean entityWhy = !e.getValue().path("why").asText("").isBlank();
      JsonNode spec = subset.path(e.getKey());
      if (!spec.isMissingNode() && e.getValue().has("required") && !entityWhy) {
        problems.add(e.getKey() + ": required replaced without a why");
      }
      e.getValue().path("fields").fields().forEachRemaining(f -> {
        String at = e.getKey() + "." + f.getKey();
        if (!entityWhy && f.getValue().path("why").asText("").isBlank()) {
          problems.add(at + ": no why");
        }
        JsonNode specField = spec.path("fields").path(f.getKey());
        if (!specField.isMissingNode() && f.getValue().has("maxLength")
            && f.getValue().get("maxLength").equals(specField.get("maxLength"))) {
          problems.add(at + ": restates the specification's length");
        }
      });
    });
    assertThat(problems).as("overrides without a reason or without a departure").isEmpty();
  }

  @Test
  void parse_overrideOfAFieldTheSpecificationLacks_needsAKind() {
    ObjectMapper json = new ObjectMapper();
    assertThatThrownBy(() -> PayloadFields.parse(json.readTree("{\"entities\":{\"a/b\":{\"schema\":\"B\","
        + "\"fields\":{\"id\":{\"kind\":\"int\"}}}}}"), json.readTree("{\"entities\":{\"a/b\":{\"fields\":"
        + "{\"extra\":{\"maxLength\":3,\"why\":\"x\"}}}}}")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a/b.extra");
  }

  private static String committedText() throws IOException {
    try (InputStream in = PayloadFields.class.getResourceAsStream(PayloadFields.RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
