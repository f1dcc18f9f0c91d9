/**
 * The neutral model of a sync: who is synced ({@link io.cwsync.core.model.Tenant}), what
 * ({@link io.cwsync.core.model.Flow}, {@link io.cwsync.core.model.EntityType}) and the host side's records
 * ({@link io.cwsync.core.model.HostRecord}).
 *
 * <p>Concepts, one word each: <em>tenant</em> (one ConnectWise connection and one host account),
 * <em>flow</em> (a ConnectWise resource paired with a host entity kind and a direction), <em>record</em> (a host
 * entity as neutral values), <em>reference</em> ({@link io.cwsync.core.model.HostRef}, a pointer to another host
 * record). No type here is named after a ConnectWise type.
 *
 * <pre>{@code
 * Flow companies = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
 *     .direction(Direction.BOTH).build();
 * Tenant tenant = Tenant.builder(TenantId.of("acme")).flow(companies).build();
 * }</pre>
 */
@NullMarked
package io.cwsync.core.model;

import org.jspecify.annotations.NullMarked;
