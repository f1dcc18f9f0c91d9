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
    SampleData.seed(db, 5);
    HostAdapter companies = adapters.get(EntityType.COMPANY);
    List<HostRecord> seen = new ArrayList<>();
    String cursor = null;
    HostChanges batch;
    do {
      batch = companies.changesSince(cursor, 2);
      seen.addAll(batch.records());
      cursor = batch.cursor();
    } while (batch.hasMore());
    assertThat(seen).hasSize(5).allSatisfy(r -> assertThat(r.field(CrmFields.Company.NAME)).isNotNull());
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

    companies.update(HostRecord.builder(EntityType.COMPANY, id).field("phoneNumber", "555-0199").build());
    ClientCompany updated = db.companies().require(Long.parseLong(id));
    assertThat(updated.phone()).isEqualTo("555-0199");
    assertThat(updated.market()).as("fields absent from the update are kept").isEqualTo("Retail");
  }

  @Test
  void opportunity_record_carriesReferencesStageKindAndWonDocument() {
    SampleData.seed(db, 1);
    SalesOpportunity opp = db.opportunities().list().get(0);
    HostAdapter opportunities = adapters.get(EntityType.OPPORTUNITY);
    HostRecord before = opportunities.find(Long.toString(opp.id())).orElseThrow();
    assertThat(before.field("company")).isEqualTo(new HostRef(EntityType.COMPANY, Long.toString(opp.companyId())));
    assertThat(before.field("won")).isEqualTo(false);
    assertThat(before.field("hasWonOrSignedDocument")).isEqualTo(false);

    db.opportunities().update(opp.withStage(SampleData.WON_STAGE), Actor.USER);
    db.documents().setStatus(db.documents().ofOpportunity(opp.id()).get(0).id(), DocumentStatus.SIGNED, Actor.USER);
    HostRecord after = opportunities.find(Long.toString(opp.id())).orElseThrow();
    assertThat(after.field("won")).isEqualTo(true);
    assertThat(after.field("hasWonOrSignedDocument")).isEqualTo(true);
  }

  @Test
  void create_opportunityWithUnknownStage_failsNamingTheStage() {
    SampleData.seed(db, 1);
    HostAdapter opportunities = adapters.get(EntityType.OPPORTUNITY);
    long companyId = db.companies().list().get(0).id();
    HostRecord pulled = HostRecord.builder(EntityType.OPPORTUNITY, null).field("name", "From CW")
        .field("company", new HostRef(EntityType.COMPANY, Long.toString(companyId))).field("stage", "Prospecting")
        .build();
    assertThatThrownBy(() -> opportunities.create(pulled)).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("'Prospecting'").hasMessageContaining("pipeline");

    String id = opportunities.create(pulled.toBuilder().field("stage", "New").field("amount", new BigDecimal("99"))
        .build());
    assertThat(db.opportunities().require(Long.parseLong(id)).amount()).isEqualByComparingTo("99");
  }

  @Test
  void quoteLines_changedDocument_yieldsEveryLineWithBundleParentAndTax() {
    SampleData.seed(db, 2);
    HostAdapter lines = adapters.get(EntityType.FORECAST_ITEM);
    HostChanges first = lines.changesSince(null, 7);
    assertThat(first.records()).hasSize(7).allSatisfy(r -> assertThat(r.parentHostId()).isNotNull());
    assertThat(first.hasMore()).isTrue();
    HostRecord bundle = first.records().stream().filter(r -> r.field("bundle").equals(true)).findFirst()
        .orElseThrow();
    assertThat(first.records()).filteredOn(r -> bundle.hostId().equals(r.field("parentLine"))).hasSize(3);
    assertThat(first.records()).filteredOn(r -> r.field("taxable").equals(true)).hasSize(2);
    HostChanges second = lines.changesSince(first.cursor(), 7);
    assertThat(second.records()).hasSize(7);
    assertThat(second.hasMore()).isFalse();

    lines.writeBackConnectWiseId(bundle.hostId(), 4242);
    assertThat(lines.findByConnectWiseId(4242)).map(HostRecord::hostId).contains(bundle.hostId());
    assertThatThrownBy(() -> lines.create(bundle)).isInstanceOf(CwsyncException.class).hasMessageContaining("PUSH");
  }

  @Test
  void documentNotes_nameTheDocumentAndItsStatus() {
    SampleData.seed(db, 1);
    long docId = db.documents().list().get(0).id();
    db.documents().setStatus(docId, DocumentStatus.WON, Actor.USER);
    HostRecord note = adapters.get(EntityType.OPPORTUNITY_NOTE).find(Long.toString(docId)).orElseThrow();
    assertThat(note.field("documentStatus")).isEqualTo("WON");
    assertThat((String) note.field("text")).contains("Quote Q-1000").contains("Won");
  }

  @Test
  void taxRegion_pulledCode_getsTaxableAndNonTaxableCategories() {
    HostAdapter taxes = adapters.get(EntityType.TAX_CODE);
    String id = taxes.create(HostRecord.builder(EntityType.TAX_CODE, null).field("name", "Travis County")
        .field("rate", new BigDecimal("0.0825")).build());
    assertThat(db.taxes().categories(Long.parseLong(id))).hasSize(2);
    taxes.update(HostRecord.builder(EntityType.TAX_CODE, id).field("rate", new BigDecimal("0.09")).build());
    assertThat(db.taxes().category(Long.parseLong(id), true).rate()).isEqualByComparingTo("0.09");
  }
}
