/**
 * The example ERP host (an e-automate-like dealer ERP on H2) and its ConnectWise integration: the
 * database and repositories ({@link io.cwsync.examples.erp.ErpDatabase}), the adapters that expose
 * its records to cwsync, the flows and rules of the ERP integration, and
 * {@link io.cwsync.examples.erp.ErpIntegration}, the wiring a dealer's ERP writes once.
 *
 * <pre>{@code
 * try (ErpDatabase db = ErpDatabase.inMemory(Clock.systemUTC());
 *     ErpIntegration sync = ErpIntegration.builder().database(db).connection(settings).build()) {
 *   ErpSampleData.seed(db);
 *   sync.sync();                       // customers first, then agreements, service, calls, orders
 *   sync.errorReport();                // what failed, with reasons
 * }
 * }</pre>
 */
@NullMarked
package io.cwsync.examples.erp;

import org.jspecify.annotations.NullMarked;
