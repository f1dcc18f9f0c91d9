/**
 * JDBC support for tests and benchmarks of stores on a real database: {@link
 * io.cwsync.testkit.jdbc.CountingConnectionPool}, a small pool that counts the database round trips a store makes
 * and can simulate the death of the process. It needs nothing but the JDK's {@code java.sql}; the database and its
 * driver are the caller's.
 *
 * <pre>{@code
 * CountingConnectionPool db = CountingConnectionPool.of(JdbcConnectionPool.create("jdbc:h2:mem:t", "sa", ""), 8);
 * JdbcStores stores = JdbcStores.builder(db).build();
 * }</pre>
 */
@NullMarked
package io.cwsync.testkit.jdbc;

import org.jspecify.annotations.NullMarked;
