/**
 * A small host for tests and benchmarks of the coordinator: {@link io.cwsync.testkit.host.CompanyContactRules}
 * (a few fields of companies and contacts) and {@link io.cwsync.testkit.host.FingerprintHost} (a pull-only host
 * adapter keeping one fingerprint per record), so that a test of scheduling, stores or throughput need not write its
 * own rules and adapter.
 *
 * <pre>{@code
 * FingerprintHost companies = FingerprintHost.of(EntityType.COMPANY);
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .credentials((tenant, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "acme", pub, priv, id)))
 *     .adapters((tenant, type) -> Optional.of(companies))
 *     .rules(CompanyContactRules.create())
 *     .inMemoryStores()
 *     .build();
 * }</pre>
 */
@NullMarked
package io.cwsync.testkit.host;

import org.jspecify.annotations.NullMarked;
