package io.cwsync.mapping;

import static io.cwsync.mapping.CrmRulesTest.base;
import static io.cwsync.mapping.CrmRulesTest.linked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.CoreErrorCode;
import java.util.Optional;
import io.cwsync.core.spi.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {

  static final Flow LINES = Flows.of(EntityType.FORECAST_ITEM);
  static final Flow NOTES = Flows.of(EntityType.OPPORTUNITY_NOTE);
  static final Flow PRODUCTS = Flows.of(EntityType.PRODUCT);
  static final Flow TAX = Flows.of(EntityType.TAX_CODE);

  /** The tenant's catalog as ConnectWise answers it: product identifier -> catalog item id. */
  static final Map<String, Integer> CATALOG = Map.of("LAPTOP-14", 9, "LT-14", 10);

  static final RelatedRecords CATALOG_LOOKUP = new RelatedRecords() {
    @Override
    public boolean companyHasOpportunity(int companyId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean ticketHasTimeEntries(int ticketId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> agreementType(int agreementId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> catalogItemType(int catalogItemId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Integer> catalogItemId(String identifier) {
      return Optional.ofNullable(CATALOG.get(identifier));
    }
  };

  static ProfileSyncRules rules(SyncProfile.Builder b) {
    return ProfileSyncRules.create(b.build(), CrmRulesTest.REF, CATALOG_LOOKUP);
  }

  static HostRecord.Builder line(String id) {
    return HostRecord.builder(EntityType.FORECAST_ITEM, id).parentHostId("o1")
        .field(HostFields.QuoteLine.PRODUCT_NAME, "LAPTOP-14")
        .field(HostFields.QuoteLine.QUANTITY, new BigDecimal("3"))
        .field(HostFields.QuoteLine.UNIT_PRICE, new BigDecimal("999.99"))
        .field(HostFields.QuoteLine.UNIT_COST, new BigDecimal("700"))
        .field(HostFields.QuoteLine.PRODUCT_CLASS, "Inventory");
  }

  // ------------------------------------------------------------ quote lines

  @Test
  void toConnectWise_quoteLine_mapsProductQuantityRevenueAndParent() {
    ForecastItem f = (ForecastItem) rules(base()).toConnectWise(LINES,
        line("l1").field(HostFields.QuoteLine.TAXABLE, true).build(), null,
        linked().parent(700));
    assertThat(f.opportunity().id()).isEqualTo(700);
    assertThat(f.catalogItem().identifier()).isEqualTo("LAPTOP-14");
    assertThat(f.catalogItem().id()).as("ConnectWise wants the catalog item by id").isEqualTo(9);
    assertThat(f.quantity()).isEqualByComparingTo("3");
    assertThat(f.revenue()).isEqualByComparingTo("2999.97");
    assertThat(f.cost()).isEqualByComparingTo("2100.00");
    assertThat(f.productClass()).isEqualTo("Inventory");
    assertThat(f.forecastType()).isEqualTo("Product");
    assertThat(f.taxableFlag()).isTrue();
    assertThat(f.status().id()).as("default status").isEqualTo(10);
    assertThat(f.includeFlag()).isTrue();
    ForecastItem won = (ForecastItem) rules(base()).toConnectWise(LINES,
        line("l1").field(HostFields.QuoteLine.DOCUMENT_STATUS, "Signed").build(), null,
        linked().parent(700));
    assertThat(won.status().id()).as("won status of the won stage mapping").isEqualTo(11);
  }

  @Test
  void toConnectWise_quoteLineWithLinkedProduct_referencesCatalogItemByLinkedId() {
    ForecastItem f = (ForecastItem) rules(base()).toConnectWise(LINES,
        line("l1").field(HostFields.QuoteLine.PRODUCT, new HostRef(EntityType.PRODUCT, "prod-1"))
            .field(HostFields.QuoteLine.PRODUCT_NAME, "NOT-IN-CATALOG").build(), null,
        linked().parent(700).link(EntityType.PRODUCT, "prod-1", 4242));
    assertThat(f.catalogItem().id()).isEqualTo(4242);
  }

  @Test
  void toConnectWise_quoteLineWithUnknownProduct_missingReferenceNamingIdentifier() {
    assertThatThrownBy(() -> rules(base()).toConnectWise(LINES,
        line("l1").field(HostFields.QuoteLine.PRODUCT_NAME, "NOT-IN-CATALOG").build(), null,
        linked().parent(700)))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("NOT-IN-CATALOG")
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode()).isEqualTo(CoreErrorCode.MISSING_REFERENCE));
  }

  @Test
  void toHost_forecastItem_unitPricesFromTotals() {
    ForecastItem f = ForecastItem.builder().id(5).opportunity(new Reference(700, null, null, null))
        .catalogItem(new Reference(9, null, "LAPTOP-14", null)).productDescription("Laptop 14")
        .quantity(new BigDecimal("4")).revenue(new BigDecimal("100")).cost(new BigDecimal("60"))
        .productClass("Service").build();
    HostRecord h = rules(base()).toHost(LINES, f, null,
        linked().link(EntityType.OPPORTUNITY, "o1", 700));
    assertThat(h.parentHostId()).isEqualTo("o1");
    assertThat(h.fields()).containsEntry(HostFields.QuoteLine.PRODUCT_NAME, "LAPTOP-14")
        .containsEntry(HostFields.QuoteLine.UNIT_PRICE, new BigDecimal("25.00"))
        .containsEntry(HostFields.QuoteLine.UNIT_COST, new BigDecimal("15.00"))
        .containsEntry(HostFields.QuoteLine.PRODUCT_CLASS, "Service");
  }

  @Test
  void pushScope_bundleStrategies_selectBundleOrChildLines() {
    HostRecord bundle = line("b").field(HostFields.QuoteLine.BUNDLE, true).build();
    HostRecord child = line("c").field(HostFields.QuoteLine.BUNDLE_LINE, "b").build();
    HostRecord plain = line("p").build();
    ProfileSyncRules one = rules(base().bundles(BundleStrategy.ONE_PRODUCT));
    assertThat(List.of(one.pushScope(LINES, bundle, linked()), one.pushScope(LINES, child,
        linked()), one.pushScope(LINES, plain, linked())))
        .containsExactly(Scope.IN_SCOPE, Scope.OUT_OF_SCOPE, Scope.IN_SCOPE);
    ProfileSyncRules children = rules(base().bundles(BundleStrategy.CHILD_PRODUCTS));
    assertThat(List.of(children.pushScope(LINES, bundle, linked()),
        children.pushScope(LINES, child, linked()), children.pushScope(LINES, plain, linked())))
        .containsExactly(Scope.OUT_OF_SCOPE, Scope.IN_SCOPE, Scope.IN_SCOPE);
    ProfileSyncRules asBundle = rules(base().bundles(BundleStrategy.AS_BUNDLE));
    assertThat(List.of(asBundle.pushScope(LINES, bundle, linked()),
        asBundle.pushScope(LINES, child, linked())))
        .containsExactly(Scope.IN_SCOPE, Scope.IN_SCOPE);
    ForecastItem header = (ForecastItem) asBundle.toConnectWise(LINES, bundle, null, linked());
    assertThat(header.productClass()).isEqualTo("Bundle");
    ForecastItem single = (ForecastItem) one.toConnectWise(LINES, bundle, null, linked());
    assertThat(single.productClass()).isEqualTo("Inventory");
  }

  @Test
  void pushScope_onlyWonOrSignedDocuments_filtersQuoteLines() {
    ProfileSyncRules rules = rules(base().pushRules(pr -> pr.onlyWonOrSignedDocuments(true)));
    assertThat(rules.pushScope(LINES, line("l").field(HostFields.QuoteLine.DOCUMENT_STATUS,
        "Draft").build(), linked())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules.pushScope(LINES, line("l").field(HostFields.QuoteLine.DOCUMENT_STATUS,
        "signed").build(), linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(rules.pushScope(LINES, line("l").build(), linked())).isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(rules(base()).pushScope(LINES, line("l").build(), linked()))
        .isEqualTo(Scope.IN_SCOPE);
  }

  @Test
  void productMapping_nameToDescription_identifierFromMappedField() {
    ProfileSyncRules rules = rules(base().productMapping(pm -> pm.productNameToDescription("sku")));
    ForecastItem f = (ForecastItem) rules.toConnectWise(LINES, line("l").field("sku", "LT-14")
        .field(HostFields.QuoteLine.PRODUCT_NAME, "Laptop 14 inch").build(), null, linked());
    assertThat(f.catalogItem().identifier()).isEqualTo("LT-14");
    assertThat(f.productDescription()).isEqualTo("Laptop 14 inch");
    assertThatThrownBy(() -> rules.toConnectWise(LINES, line("l").build(), null, linked()))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("MISSING_VALUE: field 'sku' is required");
  }

  @Test
  void productMapping_individual_productIdAndClassMappings() {
    ProfileSyncRules rules = rules(base().productMapping(pm -> pm.standardProductMapping(false)
        .mapProductId("SKU-1", "LAPTOP-14").mapProductClass("Physical", "Inventory")));
    ForecastItem f = (ForecastItem) rules.toConnectWise(LINES, line("l")
        .field(HostFields.QuoteLine.PRODUCT_ID, "SKU-1")
        .field(HostFields.QuoteLine.PRODUCT_CLASS, "Physical").build(), null, linked());
    assertThat(f.catalogItem().identifier()).isEqualTo("LAPTOP-14");
    assertThat(f.productClass()).isEqualTo("Inventory");
    assertThatThrownBy(() -> rules.toConnectWise(LINES, line("l")
        .field(HostFields.QuoteLine.PRODUCT_ID, "SKU-2")
        .field(HostFields.QuoteLine.PRODUCT_CLASS, "Physical").build(), null, linked()))
        .hasMessageContaining("UNMAPPED_VALUE: host product id 'SKU-2' has no product id mapping");
    assertThatThrownBy(() -> rules.toConnectWise(LINES, line("l")
        .field(HostFields.QuoteLine.PRODUCT_ID, "SKU-1").build(), null, linked()))
        .hasMessageContaining("host product class 'Inventory' has no product class mapping");
  }

  // ------------------------------------------------------------ won documents

  @Test
  void wonDocuments_becomeOpportunityNotes() {
    ProfileSyncRules rules = rules(base());
    HostRecord doc = HostRecord.builder(EntityType.OPPORTUNITY_NOTE, "d1").parentHostId("o1")
        .field(HostFields.Document.NAME, "Quote Q-17").field(HostFields.Document.STATUS, "Won")
        .field(HostFields.Document.TOTAL, new BigDecimal("1234.5")).build();
    assertThat(rules.pushScope(NOTES, doc, linked())).isEqualTo(Scope.IN_SCOPE);
    OpportunityNote note = (OpportunityNote) rules.toConnectWise(NOTES, doc, null,
        linked().parent(700));
    assertThat(note.text()).isEqualTo("Won document: Quote Q-17 (total 1234.50)");
    assertThat(note.opportunityId()).isEqualTo(700);
    assertThat(rules.pushScope(NOTES, doc.toBuilder().field(HostFields.Document.STATUS, "Sent")
        .build(), linked())).isEqualTo(Scope.OUT_OF_SCOPE);
  }

  // ------------------------------------------------------------ products

  static HostRecord.Builder product() {
    return HostRecord.builder(EntityType.PRODUCT, "pr1").field(HostFields.Product.NAME, "LT-14")
        .field(HostFields.Product.DESCRIPTION, "Laptop 14").field(HostFields.Product.TYPE, "HW")
        .field(HostFields.Product.CATEGORY, "PCs").field(HostFields.Product.PRODUCT_CLASS, "Phys")
        .field(HostFields.Product.PRICE, new BigDecimal("999")).field(HostFields.Product.TAXABLE,
            true);
  }

  static SyncProfile.Builder individual() {
    return base().selection(sel -> sel.syncProducts(true).pullProductUpdates(true).pushProductUpdates(true))
        .productMapping(pm -> pm.standardProductMapping(false).mapProductType("HW", "Hardware")
        .mapProductCategory("PCs", "Computers", "Laptops").mapProductClass("Phys", "Inventory"));
  }

  @Test
  void products_individualMapping_bothWays() {
    ProfileSyncRules rules = rules(individual());
    CatalogItem item = (CatalogItem) rules.toConnectWise(PRODUCTS, product().build(), null,
        linked());
    assertThat(item.identifier()).isEqualTo("LT-14");
    assertThat(item.description()).isEqualTo("Laptop 14");
    assertThat(item.customerDescription()).isEqualTo("Laptop 14");
    assertThat(item.type().id()).isEqualTo(50);
    assertThat(item.category().id()).isEqualTo(60);
    assertThat(item.subcategory().id()).isEqualTo(70);
    assertThat(item.productClass()).isEqualTo("Inventory");
    assertThat(item.taxableFlag()).isTrue();
    HostRecord back = rules.toHost(PRODUCTS, item.toBuilder().id(9)
        .type(new Reference(50, "Hardware", null, null))
        .category(new Reference(60, "Computers", null, null))
        .subcategory(new Reference(70, "Laptops", null, null)).build(), null, linked());
    assertThat(back.fields()).containsEntry(HostFields.Product.TYPE, "HW")
        .containsEntry(HostFields.Product.CATEGORY, "PCs")
        .containsEntry(HostFields.Product.PRODUCT_CLASS, "Phys")
        .containsEntry(HostFields.Product.NAME, "LT-14");
    assertThatThrownBy(() -> rules.toConnectWise(PRODUCTS, product()
        .field(HostFields.Product.TYPE, "Gadget").build(), null, linked()))
        .hasMessageContaining("host product type 'Gadget' has no product type mapping");
  }

  @Test
  void products_standardMapping_namesResolveDirectly() {
    ProfileSyncRules rules = rules(base().selection(sel -> sel.syncProducts(true)));
    CatalogItem item = (CatalogItem) rules.toConnectWise(PRODUCTS, product()
        .field(HostFields.Product.TYPE, "Service").field(HostFields.Product.CATEGORY, "Managed")
        .field(HostFields.Product.PRODUCT_CLASS, "Service").build(), null, linked());
    assertThat(item.type().id()).isEqualTo(51);
    assertThat(item.category().id()).isEqualTo(61);
    assertThat(item.subcategory().id()).isEqualTo(72);
    assertThatThrownBy(() -> rules.toConnectWise(PRODUCTS, product()
        .field(HostFields.Product.TYPE, "Service").build(), null, linked()))
        .hasMessageContaining("host category 'PCs' names no unique ConnectWise subcategory");
  }

  @Test
  void products_updateSwitches_controlUpdatesEachWay() {
    ProfileSyncRules noUpdates = rules(base().selection(sel -> sel.syncProducts(true)));
    CatalogItem cw = CatalogItem.builder().id(9).identifier("LT-14").description("old").build();
    HostRecord host = product().build();
    assertThat(noUpdates.toConnectWise(PRODUCTS, host, cw, linked()
        .changed(HostFields.Product.DESCRIPTION))).isSameAs(cw);
    assertThat(noUpdates.toHost(PRODUCTS, cw, host, linked())).isSameAs(host);
    ProfileSyncRules updates = rules(base().selection(sel -> sel.syncProducts(true).pushProductUpdates(true)));
    CatalogItem pushed = (CatalogItem) updates.toConnectWise(PRODUCTS, host, cw,
        linked().changed(HostFields.Product.DESCRIPTION));
    assertThat(pushed.customerDescription()).isEqualTo("Laptop 14");
    assertThat(rules(base()).pullScope(PRODUCTS, cw, linked())).as("products off")
        .isEqualTo(Scope.OUT_OF_SCOPE);
    assertThat(noUpdates.pullScope(PRODUCTS, cw, linked())).isEqualTo(Scope.IN_SCOPE);
    assertThat(noUpdates.naturalKey(PRODUCTS, host, linked()).orElseThrow().render())
        .isEqualTo("identifier = \"LT-14\"");
    assertThat(noUpdates.naturalKeyValues(PRODUCTS, host, linked()).orElseThrow().condition())
        .isEqualTo(noUpdates.naturalKey(PRODUCTS, host, linked()).orElseThrow());
  }

  // ------------------------------------------------------------ tax regions

  @Test
  void taxCodes_importedAsRegionsWithTaxableAndZeroCategories() {
    ProfileSyncRules rules = rules(base().taxMapping(tm -> tm.taxCategoryNames("Taxable", "Non-Taxable")));
    TaxCode code = TaxCode.builder().id(81).identifier("TX").description("Texas")
        .levelOneRate(new BigDecimal("6.25")).levelTwoRate(new BigDecimal("2.00")).build();
    assertThat(rules.pullScope(TAX, code, linked())).isEqualTo(Scope.IN_SCOPE);
    HostRecord region = rules.toHost(TAX, code, null, linked());
    assertThat(region.field(HostFields.TaxRegion.NAME)).isEqualTo("TX");
    assertThat(region.field(HostFields.TaxRegion.CATEGORIES)).isEqualTo(List.of(
        Map.of("name", "Taxable", "rate", new BigDecimal("8.25")),
        Map.of("name", "Non-Taxable", "rate", BigDecimal.ZERO)));
    ProfileSyncRules mapped = rules(base().taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX")));
    assertThat(mapped.pullScope(TAX, code, linked())).as("rates mapped, nothing imported")
        .isEqualTo(Scope.OUT_OF_SCOPE);
  }
}
