package io.cwsync.mapping;

import static io.cwsync.mapping.CrmRulesTest.base;
import static io.cwsync.mapping.CrmRulesTest.linked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Info;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TimeEntry;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterAndErpRulesTest {

  static final ReferenceData REF = Fixtures.reference();

  static Reference ref(int id, String name) {
    return new Reference(id, name, null, null);
  }

  /** Related records backed by fixed sets. */
  record Related(Set<Integer> companiesWithOpportunity, Set<Integer> ticketsWithTime,
      Map<Integer, String> agreementTypes, Map<Integer, String> itemTypes)
      implements RelatedRecords {
    @Override
    public boolean companyHasOpportunity(int companyId) {
      return companiesWithOpportunity.contains(companyId);
    }

    @Override
    public boolean ticketHasTimeEntries(int ticketId) {
      return ticketsWithTime.contains(ticketId);
    }

    @Override
    public Optional<String> agreementType(int agreementId) {
      return Optional.ofNullable(agreementTypes.get(agreementId));
    }

    @Override
    public Optional<String> catalogItemType(int catalogItemId) {
      return Optional.ofNullable(itemTypes.get(catalogItemId));
    }
  }

  static final Related RELATED = new Related(Set.of(501), Set.of(900),
      Map.of(300, "Managed Services", 301, "Break Fix"), Map.of(9, "Hardware"));

  static ProfileSyncRules rules(SyncProfile.Builder b) {
    return CrmRulesTest.rules(b);
  }

  static ProfileSyncRules rules(SyncProfile.Builder b, RelatedRecords related) {
    return ProfileSyncRules.create(b.build(), REF, related);
  }

  // ------------------------------------------------------------ pull filters

  @Test
  void companyFilters_typeMarketAndOpportunity() {
    Flow flow = Flows.of(EntityType.COMPANY);
    ProfileSyncRules r = rules(base().pullFilters(pf -> pf.companyTypes("prospect").markets("Real estate")
        .onlyCompaniesWithOpportunity(true)), RELATED);
    Company ok = Company.builder().id(501).name("A").types(List.of(ref(1, "Prospect")))
        .market(ref(2, "Real Estate")).build();
    assertThat(r.pullScope(flow, ok, linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().id(502).build(), linked()))
        .as("no opportunity").isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().types(List.of(ref(3, "Customer"))).build(),
        linked())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().market(ref(4, "Retail")).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().deletedFlag(true).build(), linked()))
        .as("merged/deleted companies leave scope").isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void contactFilters_typeAndCompanyOpportunity() {
    Flow flow = Flows.of(EntityType.CONTACT);
    ProfileSyncRules r = rules(base().pullFilters(pf -> pf.contactTypes("Approver").onlyCompaniesWithOpportunity(true)),
        RELATED);
    Contact ok = Contact.builder().id(1).firstName("A").company(ref(501, "Acme"))
        .types(List.of(ref(1, "approver"))).build();
    assertThat(r.pullScope(flow, ok, linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().company(ref(502, "B")).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().types(List.of()).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void opportunityFilters_stageStatusAndUpdatedAfter() {
    Flow flow = Flows.of(EntityType.OPPORTUNITY);
    ProfileSyncRules r = rules(base().pullFilters(pf -> pf.opportunityStages("Prospect").opportunityStatuses("open")
        .opportunitiesUpdatedAfter(Instant.parse("2025-01-31T08:00:00Z"))));
    Opportunity ok = Opportunity.builder().id(1).stage(ref(1, "Prospect"))
        .status(ref(10, "Open")).info(Info.lastUpdated(Instant.parse("2025-02-01T00:00:00Z")))
        .build();
    assertThat(r.pullScope(flow, ok, linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().stage(ref(3, "Negotiation")).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder().status(ref(11, "Won")).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, ok.toBuilder()
        .info(Info.lastUpdated(Instant.parse("2025-01-31T08:00:00Z"))).build(), linked()))
        .as("not after").isEqualTo(Scope.OUT_OF_SCOPE);
  }

  @Test
  void pullConditions_volatileFiltersOnlyOnFullPulls() {
    ProfileSyncRules r = rules(base().pullFilters(pf -> pf.opportunityStages("Prospect", "Negotiation")
        .opportunityStatuses("Open").markets("Real estate")
        .opportunitiesUpdatedAfter(Instant.parse("2025-01-31T08:00:00Z"))));
    Flow opportunities = Flows.of(EntityType.OPPORTUNITY);
    assertThat(r.pullConditions(opportunities, false).orElseThrow().render()).isEqualTo(
        "lastUpdated > [2025-01-31T08:00:00Z] AND stage/name in (\"Negotiation\",\"Prospect\") "
            + "AND status/name in (\"Open\")");
    assertThat(r.pullConditions(opportunities, true).orElseThrow().render())
        .isEqualTo("lastUpdated > [2025-01-31T08:00:00Z]");
    Flow companies = Flows.of(EntityType.COMPANY);
    assertThat(r.pullConditions(companies, false).orElseThrow().render())
        .isEqualTo("market/name in (\"Real estate\")");
    assertThat(r.pullConditions(companies, true)).isEmpty();
    assertThat(rules(base()).pullConditions(opportunities, false)).isEmpty();
  }

  @Test
  void pullScope_recordLeftVolatileFilter_outOfScopeSoCoreReportsLeftScope() {
    ProfileSyncRules r = rules(base().pullFilters(pf -> pf.opportunityStatuses("Open")));
    Flow flow = Flows.of(EntityType.OPPORTUNITY);
    Opportunity closed = Opportunity.builder().id(1).status(ref(11, "Won")).build();
    assertThat(r.pullConditions(flow, true)).as("the incremental query still sees it").isEmpty();
    assertThat(r.pullScope(flow, closed, linked())).isEqualTo(Scope.OUT_OF_SCOPE);
  }

  // ------------------------------------------------------------ ERP

  @Test
  void agreements_templateByExactTypeExplicitMappingOrDefault() {
    Flow flow = Flows.of(EntityType.AGREEMENT);
    ProfileSyncRules r = rules(base().erp(erp -> erp.contractTemplates("Break Fix")
        .mapAgreementType("Managed Services", "MS-TEMPLATE").defaultContractTemplate("DEFAULT")
        .agreementTypes("Managed Services", "Break Fix", "Block")), RELATED);
    TestContext ctx = linked();
    Agreement a = Agreement.builder().id(300).name("Acme MSA").type(ref(1, "Managed Services"))
        .company(ref(501, "Acme")).startDate(Instant.parse("2026-01-01T00:00:00Z"))
        .billAmount(new BigDecimal("1500")).build();
    assertThat(r.toHost(flow, a, null, ctx).field(HostFields.Contract.TEMPLATE))
        .isEqualTo("MS-TEMPLATE");
    HostRecord breakFix = r.toHost(flow, a.toBuilder().type(ref(2, "Break Fix")).build(), null,
        ctx);
    assertThat(breakFix.field(HostFields.Contract.TEMPLATE)).isEqualTo("Break Fix");
    assertThat(breakFix.field(HostFields.Contract.CUSTOMER))
        .isEqualTo(new HostRef(EntityType.COMPANY, "c1"));
    assertThat(breakFix.field(HostFields.Contract.START_DATE)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(r.toHost(flow, a.toBuilder().type(ref(3, "break fix")).build(), null, ctx)
        .field(HostFields.Contract.TEMPLATE)).as("exact name only").isEqualTo("DEFAULT");
    assertThat(r.pullScope(flow, a.toBuilder().type(ref(4, "Other")).build(), ctx))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    ProfileSyncRules noDefault = rules(base());
    assertThatThrownBy(() -> noDefault.toHost(flow, a, null, ctx))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("agreement type 'Managed Services' matches no contract template");
  }

  @Test
  void invoices_statusAndAgreementTypeFilters_customerMustBeMapped() {
    Flow flow = Flows.of(EntityType.INVOICE);
    ProfileSyncRules r = rules(base().erp(erp -> erp.invoiceStatuses("Sent").agreementTypes("Managed Services")),
        RELATED);
    Invoice i = Invoice.builder().id(1).invoiceNumber("INV-1").status(ref(1, "Sent"))
        .company(ref(501, "Acme")).billToCompany(ref(501, "Acme")).agreement(ref(300, "MSA"))
        .total(new BigDecimal("10")).build();
    TestContext ctx = linked().link(EntityType.AGREEMENT, "k1", 300);
    assertThat(r.pullScope(flow, i, ctx)).isEqualTo(Scope.IN_SCOPE);
    assertThat(r.pullScope(flow, i.toBuilder().status(ref(2, "New")).build(), ctx))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, i.toBuilder().agreement(ref(301, "BF")).build(), ctx))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    HostRecord h = r.toHost(flow, i, null, ctx);
    assertThat(h.fields()).containsEntry(HostFields.Contract.INVOICE_NUMBER, "INV-1")
        .containsEntry(HostFields.Contract.PO, "INV-1").doesNotContainKey(HostFields.Contract.REMARKS)
        .containsEntry(HostFields.Contract.CONTRACT, new HostRef(EntityType.AGREEMENT, "k1"));
    assertThatThrownBy(() -> r.toHost(flow, i.toBuilder().billToCompany(ref(777, "Other"))
        .build(), null, ctx)).hasMessageContaining("UNKNOWN_REFERENCE: billToCompany refers to "
            + "ConnectWise company 777 ('Other'), which is not linked to a host record yet");
  }

  @Test
  void invoices_invoiceNumberInRemarks_whenTheProfileSaysSo() {
    ProfileSyncRules r = rules(base().erp(erp -> erp.invoiceNumberIn(InvoiceNumberTarget.REMARKS)));
    Invoice i = Invoice.builder().id(1).invoiceNumber("INV-2").company(ref(501, "Acme")).build();
    HostRecord h = r.toHost(Flows.of(EntityType.INVOICE), i, null, linked());
    assertThat(h.fields()).containsEntry(HostFields.Contract.REMARKS, "INV-2")
        .doesNotContainKey(HostFields.Contract.PO);
  }

  @Test
  void tickets_statusAndTimeEntryFilters_ownerMappedToTechnician() {
    Flow flow = Flows.of(EntityType.TICKET);
    ProfileSyncRules r = rules(base().erp(erp -> erp.ticketStatuses("Closed").onlyTicketsWithTimeEntries(true)
        .mapTechnician("jsmith", "T100")), RELATED);
    Ticket t = Ticket.builder().id(900).summary("Printer jam").status(ref(1, "Closed"))
        .company(ref(501, "Acme")).owner(new Reference(90, null, "jsmith", null)).closedFlag(true)
        .build();
    assertThat(r.pullScope(flow, t, linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(r.pullScope(flow, t.toBuilder().id(901).build(), linked()))
        .as("no time entries").isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(r.pullScope(flow, t.toBuilder().status(ref(2, "New")).build(), linked()))
        .isEqualTo(Scope.OUT_OF_SCOPE);
    HostRecord h = r.toHost(flow, t, null, linked());
    assertThat(h.fields()).containsEntry(HostFields.ServiceCall.TICKET_NUMBER, "900")
        .containsEntry(HostFields.ServiceCall.TECHNICIAN, "T100")
        .containsEntry(HostFields.ServiceCall.CLOSED, true);
    assertThat(r.pullConditions(flow, false).orElseThrow().render())
        .isEqualTo("status/name in (\"Closed\")");
    assertThat(r.pullConditions(flow, true)).isEmpty();
  }

  @Test
  void timeEntries_unmappedTechnician_typedError() {
    Flow flow = Flows.of(EntityType.TIME_ENTRY);
    ProfileSyncRules r = rules(base().erp(erp -> erp.mapTechnician("jsmith", "T100")));
    TimeEntry e = TimeEntry.builder().id(5).member(new Reference(90, null, "jsmith", null))
        .chargeToId(900).chargeToType("ServiceTicket").actualHours(new BigDecimal("1.5"))
        .timeStart(Instant.parse("2026-01-02T09:00:00Z")).build();
    TestContext ctx = linked().link(EntityType.TICKET, "call-1", 900);
    HostRecord h = r.toHost(flow, e, null, ctx);
    assertThat(h.fields()).containsEntry(HostFields.ServiceCall.TECHNICIAN, "T100")
        .containsEntry(HostFields.ServiceCall.CALL, new HostRef(EntityType.TICKET, "call-1"))
        .containsEntry(HostFields.ServiceCall.HOURS, new BigDecimal("1.5"));
    assertThatThrownBy(() -> r.toHost(flow, e.toBuilder()
        .member(new Reference(91, null, "adoe", null)).build(), null, ctx))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("UNMAPPED_VALUE: ConnectWise member 'adoe' is not mapped to a "
            + "technician [record time_entry 5, field member]");
  }

  @Test
  void salesOrders_onHoldCodesAndLineTemplatesWithErrorItem() {
    ProfileSyncRules r = rules(base().erp(erp -> erp.mapItemTemplate("Hardware", "HW-T").errorItem("ERR")
        .onHoldCodes("CW")), RELATED);
    HostRecord order = r.toHost(Flows.of(EntityType.SALES_ORDER), SalesOrder.builder().id(1)
        .company(ref(501, "Acme")).poNumber("PO-9").status(ref(1, "Open")).build(), null,
        linked());
    assertThat(order.fields()).containsEntry(HostFields.SalesOrder.ON_HOLD_CODES, List.of("CW"))
        .containsEntry(HostFields.SalesOrder.PO_NUMBER, "PO-9");
    Flow lines = Flows.of("sales_order_line");
    HostRecord line = r.toHost(lines, ProductItem.builder().id(2)
        .catalogItem(new Reference(9, null, "LT-14", null)).quantity(BigDecimal.ONE).build(),
        null, linked());
    assertThat(line.fields()).containsEntry(HostFields.SalesOrder.LINE_ITEM, "LT-14")
        .containsEntry(HostFields.SalesOrder.LINE_TEMPLATE, "HW-T")
        .containsEntry(HostFields.SalesOrder.LINE_ERROR_ITEM, false);
    HostRecord error = r.toHost(lines, ProductItem.builder().id(3)
        .catalogItem(new Reference(10, null, "SVC", null)).build(), null, linked());
    assertThat(error.fields()).containsEntry(HostFields.SalesOrder.LINE_ITEM, "ERR")
        .containsEntry(HostFields.SalesOrder.LINE_ERROR_ITEM, true);
  }

  @Test
  void sites_childCustomersPushedAsCompanySites() {
    Flow flow = Flows.of(EntityType.SITE);
    ProfileSyncRules r = rules(base());
    HostRecord child = HostRecord.builder(EntityType.SITE, "s1").parentHostId("c1")
        .field(HostFields.Site.NAME, "Acme Tampa").field(HostFields.Site.CITY, "Tampa").build();
    CompanySite site = (CompanySite) r.toConnectWise(flow, child, null, linked());
    assertThat(site.name()).isEqualTo("Acme Tampa");
    assertThat(site.city()).isEqualTo("Tampa");
    assertThat(r.naturalKey(flow, child, linked()).orElseThrow().render())
        .isEqualTo("name = \"Acme Tampa\"");
    assertThat(r.naturalKeyValues(flow, child, linked()).orElseThrow().condition())
        .isEqualTo(r.naturalKey(flow, child, linked()).orElseThrow());
    assertThat(r.toHost(flow, site, null, linked()).field(HostFields.Site.CITY)).isEqualTo("Tampa");
  }
}
