/**
 * Implementation of the ConnectWise simulator: resource definitions, storage, the query language,
 * request routing and callbacks. May change in any release; never import it from another module.
 */
@NullMarked
package io.cwsync.testkit.simulator.internal;

import org.jspecify.annotations.NullMarked;
