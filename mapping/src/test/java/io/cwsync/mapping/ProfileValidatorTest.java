package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

  private static final ReferenceData REF = Fixtures.reference();

  private static List<ValidationProblem> problems(SyncProfile.Builder b) {
    return ProfileValidator.validate(b.build(), REF);
  }

  /** A valid pushing profile, to change one setting at a time. */
  private static SyncProfile.Builder valid() {
    return SyncProfile.builder().opportunityDefaults(od -> od.defaultStage("Prospect").defaultStatus("Open"));
  }

  private static ValidationProblem only(SyncProfile.Builder b) {
    List<ValidationProblem> found = problems(b);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void validate_fullProfile_noProblems() {
    assertThat(ProfileValidator.validate(Fixtures.fullProfile(), REF)).isEmpty();
    assertThatCode(() -> ProfileValidator.requireValid(Fixtures.fullProfile(), REF))
        .doesNotThrowAnyException();
  }

  @Test
  void validate_cwStageChosenTwice_namesBothHostStages() {
    ValidationProblem p = only(valid().stageMapping(sm -> sm.mapStage("Won", "Closed").mapStage("Lost", "Closed")));
    assertThat(p.code()).isEqualTo(MappingErrorCode.STAGE_CHOSEN_TWICE);
    assertThat(p.settingPath()).isEqualTo("stageMapping.stages");
    assertThat(p.message()).isEqualTo("ConnectWise stage 'Closed' is chosen for host stages "
        + "'Lost' and 'Won'; a ConnectWise stage may be mapped from one host stage only");
  }

  @Test
  void validate_cwStatusChosenTwice_namesBothHostStages() {
    ValidationProblem p = only(valid().stageMapping(sm -> sm.mapStatus("Won", "Won").mapStatus("Signed", "won")));
    assertThat(p.code()).isEqualTo(MappingErrorCode.STATUS_CHOSEN_TWICE);
    assertThat(p.message()).contains("ConnectWise status 'Won' is chosen for host stages "
        + "'Signed' and 'Won'");
  }

  @Test
  void validate_unknownMappedStageAndStatus_nameHostStageAndValue() {
    List<ValidationProblem> found =
        problems(valid().stageMapping(sm -> sm.mapStage("Won", "Closd").mapStatus("Lost", "Gone")));
    assertThat(found).extracting(ValidationProblem::code)
        .containsExactly(MappingErrorCode.UNKNOWN_STAGE, MappingErrorCode.UNKNOWN_STATUS);
    assertThat(found.get(0).settingPath()).isEqualTo("stageMapping.stages.Won");
    assertThat(found.get(0).message()).startsWith("host stage 'Won' is mapped to ConnectWise "
        + "stage 'Closd', which does not exist; known: 'Closed', 'Negotiation'");
    assertThat(found.get(1).message()).contains("ConnectWise status 'Gone'");
  }

  @Test
  void validate_unknownDefaultLocation_namesValueAndKnownLocations() {
    ValidationProblem p = only(valid().opportunityDefaults(od -> od.defaultLocation("Miami")));
    assertThat(p.code()).isEqualTo(MappingErrorCode.UNKNOWN_LOCATION);
    assertThat(p.settingPath()).isEqualTo("opportunityDefaults.location");
    assertThat(p.message()).isEqualTo("default location 'Miami' does not exist in ConnectWise; "
        + "known locations: 'Remote', 'Tampa Office'");
  }

  @Test
  void validate_unknownDefaults_eachReported() {
    List<ValidationProblem> found = problems(SyncProfile.builder().opportunityDefaults(od -> od.defaultBusinessUnit("Ops")
        .defaultRating("Warm").defaultStage("Lead").defaultStatus("Pending")));
    assertThat(found).extracting(ValidationProblem::code).containsExactly(
        MappingErrorCode.UNKNOWN_DEPARTMENT, MappingErrorCode.UNKNOWN_RATING,
        MappingErrorCode.UNKNOWN_STAGE, MappingErrorCode.UNKNOWN_STATUS);
    assertThat(found.get(0).message()).contains("default business unit 'Ops'");
    assertThat(found.get(1).message()).contains("default rating 'Warm'");
    assertThat(found.get(2).message()).contains("default stage 'Lead'");
    assertThat(found.get(3).message()).contains("default status 'Pending'");
  }

  @Test
  void validate_pushingWithoutDefaultStageAndStatus_missingSettings() {
    List<ValidationProblem> found = problems(SyncProfile.builder().mode(SyncMode.REAL_TIME));
    assertThat(found).extracting(ValidationProblem::settingPath)
        .containsExactly("opportunityDefaults.stage", "opportunityDefaults.status");
    assertThat(found.get(0).message()).contains("host stages without a stage mapping use the "
        + "default stage");
    assertThat(problems(SyncProfile.builder().mode(SyncMode.PULL_ONLY))).isEmpty();
  }

  @Test
  void validate_wonAndLostStageOverlap_conflict() {
    ValidationProblem p = only(valid().stageMapping(sm -> sm.wonStages("Closed").lostStages("Closed")));
    assertThat(p.code()).isEqualTo(MappingErrorCode.CONFLICTING_SETTINGS);
    assertThat(p.message()).isEqualTo("host stage 'Closed' is both a won stage and a lost stage");
  }

  @Test
  void validate_pullFilterOnUnknownStageOrStatus_reported() {
    List<ValidationProblem> found =
        problems(valid().pullFilters(pf -> pf.opportunityStages("Lead").opportunityStatuses("Pending")));
    assertThat(found).extracting(ValidationProblem::settingPath)
        .containsExactly("pullFilters.opportunityStages", "pullFilters.opportunityStatuses");
    assertThat(found.get(0).message()).contains("opportunity stage filter 'Lead'");
    assertThat(found.get(1).message()).contains("opportunity status filter 'Pending'");
  }

  @Test
  void validate_nameToDescriptionWithoutIdentifierField_identifierMappingMissing() {
    SyncProfile p = SyncProfileJson.read("{\"version\":1,\"opportunityDefaults\":{\"stage\":"
        + "\"Prospect\",\"status\":\"Open\"},\"productMapping\":{\"nameTarget\":\"DESCRIPTION\"}}");
    List<ValidationProblem> found = ProfileValidator.validate(p, REF);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo(MappingErrorCode.IDENTIFIER_FIELD_MISSING);
    assertThat(found.get(0).settingPath()).isEqualTo("productMapping.identifierField");
    assertThat(found.get(0).message()).contains("maps to the ConnectWise product description")
        .contains("another host field must map to the product identifier");
  }

  @Test
  void validate_individualMappingWithoutEntries_missingSetting() {
    ValidationProblem p = only(valid().productMapping(pm -> pm.standardProductMapping(false)));
    assertThat(p.code()).isEqualTo(MappingErrorCode.MISSING_SETTING);
    assertThat(p.settingPath()).isEqualTo("productMapping.standard");
  }

  @Test
  void validate_unknownProductTypeCategoryAndSubcategory_reported() {
    List<ValidationProblem> found = problems(valid().productMapping(pm -> pm.standardProductMapping(false)
        .mapProductType("HW", "Gadgets")
        .mapProductCategory("PCs", "Phones", "Laptops")
        .mapProductCategory("Srv", "Services", "Cloud")
        .mapProductCategory("Mix", "Services", "Laptops")));
    assertThat(found).extracting(ValidationProblem::code).containsExactly(
        MappingErrorCode.UNKNOWN_PRODUCT_TYPE, MappingErrorCode.SUBCATEGORY_NOT_IN_CATEGORY,
        MappingErrorCode.UNKNOWN_CATEGORY, MappingErrorCode.UNKNOWN_SUBCATEGORY);
    assertThat(found.get(0).message()).contains("host product type 'HW'")
        .contains("'Gadgets'");
    assertThat(found.get(1).message()).isEqualTo("ConnectWise subcategory 'Laptops' (for host "
        + "category 'Mix') does not belong to category 'Services'");
    assertThat(found.get(2).settingPath()).isEqualTo("productMapping.categories.PCs");
    assertThat(found.get(3).message()).contains("subcategory 'Cloud'");
  }

  @Test
  void validate_taxRatesUnknownCodeOrDifferentRate_reported() {
    List<ValidationProblem> found = problems(valid().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("6"), "GA")
        .mapTaxRate(new BigDecimal("8"), "TX")));
    assertThat(found).extracting(ValidationProblem::code)
        .containsExactly(MappingErrorCode.UNKNOWN_TAX_CODE, MappingErrorCode.TAX_RATE_MISMATCH);
    assertThat(found.get(0).message()).contains("host tax rate 6% is mapped to tax code 'GA'");
    assertThat(found.get(1).message())
        .isEqualTo("host tax rate 8% is mapped to tax code 'TX', whose rate is 8.25%");
  }

  @Test
  void validate_fieldRulesUnknownFieldAndNameAsNaturalKey_reported() {
    List<ValidationProblem> found = problems(valid().fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("phone")
        .naturalKey("customerName", "name")));
    assertThat(found).extracting(ValidationProblem::code)
        .containsExactly(MappingErrorCode.UNKNOWN_FIELD, MappingErrorCode.INVALID_NATURAL_KEY);
    assertThat(found.get(0).message()).contains("'phone' is not a company field");
    assertThat(found.get(1).settingPath()).isEqualTo("fieldRules.company.naturalKeys[0]");
    assertThat(found.get(1).message()).contains("use one of [accountNumber, identifier]");
  }

  @Test
  void validate_customFieldCaptionUnknown_reported() {
    ValidationProblem p = only(valid().fieldRules(EntityType.COMPANY, fr -> fr.mapCustomField("region", "Regoin")));
    assertThat(p.code()).isEqualTo(MappingErrorCode.UNKNOWN_CUSTOM_FIELD);
    assertThat(p.settingPath()).isEqualTo("fieldRules.company.customFields[0]");
    assertThat(p.message()).isEqualTo("host field 'region' of company is mapped to custom field "
        + "'Regoin', which does not exist in ConnectWise; known custom fields: 'Quote #', "
        + "'Region'");
  }

  @Test
  void validate_erpTechnicianTwiceUnknownMemberAndMissingErrorItem_reported() {
    List<ValidationProblem> found = problems(valid().erp(erp -> erp.mapTechnician("jsmith", "T1")
        .mapTechnician("adoe", "T1").mapTechnician("ghost", "T9")
        .mapItemTemplate("Gizmo", "G").mapAgreementType("MS", "MS-T")));
    assertThat(found).extracting(ValidationProblem::code).containsExactly(
        MappingErrorCode.UNKNOWN_MEMBER, MappingErrorCode.TECHNICIAN_CHOSEN_TWICE,
        MappingErrorCode.UNKNOWN_PRODUCT_TYPE, MappingErrorCode.MISSING_SETTING,
        MappingErrorCode.MISSING_SETTING);
    assertThat(found.get(0).message()).contains("member 'ghost'");
    assertThat(found.get(1).message()).isEqualTo("technician 'T1' is chosen for ConnectWise "
        + "members 'adoe' and 'jsmith'; a technician may be mapped from one member only");
    assertThat(found.get(3).settingPath()).isEqualTo("erp.errorItem");
    assertThat(found.get(4).settingPath()).isEqualTo("erp.defaultContractTemplate");
  }

  @Test
  void validate_pushProductUpdatesInPullOnly_conflict() {
    ValidationProblem p = only(SyncProfile.builder().mode(SyncMode.PULL_ONLY).selection(sel -> sel.syncProducts(true)
        .pushProductUpdates(true)));
    assertThat(p.code()).isEqualTo(MappingErrorCode.CONFLICTING_SETTINGS);
    assertThat(p.message()).contains("mode PULL_ONLY pushes nothing");
  }

  @Test
  void validate_mapTaxRatesWithoutRates_missingSetting() {
    SyncProfile p = SyncProfileJson.read("{\"version\":1,\"opportunityDefaults\":{\"stage\":"
        + "\"Prospect\",\"status\":\"Open\"},\"taxMapping\":{\"mode\":\"MAP_TAX_RATES\"}}");
    assertThat(ProfileValidator.validate(p, REF)).extracting(ValidationProblem::settingPath)
        .containsExactly("taxMapping.rates");
  }

  @Test
  void requireValid_manyProblems_throwsListingEveryOne() {
    SyncProfile p = SyncProfile.builder().opportunityDefaults(od -> od.defaultLocation("Miami")).stageMapping(sm -> sm.mapStage("A", "Closed")
        .mapStage("B", "Closed")).build();
    assertThatThrownBy(() -> ProfileValidator.requireValid(p, REF))
        .isInstanceOf(CwsyncException.class)
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode())
            .isEqualTo(MappingErrorCode.PROFILE_INVALID))
        .hasMessageContaining("4 problem(s)")
        .hasMessageContaining("opportunityDefaults.location: default location 'Miami'")
        .hasMessageContaining("stageMapping.stages: ConnectWise stage 'Closed' is chosen for "
            + "host stages 'A' and 'B'")
        .hasMessageContaining("opportunityDefaults.stage: a default stage is required")
        .hasMessageContaining("opportunityDefaults.status: a default status is required");
  }
}
