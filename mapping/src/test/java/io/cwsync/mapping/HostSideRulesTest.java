package io.cwsync.mapping;

import static io.cwsync.mapping.CrmRulesTest.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the rules do for every host so that none wraps them (the example CRM's former {@code PushOnlyNoteRules}):
 * pulled quote lines in the host's stored shape and out of scope when they sell an inactive catalog item the host
 * has no product for, push-only notes and out-of-scope contacts fingerprinted without mapping them back.
 */
class HostSideRulesTest {
  private static final Flow LINES = Flows.of(EntityType.FORECAST_ITEM);
  private static final Flow NOTES = Flows.of(EntityType.OPPORTUNITY_NOTE);
  private static final Flow CONTACTS = Flows.of(EntityType.CONTACT);

  /** Catalog item 9 is active, 13 inactive; company 501 has an opportunity, 502 none. */
  private static final RelatedRecords CONNECTWISE = new RelatedRecords() {
    @Override
    public boolean companyHasOpportunity(int companyId) {
      return companyId == 501;
    }

    @Override
    public boolean ticketHasTimeEntries(int ticketId) {
      return false;
    }

    @Override
    public Optional<String> agreementType(int agreementId) {
      return Optional.empty();
    }

    @Override
    public Optional<String> catalogItemType(int catalogItemId) {
      return Optional.empty();
    }

    @Override
    public boolean catalogItemInactive(int catalogItemId) {
      return catalogItemId == 13;
    }
  };

  /** A host that stores lines with its product code and knows the product of catalog item 9 only. */
  private static final class Host implements HostQuoteLines {
    final List<String> shaped = new ArrayList<>();
    final Set<Integer> products;

    Host(Set<Integer> products) {
      this.products = products;
    }

    @Override
    public boolean knowsProduct(int catalogItemId, @Nullable String identifier) {
      return products.contains(catalogItemId);
    }

    @Override
    public HostRecord pulled(HostRecord mapped, @Nullable Integer catalogItemId) {
      shaped.add(mapped.parentHostId() + "/" + catalogItemId);
      return mapped.toBuilder().field(HostFields.QuoteLine.DOCUMENT_STATUS, "Draft").build();
    }
  }

  private static ProfileSyncRules rules(HostQuoteLines host) {
    return ProfileSyncRules.builder(base().selection(s -> s.syncCompaniesContactsOpportunities(true))
            .pullFilters(f -> f.onlyCompaniesWithOpportunity(true)).build())
        .reference(Fixtures.reference()).related(CONNECTWISE).quoteLines(host).build();
  }

  private static ForecastItem line(int catalogItemId) {
    return ForecastItem.builder().id(5).catalogItem(new Reference(catalogItemId, null, "ITEM-" + catalogItemId, null))
        .productDescription("Laptop 14").quantity(new BigDecimal("2")).revenue(new BigDecimal("100")).build();
  }

  @Test
  void toHost_pulledLineWithoutOpportunity_takesParentFromChildPullAndHostShape() {
    Host host = new Host(Set.of(9));
    TestContext ctx = new TestContext().link(EntityType.OPPORTUNITY, "o1", 700).parent(700);

    HostRecord h = rules(host).toHost(LINES, line(9), null, ctx);

    assertThat(h.parentHostId()).isEqualTo("o1");
    assertThat(h.fields()).containsEntry(HostFields.QuoteLine.DOCUMENT_STATUS, "Draft")
        .containsEntry(HostFields.QuoteLine.UNIT_PRICE, new BigDecimal("50.00"));
    assertThat(host.shaped).containsExactly("o1/9");
  }

  @Test
  void cwFingerprint_pulledLine_isTheMappedValuesNotTheHostShape() {
    Host host = new Host(Set.of(9));
    TestContext ctx = new TestContext().link(EntityType.OPPORTUNITY, "o1", 700).parent(700);

    var fingerprint = rules(host).cwFingerprint(LINES, line(9), ctx);

    assertThat(fingerprint).containsEntry(HostFields.QuoteLine.QUANTITY, new BigDecimal("2"))
        .doesNotContainKey(HostFields.QuoteLine.DOCUMENT_STATUS);
    assertThat(host.shaped).as("the host's state never enters ConnectWise's fingerprint").isEmpty();
  }

  @Test
  void pullScope_lineSellingInactiveItemHostLacks_outOfScope() {
    ProfileSyncRules rules = rules(new Host(Set.of(9)));

    assertThat(rules.pullScope(LINES, line(13), new TestContext())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pullScope(LINES, line(9), new TestContext())).as("active, host knows it")
        .isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pullScope(LINES, line(13), new TestContext().link(EntityType.PRODUCT, "p13", 13)))
        .as("inactive but linked to a host product").isEqualTo(Scope.IN_SCOPE);
    assertThat(rules(new Host(Set.of(13))).pullScope(LINES, line(13), new TestContext()))
        .as("inactive, but the host has its product").isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pullScope(LINES, line(14), new TestContext()))
        .as("active and unknown: in scope, so storing it names the missing product").isEqualTo(Scope.IN_SCOPE);
  }

  @Test
  void pullScope_defaultQuoteLines_inactiveUnlinkedItemOutOfScope() {
    ProfileSyncRules rules = ProfileSyncRules.builder(base().build()).reference(Fixtures.reference())
        .related(CONNECTWISE).build();

    assertThat(rules.pullScope(LINES, line(13), new TestContext())).isEqualTo(Scope.OUT_OF_SCOPE);
    HostRecord h = rules.toHost(LINES, line(9), null, new TestContext());
    assertThat(h.fields()).doesNotContainKey(HostFields.QuoteLine.DOCUMENT_STATUS);
  }

  @Test
  void cwFingerprint_createdNote_isItsTextWithoutMappingItBack() {
    ProfileSyncRules rules = rules(HostQuoteLines.asMapped());
    OpportunityNote note = OpportunityNote.builder().id(3).text("Won: quote Q-1").build();

    assertThat(rules.cwFingerprint(NOTES, note, new TestContext())).containsExactly(
        java.util.Map.entry("text", "Won: quote Q-1"));
    assertThat(rules.cwFingerprint(NOTES, OpportunityNote.builder().id(4).build(), new TestContext())).isEmpty();
    assertThatThrownBy(() -> rules.toHost(NOTES, note, null, new TestContext()))
        .as("notes are still never pulled").isInstanceOf(CwsyncException.class).hasMessageContaining("not pulled");
  }

  @Test
  void cwFingerprint_contactOfCompanyWithoutOpportunity_outOfScopeWithoutMappingItsCompany() {
    ProfileSyncRules rules = rules(HostQuoteLines.asMapped());
    Contact left = Contact.builder().id(601).firstName("Ann").company(Reference.of(502)).build();
    Contact kept = Contact.builder().id(602).firstName("Bob").company(Reference.of(501)).build();
    TestContext ctx = new TestContext().link(EntityType.COMPANY, "c1", 501);

    assertThat(rules.pullScope(CONTACTS, left, ctx)).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.cwFingerprint(CONTACTS, left, ctx)).containsExactly(java.util.Map.entry("outOfScope", true));
    assertThat(rules.cwFingerprint(CONTACTS, kept, ctx)).containsEntry(HostFields.Contact.FIRST_NAME, "Bob");
    assertThatThrownBy(() -> rules.toHost(CONTACTS, left, null, ctx)).as("mapped, its company is unknown")
        .isInstanceOf(CwsyncException.class);
  }
}
