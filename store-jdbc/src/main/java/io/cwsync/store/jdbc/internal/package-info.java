/**
 * Internals of store-jdbc: the store implementations, the JDBC runner, the dialect differences and the migrator.
 * May change in any release; use {@link io.cwsync.store.jdbc.JdbcStores}.
 */
@NullMarked
package io.cwsync.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
