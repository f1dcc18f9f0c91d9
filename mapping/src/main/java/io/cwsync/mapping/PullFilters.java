package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which ConnectWise records are pulled: the "Advance Filter Options" of the quoting integration.
 *
 * <p>Each non-empty set restricts the pull to records whose value is one of its entries (compared
 * case-insensitively, as a user typed them: "prospect" matches the type {@code Prospect}). An empty
 * set means "no restriction". Thread-safe (immutable record).
 *
 * @param onlyCompaniesWithOpportunity pull a company (and its contacts) only if at least one
 *     opportunity belongs to it
 * @param companyTypes only companies with one of these types
 * @param contactTypes only contacts with one of these types
 * @param markets only companies in one of these markets
 * @param opportunityStages only opportunities in one of these stages
 * @param opportunityStatuses only opportunities with one of these statuses
 * @param opportunitiesUpdatedAfter only opportunities last updated after this instant, or
 *     {@code null} for no restriction
 */
public record PullFilters(
    boolean onlyCompaniesWithOpportunity,
    Set<String> companyTypes,
    Set<String> contactTypes,
    Set<String> markets,
    Set<String> opportunityStages,
    Set<String> opportunityStatuses,
    @Nullable Instant opportunitiesUpdatedAfter) {

  /**
   * Copies the sets.
   *
   * @throws NullPointerException if a set or an entry is null
   */
  public PullFilters {
    companyTypes = Set.copyOf(requireNonNull(companyTypes, "companyTypes == null"));
    contactTypes = Set.copyOf(requireNonNull(contactTypes, "contactTypes == null"));
    markets = Set.copyOf(requireNonNull(markets, "markets == null"));
    opportunityStages = Set.copyOf(requireNonNull(opportunityStages, "opportunityStages == null"));
    opportunityStatuses =
        Set.copyOf(requireNonNull(opportunityStatuses, "opportunityStatuses == null"));
  }

  /**
   * Returns filters that restrict nothing.
   *
   * @return the empty filters
   */
  public static PullFilters none() {
    return new PullFilters(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
  }
}
