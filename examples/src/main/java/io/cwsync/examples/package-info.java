/**
 * Runnable examples of cwsync: {@link io.cwsync.examples.Demo} wires the example CRM
 * ({@code io.cwsync.examples.crm}) to ConnectWise end to end.
 */
@NullMarked
package io.cwsync.examples;

import org.jspecify.annotations.NullMarked;
