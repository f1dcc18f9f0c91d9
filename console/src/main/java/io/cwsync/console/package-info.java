/**
 * An embeddable operations view of a {@link io.cwsync.core.SyncCoordinator}: the last run of every tenant stream,
 * the error report (failures and parked items) with requeue, ignore and re-link actions, the audit log searchable
 * by entity and outcome, and one record's history. JSON endpoints and one static page (vanilla JavaScript, served
 * from this jar) on the JDK's {@code com.sun.net.httpserver.HttpServer}: no servlet container, no front-end build.
 *
 * <pre>{@code
 * String token = OperationsConsole.newToken();          // or the host's own secret, at least 16 characters
 * OperationsConsole console = OperationsConsole.builder(coordinator)
 *     .token(token)
 *     .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8099))  // loopback is the default
 *     .build()
 *     .start();
 * // open console.pageUrl() + "#token=" + token; or mount console.handler() in the host's own HttpServer
 * }</pre>
 *
 * <p>Every JSON endpoint (GET and POST) requires {@code Authorization: Bearer <token>}; see
 * {@link io.cwsync.console.OperationsConsole} for the endpoints and what is served without the token.
 */
@NullMarked
package io.cwsync.console;

import org.jspecify.annotations.NullMarked;
