package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.UpdatePolicy;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.mapping.SyncSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * The flows of the quoting integration for a profile: which ConnectWise resource pairs with which CRM
 * kind, in which direction, create-only or with updates, in dependency order. The mode decides the
 * directions and policies exactly as the seed describes them: pull only; create-only both ways with
 * won opportunities pushed; real-time with updates both ways.
 *
 * <p>Thread-safety: stateless.
 */
public final class CrmFlows {
  /** Flow id of tax codes to tax regions. */
  public static final String TAX_CODES = "tax-codes";
  /** Flow id of catalog items to products. */
  public static final String PRODUCTS = "products";
  /** Flow id of companies to client companies. */
  public static final String COMPANIES = "companies";
  /** Flow id of contacts to client contacts. */
  public static final String CONTACTS = "contacts";
  /** Flow id of opportunities. */
  public static final String OPPORTUNITIES = "opportunities";
  /** Flow id of quote lines to forecast items. */
  public static final String QUOTE_LINES = "quote-lines";
  /** Flow id of won documents to opportunity notes. */
  public static final String DOCUMENT_NOTES = "document-notes";

  private CrmFlows() {}

  /**
   * Returns the flows a profile asks for. Each flow is polled every {@link SyncProfile#pullInterval()}
   * when the tenant is scheduled ({@code SyncCoordinator.schedule}).
   *
   * @param profile the profile
   * @return the flows, dependencies first
   */
  public static List<Flow> of(SyncProfile profile) {
    requireNonNull(profile, "profile == null");
    SyncMode mode = profile.mode();
    SyncSelection selection = profile.selection();
    UpdatePolicy policy = mode.syncsUpdates() ? UpdatePolicy.CREATE_AND_UPDATE : UpdatePolicy.CREATE_ONLY;
    Direction crm = mode.pushes() ? Direction.BOTH : Direction.PULL;
    List<Flow> flows = new ArrayList<>();
    flows.add(Flow.builder(TAX_CODES, EntityType.TAX_CODE, Resources.TAX_CODES).hostKind("tax region")
        .direction(Direction.PULL).pullPolicy(policy).build());
    if (selection.products()) {
      boolean pushProducts = mode.pushes() && selection.pushProductUpdates();
      flows.add(Flow.builder(PRODUCTS, EntityType.PRODUCT, Resources.CATALOG_ITEMS).hostKind("product")
          .direction(pushProducts ? Direction.BOTH : Direction.PULL)
          .pullPolicy(selection.pullProductUpdates() && mode.syncsUpdates()
              ? UpdatePolicy.CREATE_AND_UPDATE : UpdatePolicy.CREATE_ONLY)
          .pushPolicy(pushProducts && mode.syncsUpdates() ? UpdatePolicy.CREATE_AND_UPDATE : UpdatePolicy.CREATE_ONLY)
          .build());
    }
    if (selection.companiesContactsOpportunities()) {
      flows.add(Flow.builder(COMPANIES, EntityType.COMPANY, Resources.COMPANIES).hostKind("client company")
          .direction(crm).updatePolicy(policy).build());
      flows.add(Flow.builder(CONTACTS, EntityType.CONTACT, Resources.CONTACTS).hostKind("client contact")
          .direction(crm).updatePolicy(policy).dependsOn(COMPANIES).build());
      Flow.Builder opportunities = Flow.builder(OPPORTUNITIES, EntityType.OPPORTUNITY, Resources.OPPORTUNITIES)
          .hostKind("opportunity").direction(crm).updatePolicy(policy).dependsOn(COMPANIES, CONTACTS);
      if (selection.products()) {
        opportunities.dependsOn(PRODUCTS);
      }
      flows.add(opportunities.dependsOn(TAX_CODES).build());
      // Quote lines travel with their opportunity: pulled whenever opportunities are (forecast items become
      // lines of the opportunity's "ConnectWise forecast" document), pushed when the mode pushes.
      Flow.Builder lines = Flow.builder(QUOTE_LINES, EntityType.FORECAST_ITEM, Resources.FORECAST_ITEMS)
          .hostKind("quote line").direction(crm).updatePolicy(policy).parent(OPPORTUNITIES);
      if (selection.products()) {
        lines.dependsOn(PRODUCTS);
      }
      flows.add(lines.build());
      if (mode.pushes()) {
        flows.add(Flow.builder(DOCUMENT_NOTES, EntityType.OPPORTUNITY_NOTE, Resources.OPPORTUNITY_NOTES)
            .hostKind("won document").direction(Direction.PUSH).pushPolicy(UpdatePolicy.CREATE_ONLY)
            .parent(OPPORTUNITIES).build());
      }
    }
    // The profile's poll interval is the tenant's schedule: every flow is due that long after its last run.
    return flows.stream().map(f -> f.toBuilder().interval(profile.pullInterval()).build()).toList();
  }
}
