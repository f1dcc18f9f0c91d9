/**
 * The demo's command line: options, the terminal progress bar and the report printer, used by
 * {@link io.cwsync.examples.Demo}.
 */
@NullMarked
package io.cwsync.examples.demo;

import org.jspecify.annotations.NullMarked;
