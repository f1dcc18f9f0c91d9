package io.cwsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataLoadTest {

  private static ObjectNode named(int id, String name) {
    return JsonNodeFactory.instance.objectNode().put("id", id).put("name", name);
  }

  @Test
  void load_fromSimulatorOverHttp_readsEveryKindAndValidatesAProfile() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("acme")
        .publicKey("pub").privateKey("priv").build().start()) {
      sim.load("sales/stages", List.of(named(1, "Prospect"), named(4, "Closed")));
      ObjectNode won = named(11, "Won").put("wonFlag", true).put("closedFlag", true);
      sim.load("sales/opportunities/statuses", List.of(named(10, "Open"), won));
      sim.load("system/locations", List.of(named(20, "Tampa Office")));
      sim.load("system/departments", List.of(named(30, "Sales").put("identifier", "SALES")));
      sim.load("sales/opportunities/ratings", List.of(named(40, "Hot")));
      sim.load("procurement/types", List.of(named(50, "Hardware")));
      sim.load("procurement/categories", List.of(named(60, "Computers")));
      ObjectNode laptops = named(70, "Laptops");
      laptops.putObject("category").put("id", 60).put("name", "Computers");
      sim.load("procurement/subcategories", List.of(laptops));
      ObjectNode tx = JsonNodeFactory.instance.objectNode().put("id", 81).put("identifier", "TX")
          .put("description", "Texas").put("levelOneRate", 6.25).put("levelTwoRate", 2);
      sim.load("finance/taxCodes", List.of(tx));
      ObjectNode member = JsonNodeFactory.instance.objectNode().put("id", 90)
          .put("identifier", "jsmith").put("firstName", "John").put("lastName", "Smith");
      sim.load("system/members", List.of(member));
      ConnectWiseClient cw = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme")
          .publicKey("pub").privateKey("priv").clientId("cwsync-mapping-test").noRateLimit()
          .build();

      ReferenceData ref = ReferenceData.load(cw);

      assertThat(ref.stage("closed")).contains(new ReferenceData.Named(4, "Closed"));
      assertThat(ref.status("Won")).contains(new ReferenceData.Status(11, "Won", true, false,
          true));
      assertThat(ref.location("Tampa Office").orElseThrow().id()).isEqualTo(20);
      assertThat(ref.department("Sales").orElseThrow().id()).isEqualTo(30);
      assertThat(ref.rating("Hot").orElseThrow().id()).isEqualTo(40);
      assertThat(ref.productType("Hardware").orElseThrow().id()).isEqualTo(50);
      assertThat(ref.subcategory(60, "Laptops").orElseThrow().id()).isEqualTo(70);
      assertThat(ref.taxCode("TX").orElseThrow().ratePercent())
          .isEqualByComparingTo(new BigDecimal("8.25"));
      assertThat(ref.member("jsmith")).contains(new ReferenceData.MemberName(90, "jsmith",
          "John Smith"));
      SyncProfile profile = SyncProfile.builder().opportunityDefaults(od -> od.defaultStage("Prospect").defaultStatus("Open")
          .defaultLocation("Tampa Office").defaultBusinessUnit("Sales").defaultRating("Hot"))
          .stageMapping(sm -> sm.mapStage("Won", "Closed")).taxMapping(tm -> tm.mapTaxRate(new BigDecimal("8.25"), "TX")).build();
      assertThat(ProfileValidator.validate(profile, ref)).isEmpty();
      assertThat(ProfileValidator.validate(profile.toBuilder().opportunityDefaults(od -> od.defaultLocation("Miami")).build(),
          ref)).extracting(ValidationProblem::code).containsExactly(
              MappingErrorCode.UNKNOWN_LOCATION);
    }
  }

  @Test
  void rules_referenceThroughClientCache_sharedWithClientAndReadAgainAfterEachPass() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder().companyId("acme")
        .publicKey("pub").privateKey("priv").build().start()) {
      sim.load("sales/stages", List.of(named(1, "Prospect")));
      sim.load("sales/opportunities/statuses", List.of(named(10, "Open")));
      sim.load("system/locations", List.of(named(20, "Tampa Office")));
      ConnectWiseClient cw = ConnectWiseClient.builder().baseUrl(sim.baseUrl()).companyId("acme")
          .publicKey("pub").privateKey("priv").clientId("cwsync-mapping-test").noRateLimit().build();
      SyncProfile profile = SyncProfile.builder()
          .opportunityDefaults(od -> od.defaultStage("Prospect").defaultStatus("Open")
              .defaultLocation("Tampa Office")).build();

      ProfileSyncRules rules = ProfileSyncRules.builder(profile).reference(cw.referenceData()).build();
      long afterBuild = sim.journal().requestCount();
      assertThat(cw.referenceData().stages()).as("one source: the rules read through the client's cache")
          .extracting(s -> s.name()).containsExactly("Prospect");
      assertThat(sim.journal().requestCount()).isEqualTo(afterBuild);

      sim.load("sales/opportunities/statuses", List.of(named(12, "Pending")));
      assertThat(rules.reference().status("Pending")).as("cached for the pass").isEmpty();

      rules.onPassFinished(new SyncReport(TenantId.of("acme"), List.of(), Instant.EPOCH, Instant.EPOCH));
      assertThat(rules.reference().status("Pending")).as("read again for the next pass").isPresent();
      assertThat(sim.journal().requestCount()).isGreaterThan(afterBuild);

      sim.delete("system/locations", 20);
      rules.onPassFinished(new SyncReport(TenantId.of("acme"), List.of(), Instant.EPOCH, Instant.EPOCH));
      assertThatThrownBy(rules::reference).as("the profile is validated again against the new pass's data")
          .isInstanceOf(CwsyncException.class).hasMessageContaining("Tampa Office");
    }
  }

  @Test
  void rules_fixedSnapshot_notReadAgain() {
    ProfileSyncRules rules = ProfileSyncRules.create(SyncProfile.builder().mode(SyncMode.PULL_ONLY).build(),
        ReferenceData.empty());
    rules.onPassFinished(new SyncReport(TenantId.of("acme"), List.of(), Instant.EPOCH, Instant.EPOCH));
    assertThat(rules.reference()).isSameAs(rules.reference());
    assertThatThrownBy(() -> ProfileSyncRules.builder(SyncProfile.builder().build()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("reference data required");
    ConnectWiseClient cw = ConnectWiseClient.builder().baseUrl("http://127.0.0.1:9/v4_6_release/apis/3.0/")
        .companyId("acme").publicKey("pub").privateKey("priv").clientId("cwsync-mapping-test").build();
    assertThatThrownBy(() -> ProfileSyncRules.builder(SyncProfile.builder().build()).reference(ReferenceData.empty())
        .reference(cw.referenceData())).isInstanceOf(IllegalStateException.class).hasMessageContaining("snapshot");
  }
}
