package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyncProfileJsonTest {

  /** The documents the hand-written writer produced before profiles were written as Jackson records. */
  private static String stored(String name) throws IOException {
    try (InputStream in = SyncProfileJsonTest.class.getResourceAsStream("SyncProfileJsonTest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void write_isTheStoredFormatCharacterForCharacter() throws IOException {
    assertThat(SyncProfileJson.write(Fixtures.fullProfile())).isEqualTo(stored("full-profile.json"));
    assertThat(SyncProfileJson.write(SyncProfile.builder().build())).isEqualTo(stored("default-profile.json"));
  }

  @Test
  void read_storedFormat_givesTheSameProfile() throws IOException {
    assertThat(SyncProfileJson.read(stored("full-profile.json"))).isEqualTo(Fixtures.fullProfile());
    assertThat(SyncProfileJson.read(stored("default-profile.json"))).isEqualTo(SyncProfile.builder().build());
  }

  @Test
  void read_wrongShapes_nameThePathAndTheValue() {
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"pullFilters\":5}"))
        .hasMessage("INVALID_PROFILE_JSON: pullFilters must be an object, got 5");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"erp\":{\"technicians\":{\"jsmith\":7}}}"))
        .hasMessage("INVALID_PROFILE_JSON: erp.technicians.jsmith must be a string, got 7");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"stageMapping\":{\"wonStages\":\"Won\"}}"))
        .hasMessage("INVALID_PROFILE_JSON: stageMapping.wonStages must be an array of strings, got \"Won\"");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"pullFilters\":{\"markets\":[\"a\",null]}}"))
        .hasMessageStartingWith("INVALID_PROFILE_JSON: pullFilters.markets[1] must be");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"fieldRules\":{\"company\":"
        + "{\"naturalKeys\":[{\"hostField\":\"n\",\"connectWiseField\":\"identifier\"},"
        + "{\"hostField\":\"n\",\"connectWiseField\":\"identifier\"}]}}}"))
        .hasMessageContaining("fieldRules.company.naturalKeys[1]: natural key")
        .hasMessageContaining("already exists");
  }

  @Test
  void write_thenRead_fullProfileRoundTrips() {
    SyncProfile p = Fixtures.fullProfile();
    String json = SyncProfileJson.write(p);
    SyncProfile back = SyncProfileJson.read(json);
    assertThat(back).isEqualTo(p);
    assertThat(SyncProfileJson.write(back)).isEqualTo(json);
  }

  @Test
  void write_thenRead_defaultsAndCwStatusModeRoundTrip() {
    SyncProfile defaults = SyncProfile.builder().build();
    assertThat(SyncProfileJson.read(SyncProfileJson.write(defaults))).isEqualTo(defaults);
    SyncProfile custom = SyncProfile.builder().mode(SyncMode.PULL_NEW_AND_PUSH_WON)
        .stageMapping(sm -> sm.mapStage("Won", "Closed").cwStatusCustomField("CW Status")).build();
    assertThat(SyncProfileJson.read(SyncProfileJson.write(custom))).isEqualTo(custom);
  }

  @Test
  void write_containsVersionAndSeedWords() {
    String json = SyncProfileJson.write(Fixtures.fullProfile());
    assertThat(json).contains("\"version\" : 1").contains("\"ZCJ_SyncToCW\"")
        .contains("\"opportunitiesUpdatedAfter\" : \"2025-01-31T08:00:00Z\"")
        .contains("\"8.25\" : \"TX\"").contains("\"pullInterval\" : \"PT30M\"");
  }

  @Test
  void read_minimalDocument_usesDefaults() {
    assertThat(SyncProfileJson.read("{\"version\":1}")).isEqualTo(SyncProfile.builder().build());
  }

  @Test
  void read_unknownProperty_namesItsPath() {
    assertThatThrownBy(() -> SyncProfileJson.read(
        "{\"version\":1,\"pullFilters\":{\"compnyTypes\":[\"Prospect\"]}}"))
        .isInstanceOf(CwsyncException.class)
        .hasMessage("INVALID_PROFILE_JSON: unknown property 'pullFilters.compnyTypes'")
        .extracting(e -> ((CwsyncException) e).errorCode())
        .isEqualTo(MappingErrorCode.INVALID_PROFILE_JSON);
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"colour\":\"red\"}"))
        .hasMessageContaining("unknown property 'colour'");
  }

  @Test
  void read_newerVersion_rejected() {
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":2}"))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("version 2 was written by a newer cwsync")
        .hasMessageContaining("up to 1");
  }

  @Test
  void read_missingVersion_rejected() {
    assertThatThrownBy(() -> SyncProfileJson.read("{\"mode\":\"REAL_TIME\"}"))
        .isInstanceOf(CwsyncException.class).hasMessageContaining("version is required");
  }

  @Test
  void read_wrongTypes_nameThePath() {
    assertThatThrownBy(() -> SyncProfileJson.read(
        "{\"version\":1,\"pushRules\":{\"onlyWonOrSignedDocuments\":\"yes\"}}"))
        .hasMessageContaining("pushRules.onlyWonOrSignedDocuments must be true or false");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"mode\":\"SOMETIMES\"}"))
        .hasMessageContaining("mode: 'SOMETIMES' is not one of [PULL_ONLY");
    assertThatThrownBy(() -> SyncProfileJson.read(
        "{\"version\":1,\"pullFilters\":{\"markets\":[1]}}"))
        .hasMessageContaining("pullFilters.markets[0] must be a string");
    assertThatThrownBy(() -> SyncProfileJson.read(
        "{\"version\":1,\"pullFilters\":{\"opportunitiesUpdatedAfter\":\"yesterday\"}}"))
        .hasMessageContaining("pullFilters.opportunitiesUpdatedAfter: 'yesterday' is not a UTC");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"pullInterval\":\"15m\"}"))
        .hasMessageContaining("pullInterval: '15m' is not an ISO-8601 duration");
    assertThatThrownBy(() -> SyncProfileJson.read("not json"))
        .hasMessageContaining("profile is not valid JSON");
  }

  @Test
  void read_valueRejectedBySetter_namesThePath() {
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"stageMapping\":"
        + "{\"statusMode\":\"CW_STATUS_CUSTOM_FIELD\",\"statuses\":{\"Won\":\"Won\"}}}"))
        .hasMessageContaining("stageMapping.statusMode: the CW Status custom field mode maps "
            + "only stages");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"productMapping\":"
        + "{\"productTypes\":{\"A\":\"B\"}}}"))
        .hasMessageContaining("productMapping.productTypes.A: an individual product type "
            + "mapping needs standardProductMapping(false)");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"fieldRules\":"
        + "{\"account\":{}}}")).hasMessageContaining("fieldRules.account: unknown entity 'account'");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"taxMapping\":"
        + "{\"rates\":{\"abc\":\"TX\"}}}"))
        .hasMessageContaining("taxMapping.rates.abc: 'abc' is not a tax rate");
    assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"hostFilters\":"
        + "{\"optOut\":{\"field\":\"ZCJ_SyncToCW\"}}}"))
        .hasMessageContaining("hostFilters.optOut: optOut needs both field and value");
  }

  @Test
  void read_descriptionTargetWithoutIdentifierField_readsAndLeavesItToValidation() {
    SyncProfile p = SyncProfileJson.read("{\"version\":1,\"productMapping\":"
        + "{\"nameTarget\":\"DESCRIPTION\",\"identifierField\":null}}");
    assertThat(p.productMapping().nameTarget()).isEqualTo(ProductNameTarget.DESCRIPTION);
    assertThat(ProfileValidator.validate(p, Fixtures.reference()))
        .extracting(ValidationProblem::code).contains(MappingErrorCode.IDENTIFIER_FIELD_MISSING);
  }

  private static final String HUGE = "x".repeat(1 << 20);

  @Test
  void read_hugeOffendingValues_quotedCutNeverWhole() {
    String[] documents = {
        "{\"version\":1,\"pullInterval\":\"" + HUGE + "\"}",
        "{\"version\":1,\"mode\":\"" + HUGE + "\"}",
        "{\"version\":1,\"sync\":{\"products\":\"" + HUGE + "\"}}",
        "{\"version\":1,\"sync\":{\"products\":[\"" + HUGE + "\"]}}",
        "{\"version\":1,\"" + HUGE + "\":1}",
        "{\"version\":1,\"taxMapping\":{\"mode\":\"MAP_TAX_RATES\",\"rates\":{\"" + HUGE + "\":\"T\"}}}",
        "{\"version\":\"" + HUGE + "\"}",
        "{\"version\":1,\"x\":\"" + HUGE + "}"};
    for (String json : documents) {
      assertThatThrownBy(() -> SyncProfileJson.read(json)).isInstanceOf(CwsyncException.class)
          .satisfies(e -> assertThat(e.getMessage().length()).as(e.getMessage().substring(0, 80))
              .isLessThan(1_000));
    }
    assertThatThrownBy(() -> SyncProfileJson.read(documents[0]))
        .hasMessageContaining("pullInterval").hasMessageContaining("xxxx…(1048576 chars)");
  }

  @Test
  void read_taxRateWithHugeExponent_refusedNamingTheSetting() {
    for (String rate : new String[] {"1e999999999", "1e-999999999"}) {
      assertThatThrownBy(() -> SyncProfileJson.read("{\"version\":1,\"taxMapping\":{\"mode\":\"MAP_TAX_RATES\","
          + "\"rates\":{\"" + rate + "\":\"Tax\"}}}"))
          .isInstanceOf(CwsyncException.class)
          .hasMessageContaining("taxMapping.rates")
          .hasMessageContaining("out of range");
    }
    assertThatThrownBy(() -> SyncProfile.builder()
        .taxMapping(t -> t.mapTaxRate(new java.math.BigDecimal("1e-999999999"), "Tax")))
        .isInstanceOf(io.cwsync.connectwise.InvalidValueException.class)
        .hasMessageContaining("taxMapping.rates");
  }
}
