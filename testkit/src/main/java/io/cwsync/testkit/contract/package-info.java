/**
 * The store TCK: one abstract JUnit 5 contract suite per store SPI of {@code io.cwsync.core.spi}. A host that
 * implements a store on its own database extends the matching suite in its test sources and supplies only the
 * instance under test (and, for {@link io.cwsync.testkit.contract.LeaseStoreContractTest}, builds the store on the
 * {@link io.cwsync.testkit.contract.MutableClock} it is given):
 *
 * <pre>{@code
 * class JdbcLinkStoreContractTest extends LinkStoreContractTest {
 *   @Override
 *   protected LinkStore newStore() {
 *     return new JdbcLinkStore(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>Each suite tests every clause of its SPI's Javadoc contract, absent cases included, and races real threads
 * (bounded by a timeout) against the atomic operations. A fresh store is created before each test, so tests never
 * see each other's data. The suites are not thread-safe themselves: JUnit runs one test of an instance at a time.
 */
@NullMarked
package io.cwsync.testkit.contract;

import org.jspecify.annotations.NullMarked;
