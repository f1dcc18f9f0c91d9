package io.cwsync.connectwise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast paths added for decoding speed must read exactly what the general lenient paths read. */
class LenientFastPathTest {

  private final ObjectMapper mapper = ConnectWiseJson.mapper();

  @Test
  void parseCanonicalInstant_everyEleventhDayOver250Years_agreesWithInstantParse() {
    int checked = 0;
    for (LocalDate d = LocalDate.of(1850, 1, 1); d.getYear() < 2100; d = d.plusDays(11)) {
      for (String time : new String[] {"00:00:00", "23:59:59", "12:07:31"}) {
        String text = d + "T" + time + "Z";
        assertThat(Lenient.parseCanonicalInstant(text)).as(text).isEqualTo(Instant.parse(text));
        checked++;
      }
    }
    for (String leapDay : new String[] {"2000-02-29T10:00:00Z", "2024-02-29T10:00:00Z", "0000-01-01T00:00:00Z"}) {
      assertThat(Lenient.parseCanonicalInstant(leapDay)).as(leapDay).isEqualTo(Instant.parse(leapDay));
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  @Test
  void parseCanonicalInstant_otherFormsAndInvalidFields_leftToTheGeneralPath() {
    String[] notCanonical = {
        "2018-06-14T15:21:50.123Z", "2018-06-14T15:21:50+00:00", "2018-06-14", " 2018-06-14T15:21:50Z",
        "2018-06-30T23:59:60Z", "2018-06-14T24:00:00Z", "2018-06-14T15:60:00Z", "2019-02-29T00:00:00Z",
        "2018-13-01T00:00:00Z", "2018-00-01T00:00:00Z", "2018-06-00T00:00:00Z", "2018-06-31T00:00:00Z",
        "2018-06-1xT15:21:50Z", "2018/06/14T15:21:50Z", "2018-06-14 15:21:50Z", "\u0662018-06-14T15:21:50Z",
    };
    for (String text : notCanonical) {
      assertThat(Lenient.parseCanonicalInstant(text)).as(text).isNull();
    }
  }

  @Test
  void readInstant_leapSecondAndImpossibleDate_readOrRefusedAsBefore() throws IOException {
    Ticket leap = mapper.readValue("{\"requiredDate\":\"2016-12-31T23:59:60Z\"}", Ticket.class);
    assertThat(leap.requiredDate()).isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
    assertThatThrownBy(() -> mapper.readValue("{\"requiredDate\":\"2019-02-29T00:00:00Z\"}", Ticket.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("requiredDate")
        .hasMessageContaining("2019-02-29");
  }

  @Test
  void readInfo_everyValueKind_sameAsBindingTheMapThroughTheCreator() throws IOException {
    String info = "{\"lastUpdated\":\"2025-01-31T08:00:00Z\",\"dateEntered\":\"2018-06-14T15:21:50.5+02:00\","
        + "\"n\":5,\"big\":12345678901234567890,\"f\":1.50,\"e\":1e3,\"b\":true,\"nul\":null,"
        + "\"obj\":{\"a\":1,\"s\":\"x\"},\"arr\":[1,\"x\",null],\"updatedBy\":\"u\\u0000v\",\"enteredBy\":\"\","
        + "\"dup\":\"first\",\"dup\":\"second\",\"x_href\":\"https://h/x\"}";
    Map<String, Object> raw = mapper.readValue(info, new TypeReference<Map<String, Object>>() {});

    Company c = mapper.readValue("{\"id\":1,\"_info\":" + info + ",\"name\":\"after\"}", Company.class);

    assertThat(c.info()).isEqualTo(Info.fromJson(raw));
    assertThat(c.info().updatedBy()).isEqualTo("uv");
    assertThat(c.info().dateEntered()).isEqualTo(Instant.parse("2018-06-14T13:21:50.5Z"));
    assertThat(c.info().other("dup")).isEqualTo("second");
    assertThat(c.info().others()).doesNotContainKey("nul");
    assertThat(c.name()).isEqualTo("after");
  }

  @Test
  void readInfo_nullEmptyAndNested_readAsBefore() throws IOException {
    assertThat(mapper.readValue("{\"_info\":null}", Company.class).info()).isNull();
    assertThat(mapper.readValue("{\"_info\":{}}", Company.class).info())
        .isEqualTo(new Info(null, null, null, null, Map.of()));
    Reference status = mapper.readValue("{\"id\":1,\"_info\":{\"status_href\":\"h\"},\"name\":\"Active\"}",
        Reference.class);
    assertThat(status.info().other("status_href")).isEqualTo("h");
    assertThat(status.name()).isEqualTo("Active");
  }

  @Test
  void readReference_everyField_sameAsTheCanonicalConstructor() throws IOException {
    Company c = mapper.readValue("{\"id\":1,\"status\":{\"id\":\"7\",\"extra\":{\"n\":[1,{\"x\":2}]},"
        + "\"name\":\"Act\\u0000ive\",\"identifier\":null,\"_info\":{\"status_href\":\"h\"}},"
        + "\"country\":{},\"market\":null,\"territory\":\"\",\"types\":[{\"id\":3,\"name\":\"Client\"}],"
        + "\"name\":\"after\"}", Company.class);

    assertThat(c.status()).isEqualTo(new Reference(7, "Active", null,
        new Info(null, null, null, null, Map.of("status_href", "h"))));
    assertThat(c.country()).isEqualTo(new Reference(null, null, null, null));
    assertThat(c.market()).isNull();
    assertThat(c.territory()).as("an empty string is no reference, as Jackson coerces it").isNull();
    assertThat(c.types()).containsExactly(new Reference(3, "Client", null, null));
    assertThat(c.name()).isEqualTo("after");
  }

  @Test
  void readReference_badIdOrNotAnObject_failsWithJacksonsTypeAndPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":1,\"status\":{\"id\":\"abc\"}}", Company.class))
        .isInstanceOf(InvalidFormatException.class)
        .satisfies(e -> assertThat(((InvalidFormatException) e).getPath())
            .extracting(com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
            .containsExactly("status", "id"));
    assertThatThrownBy(() -> mapper.readValue("{\"id\":1,\"status\":5}", Company.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .satisfies(e -> assertThat(((com.fasterxml.jackson.databind.JsonMappingException) e).getPath())
            .extracting(com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
            .containsExactly("status"));
  }
}
