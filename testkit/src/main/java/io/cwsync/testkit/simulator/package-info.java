/**
 * A stateful ConnectWise Manage simulator on WireMock, for tests, demos and benchmarks.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ConnectWiseSimulatorExtension sim = ConnectWiseSimulatorExtension.of(
 *     ConnectWiseSimulator.builder().companyId("acme").publicKey("pub").privateKey("priv")
 *         .clock(SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z"))));
 *
 * ObjectNode acme = sim.simulator().create("company/companies", json);   // "as a user in the UI"
 * String base = sim.simulator().baseUrl();   // http://127.0.0.1:PORT/v4_6_release/apis/3.0/
 * }</pre>
 *
 * <p>The simulator is the server side: it never uses cwsync's ConnectWise client.
 */
@NullMarked
package io.cwsync.testkit.simulator;

import org.jspecify.annotations.NullMarked;
