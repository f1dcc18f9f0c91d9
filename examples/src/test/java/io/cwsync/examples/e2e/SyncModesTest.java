package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.examples.demo.SampleData;
import org.junit.jupiter.api.Test;

/** The three modes of the quoting integration, exactly as the seed describes them. */
class SyncModesTest {
  private static ClientCompany pulledCompany(SyncFixture f) {
    return f.db.companies().list().stream().filter(c -> !c.identifier().startsWith("CRM")).findFirst()
        .orElseThrow();
  }

  private static int createCwCompany(SyncFixture f, String identifier) {
    ObjectNode company = JsonNodeFactory.instance.objectNode().put("identifier", identifier).put("name", identifier)
        .put("addressLine1", "1 Main St").put("city", "Tampa").put("state", "FL").put("zip", "33602");
    return f.simulator.create("company/companies", company).path("id").asInt();
  }

  @Test
  void pullOnly_pullsNewRecordsOnlyAndNeverWritesToConnectWise() {
    try (SyncFixture f = SyncFixture.start(2).integrate(DemoMode.PULL_ONLY)) {
      f.simulator.journal().reset();
      f.syncOk();
      assertThat(f.db.companies().countLinked()).isEqualTo(f.cw("company/companies").size());
      assertThat(f.db.contacts().countLinked()).isEqualTo(f.cw("company/contacts").size());
      assertThat(f.db.opportunities().countLinked()).isEqualTo(f.cw("sales/opportunities").size());
      assertThat(f.db.companies().list()).filteredOn(c -> c.identifier().startsWith("CRM"))
          .hasSize(2).allSatisfy(c -> assertThat(c.cwCompanyId()).isNull());

      ClientCompany pulled = pulledCompany(f);
      f.simulator.update("company/companies", pulled.cwCompanyId(), n -> n.put("phoneNumber", "555-0142"));
      int created = createCwCompany(f, "BrandNewCo");
      f.db.companies().update(f.db.companies().require(1).withPhone("555-0100"), Actor.USER);
      assertThat(f.sync.hostChanged(EntityType.COMPANY, 1)).as("pull only never pushes").isEmpty();
      f.syncOk();

      assertThat(f.db.companies().findByCwId(created)).isPresent();
      assertThat(f.db.companies().require(pulled.id()).phone()).as("updates are not pulled")
          .isEqualTo(pulled.phone());
      assertThat(f.writes()).as("pull only writes nothing to ConnectWise").isEmpty();
    }
  }

  @Test
  void pullNewPushWon_createsOnlyBothWaysAndPushesAnOpportunityOnceWon() {
    try (SyncFixture f = SyncFixture.start(2).integrate(DemoMode.PULL_NEW_PUSH_WON)) {
      f.syncOk(SyncFixture::waitingForParent);
      // New CRM companies and contacts travel; open opportunities do not.
      ClientCompany own = f.db.companies().require(1);
      long ownCw = f.cwId(EntityType.COMPANY, own.id());
      assertThat(f.cw("company/companies", ownCw).path("name").asText()).isEqualTo(own.name());
      SalesOpportunity open = f.db.opportunities().require(1);
      assertThat(f.sync.cwId(EntityType.OPPORTUNITY, open.id())).isEmpty();

      // Later updates travel neither way.
      ClientCompany pulled = pulledCompany(f);
      f.simulator.update("company/companies", pulled.cwCompanyId(), n -> n.put("phoneNumber", "555-0142"));
      f.db.companies().update(own.withPhone("555-0199"), Actor.USER);
      // A won opportunity is pushed, on the next sync rather than immediately.
      f.db.opportunities().update(open.withStage(SampleData.WON_STAGE), Actor.USER);
      assertThat(f.sync.hostChanged(EntityType.OPPORTUNITY, open.id())).isEmpty();
      f.syncOk(SyncFixture::waitingForParent);

      assertThat(f.db.companies().require(pulled.id()).phone()).isEqualTo(pulled.phone());
      assertThat(f.cw("company/companies", ownCw).path("phoneNumber").asText()).isNotEqualTo("555-0199");
      ObjectNode won = f.cw("sales/opportunities", f.cwId(EntityType.OPPORTUNITY, open.id()));
      assertThat(won.path("status").path("id").asInt()).isEqualTo(f.sync.reference().status("Won").orElseThrow().id());
      assertThat(f.sync.cwId(EntityType.OPPORTUNITY, 2)).as("still open, still not pushed").isEmpty();
    }
  }
}
