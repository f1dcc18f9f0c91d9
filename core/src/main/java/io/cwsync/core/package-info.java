/** cwsync module `core`. */
package io.cwsync.core;
