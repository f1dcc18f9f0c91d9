/**
 * The sync profile and the mapping and filter engine.
 *
 * <p>A {@link io.cwsync.mapping.SyncProfile} holds every integration setting of a tenant. Store it
 * with {@link io.cwsync.mapping.SyncProfileJson}, check it with
 * {@link io.cwsync.mapping.ProfileValidator} against a {@link io.cwsync.mapping.ReferenceData}
 * snapshot of the tenant's ConnectWise setup, and hand it to the engine that implements core's
 * {@code SyncRules} port.
 *
 * <pre>{@code
 * SyncProfile profile = SyncProfileJson.read(storedJson);
 * ProfileValidator.requireValid(profile, referenceData);
 * }</pre>
 */
@NullMarked
package io.cwsync.mapping;

import org.jspecify.annotations.NullMarked;
