/** cwsync module `mapping`. */
package io.cwsync.mapping;
