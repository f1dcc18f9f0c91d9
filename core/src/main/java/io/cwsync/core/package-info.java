/**
 * The sync engine's API: {@link io.cwsync.core.SyncCoordinator}, which runs passes for tenants (pull then push,
 * flows in dependency order, under leases), its reports ({@link io.cwsync.core.SyncReport},
 * {@link io.cwsync.core.StreamReport}), progress and metrics ({@link io.cwsync.core.SyncListener},
 * {@link io.cwsync.core.SyncMetrics}) and the typed error {@link io.cwsync.core.CwsyncException} with its
 * {@link io.cwsync.core.ErrorCode}s.
 *
 * <pre>{@code
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .credentials(credentialsProvider)
 *     .adapters(HostAdapterRegistry.of(adapters))
 *     .rules(rules)                 // e.g. mapping's ProfileSyncRules
 *     .inMemoryStores()             // or the host's own stores
 *     .build();
 * SyncReport report = coordinator.runPass(tenant);
 * }</pre>
 *
 * <p>The neutral records live in {@code io.cwsync.core.model}, what hosts implement in {@code io.cwsync.core.spi},
 * in-memory stores in {@code io.cwsync.core.memory}.
 */
@NullMarked
package io.cwsync.core;

import org.jspecify.annotations.NullMarked;
