/**
 * Test support for cwsync and its hosts; the classes live in two subpackages and this package holds none.
 *
 * <ul>
 *   <li>{@link io.cwsync.testkit.simulator}: a stateful ConnectWise Manage simulator on WireMock (the server side,
 *       it never uses cwsync's client), for tests, demos and benchmarks.</li>
 *   <li>{@link io.cwsync.testkit.contract}: the store TCK, one abstract JUnit 5 suite per store SPI of
 *       {@code io.cwsync.core.spi}, which a host extends to check its own store implementation.</li>
 * </ul>
 */
@NullMarked
package io.cwsync.testkit;

import org.jspecify.annotations.NullMarked;
