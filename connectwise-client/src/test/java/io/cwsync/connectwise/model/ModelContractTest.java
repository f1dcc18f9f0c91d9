package io.cwsync.connectwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model obeys the same contract: lenient empty read, null-free writes, builder round trips, and a
 * generated builder that leaves no trace of its annotation processor in the class files.
 */
class ModelContractTest {

  private static final ObjectMapper MAPPER = ConnectWiseJson.mapper();

  static Stream<Class<?>> models() {
    return Stream.of(Company.class, Contact.class, CommunicationItem.class, CompanySite.class, Opportunity.class,
        Forecast.class, ForecastItem.class, OpportunityNote.class, OpportunityStage.class, OpportunityStatus.class,
        OpportunityRating.class, OpportunityType.class, Location.class, Department.class, CatalogItem.class,
        ProductType.class, ProductCategory.class, ProductSubcategory.class, ProductItem.class, TaxCode.class,
        Agreement.class, Invoice.class, Ticket.class, TicketNote.class, TimeEntry.class, ProjectTicket.class,
        SalesOrder.class, Member.class, Callback.class, CustomField.class);
  }

  @ParameterizedTest
  @MethodSource("models")
  void emptyObject_readsAsAllAbsentAndWritesEmpty(Class<?> type) throws Exception {
    Object empty = MAPPER.readValue("{\"unknownProperty\":{\"a\":[1]},\"errors\":null}", type);

    for (RecordComponent rc : type.getRecordComponents()) {
      assertThat(rc.getAccessor().invoke(empty)).as(rc.getName()).isNull();
    }
    assertThat(MAPPER.writeValueAsString(empty)).isEqualTo("{}");
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyComponentSet_roundTripsThroughJsonAndBuilders(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Set<String> expectedKeys = new TreeSet<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      Method setter = builder.getClass().getMethod(rc.getName(), rc.getType());
      setter.invoke(builder, sample(rc.getGenericType(), rc.getName()));
      JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
      expectedKeys.add(p != null ? p.value() : rc.getName());
    }
    Object full = builder.getClass().getMethod("build").invoke(builder);

    JsonNode json = MAPPER.valueToTree(full);
    Set<String> keys = new TreeSet<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isEqualTo(expectedKeys);
    assertThat(MAPPER.treeToValue(json, type)).isEqualTo(full);
    Object copy = type.getMethod("toBuilder").invoke(full);
    assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(full);
    if (full instanceof ConnectWiseRecord r && type != CustomField.class) {
      assertThat(r.info()).isEqualTo(Info.lastUpdated(Instant.parse("2025-01-31T08:00:00Z")));
    }
  }

  private static Object sample(Type type, String name) {
    if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
      List<Object> list = new ArrayList<>();
      list.add(sample(pt.getActualTypeArguments()[0], name));
      return list;
    }
    Class<?> c = (Class<?>) type;
    if (c == Integer.class) {
      return 7;
    }
    if (c == String.class) {
      return name + "-value";
    }
    if (c == Boolean.class) {
      return Boolean.TRUE;
    }
    if (c == BigDecimal.class) {
      return new BigDecimal("12.50");
    }
    if (c == Instant.class) {
      return Instant.parse("2024-05-06T07:08:09Z");
    }
    if (c == Reference.class) {
      return new Reference(3, "Ref", "REF", null);
    }
    if (c == Info.class) {
      return Info.lastUpdated(Instant.parse("2025-01-31T08:00:00Z"));
    }
    if (c == JsonNode.class) {
      return TextNode.valueOf("raw");
    }
    if (c == CustomField.class) {
      return CustomField.of(4, "cf");
    }
    if (c == CommunicationItem.class) {
      return new CommunicationItem(1, Reference.of(1), "a@b.com", null, true, null, "Email");
    }
    if (c == ForecastItem.class) {
      return ForecastItem.builder().id(9).revenue(BigDecimal.TEN).build();
    }
    throw new AssertionError("no sample for " + type + " (" + name + ")");
  }

  @ParameterizedTest
  @MethodSource("models")
  void generatedBuilder_isFinalAndNeedsNothingOfRecordBuilderAtRunTime(Class<?> type) throws Exception {
    Class<?> builder = type.getMethod("builder").getReturnType();
    assertThat(builder.getName()).isEqualTo(type.getName() + "Builder");
    assertThat(Modifier.isFinal(builder.getModifiers())).isTrue();
    assertThat(type.getMethod("toBuilder").getReturnType()).isEqualTo(builder);
    for (Class<?> c : List.of(type, builder)) {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        String classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(classFile).as("%s references record-builder", c.getName()).doesNotContain("io/soabase");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void recordsWithIdAndInfo_implementConnectWiseRecord(Class<?> type) {
    Map<String, Class<?>> components = new java.util.HashMap<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      components.put(rc.getName(), rc.getType());
    }
    boolean hasBoth = components.get("id") == Integer.class && components.get("info") == Info.class;
    assertThat(ConnectWiseRecord.class.isAssignableFrom(type)).isEqualTo(hasBoth);
  }
}
