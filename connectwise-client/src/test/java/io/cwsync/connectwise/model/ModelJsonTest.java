package io.cwsync.connectwise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  private final ObjectMapper mapper = ConnectWiseJson.mapper();

  private JsonNode fixture(String name) throws IOException {
    try (InputStream in = ModelJsonTest.class.getResourceAsStream("ModelJsonTest/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return mapper.readTree(in);
    }
  }

  /** Collects the JSON paths holding a null, which a write must never contain. */
  private static List<String> nullPaths(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node.isNull()) {
      out.add(path);
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> out.addAll(nullPaths(e.getValue(), path + "/" + e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(nullPaths(node.get(i), path + "/" + i));
      }
    }
    return out;
  }

  @Test
  void readCompany_realisticPayload_readsTypedValues() throws IOException {
    Company c = mapper.treeToValue(fixture("company.json"), Company.class);

    assertThat(c.id()).isEqualTo(250);
    assertThat(c.name()).isEqualTo("Acme Corporation"); // NUL stripped
    assertThat(c.addressLine2()).isEmpty(); // empty strings are kept, not nulled
    assertThat(c.status()).isEqualTo(new Reference(1, "Active", null,
        new Info(null, null, null, null,
            Map.of("status_href", "https://api-na.myconnectwise.net/v4_6_release/apis/3.0//company/companies/statuses/1"))));
    assertThat(c.leadFlag()).isFalse(); // "False"
    assertThat(c.deletedFlag()).isTrue(); // "true"
    assertThat(c.unsubscribeFlag()).isFalse();
    assertThat(c.annualRevenue()).isEqualByComparingTo("1250000.50");
    assertThat(c.dateAcquired()).isEqualTo(Instant.parse("2018-06-14T15:21:50Z"));
    assertThat(c.types()).extracting(Reference::id).containsExactly(5, 1);
    assertThat(c.currency().id()).isEqualTo(7);
    assertThat(c.faxNumber()).isNull(); // omitted
    Info info = c.info();
    assertThat(info.lastUpdated()).isEqualTo(Instant.parse("2025-01-31T08:00:00Z"));
    assertThat(info.dateEntered()).isEqualTo(Instant.parse("2018-06-14T15:21:50Z"));
    assertThat(info.updatedBy()).isEqualTo("ZomentumAPI");
    assertThat(info.enteredBy()).isEqualTo("jdoe");
    assertThat(info.other("contacts_href"))
        .isEqualTo("https://api-na.myconnectwise.net/v4_6_release/apis/3.0//company/contacts?conditions=company/id=250");
    assertThat(info.others()).containsOnlyKeys("contacts_href", "mobileGuid");
  }

  @Test
  void readCompany_customFields_keepAbsentValueDistinctFromValues() throws IOException {
    Company c = mapper.treeToValue(fixture("company.json"), Company.class);

    CustomField text = c.customFields().get(0);
    assertThat(text.value().textValue()).isEqualTo("E-77"); // NUL stripped inside JsonNode too
    assertThat(text.connectWiseId()).isEqualTo("6f0c2a45-1234-4bcd-9def-0123456789ab");
    CustomField empty = c.customFields().get(1);
    assertThat(empty.value()).isNull();
    assertThat(empty.hasValue()).isFalse();
    assertThat(empty.valueAsText()).isNull();
    CustomField number = c.customFields().get(2);
    assertThat(number.value().decimalValue()).isEqualByComparingTo("712.50");
    assertThat(number.valueAsText()).isEqualTo("712.50");
  }

  @Test
  void writeCompany_afterRead_omitsNullsAndRoundTrips() throws IOException {
    Company c = mapper.treeToValue(fixture("company.json"), Company.class);

    JsonNode written = mapper.valueToTree(c);

    assertThat(nullPaths(written, "")).isEmpty();
    assertThat(written.has("faxNumber")).isFalse();
    assertThat(written.has("errors")).isFalse();
    assertThat(written.get("_info").get("lastUpdated").asText()).isEqualTo("2025-01-31T08:00:00Z");
    assertThat(written.get("_info").get("contacts_href").asText()).contains("3.0//company");
    assertThat(written.get("customFields").get(1).has("value")).isFalse();
    assertThat(mapper.treeToValue(written, Company.class)).isEqualTo(c);
  }

  @Test
  void readContact_communicationItems_typedWithUnknownCommunicationType() throws IOException {
    Contact c = mapper.treeToValue(fixture("contact.json"), Contact.class);

    assertThat(c.lastName()).isEqualTo("O'Brien");
    assertThat(c.defaultFlag()).isTrue();
    assertThat(c.company().identifier()).isEqualTo("AcmeCorp");
    assertThat(c.communicationItems()).hasSize(3);
    CommunicationItem email = c.communicationItems().get(0);
    assertThat(email.type()).isEqualTo(new Reference(1, "Email", null, null));
    assertThat(email.value()).isEqualTo("jane@acme.example");
    assertThat(email.communicationType()).isEqualTo("Email");
    assertThat(email.defaultFlag()).isTrue();
    assertThat(c.communicationItems().get(1).extension()).isEqualTo("12");
    assertThat(c.communicationItems().get(2).communicationType()).isEqualTo("Pager"); // a value added later
    assertThat(nullPaths(mapper.valueToTree(c), "")).isEmpty();
  }

  @Test
  void readOpportunity_intsAndReferences_typedAsTheApiHasThem() throws IOException {
    Opportunity o = mapper.treeToValue(fixture("opportunity.json"), Opportunity.class);

    assertThat(o.locationId()).isEqualTo(2);
    assertThat(o.businessUnitId()).isEqualTo(10);
    assertThat(o.expectedCloseDate()).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
    assertThat(o.closedDate()).isEqualTo(Instant.parse("2025-04-02T16:00:00Z"));
    assertThat(o.stage().name()).isEqualTo("Proposal");
    assertThat(o.status().id()).isEqualTo(1);
    assertThat(o.rating().name()).isEqualTo("Warm");
    assertThat(o.primarySalesRep().identifier()).isEqualTo("jdoe");
    assertThat(o.totalSalesTax()).isEqualByComparingTo("12.5");
    assertThat(o.notes()).isEqualTo("Line one\r\nLine two");
    assertThat(o.customFields()).singleElement().extracting(CustomField::valueAsText).isEqualTo("Negotiation");
  }

  @Test
  void readForecast_wrapperObject_readsItems() throws IOException {
    Forecast f = mapper.treeToValue(fixture("forecast-object.json"), Forecast.class);

    assertThat(f.forecastItems()).extracting(ForecastItem::id).containsExactly(31, 32);
    ForecastItem first = f.forecastItems().get(0);
    assertThat(first.revenue()).isEqualByComparingTo("2400");
    assertThat(first.catalogItem().identifier()).isEqualTo("FW-100");
    assertThat(first.recurringFlag()).isFalse();
    assertThat(first.forecastType()).isEqualTo("Product");
    assertThat(f.forecastItems().get(1).quantity()).isEqualByComparingTo("6.5");
  }

  @Test
  void readCompanyInfo_pascalCaseAndStringBoolean_read() throws IOException {
    CompanyInfo info = mapper.treeToValue(fixture("companyinfo.json"), CompanyInfo.class);

    assertThat(info.codebase()).isEqualTo("v2025_1/");
    assertThat(info.companyId()).isEqualTo("acmemsp");
    assertThat(info.isCloud()).isTrue();
    assertThat(info.id()).isNull();
    assertThat(info.info()).isNull();
    JsonNode written = mapper.valueToTree(info);
    assertThat(written.has("Codebase")).isTrue();
    assertThat(written.has("id")).isFalse();
  }

  @Test
  void readSystemInfo_licenseBits_keptRaw() throws IOException {
    SystemInfo info = mapper.treeToValue(fixture("systeminfo.json"), SystemInfo.class);

    assertThat(info.version()).isEqualTo("v2025.1.95123");
    assertThat(info.isCloud()).isTrue();
    assertThat(info.cloudRegion()).isEqualTo("NA");
    assertThat(info.licenseBits()).hasSize(2);
    assertThat(info.licenseBits().get(0).get("name").asText()).isEqualTo("ProjectManagement");
    assertThat(mapper.valueToTree(info).has("id")).isFalse();
  }

  @Test
  void readInstant_lenientForms_readAsUtc() throws IOException {
    String[][] cases = {
        {"2018-06-14T15:21:50Z", "2018-06-14T15:21:50Z"},
        {"2018-06-14T15:21:50.123Z", "2018-06-14T15:21:50.123Z"},
        {"2018-06-14T17:21:50+02:00", "2018-06-14T15:21:50Z"},
        {"2018-06-14T15:21:50", "2018-06-14T15:21:50Z"},
        {"2018-06-14", "2018-06-14T00:00:00Z"},
    };
    for (String[] c : cases) {
      Ticket t = mapper.readValue("{\"id\":1,\"requiredDate\":\"" + c[0] + "\"}", Ticket.class);
      assertThat(t.requiredDate()).as(c[0]).isEqualTo(Instant.parse(c[1]));
    }
    assertThat(mapper.readValue("{\"requiredDate\":\"\"}", Ticket.class).requiredDate()).isNull();
  }

  @Test
  void readInstant_garbage_failsNamingTheProperty() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":1,\"requiredDate\":\"next tuesday\"}", Ticket.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("requiredDate")
        .hasMessageContaining("next tuesday");
  }

  @Test
  void readInfo_badLastUpdated_failsNamingTheKey() {
    assertThatThrownBy(() -> mapper.readValue("{\"_info\":{\"lastUpdated\":\"yesterday\"}}", Company.class))
        .hasMessageContaining("_info.lastUpdated")
        .hasMessageContaining("yesterday");
  }

  @Test
  void readBoolean_spellings_readAndGarbageRefused() throws IOException {
    assertThat(mapper.readValue("{\"leadFlag\":\"TRUE\"}", Company.class).leadFlag()).isTrue();
    assertThat(mapper.readValue("{\"leadFlag\":\"false\"}", Company.class).leadFlag()).isFalse();
    assertThat(mapper.readValue("{\"leadFlag\":1}", Company.class).leadFlag()).isTrue();
    assertThat(mapper.readValue("{\"leadFlag\":\"\"}", Company.class).leadFlag()).isNull();
    assertThatThrownBy(() -> mapper.readValue("{\"leadFlag\":\"yes\"}", Company.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("leadFlag");
  }

  @Test
  void readNumber_emptyStringAndStringNumber_lenient() throws IOException {
    Company c = mapper.readValue("{\"annualRevenue\":\"\",\"numberOfEmployees\":\"12\",\"creditLimit\":\"100.25\"}",
        Company.class);

    assertThat(c.annualRevenue()).isNull();
    assertThat(c.numberOfEmployees()).isEqualTo(12);
    assertThat(c.creditLimit()).isEqualByComparingTo("100.25");
  }

  @Test
  void readString_nulInsideListsAndMaps_stripped() throws IOException {
    Company c = mapper.readValue("{\"integratorTags\":[\"a\\u0000b\"],\"_info\":{\"x_href\":\"h\\u0000ref\"}}",
        Company.class);

    assertThat(c.integratorTags()).containsExactly("ab");
    assertThat(c.info().other("x_href")).isEqualTo("href");
  }

  @Test
  void writeCustomField_threeValueStates_serialisedDistinctly() {
    CustomField absent = CustomField.builder().id(1).build();
    CustomField cleared = CustomField.of(1, (String) null);
    CustomField set = CustomField.of(1, new BigDecimal("2.50"));

    assertThat(mapper.valueToTree(absent).toString()).isEqualTo("{\"id\":1}");
    assertThat(mapper.valueToTree(cleared).toString()).isEqualTo("{\"id\":1,\"value\":null}");
    assertThat(mapper.valueToTree(set).toString()).isEqualTo("{\"id\":1,\"value\":2.50}");
    assertThat(cleared.value()).isEqualTo(NullNode.getInstance());
    assertThat(CustomField.of(1, true).valueAsText()).isEqualTo("true");
  }

  @Test
  void writeReference_of_writesIdOnly() {
    assertThat(mapper.valueToTree(Reference.of(250)).toString()).isEqualTo("{\"id\":250}");
    assertThat(mapper.valueToTree(Reference.ofIdentifier("ACME")).toString()).isEqualTo("{\"identifier\":\"ACME\"}");
    assertThat(new Reference(5, "Open", null, Info.lastUpdated(Instant.EPOCH)).idOnly()).isEqualTo(Reference.of(5));
  }

  @Test
  void builder_createOpportunity_writesOnlySetFields() {
    Opportunity create = Opportunity.builder()
        .name("Acme firewall refresh")
        .company(Reference.of(250))
        .contact(Reference.of(57919))
        .primarySalesRep(Reference.of(176))
        .locationId(2)
        .businessUnitId(10)
        .expectedCloseDate(Instant.parse("2025-03-31T00:00:00Z"))
        .build();

    assertThat(mapper.valueToTree(create).toString()).isEqualTo("{\"name\":\"Acme firewall refresh\","
        + "\"expectedCloseDate\":\"2025-03-31T00:00:00Z\",\"primarySalesRep\":{\"id\":176},\"locationId\":2,"
        + "\"businessUnitId\":10,\"company\":{\"id\":250},\"contact\":{\"id\":57919}}");
  }

  @Test
  void toBuilder_changedCopy_leavesOriginalAlone() throws IOException {
    Company c = mapper.treeToValue(fixture("company.json"), Company.class);

    Company renamed = c.toBuilder().name("Acme Inc").build();

    assertThat(renamed.name()).isEqualTo("Acme Inc");
    assertThat(c.name()).isEqualTo("Acme Corporation");
    assertThat(renamed.toBuilder().name(c.name()).build()).isEqualTo(c);
  }

  @Test
  void lists_inRecords_areImmutableCopies() {
    List<Reference> types = new ArrayList<>(List.of(Reference.of(1)));
    Company c = Company.builder().types(types).build();
    types.add(Reference.of(2));

    assertThat(c.types()).containsExactly(Reference.of(1));
    assertThatThrownBy(() -> c.types().add(Reference.of(3))).isInstanceOf(UnsupportedOperationException.class);
  }

  enum Stage { OPEN, WON }

  record WithEnum(Stage stage) {}

  @Test
  void mapper_unknownEnumValueAndLocalDate_tolerated() throws IOException {
    assertThat(mapper.readValue("{\"stage\":\"Pending\"}", WithEnum.class).stage()).isNull();
    assertThat(mapper.readValue("{\"stage\":\"WON\"}", WithEnum.class).stage()).isEqualTo(Stage.WON);
    assertThat(mapper.readValue("\"2025-01-31\"", java.time.LocalDate.class))
        .isEqualTo(java.time.LocalDate.of(2025, 1, 31));
    assertThat(mapper.writeValueAsString(java.time.LocalDate.of(2025, 1, 31))).isEqualTo("\"2025-01-31\"");
  }

  @Test
  void info_typedKeyInOthers_refused() {
    assertThatThrownBy(() -> new Info(null, null, null, null, Map.of("lastUpdated", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastUpdated");
  }
}
