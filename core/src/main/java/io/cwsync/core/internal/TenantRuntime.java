package io.cwsync.core.internal;

import io.cwsync.core.model.Tenant;

/**
 * A tenant with its ConnectWise gateway, for the duration of one call into the engine.
 *
 * @param tenant the tenant
 * @param gateway its ConnectWise access
 * @param firstPages first pages of dependent initial pulls read ahead during this call
 */
public record TenantRuntime(Tenant tenant, CwGateway gateway, FirstPages firstPages) {

  /**
   * A runtime that reads nothing ahead, for a call that is not a pass.
   *
   * @param tenant the tenant
   * @param gateway its ConnectWise access
   */
  public TenantRuntime(Tenant tenant, CwGateway gateway) {
    this(tenant, gateway, new FirstPages());
  }
}
