package io.cwsync.core.spi;

import io.cwsync.core.model.TenantId;
import java.util.Optional;

/**
 * Supplies each tenant's ConnectWise connection settings, typically from the host's secret store.
 *
 * <p>Implementations must be thread-safe. The coordinator asks again when it builds a new client for the tenant
 * (after a credentials error), so rotated keys are picked up.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * Returns the tenant's connection settings.
   *
   * @param tenant the tenant
   * @param credentialsRef the tenant's {@link io.cwsync.core.model.Tenant#credentialsRef()}
   * @return the settings, or empty if the tenant is unknown or disconnected
   */
  Optional<ConnectionSettings> connection(TenantId tenant, String credentialsRef);
}
