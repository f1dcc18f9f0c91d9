package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.DemoProfiles;
import io.cwsync.examples.demo.SampleData;
import io.cwsync.examples.sync.CrmFlows;
import io.cwsync.mapping.ReferenceData;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Real-time mode end to end: the first sync both ways, immediate pushes, pulls on the next poll, stable links. */
class RealTimeSyncTest {
  /** A fresh fixture per test (JUnit creates one instance per test method), closed after it. */
  @AutoClose
  private final SyncFixture f = SyncFixture.start(3).integrate(DemoMode.REAL_TIME);

  @Test
  void firstSync_pullsEveryKindAndPushesCrmRecordsWithStageMappingAndDefaults() {
    int cwCompanies = f.cw("company/companies").size();
    java.util.List<SalesOpportunity> own = f.db.opportunities().list();
    f.syncOk();

    // Pull: every ConnectWise company, contact, opportunity, active catalog item and tax code reached the CRM.
    assertThat(f.db.companies().count()).isEqualTo(cwCompanies + 3);
    assertThat(f.db.contacts().countLinked()).isEqualTo(f.cw("company/contacts").size());
    assertThat(f.db.taxes().countLinked()).isEqualTo(5);
    assertThat(f.db.taxes().list()).filteredOn(r -> r.cwTaxCodeId() != null)
        .allSatisfy(r -> assertThat(f.db.taxes().categories(r.id())).hasSize(2));
    assertThat(f.db.products().countLinked()).isPositive();

    // Push: the CRM's own opportunities exist in ConnectWise with the mapped stage and the defaults.
    ReferenceData ref = f.sync.reference();
    assertThat(own).hasSize(3);
    for (SalesOpportunity opp : own) {
      ObjectNode cw = f.cw("sales/opportunities", f.cwId(EntityType.OPPORTUNITY, opp.id()));
      assertThat(cw.path("name").asText()).isEqualTo(opp.name());
      String expectedStage = Map.of("New", "Prospecting", "Qualified", "Qualification",
          "Needs Analysis", "Needs Analysis").get(opp.stage());
      assertThat(cw.path("stage").path("id").asInt()).isEqualTo(ref.stage(expectedStage).orElseThrow().id());
      assertThat(cw.path("status").path("id").asInt()).isEqualTo(ref.status("Open").orElseThrow().id());
      assertThat(cw.path("locationId").asInt())
          .isEqualTo(ref.location(DemoProfiles.DEFAULT_LOCATION).orElseThrow().id());
      assertThat(cw.path("businessUnitId").asInt())
          .isEqualTo(ref.department(DemoProfiles.DEFAULT_BUSINESS_UNIT).orElseThrow().id());
      assertThat(cw.path("rating").path("id").asInt())
          .isEqualTo(ref.rating(DemoProfiles.DEFAULT_RATING).orElseThrow().id());
      // Its company and contact were pushed first and are referenced by id.
      assertThat(cw.path("company").path("id").asLong()).isEqualTo(f.cwId(EntityType.COMPANY, opp.companyId()));
      assertThat(cw.path("contact").path("id").asLong())
          .isEqualTo(f.cwId(EntityType.CONTACT, opp.contactId()));
    }
  }

  @Test
  void hostChanged_realTime_pushesTheUpdateImmediatelyWithoutAPass() {
    f.syncOk();
    SalesOpportunity opp = f.db.opportunities().list().get(0);
    long cwId = f.cwId(EntityType.OPPORTUNITY, opp.id());

    f.db.opportunities().update(opp.withStage("Negotiation").withNotes("Budget approved"), Actor.USER);
    SyncReport push = f.sync.hostChanged(EntityType.OPPORTUNITY, opp.id()).orElseThrow();

    assertThat(push.count(SyncAction.UPDATE)).isEqualTo(1);
    ObjectNode cw = f.cw("sales/opportunities", cwId);
    assertThat(cw.path("stage").path("id").asInt())
        .isEqualTo(f.sync.reference().stage("Negotiation").orElseThrow().id());
    assertThat(cw.path("notes").asText()).isEqualTo("Budget approved");
  }

  @Test
  void nextPass_afterChangesOnBothSides_pullsAndPushesUpdatesAndKeepsEveryLink() {
    f.syncOk();
    Map<Long, Long> companyLinks = f.db.companies().list().stream()
        .collect(Collectors.toMap(ClientCompany::id, c -> f.cwId(EntityType.COMPANY, c.id())));

    // ConnectWise side: a user renames a company that came from ConnectWise.
    ClientCompany pulled = f.db.companies().list().stream().filter(c -> !c.identifier().startsWith("CRM"))
        .findFirst().orElseThrow();
    f.simulator.update("company/companies", pulled.cwCompanyId(), n -> n.put("phoneNumber", "555-0142"));
    // CRM side: a user edits a company the CRM created.
    ClientCompany own = f.db.companies().list().stream().filter(c -> c.identifier() != null
        && c.identifier().startsWith("CRM")).findFirst().orElseThrow();
    f.db.companies().update(own.withPhone("555-0199"), Actor.USER);

    SyncReport second = f.syncOk();

    assertThat(f.db.companies().require(pulled.id()).phone()).isEqualTo("555-0142");
    assertThat(f.cw("company/companies", f.cwId(EntityType.COMPANY, own.id())).path("phoneNumber").asText())
        .isEqualTo("555-0199");
    assertThat(second.stream(CrmFlows.COMPANIES, Direction.PULL).orElseThrow().count(SyncAction.CREATE)).isZero();
    assertThat(second.stream(CrmFlows.COMPANIES, Direction.PUSH).orElseThrow().count(SyncAction.CREATE)).isZero();
    Map<Long, Long> after = f.db.companies().list().stream()
        .collect(Collectors.toMap(ClientCompany::id, c -> f.cwId(EntityType.COMPANY, c.id())));
    assertThat(after).isEqualTo(companyLinks);
    assertThat(f.db.companies().list()).extracting(ClientCompany::cwCompanyId)
        .containsExactlyElementsOf(f.db.companies().list().stream().map(c -> after.get(c.id()).intValue()).toList());

    // A third pass with nothing changed writes nothing.
    assertThat(f.syncOk().writes()).isZero();
    assertThat(Function.<Integer>identity().apply(f.cw("company/companies").size()))
        .isEqualTo(companyLinks.size());
  }
}
