package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.cwsync.connectwise.model.CommunicationItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrmRulesTest {

  static final ReferenceData REF = Fixtures.reference();
  static final Flow COMPANIES = Flows.of(EntityType.COMPANY);
  static final Flow CONTACTS = Flows.of(EntityType.CONTACT);
  static final Flow OPPORTUNITIES = Flows.of(EntityType.OPPORTUNITY);

  static SyncProfile.Builder base() {
    return SyncProfile.builder().opportunityDefaults(od -> od.defaultStage("Prospect").defaultStatus("Open"))
        .stageMapping(sm -> sm.mapStage("Proposal", "Negotiation").mapStage("Won", "Closed")
        .mapStatus("Won", "Won").mapStatus("Lost", "Lost"));
  }

  static ProfileSyncRules rules(SyncProfile.Builder b) {
    return ProfileSyncRules.create(b.build(), REF);
  }

  static HostRecord.Builder opportunity(String stage) {
    return HostRecord.builder(EntityType.OPPORTUNITY, "o1")
        .field(HostFields.Opportunity.NAME, "Laptops for Acme")
        .field(HostFields.Opportunity.STAGE, stage)
        .field(HostFields.Opportunity.COMPANY, new HostRef(EntityType.COMPANY, "c1"))
        .field(HostFields.Opportunity.CONTACT, new HostRef(EntityType.CONTACT, "p1"))
        .field(HostFields.Opportunity.SALES_REP, "jsmith");
  }

  static TestContext linked() {
    return new TestContext().link(EntityType.COMPANY, "c1", 501).link(EntityType.CONTACT, "p1", 601);
  }

  static Opportunity cwOpportunity(String stage, int stageId, String status, int statusId) {
    return Opportunity.builder().id(700).name("Deal")
        .stage(new Reference(stageId, stage, null, null))
        .status(new Reference(statusId, status, null, null))
        .company(new Reference(501, "Acme", null, null))
        .contact(new Reference(601, "Ann", null, null)).build();
  }

  // ------------------------------------------------------------ opportunities, push

  @Test
  void toConnectWise_mappedStage_usesStageAndStatusMappings() {
    Opportunity o = (Opportunity) rules(base()).toConnectWise(OPPORTUNITIES,
        opportunity("Won").build(), null, linked());
    assertThat(o.stage().id()).isEqualTo(4);
    assertThat(o.status().id()).isEqualTo(11);
    assertThat(o.company().id()).isEqualTo(501);
    assertThat(o.contact().id()).isEqualTo(601);
    assertThat(o.primarySalesRep().id()).isEqualTo(90);
    assertThat(o.name()).isEqualTo("Laptops for Acme");
  }

  @Test
  void toConnectWise_unmappedStage_usesDefaultStageAndStatus() {
    Opportunity o = (Opportunity) rules(base()).toConnectWise(OPPORTUNITIES,
        opportunity("Discovery").build(), null, linked());
    assertThat(o.stage().id()).isEqualTo(1);
    assertThat(o.status().id()).isEqualTo(10);
    Opportunity p = (Opportunity) rules(base()).toConnectWise(OPPORTUNITIES,
        opportunity("Proposal").build(), null, linked());
    assertThat(p.stage().id()).as("stage mapped, status default").isEqualTo(3);
    assertThat(p.status().id()).isEqualTo(10);
  }

  @Test
  void toConnectWise_create_appliesLocationBusinessUnitAndRatingDefaults() {
    ProfileSyncRules rules = rules(base().opportunityDefaults(od -> od.defaultLocation("Tampa Office")
        .defaultBusinessUnit("Sales").defaultRating("Hot")));
    Opportunity o = (Opportunity) rules.toConnectWise(OPPORTUNITIES, opportunity("Won").build(),
        null, linked());
    assertThat(o.locationId()).isEqualTo(20);
    assertThat(o.businessUnitId()).isEqualTo(30);
    assertThat(o.rating().id()).isEqualTo(40);
    Opportunity existing = o.toBuilder().id(700).locationId(21).build();
    Opportunity updated = (Opportunity) rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").build(), existing, linked().changed(HostFields.Opportunity.NAME));
    assertThat(updated.locationId()).as("defaults only on create").isEqualTo(21);
  }

  @Test
  void toConnectWise_update_mapsOnlyChangedHostFields() {
    Opportunity existing = cwOpportunity("Prospect", 1, "Open", 10).toBuilder()
        .name("Old name").notes("CW notes").build();
    Opportunity updated = (Opportunity) rules(base()).toConnectWise(OPPORTUNITIES,
        opportunity("Won").field(HostFields.Opportunity.NOTES, "host notes").build(), existing,
        linked().changed(HostFields.Opportunity.STAGE));
    assertThat(updated.stage().id()).isEqualTo(4);
    assertThat(updated.status().id()).isEqualTo(11);
    assertThat(updated.name()).isEqualTo("Old name");
    assertThat(updated.notes()).isEqualTo("CW notes");
  }

  @Test
  void toConnectWise_cwStatusCustomFieldMode_takesStatusFromHostField() {
    ProfileSyncRules rules = rules(SyncProfile.builder().opportunityDefaults(od -> od.defaultStage("Prospect")
        .defaultStatus("Open")).stageMapping(sm -> sm.mapStage("Won", "Closed").cwStatusCustomField("CW Status")));
    Opportunity o = (Opportunity) rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").field("CW Status", "No Decision").build(), null, linked());
    assertThat(o.stage().id()).isEqualTo(4);
    assertThat(o.status().id()).isEqualTo(13);
    Opportunity open = (Opportunity) rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").build(), null, linked());
    assertThat(open.status().id()).as("empty field: default status").isEqualTo(10);
    assertThatThrownBy(() -> rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").field("CW Status", "Maybe").build(), null, linked()))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("UNMAPPED_VALUE: 'Maybe' in custom field 'CW Status' is not a "
            + "ConnectWise status [record opportunity o1, field CW Status]");
  }

  @Test
  void toConnectWise_missingSalesRepOrUnlinkedCompany_typedErrorsNamingRecordAndField() {
    ProfileSyncRules rules = rules(base());
    assertThatThrownBy(() -> rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").remove(HostFields.Opportunity.SALES_REP).build(), null, linked()))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("MISSING_VALUE").hasMessageContaining("field salesRep");
    assertThatThrownBy(() -> rules.toConnectWise(OPPORTUNITIES, opportunity("Won").build(), null,
        new TestContext().link(EntityType.CONTACT, "p1", 601)))
        .isInstanceOf(CwsyncException.class)
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode().retryable()).isTrue())
        .hasMessageContaining("UNKNOWN_REFERENCE: field 'company' refers to company 'c1', which "
            + "is not linked to ConnectWise yet");
    assertThatThrownBy(() -> rules.toConnectWise(OPPORTUNITIES,
        opportunity("Won").field(HostFields.Opportunity.SALES_REP, "ghost").build(), null,
        linked())).hasMessageContaining("sales rep 'ghost' is not a ConnectWise member");
  }

  @Test
  void toConnectWise_taxRateMapping_setsTaxCode() {
    ProfileSyncRules rules = rules(base().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX")));
    Opportunity o = (Opportunity) rules.toConnectWise(OPPORTUNITIES, opportunity("Won")
        .field(HostFields.Opportunity.TAX_RATE, new BigDecimal("8.250")).build(), null, linked());
    assertThat(o.taxCode().id()).isEqualTo(81);
    assertThatThrownBy(() -> rules.toConnectWise(OPPORTUNITIES, opportunity("Won")
        .field(HostFields.Opportunity.TAX_RATE, new BigDecimal("5")).build(), null, linked()))
        .hasMessageContaining("host tax rate 5% is not mapped to a ConnectWise tax code");
    Opportunity region = (Opportunity) rules(base()).toConnectWise(OPPORTUNITIES,
        opportunity("Won").field(HostFields.Opportunity.TAX_REGION, "FL").build(), null, linked());
    assertThat(region.taxCode().id()).isEqualTo(80);
  }

  // ------------------------------------------------------------ opportunities, pull

  @Test
  void toHost_stageAndStatusBothMapped_stageMappingDecides() {
    // CW stage Negotiation maps back to host Proposal; status Won maps back to host Won.
    HostRecord h = rules(base()).toHost(OPPORTUNITIES, cwOpportunity("Negotiation", 3, "Won", 11),
        null, linked());
    assertThat(h.field(HostFields.Opportunity.STAGE)).isEqualTo("Proposal");
    HostRecord s = rules(base()).toHost(OPPORTUNITIES, cwOpportunity("Prospect", 1, "Lost", 12),
        null, linked());
    assertThat(s.field(HostFields.Opportunity.STAGE)).as("status decides when the stage is not "
        + "mapped").isEqualTo("Lost");
    assertThat(s.field(HostFields.Opportunity.CLOSED)).isEqualTo(true);
    assertThat(s.field(HostFields.Opportunity.COMPANY))
        .isEqualTo(new HostRef(EntityType.COMPANY, "c1"));
  }

  @Test
  void toHost_unmappedStageAndStatus_unmappedValueError() {
    assertThatThrownBy(() -> rules(base()).toHost(OPPORTUNITIES,
        cwOpportunity("Qualification", 2, "Open", 10), null, linked()))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("UNMAPPED_VALUE: ConnectWise stage 'Qualification' and status "
            + "'Open' are not mapped to any host stage [record opportunity 700, field stage]");
  }

  @Test
  void toHost_cwStatusCustomFieldMode_writesStatusIntoHostField() {
    ProfileSyncRules rules = rules(SyncProfile.builder().opportunityDefaults(od -> od.defaultStage("Prospect")
        .defaultStatus("Open")).stageMapping(sm -> sm.mapStage("Won", "Closed").cwStatusCustomField("CW Status")));
    HostRecord h = rules.toHost(OPPORTUNITIES, cwOpportunity("Closed", 4, "No Decision", 13),
        null, linked());
    assertThat(h.field("CW Status")).isEqualTo("No Decision");
    assertThat(h.field(HostFields.Opportunity.STAGE)).isEqualTo("Won");
  }

  @Test
  void toHost_taxCode_becomesRegionOrRate() {
    Opportunity o = cwOpportunity("Closed", 4, "Won", 11).toBuilder()
        .taxCode(new Reference(81, null, "TX", null))
        .expectedCloseDate(Instant.parse("2026-03-01T00:00:00Z")).build();
    HostRecord region = rules(base()).toHost(OPPORTUNITIES, o, null, linked());
    assertThat(region.field(HostFields.Opportunity.TAX_REGION)).isEqualTo("TX");
    assertThat(region.field(HostFields.Opportunity.EXPECTED_CLOSE_DATE))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    HostRecord rate = rules(base().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX")))
        .toHost(OPPORTUNITIES, o, null, linked());
    assertThat(rate.field(HostFields.Opportunity.TAX_RATE)).isEqualTo(new BigDecimal("8.25"));
  }

  // ------------------------------------------------------------ modes and closed rules

  @Test
  void pushScope_pullOnly_nothingPushed() {
    ProfileSyncRules rules = rules(base().mode(SyncMode.PULL_ONLY));
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Won").build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(COMPANIES, company().build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void pushScope_pullNewAndPushWon_onlyWonOpportunities() {
    ProfileSyncRules rules = rules(base().mode(SyncMode.PULL_NEW_AND_PUSH_WON));
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Proposal").build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Won").build(), linked()))
        .isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pushScope(COMPANIES, company().build(), linked()))
        .as("new companies are pushed").isEqualTo(Scope.IN_SCOPE);
  }

  @Test
  void createOnlyModes_updatesNeitherPulledNorPushed() {
    for (SyncMode mode : List.of(SyncMode.PULL_ONLY, SyncMode.PULL_NEW_AND_PUSH_WON)) {
      ProfileSyncRules rules = rules(base().mode(mode));
      HostRecord existing = company().field(HostFields.Company.PHONE, "111").build();
      Company changed = Company.builder().id(501).name("Acme Inc").phoneNumber("222").build();
      assertThat(rules.toHost(COMPANIES, changed, existing, linked())).isSameAs(existing);
      Company cwExisting = Company.builder().id(501).name("Acme").build();
      assertThat(rules.toConnectWise(COMPANIES, company().build(), cwExisting,
          linked().changed(HostFields.Company.NAME))).isSameAs(cwExisting);
    }
    ProfileSyncRules realTime = rules(base().mode(SyncMode.REAL_TIME));
    HostRecord existing = company().build();
    HostRecord pulled = realTime.toHost(COMPANIES,
        Company.builder().id(501).name("Acme Inc").build(), existing, linked());
    assertThat(pulled.field(HostFields.Company.NAME)).isEqualTo("Acme Inc");
    assertThat(pulled.hostId()).isEqualTo("c1");
  }

  @Test
  void pushScope_closedOpportunity_stopsSyncingUnlessKeepSyncing() {
    ProfileSyncRules rules = rules(base());
    TestContext linkedOpp = linked().link(EntityType.OPPORTUNITY, "o1", 700);
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Lost").build(),
        linkedOpp.changed(HostFields.Opportunity.NOTES))).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Lost").build(),
        linked().link(EntityType.OPPORTUNITY, "o1", 700).changed(HostFields.Opportunity.STAGE)))
        .as("the push that closes it still goes").isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Won").build(), linked()))
        .as("not linked yet: created").isEqualTo(Scope.IN_SCOPE);
    ProfileSyncRules keep = rules(base().pushRules(pr -> pr.keepSyncingClosedOpportunities(true)));
    assertThat(keep.pushScope(OPPORTUNITIES, opportunity("Lost").build(),
        linked().link(EntityType.OPPORTUNITY, "o1", 700).changed(HostFields.Opportunity.NOTES)))
        .isEqualTo(Scope.IN_SCOPE);
  }

  @Test
  void toHost_hostOpportunityClosed_leftAsIsUnlessKeepSyncing() {
    HostRecord closed = opportunity("Won").build();
    Opportunity cw = cwOpportunity("Negotiation", 3, "Open", 10);
    assertThat(rules(base()).toHost(OPPORTUNITIES, cw, closed, linked())).isSameAs(closed);
    HostRecord kept = rules(base().pushRules(pr -> pr.keepSyncingClosedOpportunities(true)))
        .toHost(OPPORTUNITIES, cw, closed, linked());
    assertThat(kept.field(HostFields.Opportunity.STAGE)).isEqualTo("Proposal");
  }

  @Test
  void scopes_companiesContactsOpportunitiesOff_nothingOfThemSynced() {
    ProfileSyncRules rules = rules(base().selection(sel -> sel.syncCompaniesContactsOpportunities(false)));
    assertThat(rules.pushScope(OPPORTUNITIES, opportunity("Won").build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pullScope(OPPORTUNITIES, cwOpportunity("Closed", 4, "Won", 11), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pullScope(CONTACTS, Contact.builder().id(1).firstName("A").build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
  }

  // ------------------------------------------------------------ companies and contacts

  static HostRecord.Builder company() {
    return HostRecord.builder(EntityType.COMPANY, "c1").field(HostFields.Company.NAME, "Acme Corp.")
        .field(HostFields.Company.PHONE, "555-0100").field(HostFields.Company.CITY, "Tampa");
  }

  @Test
  void toConnectWise_companyWithoutIdentifier_derivesItFromName() {
    Company co = (Company) rules(base()).toConnectWise(COMPANIES, company().build(), null,
        linked());
    assertThat(co.identifier()).isEqualTo("AcmeCorp");
    assertThat(co.name()).isEqualTo("Acme Corp.");
    assertThat(co.phoneNumber()).isEqualTo("555-0100");
    assertThat(co.city()).isEqualTo("Tampa");
  }

  @Test
  void naturalKeys_customerNumberMatchesIdentifierOrAccountNumber() {
    ProfileSyncRules rules = rules(base()
        .fieldRules(EntityType.COMPANY, fr -> fr.naturalKey("customerNumber", "identifier")
        .naturalKey("customerNumber", "accountNumber")));
    HostRecord customer = company().field("customerNumber", "C-1001").build();
    assertThat(rules.naturalKey(COMPANIES, customer, linked()).orElseThrow().render())
        .isEqualTo("(identifier = \"C-1001\" OR accountNumber = \"C-1001\") AND deletedFlag = false");
    // The same key as values, so core batches a page's lookups (it does only when both render alike).
    NaturalKey values = rules.naturalKeyValues(COMPANIES, customer, linked()).orElseThrow();
    assertThat(values.anyOf()).containsExactly(NaturalKey.Term.of("identifier", "C-1001"),
        NaturalKey.Term.of("accountNumber", "C-1001"));
    assertThat(values.allOf()).containsExactly(NaturalKey.Term.of("deletedFlag", false));
    assertThat(values.condition()).isEqualTo(rules.naturalKey(COMPANIES, customer, linked()).orElseThrow());
    Company co = (Company) rules.toConnectWise(COMPANIES, customer, null, linked());
    assertThat(co.identifier()).isEqualTo("C-1001");
    assertThat(co.accountNumber()).isEqualTo("C-1001");
    assertThat(rules.hostNaturalKey(COMPANIES, Company.builder().id(9).accountNumber("C-7")
        .build(), linked())).contains(java.util.Map.of("customerNumber", "C-7"));
    HostRecord pulled = rules.toHost(COMPANIES, Company.builder().id(9).name("X")
        .identifier("C-9").build(), null, linked());
    assertThat(pulled.field("customerNumber")).isEqualTo("C-9");
    assertThat(rules(base()).naturalKey(COMPANIES, company().build(), linked())).isEmpty();
  }

  @Test
  void suppressedUpdateFields_neverUpdatedFieldsOfTheEntity() {
    ProfileSyncRules rules = rules(base().fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("phoneNumber",
        "website")));
    assertThat(rules.suppressedUpdateFields(COMPANIES))
        .containsExactlyInAnyOrder("phoneNumber", "website");
    assertThat(rules.suppressedUpdateFields(CONTACTS)).isEmpty();
  }

  @Test
  void customFields_travelBothWaysByCaption() {
    ProfileSyncRules rules = rules(base().fieldRules(EntityType.COMPANY, fr -> fr.mapCustomField("salesRegion",
        "Region")));
    Company co = (Company) rules.toConnectWise(COMPANIES,
        company().field("salesRegion", "South").build(), null, linked());
    assertThat(co.customFields()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(100);
      assertThat(f.valueAsText()).isEqualTo("South");
    });
    Company pulled = Company.builder().id(501).name("Acme").customFields(List.of(
        CustomField.builder().id(100).caption("Region").value(TextNode.valueOf("North")).build()))
        .build();
    assertThat(rules.toHost(COMPANIES, pulled, null, linked()).field("salesRegion"))
        .isEqualTo("North");
    Company other = (Company) rules.toConnectWise(COMPANIES,
        company().field("salesRegion", "East").build(), co.toBuilder().id(501).build(),
        linked().changed(HostFields.Company.PHONE));
    assertThat(other.customFields().get(0).valueAsText()).as("field unchanged, not sent")
        .isEqualTo("South");
  }

  @Test
  void toHost_company_mapsTypesMarketStatusAndAddress() {
    Company co = Company.builder().id(501).name("Acme").identifier("ACME").website("acme.test")
        .market(new Reference(3, "Real estate", null, null))
        .status(new Reference(1, "Active", null, null))
        .types(List.of(new Reference(5, "Prospect", null, null))).zip("33602").build();
    HostRecord h = rules(base()).toHost(COMPANIES, co, null, linked());
    assertThat(h.hostId()).isNull();
    assertThat(h.fields()).containsEntry(HostFields.Company.MARKET, "Real estate")
        .containsEntry(HostFields.Company.STATUS, "Active")
        .containsEntry(HostFields.Company.TYPES, List.of("Prospect"))
        .containsEntry(HostFields.Company.IDENTIFIER, "ACME")
        .containsEntry(HostFields.Company.ZIP, "33602");
  }

  @Test
  void contact_communicationItemsBothWays() {
    ProfileSyncRules rules = rules(base());
    HostRecord host = HostRecord.builder(EntityType.CONTACT, "p1")
        .field(HostFields.Contact.FIRST_NAME, "Ann").field(HostFields.Contact.LAST_NAME, "Doe")
        .field(HostFields.Contact.EMAIL, "ann@acme.test")
        .field(HostFields.Contact.COMPANY, new HostRef(EntityType.COMPANY, "c1")).build();
    Contact ct = (Contact) rules.toConnectWise(CONTACTS, host, null, linked());
    assertThat(ct.company().id()).isEqualTo(501);
    assertThat(ct.communicationItems()).singleElement().satisfies(i -> {
      assertThat(i.value()).isEqualTo("ann@acme.test");
      assertThat(i.communicationType()).isEqualTo("Email");
    });
    Contact pulled = ct.toBuilder().id(601).communicationItems(List.of(
        CommunicationItem.builder().communicationType("Phone").value("555").defaultFlag(true)
            .build(),
        CommunicationItem.builder().communicationType("Email").value("a@x.test").build())).build();
    HostRecord back = rules.toHost(CONTACTS, pulled, null, linked());
    assertThat(back.fields()).containsEntry(HostFields.Contact.EMAIL, "a@x.test")
        .containsEntry(HostFields.Contact.PHONE, "555")
        .containsEntry(HostFields.Contact.COMPANY, new HostRef(EntityType.COMPANY, "c1"));
    assertThatThrownBy(() -> rules.toConnectWise(CONTACTS,
        host.toBuilder().remove(HostFields.Contact.FIRST_NAME).build(), null, linked()))
        .hasMessageContaining("MISSING_VALUE: field 'firstName' is required");
  }

  // ------------------------------------------------------------ host filters

  @Test
  void pushScope_optOutFieldOrFlag_outOfScope() {
    ProfileSyncRules rules = rules(base().hostFilters(hf -> hf.optOut("ZCJ_SyncToCW", "No")));
    assertThat(rules.pushScope(COMPANIES, company().field("ZCJ_SyncToCW", "no").build(),
        linked())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(COMPANIES, company().field("ZCJ_SyncToCW", "Yes").build(),
        linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pushScope(COMPANIES, company().syncOptOut(true).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void pushScope_customerTypeContractTypeAndBranchFilters() {
    ProfileSyncRules rules = rules(base().hostFilters(hf -> hf.customerTypes("Retail").contractTypes("Service")
        .branches("01")));
    HostRecord.Builder ok = company().field(HostFields.Company.CUSTOMER_TYPE, "retail")
        .field(HostFields.Company.CONTRACT_TYPE, "Service").field(HostFields.Company.BRANCH, "01");
    assertThat(rules.pushScope(COMPANIES, ok.build(), linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pushScope(COMPANIES, ok.field(HostFields.Company.BRANCH, "02").build(),
        linked())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(COMPANIES, company().build(), linked()))
        .as("missing customer type").isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void create_invalidProfile_throwsListingProblems() {
    assertThatThrownBy(() -> ProfileSyncRules.create(SyncProfile.builder()
        .opportunityDefaults(od -> od.defaultLocation("Nowhere")).build(), REF)).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("PROFILE_INVALID")
        .hasMessageContaining("default location 'Nowhere'");
    assertThatThrownBy(() -> ProfileSyncRules.create(base().pullFilters(pf -> pf.onlyCompaniesWithOpportunity(true))
        .build(), REF)).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("pullFilters.onlyCompaniesWithOpportunity");
  }

  @Test
  void fingerprints_onlyOwnedFieldsCount() {
    ProfileSyncRules rules = rules(base());
    HostRecord h = company().field("internalRating", "A").build();
    assertThat(rules.hostFingerprint(COMPANIES, h, linked()))
        .containsKeys(HostFields.Company.NAME, HostFields.Company.PHONE)
        .doesNotContainKey("internalRating");
  }
}
