package io.cwsync.core;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.ConnectionSettings;

/**
 * Builds the ConnectWise client of one tenant. The default ({@link #standard()}) applies the tenant's
 * {@link io.cwsync.core.model.RateBudget}; a host supplies its own to add timeouts, an OkHttp client or a proxy.
 *
 * <p>Implementations must be thread-safe. The coordinator caches one client per tenant and asks again after the
 * tenant's credentials are rejected.
 */
@FunctionalInterface
public interface ClientFactory {

  /**
   * Builds a client.
   *
   * @param tenant the tenant
   * @param settings its connection settings
   * @return the client
   */
  ConnectWiseClient create(Tenant tenant, ConnectionSettings settings);

  /**
   * Returns the default factory: the settings' base URL or site and keys, and the tenant's rate budget as the
   * client's request-per-minute limit and in-flight limit.
   *
   * @return the factory
   */
  static ClientFactory standard() {
    return (tenant, s) -> {
      ConnectWiseClient.Builder b = ConnectWiseClient.builder();
      if (s.baseUrl() != null) {
        b.baseUrl(s.baseUrl());
      } else {
        b.site(java.util.Objects.requireNonNull(s.site()));
      }
      return b.companyId(s.companyId()).publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId())
          .rateLimit(tenant.rateBudget().requestsPerMinute(), Math.max(1, tenant.rateBudget().requestsPerMinute() / 60))
          .maxRequestsInFlight(tenant.rateBudget().maxConcurrentRequests())
          .build();
    };
  }
}
