package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import org.junit.jupiter.api.Test;

/** Seed 003, "Customer Sync": one test per question, end to end against the simulator. */
class ErpCustomerSyncTest {

  /** Q1: "I have the e-automate customer number stored in ConnectWise, do I still need to update the custom property?" */
  @Test
  void customerNumberInCompanyIdOrAccountId_matchesAndWritesBackTheCompanyId() {
    try (ErpFixture f = ErpFixture.start()) {
      int byIdentifier = f.company("ACME01", null, "Acme in ConnectWise");
      int byAccount = f.company("GLOBEX-IMG", "GLOBEX", "Globex in ConnectWise");
      f.integrate().syncOk();

      Customer acme = f.db.customers().requireNumber("ACME01");
      Customer globex = f.db.customers().requireNumber("GLOBEX");
      assertThat(acme.cwCompanyId()).as("matched by the Company ID field").isEqualTo(byIdentifier);
      assertThat(globex.cwCompanyId()).as("matched by the Account ID field").isEqualTo(byAccount);
      assertThat(f.cw("company/companies")).filteredOn(c -> c.path("identifier").asText().startsWith("GLOBEX"))
          .hasSize(1);
      Customer initech = f.db.customers().requireNumber("INITECH");
      ObjectNode created = f.cw("company/companies", initech.cwCompanyId());
      assertThat(created.path("identifier").asText()).isEqualTo("INITECH");
      assertThat(created.path("accountNumber").asText()).isEqualTo("INITECH");
    }
  }

  /** Q2: "I only want the sync to update certain companies in ConnectWise, how do I do that?" */
  @Test
  void onlyCertainCompanies_customerTypeContractTypeBranchFiltersAndSyncToCwOptOut() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate(b -> b.hostFilters(hf -> hf.customerTypes("Dealer").contractTypes("Service", "Managed").branches("01"))).syncOk();
      assertThat(f.db.customers().requireNumber("ACME01").cwCompanyId()).isNotNull();
      assertThat(f.db.customers().requireNumber("GLOBEX").cwCompanyId()).isNotNull();
      assertThat(f.db.customers().requireNumber("INITECH").cwCompanyId()).as("Retail, branch 02").isNull();
      assertThat(f.db.customers().requireNumber("UMBRELLA").cwCompanyId()).as("ZCJ_SyncToCW = No").isNull();
      assertThat(f.cw("company/companies")).noneMatch(c -> c.path("identifier").asText().equals("UMBRELLA"));
      // A location customer follows its main customer's ZCJ_SyncToCW.
      Customer hidden = f.db.customers().insert(ErpSampleData.customer("UMBRELLA-W", "Umbrella West", "Dealer",
          "Managed", "01", "8 West Rd", "Tampa", "FL", "33602").withParent(f.db.customers()
          .requireNumber("UMBRELLA").id()));
      f.syncOk();
      assertThat(f.db.customers().require(hidden.id()).cwSiteId()).isNull();

      // Turning the property back to Yes (and moving it into the filters) brings it over on the next pass.
      Customer umbrella = f.db.customers().requireNumber("UMBRELLA");
      f.db.customers().update(umbrella.withSyncToCw(true).withClassification("Dealer", "Managed", "01"));
      f.syncOk();
      assertThat(f.db.customers().requireNumber("UMBRELLA").cwCompanyId()).isNotNull();
      assertThat(f.db.customers().require(hidden.id()).cwSiteId()).as("the location followed").isNotNull();
    }
  }

  /** Q3: "I don't want the sync to update certain fields in ConnectWise, is that possible?" */
  @Test
  void certainFieldsNotUpdated_neverUpdatedFieldsAreLeftAlone() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate(b -> b.fieldRules(EntityType.COMPANY, fr -> fr.neverUpdate("phoneNumber"))).syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      f.simulator.update("company/companies", acme.cwCompanyId(), n -> n.put("phoneNumber", "555-0100"));
      f.db.customers().update(acme.withPhone("555-0199").withName("Acme Copiers Inc"));
      f.syncOk();
      ObjectNode company = f.cw("company/companies", acme.cwCompanyId());
      assertThat(company.path("name").asText()).isEqualTo("Acme Copiers Inc");
      assertThat(company.path("phoneNumber").asText()).as("phone is never updated").isEqualTo("555-0100");
    }
  }

  /** Q4: "Is there a way to tell if the sync has updated or created a company in ConnectWise?" */
  @Test
  void tellIfCreatedOrUpdated_auditLogAndConnectWiseAuditTrailShowTheApiMember() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      f.db.customers().update(acme.withName("Acme Copiers Inc"));
      f.syncOk();
      long cwId = acme.cwCompanyId();
      assertThat(f.sync.audit()).filteredOn(e -> e.type().equals(EntityType.COMPANY) && cwIdIs(e, cwId))
          .extracting(AuditEntry::action).containsSubsequence(SyncAction.CREATE, SyncAction.UPDATE);
      assertThat(f.sync.audit()).filteredOn(e -> cwIdIs(e, cwId)).allSatisfy(e -> {
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.deepLink()).contains("recid=" + cwId);
      });
      ObjectNode company = f.cw("company/companies", cwId);
      String apiMember = f.simulator.member().identifier();
      assertThat(company.path("_info").path("enteredBy").asText()).isEqualTo(apiMember);
      assertThat(company.path("_info").path("updatedBy").asText()).isEqualTo(apiMember);
    }
  }

  private static boolean cwIdIs(AuditEntry e, long cwId) {
    return e.cwId() != null && e.cwId() == cwId;
  }

  /** Q5: "How do I tell which companies are mapped to customers in e-automate?" */
  @Test
  void whichCompaniesAreMapped_mappedCustomersViewListsCompaniesAndSites() {
    try (ErpFixture f = ErpFixture.start()) {
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      Customer north = f.db.customers().requireNumber("ACME01-N");
      assertThat(north.cwSiteId()).as("ZCJ_CW_SiteAddressRecID written back").isNotNull();
      ObjectNode site = f.simulator.get("company/companies/{parentId}/sites", north.cwSiteId())
          .orElseThrow();
      assertThat(site.path("name").asText()).isEqualTo("Acme Copiers North");

      assertThat(f.sync.mappedCustomers()).extracting(MappedCustomer::number)
          .containsExactly("ACME01", "GLOBEX", "INITECH", "ACME01-N");
      MappedCustomer location = f.sync.mappedCustomers().get(3);
      assertThat(location.location()).isTrue();
      assertThat(location.cwCompanyId()).isEqualTo(acme.cwCompanyId().longValue());
      assertThat(location.cwSiteId()).isEqualTo(north.cwSiteId().longValue());
    }
  }

  /** Q6: "The sync linked a customer in e-automate to the wrong company in ConnectWise." */
  @Test
  void linkedToTheWrongCompany_relinkMovesTheLinkAndTheCustomProperty() {
    try (ErpFixture f = ErpFixture.start()) {
      int wrong = f.company("OLD-ACME", "ACME01", "Acme (old account)");
      f.integrate().syncOk();
      Customer acme = f.db.customers().requireNumber("ACME01");
      assertThat(acme.cwCompanyId()).isEqualTo(wrong);

      // The user corrects ConnectWise, then re-links the customer themselves.
      f.simulator.update("company/companies", wrong, n -> n.put("accountNumber", "OLD"));
      int right = f.company("ACME01", null, "Acme Copiers");
      f.sync.relinkCustomer(acme.id(), right);
      assertThat(f.db.customers().require(acme.id()).cwCompanyId()).isEqualTo(right);

      f.db.customers().update(f.db.customers().require(acme.id()).withPhone("555-0111"));
      f.syncOk();
      assertThat(f.cw("company/companies", right).path("phoneNumber").asText()).isEqualTo("555-0111");
      assertThat(f.cw("company/companies", wrong).path("phoneNumber").asText()).isNotEqualTo("555-0111");
      assertThat(f.sync.audit()).anySatisfy(e -> {
        assertThat(e.action()).isEqualTo(SyncAction.LINK);
        assertThat(e.cwId()).isEqualTo(right);
        assertThat(e.reason()).isEqualTo("re-linked by an operator");
      });
    }
  }
}
