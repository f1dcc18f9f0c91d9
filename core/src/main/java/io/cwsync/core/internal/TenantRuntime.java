package io.cwsync.core.internal;

import io.cwsync.core.model.Tenant;

/**
 * A tenant with its ConnectWise gateway, for the duration of one call into the engine.
 *
 * @param tenant the tenant
 * @param gateway its ConnectWise access
 */
public record TenantRuntime(Tenant tenant, CwGateway gateway) {
}
