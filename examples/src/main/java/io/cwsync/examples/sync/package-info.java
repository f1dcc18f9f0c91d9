/**
 * The wiring of the example CRM to cwsync: reference data for the profile, the rules, the flows, the
 * tenant and the coordinator, in one place ({@link io.cwsync.examples.sync.CrmIntegration}).
 */
@NullMarked
package io.cwsync.examples.sync;

import org.jspecify.annotations.NullMarked;
