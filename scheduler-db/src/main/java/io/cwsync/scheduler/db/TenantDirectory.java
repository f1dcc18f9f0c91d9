package io.cwsync.scheduler.db;

import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import java.util.Optional;

/**
 * Finds a tenant's current configuration by id, on whichever node runs its pass. The clustered schedule stores only
 * tenant ids and intervals; the host keeps its tenants' flows, credentials references and budgets where it always
 * does (its own database, configuration service) and answers here.
 *
 * <p>Implementations must be thread-safe; they are called once per pass or real-time execution, so a cache in
 * front of a remote lookup is the host's choice.
 */
@FunctionalInterface
public interface TenantDirectory {

  /**
   * Finds a tenant.
   *
   * @param id the tenant id
   * @return the tenant, or empty if the host no longer has it (its schedule is then removed)
   */
  Optional<Tenant> find(TenantId id);
}
