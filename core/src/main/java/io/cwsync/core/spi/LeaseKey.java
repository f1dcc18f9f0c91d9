package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;

/**
 * What a {@link Lease} covers: one tenant's stream.
 *
 * @param tenant the tenant
 * @param stream the flow id (or another stream name the coordinator uses)
 */
public record LeaseKey(TenantId tenant, String stream) {

  /** Validates the components. */
  public LeaseKey {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(stream, "stream == null");
  }
}
