/**
 * Durable implementations of the six cwsync stores over a {@link javax.sql.DataSource}: PostgreSQL for production,
 * H2 as the embedded default.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder(dataSource).tablePrefix("cwsync_").build();
 * stores.migrate();                       // or let Flyway run db/migration/cwsync/{postgresql,h2}
 * SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
 *     .adapters(adapters).rules(rules).credentials(credentials)
 *     .build();
 * }</pre>
 *
 * <p>{@link io.cwsync.store.jdbc.JdbcStores} is the only entry point; the store implementations live in
 * {@code io.cwsync.store.jdbc.internal} and are used through the core SPI interfaces.
 */
@NullMarked
package io.cwsync.store.jdbc;

import org.jspecify.annotations.NullMarked;
