/**
 * Clustered scheduling: tenant passes run on db-scheduler over the stores' PostgreSQL (or H2) database, one
 * recurring execution per tenant, with each tenant's rate budget shared by every node.
 *
 * <pre>{@code
 * SharedRateBudget budget = SharedRateBudget.builder(dataSource).build();
 * SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
 *     .clientFactory(budget.clientFactory())
 *     .adapters(adapters).rules(rules).credentials(credentials)
 *     .build();
 * ClusteredScheduler scheduler = ClusteredScheduler.builder()
 *     .dataSource(dataSource).coordinator(coordinator).tenants(hostTenants::find).build();
 * scheduler.migrate();
 * scheduler.schedule(tenant);
 * scheduler.start();
 * }</pre>
 *
 * <p>{@link io.cwsync.scheduler.db.ClusteredScheduler} and {@link io.cwsync.scheduler.db.SharedRateBudget} are the
 * entry points; {@code io.cwsync.scheduler.db.internal} is not API.
 */
@NullMarked
package io.cwsync.scheduler.db;

import org.jspecify.annotations.NullMarked;
