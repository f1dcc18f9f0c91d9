package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Direction;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.Product;
import io.cwsync.examples.crm.TaxCategory;
import io.cwsync.examples.crm.TaxRegion;
import io.cwsync.examples.demo.BundleOption;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.SampleData;
import io.cwsync.mapping.ReferenceData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Product mapping, tax mapping and the three bundle strategies. */
class CatalogTaxAndBundleTest {
  @Test
  void products_pushedAsCatalogItemsWithCodeAsIdentifierAndStandardClassification() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME)) {
      f.syncOk();
      Product laptop = f.db.products().findByName("Business Laptop 14").orElseThrow();
      ObjectNode item = f.cw("procurement/catalog", f.cwId(EntityType.PRODUCT, laptop.id()));
      assertThat(item.path("identifier").asText()).isEqualTo("LAPTOP-14");
      assertThat(item.path("description").asText()).isEqualTo("Business Laptop 14");
      ReferenceData ref = f.sync.reference();
      assertThat(item.path("type").path("id").asInt()).isEqualTo(ref.productType("Hardware").orElseThrow().id());
      assertThat(item.path("subcategory").path("id").asInt())
          .isEqualTo(ref.subcategories("Computers Standard").get(0).id());
      assertThat(item.path("price").decimalValue()).isEqualByComparingTo("1249.00");

      // Push updates is on: a price change in the CRM reaches the catalog item.
      f.db.products().update(laptop.withPrice(new BigDecimal("1199.00"), laptop.cost()), Actor.USER);
      f.sync.hostChanged(EntityType.PRODUCT, laptop.id());
      assertThat(f.cw("procurement/catalog", f.cwId(EntityType.PRODUCT, laptop.id())).path("price").decimalValue())
          .isEqualByComparingTo("1199.00");
    }
  }

  @Test
  void taxCodes_importedAsRegionsWithTaxableAndNonTaxableCategories_andQuoteRegionTravels() {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME)) {
      f.syncOk();
      for (ReferenceData.TaxCodeRate code : f.sync.reference().taxCodes()) {
        TaxRegion region = f.db.taxes().findByCwId(code.id()).orElseThrow();
        assertThat(region.name()).isEqualTo(code.identifier());
        assertThat(f.db.taxes().categories(region.id())).extracting(TaxCategory::name, TaxCategory::rate)
            .satisfiesExactly(
                t -> assertThat(t.toList()).containsExactly("Taxable", region.rate()),
                t -> assertThat(((BigDecimal) t.toList().get(1)).signum()).isZero());
        assertThat(region.rate()).isPositive();
      }
      // The quote moves to an imported region: the opportunity carries that tax code to ConnectWise.
      TaxRegion imported = f.db.taxes().list().stream().filter(r -> r.cwTaxCodeId() != null).findFirst()
          .orElseThrow();
      long quote = f.db.documents().ofOpportunity(1).get(0).id();
      f.db.documents().setTaxRegion(quote, imported.id(), Actor.USER);
      f.sync.hostChanged(EntityType.OPPORTUNITY, 1);
      assertThat(f.cw("sales/opportunities", f.cwId(EntityType.OPPORTUNITY, 1)).path("taxCode").path("id").asInt())
          .isEqualTo(imported.cwTaxCodeId());
    }
  }

  /**
   * The forecast items a strategy created in ConnectWise for the CRM's quote (lines 3-6 are a bundle and its
   * children): product name to the created item's product class.
   */
  private static Map<String, String> linesPushed(BundleOption bundles) {
    try (SyncFixture f = SyncFixture.start(1).integrate(DemoMode.REAL_TIME, bundles, b -> b)) {
      f.syncOk();
      Set<String> pushed = f.sync.audit().stream()
          .filter(e -> e.type().equals(EntityType.FORECAST_ITEM) && e.direction() == Direction.PUSH
              && e.action() == SyncAction.CREATE && e.outcome() == Outcome.SUCCESS)
          .map(AuditEntry::hostId).collect(Collectors.toSet());
      assertThat(f.postsTo("sales/opportunities/{parentId}/forecast")).isEqualTo(pushed.size());
      long oppCwId = f.cwId(EntityType.OPPORTUNITY, 1);
      List<ObjectNode> items = f.cw("sales/opportunities/{parentId}/forecast").stream()
          .filter(i -> i.path("opportunity").path("id").asLong() == oppCwId).toList();
      assertThat(items).hasSize(pushed.size());
      Map<String, String> out = new HashMap<>();
      for (String id : pushed) {
        ObjectNode item = f.cw("sales/opportunities/{parentId}/forecast", f.cwId(EntityType.FORECAST_ITEM,
            Long.parseLong(id)));
        assertThat(items).extracting(i -> i.path("id").asLong()).contains(item.path("id").asLong());
        Product product = f.db.products().require(f.db.documents().line(Long.parseLong(id)).orElseThrow()
            .productId());
        assertThat(item.path("catalogItem").path("id").asLong())
            .isEqualTo(f.cwId(EntityType.PRODUCT, product.id()));
        out.put(product.name(), item.path("productClass").asText());
      }
      return out;
    }
  }

  @Test
  void bundles_eachStrategyCreatesTheRightForecastItems() {
    Set<String> plain = Set.of("Business Laptop 14", "27in Monitor", "Onboarding Labor");
    Set<String> children = Set.of("RMM Agent", "Endpoint Protection", "Cloud Backup 100GB");
    String bundle = "Managed Workstation Bundle";

    Map<String, String> single = linesPushed(BundleOption.SINGLE);
    assertThat(single.keySet()).containsExactlyInAnyOrderElementsOf(union(plain, Set.of(bundle)));
    assertThat(single.get(bundle)).isNotEqualTo("Bundle");
    assertThat(linesPushed(BundleOption.CHILDREN).keySet())
        .containsExactlyInAnyOrderElementsOf(union(plain, children));
    Map<String, String> asBundle = linesPushed(BundleOption.BUNDLE);
    assertThat(asBundle.keySet()).containsExactlyInAnyOrderElementsOf(union(union(plain, children), Set.of(bundle)));
    assertThat(asBundle.get(bundle)).isEqualTo("Bundle");
    asBundle.forEach((name, cls) -> {
      if (!name.equals(bundle)) {
        assertThat(cls).as(name).isNotEqualTo("Bundle");
      }
    });
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void taxRates_crmRateMappedToTaxCode_opportunityCarriesThatCodeAndForecastItemsTheirTaxability() {
    try (SyncFixture f = SyncFixture.start(1)) {
      ReferenceData ref = ReferenceData.load(f.client);
      ReferenceData.TaxCodeRate texas = ref.taxCode("TX-4").orElseThrow();
      ReferenceData.TaxCodeRate florida = ref.taxCode("FL-1").orElseThrow();
      // The CRM's own region is taxed at Texas' rate; every ConnectWise rate is mapped, so pulled opportunities
      // (which carry tax codes) map back to rates too.
      TaxRegion local = f.db.taxes().findByName(SampleData.TAX_REGION).orElseThrow();
      f.db.taxes().update(local.withRate(texas.ratePercent()), Actor.USER);
      f.integrate(DemoMode.REAL_TIME, BundleOption.BUNDLE, b -> {
        ref.taxCodes().forEach(code -> b.taxMapping(tm -> tm.mapTaxRate(code.ratePercent(), code.identifier())));
        return b;
      });
      assertThat(f.sync.profile().taxMapping().mode()).isEqualTo(io.cwsync.mapping.TaxMode.MAP_TAX_RATES);
      f.syncOk();

      assertThat(f.db.taxes().findByCwId(texas.id())).as("rates mapped: no tax code imported as a region")
          .isEmpty();
      long cwOpportunity = f.cwId(EntityType.OPPORTUNITY, 1);
      assertThat(f.cw("sales/opportunities", cwOpportunity).path("taxCode").path("id").asInt())
          .isEqualTo(texas.id());
      List<ObjectNode> items = f.cw("sales/opportunities/{parentId}/forecast").stream()
          .filter(i -> i.path("opportunity").path("id").asLong() == cwOpportunity).toList();
      assertThat(items).isNotEmpty();
      for (ObjectNode item : items) {
        long lineId = Long.parseLong(java.util.Objects.requireNonNull(f.sync.links().findByCwId(
            f.sync.tenant().id(), EntityType.FORECAST_ITEM, item.path("id").asLong()).orElseThrow().hostId()));
        Long category = f.db.documents().line(lineId).orElseThrow().taxCategoryId();
        boolean taxable = category != null && f.db.taxes().category(category).orElseThrow().name()
            .equals("Taxable");
        assertThat(item.path("taxableFlag").asBoolean()).as("forecast item %s", item.path("id")).isEqualTo(taxable);
      }
      assertThat(items).anySatisfy(i -> assertThat(i.path("taxableFlag").asBoolean()).isTrue());

      // The region's rate changes to Florida's: the opportunity's tax code follows.
      f.db.taxes().update(f.db.taxes().require(local.id()).withRate(florida.ratePercent()), Actor.USER);
      f.sync.hostChanged(EntityType.OPPORTUNITY, 1);
      assertThat(f.cw("sales/opportunities", cwOpportunity).path("taxCode").path("id").asInt())
          .isEqualTo(florida.id());

      // A rate no tax code is mapped from: the push fails, naming the rate, and the code is left alone.
      f.db.taxes().update(f.db.taxes().require(local.id()).withRate(new BigDecimal("9.99")), Actor.USER);
      f.sync.hostChanged(EntityType.OPPORTUNITY, 1);
      assertThat(f.cw("sales/opportunities", cwOpportunity).path("taxCode").path("id").asInt())
          .isEqualTo(florida.id());
      assertThat(f.failures()).anySatisfy(e -> assertThat(e.reason())
          .contains("host tax rate 9.99% is not mapped to a ConnectWise tax code"));
    }
  }
}
