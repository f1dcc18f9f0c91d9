package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.testkit.simulator.internal.PayloadFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generated tenants carry every field of a real ConnectWise payload ({@code payload-fields.json}, the
 * GET specification's fields per entity), typed as the specification types them and within its maximum
 * lengths, as the simulator serves them. The specification marks no field read-only, so none is left
 * out; fields that only some states imply ({@link PayloadFiller#CONDITIONAL}) appear on the records in
 * that state.
 */
class TenantGeneratorPayloadTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .seedData(TenantGenerator.builder().seed(9).scale(0.004).sitesPerTenCompanies(5).build()::populate));

  @Test
  void populate_everyEntity_carriesEveryPayloadField() {
    PayloadFields payload = PayloadFields.instance();
    List<String> missing = new ArrayList<>();
    List<String> notGenerated = new ArrayList<>();
    for (String type : payload.types()) {
      List<ObjectNode> records = generated(type);
      if (records.isEmpty()) {
        notGenerated.add(type);
        continue;
      }
      Map<String, Predicate<ObjectNode>> conditional = PayloadFiller.CONDITIONAL.getOrDefault(type, Map.of());
      for (PayloadFields.Field f : payload.fieldsOf(type).values()) {
        Predicate<ObjectNode> expected = conditional.getOrDefault(f.name(), r -> true);
        long wrong = records.stream().filter(r -> r.has(f.name()) != expected.test(r)).count();
        if (wrong > 0) {
          missing.add(type + "." + f.name() + " wrong on " + wrong + " of " + records.size());
        }
      }
    }
    assertThat(missing).as("payload fields generated records lack").isEmpty();
    // Catalogued for the simulator's rules; the generator makes no products or projects.
    assertThat(notGenerated).containsExactlyInAnyOrder("procurement/products", "project/projects");
  }

  @Test
  void populate_everyValue_hasTheSpecKindAndFitsItsMaxLength() {
    PayloadFields payload = PayloadFields.instance();
    List<String> problems = new ArrayList<>();
    for (String type : payload.types()) {
      for (ObjectNode rec : generated(type)) {
        for (Map.Entry<String, PayloadFields.Field> e : payload.fieldsOf(type).entrySet()) {
          JsonNode v = rec.get(e.getKey());
          if (v != null) {
            check(type + "#" + rec.get("id") + "." + e.getKey(), e.getValue(), v, problems);
          }
        }
      }
    }
    assertThat(problems).as("values of the wrong kind or too long").isEmpty();
  }

  @Test
  void populate_companies_carryTheFieldsThatHidDataLoss_withOddButValidValues() {
    Http http = new Http(EXT.simulator());
    Http.Response page = http.get("company/companies?pageSize=200");
    assertThat(page.status()).isEqualTo(200);
    JsonNode companies = page.json();
    for (JsonNode c : companies) {
      assertThat(c.get("accountNumber").asText()).isNotBlank();
      assertThat(c.has("faxNumber")).isTrue();
      assertThat(c.has("addressLine2")).isTrue();
      assertThat(c.at("/billingTerms/name").asText()).isNotBlank();
      assertThat(c.at("/billingTerms/_info").isObject()).isTrue();
      assertThat(c.get("customFields")).isNotEmpty().allSatisfy(f -> assertThat(f.get("caption").asText()).isNotBlank());
    }
    String body = page.body();
    assertThat(body).as("unicode").containsPattern("[\\u00C0-\\uFFFF]");
    assertThat(body).as("trailing spaces").containsPattern(" \"");
    assertThat(body).as("empty strings").contains("\"\"");
    assertThat(body).as("decimals with a scale").contains(":0.00").contains("1500.0000");
    assertThat(body).as("negative decimals").containsPattern(":-\\d+\\.\\d+");
    // A parent company and a billing contact point at generated records.
    JsonNode first = companies.get(3);
    assertThat(EXT.simulator().get("company/companies", first.at("/parentCompany/id").asInt())).isPresent();
    assertThat(EXT.simulator().get("company/contacts", first.at("/defaultContact/id").asInt())).isPresent();
    assertThat(first.at("/defaultContact/name").asText()).isNotBlank();
  }

  @Test
  void minimalPayloads_keepsTheOlderShape_sameHandBuiltValues() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    TenantGenerator.Builder b = TenantGenerator.builder().seed(4).scale(0.001);
    ConnectWiseSimulator minimal = ConnectWiseSimulator.builder().clock(SimulatorClock.fixed(at))
        .seedData(b.minimalPayloads().build()::populate).build();
    ConnectWiseSimulator full = ConnectWiseSimulator.builder().clock(SimulatorClock.fixed(at))
        .seedData(TenantGenerator.builder().seed(4).scale(0.001).build()::populate).build();
    ObjectNode lean = minimal.records("company/companies").get(0);
    ObjectNode rich = full.records("company/companies").get(0);
    assertThat(lean.has("accountNumber")).isFalse();
    assertThat(rich.has("accountNumber")).isTrue();
    lean.fieldNames().forEachRemaining(name -> assertThat(rich.get(name)).as(name).isEqualTo(lean.get(name)));
  }

  /** The generator's records: the simulator adds its own API member beside the 60 generated ones. */
  private static List<ObjectNode> generated(String type) {
    List<ObjectNode> records = EXT.simulator().records(type);
    return type.equals("system/members") ? records.stream().filter(r -> r.get("id").asInt() <= 60).toList() : records;
  }

  private static void check(String where, PayloadFields.Field f, JsonNode v, List<String> problems) {
    boolean ok = switch (f.kind()) {
      case "string", "uuid" -> v.isTextual() && (f.maxLength() == null || v.asText().length() <= f.maxLength())
          && (f.enumValues().isEmpty() || f.enumValues().contains(v.asText()));
      case "datetime" -> v.isTextual() && parses(v.asText());
      case "int" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "ref" -> v.isObject() && v.get("id") != null && v.get("id").isIntegralNumber();
      case "refArray", "objectArray", "customFields" -> v.isArray() && allObjects(v);
      case "intArray" -> v.isArray();
      case "stringArray" -> v.isArray();
      case "object", "info" -> v.isObject();
      default -> false;
    };
    if (!ok) {
      problems.add(where + " (" + f.kind() + (f.maxLength() != null ? " max " + f.maxLength() : "") + "): " + v);
    }
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static boolean parses(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
