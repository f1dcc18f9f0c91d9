/** Implementation of the coordinator: may change in any release; never import it from another module. */
@NullMarked
package io.cwsync.core.internal;

import org.jspecify.annotations.NullMarked;
