package io.cwsync.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.InvoiceNumberTarget;
import org.junit.jupiter.api.Test;

/** Seed 003, "Agreement Sync": one test per question (and per check of question 1), end to end. */
class ErpAgreementSyncTest {

  /** The ERP customers ACME01 and GLOBEX matched to companies that exist in ConnectWise. */
  private static int[] mappedCompanies(ErpFixture f) {
    return new int[] {f.company("ACME01", null, "Acme Copiers"), f.company("GLOBEX", null, "Globex Imaging")};
  }

  /** Q1: "The ConnectWise invoice didn't update the contract in e-automate." The working case. */
  @Test
  void invoiceDidNotUpdateContract_agreementInvoiceActivatesTheContractWithTheNumberInThePo() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int agreement = f.agreement(co[0], "Managed Services", "Acme managed print");
      f.invoice("INV-1001", co[0], co[1], agreement, "Open");
      f.integrate().syncOk();

      Contract contract = f.db.contracts().forAgreement(agreement).get(0);
      assertThat(contract.template()).as("template named exactly like the agreement type")
          .isEqualTo("Managed Services");
      assertThat(contract.customerId()).isEqualTo(f.db.customers().requireNumber("ACME01").id());
      assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
      assertThat(contract.po()).isEqualTo("INV-1001");
      assertThat(f.db.contracts().billing(contract.id())).extracting(ContractBilling::invoiceNumber)
          .containsExactly("INV-1001");
      assertThat(f.db.contracts().withInvoiceNumber("INV-1001")).containsExactly(contract);
    }
  }

  /** Q1, first two checks: the invoice status filter (variable 10) and the agreement type filter (variable 2). */
  @Test
  void invoiceDidNotUpdateContract_invoiceStatusAndAgreementTypeFiltersLeaveOthersOut() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int managed = f.agreement(co[0], "Managed Services", "Acme managed print");
      int block = f.agreement(co[1], "Block Time", "Globex block hours");
      f.invoice("INV-2001", co[0], co[0], managed, "Open");
      f.invoice("INV-2002", co[0], co[0], managed, "Paid");
      f.invoice("INV-2003", co[1], co[1], block, "Open");
      f.integrate(b -> b.erp(erp -> erp.invoiceStatuses("Open").agreementTypes("Managed Services"))).syncOk();

      assertThat(f.db.contracts().forAgreement(block)).as("agreement type not listed").isEmpty();
      Contract contract = f.db.contracts().forAgreement(managed).get(0);
      assertThat(f.db.contracts().billing(contract.id())).extracting(ContractBilling::invoiceNumber)
          .as("only invoices in status Open").containsExactly("INV-2001");
    }
  }

  /**
   * Q1, "verify that both the customer and bill-to-customer are mapped", "check the error report" and "try
   * updating the invoice in ConnectWise to get the sync to see it again".
   */
  @Test
  void invoiceDidNotUpdateContract_unmappedBillToIsReportedByNameAndTheInvoiceReprocessedOnceMapped() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int stranger = f.company("PARENT-CO", null, "Parent Holding");
      int agreement = f.agreement(co[0], "Managed Services", "Acme managed print");
      int invoice = f.invoice("INV-3001", co[0], stranger, agreement, "Open");
      f.integrate();
      f.sync();

      assertThat(f.sync.errorReport()).singleElement().satisfies(item -> {
        assertThat(item.key().flowId()).isEqualTo(ErpFlows.AGREEMENT_INVOICES);
        assertThat(item.key().recordId()).isEqualTo(Integer.toString(invoice));
        assertThat(item.reason()).contains("bill-to customer not mapped").contains("billToCompany")
            .contains("company " + stranger);
      });
      Contract contract = f.db.contracts().forAgreement(agreement).get(0);
      assertThat(contract.status()).as("the invoice did not go in").isEqualTo(ContractStatus.INACTIVE);

      // The fix in the ERP: the bill-to customer exists (and is mapped by the customer sync).
      f.db.customers().insert(ErpSampleData.customer("PARENT-CO", "Parent Holding", "Dealer", "Service", "01",
          "1 Bay St", "Tampa", "FL", "33602"));
      f.sync();
      assertThat(f.db.contracts().require(contract.id()).po()).isEqualTo("INV-3001");
      assertThat(f.sync.errorReport()).isEmpty();

      // And an invoice changed in ConnectWise is processed again.
      f.simulator.update("finance/invoices", invoice, n -> n.put("invoiceNumber", "INV-3001A"));
      f.syncOk();
      assertThat(f.db.contracts().require(contract.id()).po()).isEqualTo("INV-3001A");
      assertThat(f.db.contracts().billing(contract.id())).extracting(ContractBilling::invoiceNumber)
          .containsExactly("INV-3001A");
    }
  }

  /** Q1, "search the contract list for the invoice number in either the PO field or the Remarks field". */
  @Test
  void invoiceDidNotUpdateContract_invoiceNumberInRemarksWhenSetSoAndFoundBySearch() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int agreement = f.agreement(co[0], "Block Time", "Acme block hours");
      f.invoice("INV-4001", co[0], co[0], agreement, "Open");
      f.integrate(b -> b.erp(erp -> erp.invoiceNumberIn(InvoiceNumberTarget.REMARKS))).syncOk();

      Contract contract = f.db.contracts().forAgreement(agreement).get(0);
      assertThat(contract.po()).isNull();
      assertThat(contract.remarks()).contains("INV-4001");
      assertThat(f.db.contracts().withInvoiceNumber("INV-4001")).extracting(Contract::id)
          .containsExactly(contract.id());
    }
  }

  /** Q2/Q3: "I billed a contract before the sync updated it" / "a contract invoice that didn't renumber". */
  @Test
  void billedBeforeTheSyncUpdatedIt_nextInvoiceOfTheAgreementMovesThePoToTheCurrentNumber() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int agreement = f.agreement(co[0], "Managed Services", "Acme managed print");
      f.invoice("INV-OCT", co[0], co[0], agreement, "Open");
      f.integrate().syncOk();
      f.invoice("INV-NOV", co[0], co[0], agreement, "Open");
      f.syncOk();

      Contract contract = f.db.contracts().forAgreement(agreement).get(0);
      assertThat(contract.po()).as("rebill with the current invoice number in the PO field").isEqualTo("INV-NOV");
      assertThat(f.db.contracts().billing(contract.id())).extracting(ContractBilling::invoiceNumber)
          .containsExactly("INV-OCT", "INV-NOV");
    }
  }

  /** Q4: "I terminated a contract ... how do I get the sync to create a new contract for this agreement?" */
  @Test
  void terminatedContract_breaksTheLinkAndTheNextInvoiceBillsANewContract() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int agreement = f.agreement(co[0], "Managed Services", "Acme managed print");
      f.invoice("INV-5001", co[0], co[0], agreement, "Open");
      f.integrate().syncOk();
      Contract old = f.db.contracts().forAgreement(agreement).get(0);

      long replacement = f.sync.terminateContract(old.id()).orElseThrow();
      assertThat(replacement).isNotEqualTo(old.id());
      f.invoice("INV-5002", co[0], co[0], agreement, "Open");
      f.syncOk();

      assertThat(f.db.contracts().require(old.id())).satisfies(c -> {
        assertThat(c.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(c.po()).isEqualTo("INV-5001");
      });
      Contract renewed = f.db.contracts().require(replacement);
      assertThat(renewed.cwAgreementId()).isEqualTo(agreement);
      assertThat(renewed.status()).isEqualTo(ContractStatus.ACTIVE);
      assertThat(renewed.po()).isEqualTo("INV-5002");
      assertThat(f.sync.cwId(EntityType.AGREEMENT, replacement)).contains((long) agreement);
      assertThat(f.sync.audit()).anySatisfy(e -> assertThat(e.reason()).startsWith("link to ConnectWise id "
          + agreement + " broken by an operator"));
    }
  }

  /** Q5: "The sync used the default template when it created the contract." */
  @Test
  void defaultTemplateUsed_whenNoTemplateMatchesTheAgreementTypeExactlyAndAudited() {
    try (ErpFixture f = ErpFixture.start()) {
      int[] co = mappedCompanies(f);
      int security = f.agreement(co[0], "Security", "Acme firewall");
      int almost = f.agreement(co[1], "Managed services", "Globex managed print");
      f.integrate().syncOk();

      Contract a = f.db.contracts().forAgreement(security).get(0);
      Contract b = f.db.contracts().forAgreement(almost).get(0);
      assertThat(a.template()).isEqualTo(ErpSampleData.DEFAULT_TEMPLATE);
      assertThat(b.template()).as("the match is exact, case included").isEqualTo(ErpSampleData.DEFAULT_TEMPLATE);
      assertThat(f.sync.audit()).filteredOn(e -> e.type().equals(EntityType.AGREEMENT) && e.reason() != null
          && e.reason().contains("default template")).hasSize(2).anySatisfy(e -> assertThat(e.reason())
          .contains("agreement type 'Security'"));
    }
  }
}
