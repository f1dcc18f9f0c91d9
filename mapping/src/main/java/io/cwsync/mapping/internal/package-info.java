/** Implementation of the mapping engine; may change in any release, never import it. */
@NullMarked
package io.cwsync.mapping.internal;

import org.jspecify.annotations.NullMarked;
