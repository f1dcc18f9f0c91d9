/**
 * Micrometer meters for cwsync: a {@link io.cwsync.micrometer.MicrometerSyncListener} for the coordinator's
 * records, streams and passes, and {@link io.cwsync.micrometer.ConnectWiseRequestMetrics} timing every HTTP request
 * a tenant's client sends to ConnectWise.
 *
 * <pre>{@code
 * MeterRegistry registry = ...;   // Prometheus, OTLP, JMX, ...
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .listener(MicrometerSyncListener.create(registry))
 *     .clientFactory(ConnectWiseRequestMetrics.clientFactory(registry))
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>Meters (every tag value lower case, independent of the default locale):
 * <ul>
 *   <li>{@code cwsync.records} (counter): tags {@code tenant}, {@code flow}, {@code entity}, {@code direction},
 *       {@code action}, {@code outcome}; one increment per record handled.</li>
 *   <li>{@code cwsync.streams} (timer): tags {@code tenant}, {@code flow}, {@code direction}, {@code status}; one
 *       sample per pull, push or reconcile run of a flow.</li>
 *   <li>{@code cwsync.passes} (timer): tags {@code tenant}, {@code outcome} ({@code success} when every stream
 *       completed, otherwise {@code failure}); one sample per pass.</li>
 *   <li>{@code cwsync.reconcile.aborted} (counter): tags {@code tenant}, {@code flow}; the mass-delete guard.</li>
 *   <li>{@code cwsync.connectwise.requests} (timer): tags {@code tenant}, {@code method}, {@code uri} (the path
 *       below the API base with ids replaced by {@code {id}}), {@code status}, {@code outcome}; one sample per HTTP
 *       exchange, retries included.</li>
 * </ul>
 */
@NullMarked
package io.cwsync.micrometer;

import org.jspecify.annotations.NullMarked;
