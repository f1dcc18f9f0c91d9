package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.DemoMode;
import io.cwsync.testkit.simulator.FaultRule;
import io.cwsync.testkit.simulator.JournalEntry;
import io.cwsync.testkit.simulator.SimulatedFault;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 2 (G4): the first POST of every kind the CRM pushes is committed by ConnectWise but its response is
 * lost. Kinds without a natural key (contacts, opportunities, forecast items, notes) are found again by the values
 * their create sent, both by the push's own lookup and by the next pull, which must not import them as new records.
 * The integration is restarted on its durable stores (store-jdbc in the CRM's H2 database) after every pass. After
 * the recovery passes there is no duplicate on either side.
 */
class LostCreateResponsesTest {
  private static final List<String> POSTED = List.of("company/companies", "company/contacts",
      "sales/opportunities", "sales/opportunities/\\d+/forecast", "sales/opportunities/\\d+/notes");

  /** A fresh fixture per test (JUnit creates one instance per test method), closed after it. */
  @AutoClose
  private final SyncFixture f = SyncFixture.start(2).integrate(DemoMode.REAL_TIME);

  @Test
  void firstPostOfEveryKindLosesItsResponse_noDuplicateOnEitherSide() {
    int cwOpportunitiesBefore = f.cw("sales/opportunities").size();
    int crmOpportunities = f.db.opportunities().list().size();
    for (SalesOpportunity opp : f.db.opportunities().list()) {
      for (QuoteDocument doc : f.db.documents().ofOpportunity(opp.id())) {
        f.db.documents().setStatus(doc.id(), DocumentStatus.WON, Actor.USER);
      }
    }
    for (String path : POSTED) {
      f.simulator.inject(FaultRule.builder().method("POST").path(path).firstRequests(1)
          .fault(SimulatedFault.commitThenLoseResponse()).build());
    }

    for (int pass = 0; pass < 4; pass++) {
      f.sync.sync();
      // A real restart after every pass: a new integration and coordinator over the same CRM database, whose
      // store-jdbc tables hold the links and write intents (PENDING_CREATE) of the lost creates.
      f.sync.close();
      f.integrate(DemoMode.REAL_TIME);
    }

    List<JournalEntry> lost = f.simulator.journal().entries().stream()
        .filter(e -> e.method().equals("POST") && e.fault() != null).toList();
    assertThat(lost).as("a lost response on every pushed kind").hasSize(POSTED.size());

    // ConnectWise: no record twice.
    assertThat(f.cw("sales/opportunities")).hasSize(cwOpportunitiesBefore + crmOpportunities);
    assertNoDuplicates(f.cw("company/companies"), c -> c.path("identifier").asText());
    assertNoDuplicates(f.cw("company/contacts"), c -> c.path("firstName").asText() + "|" + c.path("lastName")
        .asText() + "|" + c.path("company").path("id").asText());
    assertNoDuplicates(f.cw("sales/opportunities"), c -> c.path("name").asText());
    assertNoDuplicates(f.cw("sales/opportunities/{parentId}/forecast"), c -> c.path("opportunity").path("id").asText() + "|"
        + c.path("catalogItem").path("id").asText() + "|" + c.path("productDescription").asText() + "|"
        + c.path("quantity").asText() + "|" + c.path("revenue").asText());
    assertNoDuplicates(f.cw("sales/opportunities/{parentId}/notes"), c -> c.path("opportunityId").asText() + "|"
        + c.path("text").asText());
    // The CRM: nothing imported twice, every record linked once.
    assertThat(f.db.companies().list().stream().map(ClientCompany::identifier).distinct().count())
        .isEqualTo(f.db.companies().count());
    assertThat(f.db.companies().count()).as("CRM companies = ConnectWise companies")
        .isEqualTo(f.cw("company/companies").size());
    assertThat(f.db.opportunities().list()).as("CRM opportunities = ConnectWise opportunities")
        .hasSize(f.cw("sales/opportunities").size());
    assertThat(f.db.contacts().countLinked()).as("every ConnectWise contact linked once")
        .isEqualTo(f.cw("company/contacts").size());
  }

  private static void assertNoDuplicates(List<ObjectNode> records, Function<ObjectNode, String> key) {
    assertThat(records.stream().map(key).toList()).as("records by key").doesNotHaveDuplicates();
  }
}
