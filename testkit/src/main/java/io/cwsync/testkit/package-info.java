/** cwsync module `testkit`. */
package io.cwsync.testkit;
