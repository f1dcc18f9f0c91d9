package io.cwsync.testkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed {@code payload-fields.json} true to ConnectWise's GET specification
 * ({@code ../shared/connectwise/openapi-get-2026.4.json}, read from there, never copied whole).
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
      System.err.println("PayloadFieldsSpecTest: ConnectWise GET spec not found at " + SPEC.toAbsolutePath()
          + "; payload-fields.json is used as committed and NOT checked against the spec"
          + " (set -Dcwsync.shared.dir to the folder holding connectwise/openapi-get-2026.4.json)");
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

  private static String committedText() throws IOException {
    try (InputStream in = PayloadFields.class.getResourceAsStream(PayloadFields.RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
