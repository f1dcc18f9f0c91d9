package io.cwsync.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmDatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private CrmDatabase db;

  @BeforeEach
  void open() {
    db = CrmDatabase.inMemory(Clock.fixed(T0, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void changesSince_updatedRow_movesToEndOnceAndCursorSkipsSeen() {
    ClientCompany a = db.companies().insert(ClientCompany.draft("Alpha"), Actor.USER);
    ClientCompany b = db.companies().insert(ClientCompany.draft("Beta"), Actor.USER);
    assertThat(db.companies().changesSince(0, 10)).extracting(ClientCompany::name).containsExactly("Alpha", "Beta");

    long cursor = db.companies().changesSince(0, 10).get(1).tracking().changeSeq();
    assertThat(db.companies().changesSince(cursor, 10)).isEmpty();

    db.companies().update(a.withPhone("555-0100"), Actor.SYNC);
    List<ClientCompany> changed = db.companies().changesSince(cursor, 10);
    assertThat(changed).extracting(ClientCompany::name).containsExactly("Alpha");
    assertThat(changed.get(0).phone()).isEqualTo("555-0100");
    assertThat(changed.get(0).tracking().changedBy()).isEqualTo(Actor.SYNC);
    assertThat(changed.get(0).tracking().modifiedAt()).isEqualTo(T0);
    assertThat(changed.get(0).tracking().changeSeq()).isGreaterThan(b.tracking().changeSeq());
  }

  @Test
  void changesSince_limit_pagesInSequenceOrder() {
    for (int i = 0; i < 5; i++) {
      db.companies().insert(ClientCompany.draft("C" + i), Actor.USER);
    }
    List<ClientCompany> first = db.companies().changesSince(0, 2);
    List<ClientCompany> second = db.companies().changesSince(first.get(1).tracking().changeSeq(), 2);
    List<ClientCompany> third = db.companies().changesSince(second.get(1).tracking().changeSeq(), 2);
    assertThat(first).extracting(ClientCompany::name).containsExactly("C0", "C1");
    assertThat(second).extracting(ClientCompany::name).containsExactly("C2", "C3");
    assertThat(third).extracting(ClientCompany::name).containsExactly("C4");
    assertThatThrownBy(() -> db.companies().changesSince(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void linkCw_writesIdWithoutMovingChangeSequence_andIsUnique() {
    ClientCompany a = db.companies().insert(ClientCompany.draft("Alpha"), Actor.USER);
    ClientCompany b = db.companies().insert(ClientCompany.draft("Beta"), Actor.USER);
    db.companies().linkCw(a.id(), 250);

    ClientCompany linked = db.companies().findByCwId(250).orElseThrow();
    assertThat(linked.id()).isEqualTo(a.id());
    assertThat(linked.tracking().changeSeq()).isEqualTo(a.tracking().changeSeq());
    assertThat(db.companies().countLinked()).isEqualTo(1);
    assertThatThrownBy(() -> db.companies().linkCw(b.id(), 250)).isInstanceOf(CrmException.class)
        .hasMessageContaining("linking client_company " + b.id());
    assertThatThrownBy(() -> db.companies().linkCw(999, 1)).isInstanceOf(CrmException.class)
        .hasMessageContaining("client_company 999 does not exist");
  }

  @Test
  void insert_duplicateIdentifier_failsNamingTheRecord() {
    db.companies().insert(ClientCompany.draft("Alpha").withIdentifier("ALPHA"), Actor.USER);
    assertThatThrownBy(() -> db.companies().insert(ClientCompany.draft("Alpha 2").withIdentifier("ALPHA"), Actor.USER))
        .isInstanceOf(CrmException.class).hasMessageContaining("inserting client company 'Alpha 2'");
    assertThat(db.companies().findByIdentifier("alpha")).map(ClientCompany::name).contains("Alpha");
  }

  @Test
  void documentLines_addAndStatusChange_touchOpportunityAndKeepBundleChildren() {
    db.pipeline().save(new PipelineStage("New", StageKind.OPEN, 1));
    ClientCompany company = db.companies().insert(ClientCompany.draft("Alpha"), Actor.USER);
    SalesOpportunity opp = db.opportunities().insert(
        SalesOpportunity.draft("Deal", company.id(), null, "New", BigDecimal.TEN), Actor.USER);
    TaxRegion region = db.taxes().insert(TaxRegion.draft("County", new BigDecimal("8")), Actor.USER);
    Product child = db.products().insert(Product.draft("Child", "CH", BigDecimal.ONE, BigDecimal.ONE), Actor.USER);
    Product bundle = db.products().insert(Product.draft("Bundle", "BN", BigDecimal.TEN, BigDecimal.ONE), Actor.USER);
    db.products().defineBundle(bundle.id(), List.of(new BundleComponent(bundle.id(), child.id(), BigDecimal.valueOf(2))));

    QuoteDocument doc = db.documents().insert(QuoteDocument.draft(opp.id(), "Q-1", region.id()), Actor.USER);
    long afterInsert = db.opportunities().require(opp.id()).tracking().changeSeq();
    assertThat(afterInsert).isGreaterThan(opp.tracking().changeSeq());

    TaxCategory taxable = db.taxes().category(region.id(), true);
    QuoteLine parent = db.documents().addLine(QuoteLine.draft(doc.id(), 1, null, bundle.id(), BigDecimal.ONE,
        BigDecimal.TEN, BigDecimal.ONE, taxable.id()), Actor.USER);
    db.documents().addLine(QuoteLine.draft(doc.id(), 2, parent.id(), child.id(), BigDecimal.valueOf(2), BigDecimal.ONE,
        BigDecimal.ONE, taxable.id()), Actor.USER);
    long afterLines = db.opportunities().require(opp.id()).tracking().changeSeq();
    assertThat(afterLines).isGreaterThan(afterInsert);

    QuoteDocument won = db.documents().setStatus(doc.id(), DocumentStatus.WON, Actor.USER);
    assertThat(won.status().wonOrSigned()).isTrue();
    assertThat(db.opportunities().require(opp.id()).tracking().changeSeq()).isGreaterThan(afterLines);
    assertThat(db.documents().lines(doc.id())).extracting(QuoteLine::parentLineId).containsExactly(null, parent.id());
    assertThat(db.products().require(bundle.id()).bundle()).isTrue();
    assertThat(db.products().components(bundle.id())).singleElement()
        .satisfies(c -> assertThat(c.quantity()).isEqualByComparingTo("2"));

    db.documents().linkForecastItem(parent.id(), 77);
    assertThat(db.documents().line(parent.id()).orElseThrow().cwForecastItemId()).isEqualTo(77);
    assertThat(db.opportunities().require(opp.id()).tracking().changeSeq())
        .isEqualTo(db.opportunities().lastChangeSeq());
  }

  @Test
  void taxRegion_insert_createsTaxableAndNonTaxableCategories() {
    TaxRegion region = db.taxes().insert(TaxRegion.draft("County", new BigDecimal("8.25")), Actor.SYNC);
    assertThat(db.taxes().categories(region.id())).extracting(TaxCategory::name, TaxCategory::taxable)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TaxRepository.TAXABLE, true),
            org.assertj.core.groups.Tuple.tuple(TaxRepository.NON_TAXABLE, false));
    assertThat(db.taxes().category(region.id(), false).rate()).isEqualByComparingTo("0");

    db.taxes().update(region.withRate(new BigDecimal("9")), Actor.SYNC);
    assertThat(db.taxes().category(region.id(), true).rate()).isEqualByComparingTo("9");
    assertThatThrownBy(() -> TaxRegion.draft("Bad", new BigDecimal("150")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bad'");
  }

  @Test
  void file_reopened_keepsRowsAndSequence(@TempDir Path dir) {
    Path path = dir.resolve("crm");
    long seq;
    try (CrmDatabase file = CrmDatabase.open("file:" + path, Clock.systemUTC())) {
      seq = file.companies().insert(ClientCompany.draft("Durable"), Actor.USER).tracking().changeSeq();
    }
    try (CrmDatabase file = CrmDatabase.open("file:" + path, Clock.systemUTC())) {
      assertThat(file.companies().list()).extracting(ClientCompany::name).containsExactly("Durable");
      ClientCompany next = file.companies().insert(ClientCompany.draft("Later"), Actor.USER);
      assertThat(next.tracking().changeSeq()).isGreaterThan(seq);
    }
    assertThatThrownBy(() -> CrmDatabase.open("postgres", Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db");
  }
}
