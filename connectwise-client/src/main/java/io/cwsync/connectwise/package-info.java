/** cwsync module `connectwise-client`. */
package io.cwsync.connectwise;
