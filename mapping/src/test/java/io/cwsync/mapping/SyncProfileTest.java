package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.EntityType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncProfileTest {

  @Test
  void builder_defaults_realTimeEvery15MinutesCompaniesOnlyNoFilters() {
    SyncProfile p = SyncProfile.builder().build();
    assertThat(p.version()).isEqualTo(SyncProfile.CURRENT_VERSION);
    assertThat(p.mode()).isEqualTo(SyncMode.REAL_TIME);
    assertThat(p.pullInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.selection()).isEqualTo(SyncSelection.defaults());
    assertThat(p.pullFilters()).isEqualTo(PullFilters.none());
    assertThat(p.hostFilters()).isEqualTo(HostFilters.none());
    assertThat(p.pushRules()).isEqualTo(PushRules.defaults());
    assertThat(p.pushRules().keepSyncingClosedOpportunities()).isFalse();
    assertThat(p.opportunityDefaults()).isEqualTo(OpportunityDefaults.none());
    assertThat(p.stageMapping()).isEqualTo(StageMapping.defaults());
    assertThat(p.bundles()).isEqualTo(BundleStrategy.ONE_PRODUCT);
    assertThat(p.productMapping()).isEqualTo(ProductMapping.defaults());
    assertThat(p.taxMapping()).isEqualTo(TaxMapping.defaults());
    assertThat(p.fieldRules()).isEmpty();
    assertThat(p.erp()).isEqualTo(ErpSettings.none());
  }

  @Test
  void syncMode_presets_matchTheSeedDescriptions() {
    assertThat(SyncMode.PULL_ONLY.pushes()).isFalse();
    assertThat(SyncMode.PULL_ONLY.syncsUpdates()).isFalse();
    assertThat(SyncMode.PULL_NEW_AND_PUSH_WON.pushes()).isTrue();
    assertThat(SyncMode.PULL_NEW_AND_PUSH_WON.syncsUpdates()).isFalse();
    assertThat(SyncMode.PULL_NEW_AND_PUSH_WON.pushesOnlyWonOpportunities()).isTrue();
    assertThat(SyncMode.PULL_NEW_AND_PUSH_WON.pushesImmediately()).isFalse();
    assertThat(SyncMode.REAL_TIME.syncsUpdates()).isTrue();
    assertThat(SyncMode.REAL_TIME.pushesImmediately()).isTrue();
    assertThat(SyncMode.REAL_TIME.pushesOnlyWonOpportunities()).isFalse();
    assertThat(SyncMode.DEFAULT_PULL_INTERVAL).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void builder_everySetting_landsInItsSection() {
    SyncProfile p = Fixtures.fullProfile();
    assertThat(p.pullInterval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.selection()).isEqualTo(new SyncSelection(true, true, true, true));
    assertThat(p.pullFilters().onlyCompaniesWithOpportunity()).isTrue();
    assertThat(p.pullFilters().companyTypes()).containsExactlyInAnyOrder("Prospect", "Customer");
    assertThat(p.pullFilters().contactTypes()).containsExactly("Approver");
    assertThat(p.pullFilters().markets()).containsExactly("Real estate");
    assertThat(p.pullFilters().opportunityStages()).contains("Negotiation");
    assertThat(p.pullFilters().opportunityStatuses()).containsExactly("Open");
    assertThat(p.pullFilters().opportunitiesUpdatedAfter())
        .isEqualTo(Instant.parse("2025-01-31T08:00:00Z"));
    assertThat(p.hostFilters()).isEqualTo(new HostFilters(Set.of("Retail"), Set.of("Service"),
        Set.of("01", "02"), "ZCJ_SyncToCW", "No"));
    assertThat(p.pushRules()).isEqualTo(new PushRules(true, true));
    assertThat(p.opportunityDefaults()).isEqualTo(
        new OpportunityDefaults("Tampa Office", "Sales", "Hot", "Prospect", "Open"));
    assertThat(p.stageMapping().stages()).containsEntry("Won", "Closed").hasSize(3);
    assertThat(p.stageMapping().statuses()).containsEntry("Lost", "Lost").hasSize(2);
    assertThat(p.stageMapping().lostStages()).containsExactlyInAnyOrder("Lost", "Abandoned");
    assertThat(p.bundles()).isEqualTo(BundleStrategy.CHILD_PRODUCTS);
    assertThat(p.productMapping().standard()).isFalse();
    assertThat(p.productMapping().categories())
        .containsEntry("PCs", new ProductMapping.Category("Computers", "Laptops"));
    assertThat(p.productMapping().productClasses()).containsEntry("Physical", "Inventory");
    assertThat(p.productMapping().productIds()).containsEntry("SKU-1", "LAPTOP-14");
    assertThat(p.productMapping().nameTarget()).isEqualTo(ProductNameTarget.DESCRIPTION);
    assertThat(p.productMapping().identifierField()).isEqualTo("sku");
    assertThat(p.taxMapping().mode()).isEqualTo(TaxMode.MAP_TAX_RATES);
    assertThat(p.taxMapping().rates()).containsEntry(new BigDecimal("7"), "FL");
    assertThat(p.taxMapping().nonTaxableCategory()).isEqualTo("Exempt");
    FieldRules company = p.fieldRules(EntityType.COMPANY);
    assertThat(company.neverUpdated()).containsExactlyInAnyOrder("phoneNumber", "website");
    assertThat(company.naturalKeys()).containsExactly(
        new FieldRules.NaturalKey("customerNumber", "identifier"),
        new FieldRules.NaturalKey("customerNumber", "accountNumber"));
    assertThat(p.fieldRules(EntityType.CONTACT)).isEqualTo(FieldRules.none());
    ErpSettings erp = p.erp();
    assertThat(erp.agreementTemplates()).isEqualTo(Map.of("Managed Services", "MS-TEMPLATE"));
    assertThat(erp.defaultContractTemplate()).isEqualTo("DEFAULT");
    assertThat(erp.onlyTicketsWithTimeEntries()).isTrue();
    assertThat(erp.technicians()).containsEntry("adoe", "T200");
    assertThat(erp.itemTemplates()).containsEntry("Service", "SVC-TEMPLATE");
    assertThat(erp.errorItem()).isEqualTo("ERROR-ITEM");
    assertThat(erp.onHoldCodes()).isEqualTo(List.of("CW", "REVIEW"));
    assertThat(erp.invoiceNumberIn()).isEqualTo(InvoiceNumberTarget.REMARKS);
    assertThat(SyncProfile.builder().build().erp().invoiceNumberIn())
        .isEqualTo(InvoiceNumberTarget.PO);
  }

  @Test
  void toBuilder_unchanged_buildsEqualProfile() {
    SyncProfile p = Fixtures.fullProfile();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().bundles(BundleStrategy.AS_BUNDLE).build()).isNotEqualTo(p);
  }

  @Test
  void pullInterval_underOneMinute_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().pullInterval(Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one minute").hasMessageContaining("PT30S");
  }

  @Test
  void productUpdates_withoutProducts_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().selection(sel -> sel.pullProductUpdates(true)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("syncProducts(true)");
    assertThatThrownBy(() -> SyncProfile.builder().selection(sel -> sel.pushProductUpdates(true)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("syncProducts(true)");
    assertThatThrownBy(() -> SyncProfile.builder().selection(sel -> sel.syncProducts(true).pullProductUpdates(true)
        .syncProducts(false))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("products cannot be turned off");
  }

  @Test
  void filterValues_blankOrRepeated_rejectedNamingTheValue() {
    assertThatThrownBy(() -> SyncProfile.builder().pullFilters(pf -> pf.companyTypes("Prospect", "prospect")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("company type 'prospect' is given twice");
    assertThatThrownBy(() -> SyncProfile.builder().pullFilters(pf -> pf.markets(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("market must not be blank");
    assertThatThrownBy(() -> SyncProfile.builder().pullFilters(pf -> pf.contactTypes((String) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("contact type == null");
  }

  @Test
  void filterValues_setAgain_replaceEarlierValues() {
    SyncProfile p = SyncProfile.builder().pullFilters(pf -> pf.companyTypes("A").companyTypes("B")).build();
    assertThat(p.pullFilters().companyTypes()).containsExactly("B");
  }

  @Test
  void optOut_setAndRemoved() {
    SyncProfile p = SyncProfile.builder().hostFilters(hf -> hf.optOut("ZCJ_SyncToCW", "No")).build();
    assertThat(p.hostFilters().optOutField()).isEqualTo("ZCJ_SyncToCW");
    assertThat(p.hostFilters().optOutValue()).isEqualTo("No");
    assertThat(p.toBuilder().hostFilters(hf -> hf.noOptOut()).build().hostFilters().optOutField()).isNull();
    assertThatThrownBy(() -> new HostFilters(Set.of(), Set.of(), Set.of(), "F", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("go together");
  }

  @Test
  void mapStage_sameHostStageTwice_rejectedNamingEarlierMapping() {
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.mapStage("Won", "Closed").mapStage("Won", "X")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("host stage 'Won' is already mapped to ConnectWise stage 'Closed'");
  }

  @Test
  void mapStage_sameConnectWiseStageTwice_leftToValidation() {
    SyncProfile p = SyncProfile.builder().stageMapping(sm -> sm.mapStage("Won", "Closed").mapStage("Lost", "Closed"))
        .build();
    assertThat(p.stageMapping().stages()).hasSize(2);
  }

  @Test
  void mapStatus_inCwStatusCustomFieldMode_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.cwStatusCustomField("CW Status")
        .mapStatus("Won", "Won"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not used in the CW Status custom field mode");
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.mapStatus("Won", "Won").mapStatus("Won", "X")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("host stage 'Won' is already mapped to ConnectWise status 'Won'");
  }

  @Test
  void cwStatusCustomField_withStatusMappings_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.mapStatus("Won", "Won")
        .cwStatusCustomField("CW Status"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maps only stages, but 1 status mapping(s) exist");
  }

  @Test
  void cwStatusCustomField_selectsModeAndField() {
    SyncProfile p = SyncProfile.builder().stageMapping(sm -> sm.mapStage("Won", "Closed")
        .cwStatusCustomField("CW Status")).build();
    assertThat(p.stageMapping().statusMode()).isEqualTo(StatusMode.CW_STATUS_CUSTOM_FIELD);
    assertThat(p.stageMapping().cwStatusField()).isEqualTo("CW Status");
    assertThat(p.toBuilder().stageMapping(sm -> sm.statusFromStages()).build().stageMapping().statusMode())
        .isEqualTo(StatusMode.STAGE_MAPPING);
  }

  @Test
  void wonAndLostStages_empty_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.wonStages()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one won");
    assertThatThrownBy(() -> SyncProfile.builder().stageMapping(sm -> sm.lostStages()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one lost");
  }

  @Test
  void individualProductMapping_withStandardMapping_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().productMapping(pm -> pm.mapProductType("A", "B")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an individual product type mapping needs standardProductMapping(false) first");
    assertThatThrownBy(() -> SyncProfile.builder().productMapping(pm -> pm.standardProductMapping(false)
        .mapProductId("1", "X").standardProductMapping(true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 individual product mapping(s)");
  }

  @Test
  void mapProductClass_notAConnectWiseClass_rejectedListingClasses() {
    assertThatThrownBy(() -> SyncProfile.builder().productMapping(pm -> pm.standardProductMapping(false)
        .mapProductClass("Physical", "Hardware"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Hardware' is not a ConnectWise product class")
        .hasMessageContaining("NonInventory");
  }

  @Test
  void mapProductCategory_twice_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().productMapping(pm -> pm.standardProductMapping(false)
        .mapProductCategory("PCs", "Computers", "Laptops")
        .mapProductCategory("PCs", "Computers", "Desktops")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("host product category 'PCs' is already mapped");
  }

  @Test
  void productName_toDescriptionAndBack() {
    SyncProfile p = SyncProfile.builder().productMapping(pm -> pm.productNameToDescription("sku")).build();
    assertThat(p.productMapping().nameTarget()).isEqualTo(ProductNameTarget.DESCRIPTION);
    assertThat(p.productMapping().identifierField()).isEqualTo("sku");
    SyncProfile q = p.toBuilder().productMapping(pm -> pm.productNameToIdentifier()).build();
    assertThat(q.productMapping().nameTarget()).isEqualTo(ProductNameTarget.IDENTIFIER);
    assertThat(q.productMapping().identifierField()).isNull();
  }

  @Test
  void mapTaxRate_normalisedDuplicateAndRange() {
    assertThatThrownBy(() -> SyncProfile.builder().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX")
        .mapTaxRate(new BigDecimal("8.250"), "FL"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("tax rate 8.25% is already mapped to tax code 'TX'");
    assertThatThrownBy(() -> SyncProfile.builder().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("101"), "TX")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 101");
    assertThatThrownBy(() -> SyncProfile.builder().taxMapping(tm -> tm.mapTaxRate(BigDecimal.ONE, "TX")
        .importTaxCodes())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 tax rate mapping(s) exist");
    assertThatThrownBy(() -> SyncProfile.builder().taxMapping(tm -> tm.taxCategoryNames("Tax", "tax")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different names");
  }

  @Test
  void fieldRules_unsupportedEntityOrDuplicates_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().fieldRules(EntityType.MEMBER, fr -> fr.neverUpdate("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field rules are not supported for entity 'member'");
    assertThatThrownBy(() -> SyncProfile.builder().fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("name",
        "name"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'name' of company is already never updated");
    assertThatThrownBy(() -> SyncProfile.builder().fieldRules(EntityType.COMPANY, fr -> fr.naturalKey("n", "identifier")
        .naturalKey("n", "identifier")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    assertThatThrownBy(() -> SyncProfile.builder().fieldRules(EntityType.COMPANY, fr -> fr.mapCustomField("a", "Cap")
        .mapCustomField("b", "cap"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("custom field 'cap' of company is already mapped from host field 'a'");
  }

  @Test
  void erpMappings_twice_rejectedNamingEarlierMapping() {
    assertThatThrownBy(() -> SyncProfile.builder().erp(erp -> erp.mapTechnician("jsmith", "T1")
        .mapTechnician("jsmith", "T2"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("member 'jsmith' is already mapped to technician 'T1'");
    assertThatThrownBy(() -> SyncProfile.builder().erp(erp -> erp.mapItemTemplate("Hardware", "A")
        .mapItemTemplate("Hardware", "B"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("item template 'A'");
    assertThatThrownBy(() -> SyncProfile.builder().erp(erp -> erp.mapAgreementType("MS", "A")
        .mapAgreementType("MS", "B"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contract template 'A'");
    assertThatThrownBy(() -> SyncProfile.builder().erp(erp -> erp.onHoldCodes("CW", "CW")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("on-hold code 'CW' is given twice");
    assertThatThrownBy(() -> SyncProfile.builder().erp(erp -> erp.errorItem("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("error item must not be blank");
  }

  @Test
  void defaults_blankName_rejected() {
    assertThatThrownBy(() -> SyncProfile.builder().opportunityDefaults(od -> od.defaultLocation("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default location must not be blank");
    assertThat(SyncProfile.builder().opportunityDefaults(od -> od.defaultLocation("X").defaultLocation(null)).build()
        .opportunityDefaults().location()).isNull();
  }
}
