package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The identity part of a stored {@link Link}: which host record is which ConnectWise record, in what state, at what
 * version, without the fingerprints and the snapshot. Lookups that only ask "is it linked, and to what?" (a reference
 * between records, whether a pulled record has a link at all) read this instead of the whole link, which a store can
 * answer without decoding a snapshot ({@link LinkStore#findRefByCwId}, {@link LinkStore#findRefByHostId}).
 *
 * <p>Tenant and type are the lookup's; a ref equals {@link Link#ref()} of the link the same lookup's full form
 * returns.
 *
 * @param hostId the host id; null while a pulled record's host create is pending
 * @param cwId the ConnectWise id; null while a pushed record's create is pending
 * @param state the life-cycle state
 * @param version the store's row version of the link
 */
public record LinkRef(@Nullable String hostId, @Nullable Long cwId, LinkState state, long version) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if both ids are null
   */
  public LinkRef {
    requireNonNull(state, "state == null");
    if (hostId == null && cwId == null) {
      throw new IllegalArgumentException("a link ref needs a host id or a ConnectWise id");
    }
  }
}
