package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.model.Company;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.Scope;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectWiseRelatedRecordsTest {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void relatedFacts_askedFromSimulatorOverHttp_driveTheFilters() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("acme")
        .publicKey("pub").privateKey("priv").build().start()) {
      ObjectNode opportunity = F.objectNode().put("id", 1).put("name", "Deal");
      opportunity.putObject("company").put("id", 501);
      sim.load("sales/opportunities", List.of(opportunity));
      ObjectNode time = F.objectNode().put("id", 7).put("chargeToId", 900)
          .put("chargeToType", "ServiceTicket");
      sim.load("time/entries", List.of(time));
      ObjectNode agreement = F.objectNode().put("id", 300).put("name", "MSA");
      agreement.putObject("type").put("id", 1).put("name", "Managed Services");
      sim.load("finance/agreements", List.of(agreement));
      sim.load("procurement/types", List.of(F.objectNode().put("id", 50).put("name", "Hardware")));
      ObjectNode item = F.objectNode().put("id", 9).put("identifier", "LT-14");
      item.putObject("type").put("id", 50).put("name", "Hardware");
      sim.load("procurement/catalog", List.of(item));
      ConnectWiseClient cw = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme")
          .publicKey("pub").privateKey("priv").clientId("cwsync-mapping-test").noRateLimit()
          .build();
      ConnectWiseRelatedRecords related = ConnectWiseRelatedRecords.using(cw);

      assertThat(related.companyHasOpportunity(501)).isTrue();
      assertThat(related.companyHasOpportunity(502)).isFalse();
      assertThat(related.ticketHasTimeEntries(900)).isTrue();
      assertThat(related.ticketHasTimeEntries(901)).isFalse();
      assertThat(related.agreementType(300)).contains("Managed Services");
      assertThat(related.agreementType(301)).isEmpty();
      assertThat(related.catalogItemType(9)).contains("Hardware");
      int requests = sim.journal().entries().size();
      assertThat(related.companyHasOpportunity(501)).isTrue();
      assertThat(sim.journal().entries()).as("cached").hasSize(requests);

      ProfileSyncRules rules = ProfileSyncRules.create(CrmRulesTest.base()
          .pullFilters(pf -> pf.onlyCompaniesWithOpportunity(true)).build(), Fixtures.reference(), related);
      assertThat(rules.pullScope(Flows.of(EntityType.COMPANY),
          Company.builder().id(501).name("Acme").build(), new TestContext()))
          .isEqualTo(Scope.IN_SCOPE);
      assertThat(rules.pullScope(Flows.of(EntityType.COMPANY),
          Company.builder().id(502).name("Globex").build(), new TestContext()))
          .isEqualTo(Scope.OUT_OF_SCOPE);
    }
  }
}
