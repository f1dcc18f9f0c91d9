package io.cwsync.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * Grants renewable, expiring leases so that two coordinator nodes never run the same stream at once (G7).
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>{@link #tryAcquire} succeeds if the key has no lease, its lease has expired (takeover of an orphan), or the
 *       caller already owns it; otherwise it returns empty.</li>
 *   <li>Every successful acquisition by a different owner or after expiry gets a fencing token greater than any
 *       earlier token for that key; re-acquiring one's own live lease keeps the token.</li>
 *   <li>{@link #renew} extends the lease only if the caller still holds it with the same token and it has not
 *       expired; otherwise it returns empty and the caller must stop writing.</li>
 *   <li>{@link #release} frees the lease only if the token still matches; releasing a lost lease is a no-op.</li>
 *   <li>Time comes from the store's clock (injectable in implementations), so tests can expire leases without
 *       sleeping. A lease is expired when {@code now >= expiresAt}.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe and linearizable per key.
 */
public interface LeaseStore {

  /**
   * Acquires the lease on {@code key} for {@code owner}, if free, expired or already owned.
   *
   * @param key the stream
   * @param owner the caller's node id
   * @param ttl how long the lease lasts; positive
   * @return the lease, or empty if another owner holds a live lease
   * @throws IllegalArgumentException if {@code ttl} is zero or negative
   */
  Optional<Lease> tryAcquire(LeaseKey key, String owner, Duration ttl);

  /**
   * Extends a held lease.
   *
   * @param lease the lease as last acquired or renewed
   * @param ttl the new duration from now; positive
   * @return the renewed lease (same token), or empty if it was lost or expired
   * @throws IllegalArgumentException if {@code ttl} is zero or negative
   */
  Optional<Lease> renew(Lease lease, Duration ttl);

  /**
   * Releases a held lease so another owner may take it at once.
   *
   * @param lease the lease
   */
  void release(Lease lease);

  /**
   * Returns the current lease on {@code key}, expired or not.
   *
   * @param key the stream
   * @return the lease, or empty if none was ever granted or it was released
   */
  Optional<Lease> find(LeaseKey key);
}
