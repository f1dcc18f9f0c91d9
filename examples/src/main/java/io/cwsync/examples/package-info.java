/**
 * Runnable examples of cwsync: {@link io.cwsync.examples.FirstSync} is the first sync in 30 lines (README's
 * first screen), {@link io.cwsync.examples.ListCompanies} the client on its own, and
 * {@link io.cwsync.examples.Demo} wires the example CRM ({@code io.cwsync.examples.crm}) to ConnectWise end to end.
 */
@NullMarked
package io.cwsync.examples;

import org.jspecify.annotations.NullMarked;
