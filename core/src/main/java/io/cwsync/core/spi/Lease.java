package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The right, held by one owner until it expires, to run one stream.
 *
 * @param key what is leased
 * @param owner who holds it (a node id)
 * @param expiresAt when it lapses unless renewed
 * @param fencingToken strictly increasing per key across all acquisitions; passed to
 *     {@link CursorStore#compareAndSet} so that a stale holder's writes fail
 */
public record Lease(LeaseKey key, String owner, Instant expiresAt, long fencingToken) {

  /** Validates the components. */
  public Lease {
    requireNonNull(key, "key == null");
    requireNonNull(owner, "owner == null");
    requireNonNull(expiresAt, "expiresAt == null");
  }
}
