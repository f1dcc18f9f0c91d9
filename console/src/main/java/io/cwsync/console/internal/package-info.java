/** The console's HTTP handling: routing, bearer-token checks and JSON views. May change in any release. */
@NullMarked
package io.cwsync.console.internal;

import org.jspecify.annotations.NullMarked;
