/** cwsync module `acceptance-tests`. */
package io.cwsync.acceptance;
