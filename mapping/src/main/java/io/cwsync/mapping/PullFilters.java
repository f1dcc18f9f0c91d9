package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.replace;
import static io.cwsync.mapping.Checks.sorted;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashSet;
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

  /** Sets the pull filters of a {@link SyncProfile.Builder#pullFilters section}; not thread-safe. */
  public static final class Builder {
    private boolean onlyCompaniesWithOpportunity;
    private final Set<String> companyTypes = new LinkedHashSet<>();
    private final Set<String> contactTypes = new LinkedHashSet<>();
    private final Set<String> markets = new LinkedHashSet<>();
    private final Set<String> opportunityStages = new LinkedHashSet<>();
    private final Set<String> opportunityStatuses = new LinkedHashSet<>();
    private @Nullable Instant opportunitiesUpdatedAfter;

    Builder() {}

    void replay(PullFilters from, Replay r) {
      r.set("onlyCompaniesWithOpportunity",
          () -> onlyCompaniesWithOpportunity(from.onlyCompaniesWithOpportunity()));
      r.set("companyTypes", () -> companyTypes(sorted(from.companyTypes())));
      r.set("contactTypes", () -> contactTypes(sorted(from.contactTypes())));
      r.set("markets", () -> markets(sorted(from.markets())));
      r.set("opportunityStages", () -> opportunityStages(sorted(from.opportunityStages())));
      r.set("opportunityStatuses", () -> opportunityStatuses(sorted(from.opportunityStatuses())));
      r.set("opportunitiesUpdatedAfter",
          () -> opportunitiesUpdatedAfter(from.opportunitiesUpdatedAfter()));
    }

    /**
     * Pulls a company only if at least one opportunity belongs to it.
     *
     * @param only whether to require an opportunity
     * @return this builder
     */
    public Builder onlyCompaniesWithOpportunity(boolean only) {
      this.onlyCompaniesWithOpportunity = only;
      return this;
    }

    /**
     * Only pulls companies whose type is one of these (replaces earlier values; none: all).
     *
     * @param types company type names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder companyTypes(String... types) {
      replace(companyTypes, "company type", types);
      return this;
    }

    /**
     * Only pulls contacts whose type is one of these (replaces earlier values; none: all).
     *
     * @param types contact type names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder contactTypes(String... types) {
      replace(contactTypes, "contact type", types);
      return this;
    }

    /**
     * Only pulls companies in one of these markets (replaces earlier values; none: all).
     *
     * @param values market names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder markets(String... values) {
      replace(markets, "market", values);
      return this;
    }

    /**
     * Only pulls opportunities in one of these ConnectWise stages (replaces earlier values).
     *
     * @param values stage names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder opportunityStages(String... values) {
      replace(opportunityStages, "opportunity stage", values);
      return this;
    }

    /**
     * Only pulls opportunities with one of these ConnectWise statuses (replaces earlier values).
     *
     * @param values status names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder opportunityStatuses(String... values) {
      replace(opportunityStatuses, "opportunity status", values);
      return this;
    }

    /**
     * Only pulls opportunities last updated after this instant.
     *
     * @param after the instant, or {@code null} to remove the filter
     * @return this builder
     */
    public Builder opportunitiesUpdatedAfter(@Nullable Instant after) {
      this.opportunitiesUpdatedAfter = after;
      return this;
    }

    PullFilters build() {
      return new PullFilters(onlyCompaniesWithOpportunity, companyTypes, contactTypes, markets,
          opportunityStages, opportunityStatuses, opportunitiesUpdatedAfter);
    }
  }
}
