package io.cwsync.mapping.internal;

import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.ErpSettings;
import io.cwsync.mapping.PullFilters;
import io.cwsync.mapping.RelatedRecords;
import io.cwsync.mapping.SyncProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The profile's pull filters compiled once into in-memory predicates and ConnectWise conditions.
 *
 * <p>Design notes: every filter is checked in memory (callbacks and incremental pulls are not
 * filtered by ConnectWise). A filter is also pushed down into {@code conditions} when that is safe:
 * filters on values that can change (type, market, stage, status) only on full pulls, so that a
 * record leaving the filter is still seen by an incremental pull and reported as having left scope
 * (SYNC-CORRECTNESS P6); "last updated after" is monotonic (a record that passed keeps passing), so
 * it is pushed down on every pull. Filters on arrays (company and contact types) and on related
 * records (a company's opportunities, a ticket's time entries) cannot be expressed in
 * {@code conditions} and stay in memory. Value sets are {@link NameSet}s, so predicates match ignoring
 * case without allocating. Immutable and thread-safe.
 */
public final class PullFilter {

  private final NameSet companyTypes;
  private final NameSet markets;
  private final boolean onlyCompaniesWithOpportunity;
  private final NameSet contactTypes;
  private final NameSet stages;
  private final NameSet statuses;
  private final @Nullable Instant updatedAfter;
  private final NameSet agreementTypes;
  private final NameSet invoiceStatuses;
  private final NameSet ticketStatuses;
  private final boolean onlyTicketsWithTimeEntries;
  private final PullFilters filters;
  private final ErpSettings erp;
  private final RelatedRecords related;

  /**
   * Compiles the filters of a profile.
   *
   * @param profile the profile
   * @param related facts about related records
   */
  public PullFilter(SyncProfile profile, RelatedRecords related) {
    this.filters = profile.pullFilters();
    this.erp = profile.erp();
    this.related = related;
    companyTypes = fold(filters.companyTypes());
    markets = fold(filters.markets());
    onlyCompaniesWithOpportunity = filters.onlyCompaniesWithOpportunity();
    contactTypes = fold(filters.contactTypes());
    stages = fold(filters.opportunityStages());
    statuses = fold(filters.opportunityStatuses());
    updatedAfter = filters.opportunitiesUpdatedAfter();
    agreementTypes = fold(erp.agreementTypes());
    invoiceStatuses = fold(erp.invoiceStatuses());
    ticketStatuses = fold(erp.ticketStatuses());
    onlyTicketsWithTimeEntries = erp.onlyTicketsWithTimeEntries();
  }

  private static NameSet fold(Set<String> values) {
    return new NameSet(values);
  }

  /**
   * Returns the conditions to push down for an entity.
   *
   * @param type the entity type of the flow
   * @param incremental whether the pull is incremental
   * @return the conditions, or empty
   */
  public Optional<Condition> conditions(EntityType type, boolean incremental) {
    List<Condition> parts = new ArrayList<>();
    switch (type.name()) {
      case "company" -> {
        if (!incremental) {
          in(parts, "market/name", filters.markets());
        }
      }
      case "opportunity" -> {
        if (updatedAfter != null) {
          parts.add(Condition.field("lastUpdated").gt(updatedAfter));
        }
        if (!incremental) {
          in(parts, "stage/name", filters.opportunityStages());
          in(parts, "status/name", filters.opportunityStatuses());
        }
      }
      case "agreement" -> {
        if (!incremental) {
          in(parts, "type/name", erp.agreementTypes());
        }
      }
      case "invoice" -> {
        if (!incremental) {
          in(parts, "status/name", erp.invoiceStatuses());
        }
      }
      case "ticket" -> {
        if (!incremental) {
          in(parts, "status/name", erp.ticketStatuses());
        }
      }
      default -> {
        // no filter of this entity can be pushed down
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(Condition.allOf(parts));
  }

  private static void in(List<Condition> parts, String field, Set<String> values) {
    if (!values.isEmpty()) {
      parts.add(Condition.field(field).in(values.stream().sorted().toArray(String[]::new)));
    }
  }

  /**
   * Returns whether a company passes the company filters.
   *
   * @param c the company
   * @return whether it is in scope
   */
  public boolean company(Company c) {
    if (Boolean.TRUE.equals(c.deletedFlag())) {
      return false;
    }
    if (!markets.isEmpty() && !matches(markets, c.market())) {
      return false;
    }
    if (!companyTypes.isEmpty() && !anyMatches(companyTypes, c.types())) {
      return false;
    }
    return !onlyCompaniesWithOpportunity || c.id() == null
        || related.companyHasOpportunity(c.id());
  }

  /**
   * Returns whether a contact passes the contact filters (and, with "only if an opportunity is
   * present", whether its company has an opportunity).
   *
   * @param c the contact
   * @return whether it is in scope
   */
  public boolean contact(Contact c) {
    if (!contactTypes.isEmpty() && !anyMatches(contactTypes, c.types())) {
      return false;
    }
    Reference company = c.company();
    return !onlyCompaniesWithOpportunity || company == null || company.id() == null
        || related.companyHasOpportunity(company.id());
  }

  /**
   * Returns whether an opportunity passes the opportunity filters.
   *
   * @param o the opportunity
   * @return whether it is in scope
   */
  public boolean opportunity(Opportunity o) {
    if (!stages.isEmpty() && !matches(stages, o.stage())) {
      return false;
    }
    if (!statuses.isEmpty() && !matches(statuses, o.status())) {
      return false;
    }
    if (updatedAfter != null) {
      Instant last = o.info() == null ? null : o.info().lastUpdated();
      return last != null && last.isAfter(updatedAfter);
    }
    return true;
  }

  /**
   * Returns whether an agreement passes the agreement type filter.
   *
   * @param a the agreement
   * @return whether it is in scope
   */
  public boolean agreement(Agreement a) {
    return agreementTypes.isEmpty() || matches(agreementTypes, a.type());
  }

  /**
   * Returns whether an invoice passes the invoice status and agreement type filters.
   *
   * @param i the invoice
   * @return whether it is in scope
   */
  public boolean invoice(Invoice i) {
    if (!invoiceStatuses.isEmpty() && !matches(invoiceStatuses, i.status())) {
      return false;
    }
    if (agreementTypes.isEmpty()) {
      return true;
    }
    Reference agreement = i.agreement();
    if (agreement == null || agreement.id() == null) {
      return false;
    }
    return related.agreementType(agreement.id()).map(agreementTypes::contains).orElse(false);
  }

  /**
   * Returns whether a ticket passes the ticket status and time entry filters.
   *
   * @param t the ticket
   * @return whether it is in scope
   */
  public boolean ticket(Ticket t) {
    if (!ticketStatuses.isEmpty() && !matches(ticketStatuses, t.status())) {
      return false;
    }
    return !onlyTicketsWithTimeEntries || (t.id() != null && related.ticketHasTimeEntries(t.id()));
  }

  private static boolean matches(NameSet names, @Nullable Reference ref) {
    return ref != null && names.contains(ref.name());
  }

  private static boolean anyMatches(NameSet folded, @Nullable List<Reference> refs) {
    if (refs == null) {
      return false;
    }
    for (Reference r : refs) {
      if (matches(folded, r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the profile needs {@link RelatedRecords} facts.
   *
   * @param profile the profile
   * @return the settings that need them, empty if none
   */
  public static List<String> needsRelated(SyncProfile profile) {
    List<String> needs = new ArrayList<>();
    if (profile.pullFilters().onlyCompaniesWithOpportunity()) {
      needs.add("pullFilters.onlyCompaniesWithOpportunity");
    }
    if (profile.erp().onlyTicketsWithTimeEntries()) {
      needs.add("erp.onlyTicketsWithTimeEntries");
    }
    if (!profile.erp().agreementTypes().isEmpty()) {
      needs.add("erp.agreementTypes (invoices)");
    }
    if (!profile.erp().itemTemplates().isEmpty()) {
      needs.add("erp.itemTemplates");
    }
    return needs;
  }
}
