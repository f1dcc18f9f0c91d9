/** cwsync module `benchmarks`. */
package io.cwsync.benchmarks;
