/**
 * Test support for cwsync and its hosts; the classes live in four subpackages and this package holds none.
 *
 * <ul>
 *   <li>{@link io.cwsync.testkit.simulator}: a stateful ConnectWise Manage simulator on WireMock (the server side,
 *       it never uses cwsync's client), for tests, demos and benchmarks.</li>
 *   <li>{@link io.cwsync.testkit.contract}: the store TCK, one abstract JUnit 5 suite per store SPI of
 *       {@code io.cwsync.core.spi}, which a host extends to check its own store implementation.</li>
 *   <li>{@link io.cwsync.testkit.host}: small rules and a lean host adapter (companies and contacts) for tests and
 *       benchmarks of the coordinator.</li>
 *   <li>{@link io.cwsync.testkit.jdbc}: a connection pool that counts database round trips and can simulate a crash,
 *       for tests and benchmarks of stores on a real database.</li>
 * </ul>
 */
@NullMarked
package io.cwsync.testkit;

import org.jspecify.annotations.NullMarked;
