package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.ClientContact;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.sync.CrmIntegration;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes the demo makes between its two syncs, on both sides, as users of each system would:
 * in ConnectWise (through the simulator's UI-side API) and in the CRM (through its repositories,
 * telling the integration after each save as the CRM's save hook would).
 *
 * <p>Thread-safety: stateless.
 */
public final class DemoChanges {
  private DemoChanges() {}

  /**
   * What was changed, for the demo's report and its tests.
   *
   * @param cwCompanyRenamed the ConnectWise company whose phone changed
   * @param cwCompanyCreated the ConnectWise company created
   * @param crmOpportunityWon the CRM opportunity moved to Closed Won with its quote won
   * @param crmCompanyCreated the CRM company created (with a contact and an opportunity)
   * @param lines one line per change, for the console
   */
  public record Made(int cwCompanyRenamed, int cwCompanyCreated, long crmOpportunityWon, long crmCompanyCreated,
      List<String> lines) {}

  /**
   * Changes records in ConnectWise: a company's phone number, and a new company with a contact.
   *
   * @param simulator the simulated ConnectWise
   * @param db the CRM, to pick a company that came from ConnectWise
   * @param lines where to describe the changes
   * @return the ids of the changed and created companies
   */
  static int[] changeConnectWise(ConnectWiseSimulator simulator, CrmDatabase db, List<String> lines) {
    ClientCompany pulled = db.companies().list().stream()
        .filter(c -> c.cwCompanyId() != null && (c.identifier() == null || !c.identifier().startsWith("CRM")))
        .findFirst().orElseThrow(() -> new IllegalStateException("no company came from ConnectWise"));
    int cwId = requireNonNull(pulled.cwCompanyId());
    simulator.update("company/companies", cwId, n -> n.put("phoneNumber", "555-0142"));
    lines.add("ConnectWise: company '" + pulled.name() + "' (#" + cwId + ") phone changed to 555-0142");
    ObjectNode company = JsonNodeFactory.instance.objectNode()
        .put("identifier", "NewHarborDental")
        .put("name", "New Harbor Dental")
        .put("addressLine1", "1 Harbor Way")
        .put("city", "Tampa")
        .put("state", "FL")
        .put("zip", "33602")
        .put("phoneNumber", "555-0177");
    int created = simulator.create("company/companies", company).path("id").asInt();
    ObjectNode contact = JsonNodeFactory.instance.objectNode().put("firstName", "Dana").put("lastName", "Reyes");
    contact.putObject("company").put("id", created);
    simulator.create("company/contacts", contact);
    lines.add("ConnectWise: company 'New Harbor Dental' (#" + created + ") created with contact Dana Reyes");
    return new int[] {cwId, created};
  }

  /**
   * Changes records in the CRM and tells the integration after each save: the first opportunity is won
   * (its quote too), and a new client company with a contact and an opportunity is added.
   *
   * @param sync the integration
   * @param salesRep the sales rep of the new opportunity, or {@code null}
   * @param lines where to describe the changes
   * @return the won opportunity's and the new company's CRM ids
   */
  static long[] changeCrm(CrmIntegration sync, @org.jspecify.annotations.Nullable String salesRep,
      List<String> lines) {
    CrmDatabase db = sync.database();
    SalesOpportunity opp = db.opportunities().list().stream().filter(o -> !db.documents().ofOpportunity(o.id())
        .isEmpty()).findFirst().orElseThrow(() -> new IllegalStateException("no CRM opportunity with a quote"));
    QuoteDocument quote = db.documents().ofOpportunity(opp.id()).get(0);
    db.documents().setStatus(quote.id(), DocumentStatus.WON, Actor.USER);
    db.opportunities().update(db.opportunities().require(opp.id()).withStage(SampleData.WON_STAGE), Actor.USER);
    lines.add("CRM: quote '" + quote.name() + "' won, opportunity '" + opp.name() + "' moved to "
        + SampleData.WON_STAGE + describe(sync.hostChanged(EntityType.OPPORTUNITY, opp.id())));
    // The quote's lines travel as forecast items and the won quote as a note on the opportunity.
    long linePushes = db.documents().lines(quote.id()).stream()
        .map(l -> sync.hostChanged(EntityType.FORECAST_ITEM, l.id()))
        .filter(java.util.Optional::isPresent).count();
    lines.add("CRM: quote '" + quote.name() + "' lines offered to ConnectWise"
        + (linePushes > 0 ? " -> pushed now" : " -> wait for the next sync"));
    lines.add("CRM: won quote noted on the ConnectWise opportunity"
        + describe(sync.hostChanged(EntityType.OPPORTUNITY_NOTE, quote.id())));

    ClientCompany company = db.companies().insert(ClientCompany.draft("Lakeside Veterinary")
        .withIdentifier("CRM-LAKEVET").withPhone("555-0188").withTypeAndMarket("Prospect", "Healthcare")
        .withAddress("9 Lake Rd", "Orlando", "FL", "32801"), Actor.USER);
    lines.add("CRM: client company 'Lakeside Veterinary' created"
        + describe(sync.hostChanged(EntityType.COMPANY, company.id())));
    ClientContact contact = db.contacts().insert(ClientContact.draft(company.id(), "Sam", "Okafor",
        "sam.okafor@lakesidevet.example"), Actor.USER);
    lines.add("CRM: client contact 'Sam Okafor' created"
        + describe(sync.hostChanged(EntityType.CONTACT, contact.id())));
    SalesOpportunity created = db.opportunities().insert(SalesOpportunity.draft("Lakeside Veterinary - Network",
        company.id(), contact.id(), SampleData.OPEN_STAGES.get(1), new BigDecimal("4800")).withOwner(salesRep),
        Actor.USER);
    lines.add("CRM: opportunity '" + created.name() + "' created"
        + describe(sync.hostChanged(EntityType.OPPORTUNITY, created.id())));
    return new long[] {opp.id(), company.id()};
  }

  /**
   * Makes every change on both sides.
   *
   * @param simulator the simulated ConnectWise
   * @param sync the integration
   * @param salesRep the sales rep of new opportunities, or {@code null}
   * @param out where to print each change
   * @return what was changed
   */
  public static Made apply(ConnectWiseSimulator simulator, CrmIntegration sync,
      @org.jspecify.annotations.Nullable String salesRep, PrintStream out) {
    List<String> lines = new ArrayList<>();
    int[] cw = changeConnectWise(simulator, sync.database(), lines);
    long[] crm = changeCrm(sync, salesRep, lines);
    lines.forEach(l -> out.println("  " + l));
    return new Made(cw[0], cw[1], crm[0], crm[1], List.copyOf(lines));
  }

  private static String describe(java.util.Optional<io.cwsync.core.SyncReport> push) {
    return push.map(r -> " -> pushed now (" + r.writes() + " write" + (r.writes() == 1 ? "" : "s") + ")")
        .orElse(" -> waits for the next sync");
  }
}
