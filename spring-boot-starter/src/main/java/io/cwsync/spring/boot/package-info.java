/**
 * Spring Boot auto-configuration for cwsync: a {@link io.cwsync.core.SyncCoordinator} bean built from
 * {@code cwsync.*} properties ({@link io.cwsync.spring.boot.CwsyncProperties}) and the application's beans.
 *
 * <p>The application provides a {@link io.cwsync.core.spi.HostAdapterRegistry}, a
 * {@link io.cwsync.core.spi.CredentialsProvider} and {@link io.cwsync.core.spi.SyncRules} (without all three the
 * auto-configuration backs off); optionally {@link io.cwsync.core.SyncListener}s, a
 * {@link io.cwsync.core.ClientFactory}, a {@link java.time.Clock}, {@link io.cwsync.core.model.Tenant}s to schedule,
 * and {@link io.cwsync.spring.boot.SyncCoordinatorBuilderCustomizer}s for anything else.
 *
 * <pre>{@code
 * @Bean HostAdapterRegistry adapters(...) { ... }
 * @Bean CredentialsProvider credentials(...) { ... }
 * @Bean SyncRules rules(...) { return ProfileSyncRules.create(profile, referenceData); }
 *
 * @Autowired SyncCoordinator coordinator;   // coordinator.runPass(tenant)
 * }</pre>
 *
 * <p>Stores: the JDBC stores of {@code cwsync-store-jdbc} (an optional dependency of the starter: add it) on the
 * application's {@link javax.sql.DataSource}, as a {@code JdbcStores} bean the application may inject or replace, when
 * both are present (and {@code cwsync.stores.jdbc.enabled} is not {@code false}), otherwise core's in-memory
 * stores, which lose their state on restart and are safe on one node only.
 */
@NullMarked
package io.cwsync.spring.boot;

import org.jspecify.annotations.NullMarked;
