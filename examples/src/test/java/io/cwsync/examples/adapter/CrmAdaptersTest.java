package io.cwsync.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.SampleData;
import io.cwsync.mapping.HostFields;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmAdaptersTest {
  private CrmDatabase db;
  private Map<EntityType, HostAdapter> adapters;

  @BeforeEach
  void open() {
    db = CrmDatabase.inMemory(Clock.systemUTC());
    adapters = CrmAdapters.all(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void changesSince_pagesThroughEveryCompanyAndStopsAtTheEnd() {
    SampleData.seed(db, 5, "lwilson1");
    HostAdapter companies = adapters.get(EntityType.COMPANY);
    List<HostRecord> seen = new ArrayList<>();
    String cursor = null;
    HostChanges batch;
    do {
      batch = companies.changesSince(cursor, 2);
      seen.addAll(batch.records());
      cursor = batch.cursor();
    } while (batch.hasMore());
    assertThat(seen).hasSize(5).allSatisfy(r -> assertThat(r.field(HostFields.Company.NAME)).isNotNull());
    assertThat(companies.changesSince(cursor, 2).records()).isEmpty();
    assertThat(companies.changesSince(cursor, 2).cursor()).isEqualTo(cursor);
  }

  @Test
  void create_pulledCompany_storesAsSyncAndLinksByWriteBack() {
    HostAdapter companies = adapters.get(EntityType.COMPANY);
    String id = companies.create(HostRecord.builder(EntityType.COMPANY, null)
        .field("name", "Pulled Co").field("identifier", "PULLED").field("market", "Retail").build());
    companies.writeBackConnectWiseId(id, 321);

    ClientCompany stored = db.companies().require(Long.parseLong(id));
    assertThat(stored.tracking().changedBy()).isEqualTo(Actor.SYNC);
    assertThat(stored.market()).isEqualTo("Retail");
    assertThat(companies.findByConnectWiseId(321)).map(HostRecord::hostId).contains(id);
    assertThat(companies.findByNaturalKey(Map.of("identifier", "pulled"))).singleElement()
        .extracting(HostRecord::hostId).isEqualTo(id);

    companies.update(HostRecord.builder(EntityType.COMPANY, id).field("phone", "555-0199")
        .field("types", List.of("Client", "Partner")).build());
    ClientCompany updated = db.companies().require(Long.parseLong(id));
    assertThat(updated.phone()).isEqualTo("555-0199");
    assertThat(updated.market()).as("fields absent from the update are kept").isEqualTo("Retail");
    assertThat(updated.companyType()).isEqualTo("Client");
  }

  @Test
  void opportunity_record_carriesReferencesSalesRepCwStatusAndOnlyImportedTaxRegion() {
    SampleData.seed(db, 1, "lwilson1");
    SalesOpportunity opp = db.opportunities().list().get(0);
    HostAdapter opportunities = adapters.get(EntityType.OPPORTUNITY);
    HostRecord before = opportunities.find(Long.toString(opp.id())).orElseThrow();
    assertThat(before.field("company")).isEqualTo(new HostRef(EntityType.COMPANY, Long.toString(opp.companyId())));
    assertThat(before.field("salesRep")).isEqualTo("lwilson1");
    assertThat(before.field("taxRegion")).as("the CRM's own region is not a ConnectWise tax code").isNull();

    long region = db.documents().ofOpportunity(opp.id()).get(0).taxRegionId();
    db.taxes().linkCw(region, 7);
    db.opportunities().update(opp.withCwStatus("Pending"), Actor.USER);
    HostRecord after = opportunities.find(Long.toString(opp.id())).orElseThrow();
    assertThat(after.field(CrmAdapters.CW_STATUS_FIELD)).isEqualTo("Pending");
    assertThat(after.field("taxRegion")).isEqualTo(SampleData.TAX_REGION);

    opportunities.update(HostRecord.builder(EntityType.OPPORTUNITY, Long.toString(opp.id()))
        .field(CrmAdapters.CW_STATUS_FIELD, "Won").field("stage", SampleData.WON_STAGE).build());
    assertThat(db.opportunities().require(opp.id()).cwStatus()).isEqualTo("Won");
    assertThat(db.opportunities().require(opp.id()).stage()).isEqualTo(SampleData.WON_STAGE);
  }

  @Test
  void create_opportunityWithUnknownStage_failsNamingTheStage() {
    SampleData.seed(db, 1, "lwilson1");
    HostAdapter opportunities = adapters.get(EntityType.OPPORTUNITY);
    long companyId = db.companies().list().get(0).id();
    HostRecord pulled = HostRecord.builder(EntityType.OPPORTUNITY, null).field("name", "From CW")
        .field("company", new HostRef(EntityType.COMPANY, Long.toString(companyId))).field("stage", "Prospecting")
        .build();
    assertThatThrownBy(() -> opportunities.create(pulled)).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("'Prospecting'").hasMessageContaining("pipeline");

    String id = opportunities.create(pulled.toBuilder().field("stage", "New").field("salesRep", "lwilson1").build());
    assertThat(db.opportunities().require(Long.parseLong(id)).owner()).isEqualTo("lwilson1");
  }

  @Test
  void quoteLines_changedDocument_yieldsEveryLineWithBundleParentAndTax() {
    SampleData.seed(db, 2, "lwilson1");
    HostAdapter lines = adapters.get(EntityType.FORECAST_ITEM);
    HostChanges first = lines.changesSince(null, 7);
    assertThat(first.records()).hasSize(7).allSatisfy(r -> assertThat(r.parentHostId()).isNotNull());
    assertThat(first.hasMore()).isTrue();
    HostRecord bundle = first.records().stream().filter(r -> r.field("bundle").equals(true)).findFirst()
        .orElseThrow();
    assertThat(first.records()).filteredOn(r -> bundle.hostId().equals(r.field("bundleLine"))).hasSize(3);
    assertThat(bundle.field("documentStatus")).isEqualTo("Draft");
    assertThat(bundle.field(CrmAdapters.PRODUCT_CODE_FIELD)).isEqualTo("BNDL-MWS");
    assertThat(first.records()).filteredOn(r -> r.field("taxable").equals(true)).hasSize(2);
    HostChanges second = lines.changesSince(first.cursor(), 7);
    assertThat(second.records()).hasSize(7);
    assertThat(second.hasMore()).isFalse();

    lines.writeBackConnectWiseId(bundle.hostId(), 4242);
    assertThat(lines.findByConnectWiseId(4242)).map(HostRecord::hostId).contains(bundle.hostId());
  }

  @Test
  void quoteLines_pulledItem_shapedAsStoredThenAddedToTheForecastDocumentAndRemovedWhenItLeaves() {
    SampleData.seed(db, 1, "lwilson1");
    QuoteLineAdapter lines = (QuoteLineAdapter) adapters.get(EntityType.FORECAST_ITEM);
    io.cwsync.examples.crm.Product product = db.products().list().get(0);
    long oppId = db.opportunities().list().get(0).id();
    int before = lines.childrenOf(Long.toString(oppId)).size();
    HostRecord pulled = HostRecord.builder(EntityType.FORECAST_ITEM, null).parentHostId(Long.toString(oppId))
        .field(CrmAdapters.PRODUCT_CODE_FIELD, product.code()).field("description", "From ConnectWise")
        .field("quantity", new java.math.BigDecimal("3")).field("unitPrice", new java.math.BigDecimal("12.50"))
        .field("unitCost", new java.math.BigDecimal("7")).field("sequence", new java.math.BigDecimal("4")).build();

    HostRecord shaped = lines.pulled(pulled, null);
    String id = lines.create(shaped);

    HostRecord stored = lines.find(id).orElseThrow();
    // What core fingerprints: equal, so the line pulled is not pushed back as a change.
    assertThat(stored.fields()).usingRecursiveComparison()
        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
        .isEqualTo(shaped.fields());
    assertThat(stored.field("product")).isEqualTo(new HostRef(EntityType.PRODUCT, Long.toString(product.id())));
    assertThat(db.documents().line(Long.parseLong(id)).orElseThrow().lineNo()).isEqualTo(4);
    io.cwsync.examples.crm.QuoteDocument doc = db.documents()
        .require(db.documents().line(Long.parseLong(id)).orElseThrow().documentId());
    assertThat(doc.name()).isEqualTo(QuoteLineAdapter.FORECAST_DOCUMENT);
    assertThat(doc.status()).isEqualTo(io.cwsync.examples.crm.DocumentStatus.DRAFT);
    assertThat(lines.childrenOf(Long.toString(oppId))).hasSize(before + 1);

    lines.markLeftScope(id);
    assertThat(lines.find(id)).isEmpty();
    assertThat(lines.childrenOf(Long.toString(oppId))).hasSize(before);
  }

  @Test
  void quoteLines_pulledItemWithUnknownProduct_failsNamingIt() {
    SampleData.seed(db, 1, "lwilson1");
    QuoteLineAdapter lines = (QuoteLineAdapter) adapters.get(EntityType.FORECAST_ITEM);
    long oppId = db.opportunities().list().get(0).id();
    HostRecord pulled = HostRecord.builder(EntityType.FORECAST_ITEM, null).parentHostId(Long.toString(oppId))
        .field(CrmAdapters.PRODUCT_CODE_FIELD, "NO-SUCH-SKU").field("quantity", java.math.BigDecimal.ONE)
        .field("unitPrice", java.math.BigDecimal.TEN).build();
    assertThatThrownBy(() -> lines.pulled(pulled, 9999)).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("NO-SUCH-SKU").hasMessageContaining("9999")
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode())
            .isEqualTo(io.cwsync.core.CoreErrorCode.MISSING_REFERENCE));
  }

  @Test
  void documentNotes_nameTheDocumentAndItsStatus() {
    SampleData.seed(db, 1, "lwilson1");
    long docId = db.documents().list().get(0).id();
    db.documents().setStatus(docId, DocumentStatus.WON, Actor.USER);
    HostRecord note = adapters.get(EntityType.OPPORTUNITY_NOTE).find(Long.toString(docId)).orElseThrow();
    assertThat(note.field("status")).isEqualTo("Won");
    assertThat(note.field("name")).isEqualTo("Quote Q-1000");
    assertThat(note.parentHostId()).isEqualTo(Long.toString(db.documents().require(docId).opportunityId()));
  }

  @Test
  void taxRegion_pulledCode_getsTaxableAndNonTaxableCategories() {
    HostAdapter taxes = adapters.get(EntityType.TAX_CODE);
    String id = taxes.create(HostRecord.builder(EntityType.TAX_CODE, null).field("name", "TX-3")
        .field("categories", List.of(Map.of("name", "Taxable", "rate", new BigDecimal("8.25")),
            Map.of("name", "Non-Taxable", "rate", BigDecimal.ZERO))).build());
    assertThat(db.taxes().require(Long.parseLong(id)).rate()).isEqualByComparingTo("8.25");
    assertThat(db.taxes().categories(Long.parseLong(id))).hasSize(2);
    taxes.update(HostRecord.builder(EntityType.TAX_CODE, id)
        .field("categories", List.of(Map.of("name", "Taxable", "rate", new BigDecimal("9")))).build());
    assertThat(db.taxes().category(Long.parseLong(id), true).rate()).isEqualByComparingTo("9");
    assertThatThrownBy(() -> taxes.update(HostRecord.builder(EntityType.TAX_CODE, id)
        .field("categories", List.of(Map.of("name", "Taxable"))).build()))
        .isInstanceOf(CwsyncException.class).hasMessageContaining("categories");
  }
}
