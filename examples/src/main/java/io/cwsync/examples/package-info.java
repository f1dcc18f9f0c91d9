/** cwsync module `examples`. */
package io.cwsync.examples;
