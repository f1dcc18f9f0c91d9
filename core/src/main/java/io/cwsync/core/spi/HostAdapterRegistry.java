package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * Supplies the {@link HostAdapter} of each tenant and entity type.
 *
 * <p>Implementations must be thread-safe. {@link #of(Map)} suits a single-tenant host.
 */
@FunctionalInterface
public interface HostAdapterRegistry {

  /**
   * Returns the adapter for a tenant's entity type.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @return the adapter, or empty if the host does not sync that type for that tenant
   */
  Optional<HostAdapter> adapter(TenantId tenant, EntityType type);

  /**
   * Returns a registry that serves the same adapters to every tenant.
   *
   * @param adapters adapters by entity type
   * @return the registry
   */
  static HostAdapterRegistry of(Map<EntityType, HostAdapter> adapters) {
    Map<EntityType, HostAdapter> copy = Map.copyOf(adapters);
    return (tenant, type) -> Optional.ofNullable(copy.get(type));
  }
}
