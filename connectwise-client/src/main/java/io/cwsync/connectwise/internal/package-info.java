/**
 * Implementation of the ConnectWise client: the Retrofit interface, OkHttp interceptors (headers,
 * retries, rate and concurrency limits, logging), codebase discovery and paging. May change in any
 * release; never import it from another module.
 */
@NullMarked
package io.cwsync.connectwise.internal;

import org.jspecify.annotations.NullMarked;
