package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Selects audit entries of one tenant.
 *
 * @param tenant the tenant
 * @param from inclusive lower bound on {@link AuditEntry#at()}; null for no bound
 * @param to exclusive upper bound on {@link AuditEntry#at()}; null for no bound
 * @param outcomes outcomes to include; empty for all
 * @param flowId only this flow; null for all
 * @param limit the maximum number of entries; positive
 */
public record AuditQuery(TenantId tenant, @Nullable Instant from, @Nullable Instant to, Set<Outcome> outcomes,
    @Nullable String flowId, int limit) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public AuditQuery {
    requireNonNull(tenant, "tenant == null");
    outcomes = Set.copyOf(requireNonNull(outcomes, "outcomes == null"));
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /**
   * Returns a query for a tenant's most recent {@code limit} entries of any outcome.
   *
   * @param tenant the tenant
   * @param limit the maximum number of entries
   * @return the query
   */
  public static AuditQuery all(TenantId tenant, int limit) {
    return new AuditQuery(tenant, null, null, Set.of(), null, limit);
  }
}
