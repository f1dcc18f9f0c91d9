package io.cwsync.core;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.ConnectionSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;

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
   * The longest {@code Retry-After} the {@linkplain #standard() standard} client waits out inside a pass; a longer
   * one ends the tenant's pass as throttled and frees the worker.
   */
  Duration MAX_RETRY_AFTER_IN_PASS = Duration.ofSeconds(5);

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
   * client's request-per-minute limit and in-flight limit. Every tenant's client shares one OkHttp connection pool
   * and dispatcher (credentials and limits stay per tenant).
   *
   * @return the factory
   */
  static ClientFactory standard() {
    return standard((tenant, builder) -> { });
  }

  /**
   * Returns the default factory with a hook: {@code customizer} sees each tenant's builder after the defaults are
   * set and before it is built, to add what the defaults leave out (an OkHttp client with a network interceptor or
   * event listener, timeouts, a retry policy). For example, per-tenant request metrics:
   *
   * <pre>{@code
   * OkHttpClient shared = new OkHttpClient();   // one connection pool for every tenant
   * ClientFactory factory = ClientFactory.standard((tenant, b) -> b.okHttpClient(shared.newBuilder()
   *     .addNetworkInterceptor(metricsFor(tenant.id())).build()));
   * }</pre>
   *
   * @param customizer called once per client built, on the thread that builds it; must be thread-safe
   * @return the factory
   */
  static ClientFactory standard(BiConsumer<Tenant, ConnectWiseClient.Builder> customizer) {
    Objects.requireNonNull(customizer, "customizer == null");
    return (tenant, s) -> {
      // Without an OkHttp client of the customizer's, every tenant's client shares the client's one connection pool.
      ConnectWiseClient.Builder b = ConnectWiseClient.builder();
      if (s.baseUrl() != null) {
        b.baseUrl(s.baseUrl());
      } else {
        b.site(Objects.requireNonNull(s.site()));
      }
      b.companyId(s.companyId()).publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId())
          .rateLimit(tenant.rateBudget().requestsPerMinute(), Math.max(1, tenant.rateBudget().requestsPerMinute() / 60))
          .maxRequestsInFlight(tenant.rateBudget().maxConcurrentRequests())
          // A pass never sleeps out a long Retry-After in a worker: it ends THROTTLED at its checkpoint and the
          // tenant is due again after the wait, so one throttled tenant cannot hold a worker others need.
          .retryPolicy(RetryPolicy.defaultPolicy().toBuilder().maxRetryAfter(MAX_RETRY_AFTER_IN_PASS).build());
      customizer.accept(tenant, b);
      return b.build();
    };
  }
}
