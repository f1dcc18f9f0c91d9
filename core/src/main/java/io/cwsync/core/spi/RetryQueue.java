package io.cwsync.core.spi;

import io.cwsync.core.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Failed items with their attempts, reasons and next attempt times; the retry and park queue of G8.
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>{@link #recordFailure} creates the item ({@code attempts = 1}) or increments its attempts, stores the reason,
 *       times and fingerprint, and parks it ({@link RetryState#PARKED}) once {@code attempts >= maxAttempts}. An
 *       {@link RetryState#IGNORED} item stays ignored; a parked item stays parked.</li>
 *   <li>{@link #resolve} removes the item (a later success); absent items are a no-op.</li>
 *   <li>{@link #due} returns the tenant's {@link RetryState#RETRYING} items of a flow whose {@code nextAttemptAt <=
 *       now}, earliest first, at most {@code limit}; never parked or ignored ones.</li>
 *   <li>{@link #touch} and {@link #requeue} turn a parked item back to {@link RetryState#RETRYING} with
 *       {@code attempts = 0}, due at once (a {@code RETRYING} item is reset the same way, so a changed record gets
 *       its full number of attempts again); {@code touch} also stores the new fingerprint. {@code touch} leaves
 *       ignored items alone, {@code requeue} also revives ignored ones and keeps the fingerprint. {@link #ignore}
 *       marks an item ignored. Each returns false for an absent item.</li>
 *   <li>{@link #list} returns a tenant's items in one state (the error report lists {@code RETRYING} only, so a
 *       parked item stops reappearing); {@link #counts} counts them per state, every state present.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe and linearizable per key.
 */
public interface RetryQueue {

  /**
   * Records a failed attempt.
   *
   * @param failure the failure
   * @return the item after the update
   */
  RetryItem recordFailure(Failure failure);

  /**
   * Removes an item after it succeeded.
   *
   * @param key the item
   */
  void resolve(RetryKey key);

  /**
   * Finds an item.
   *
   * @param key the item
   * @return the item, or empty if none
   */
  Optional<RetryItem> find(RetryKey key);

  /**
   * Returns items due for another attempt.
   *
   * @param tenant the tenant
   * @param flowId the flow
   * @param now the current time
   * @param limit the maximum number; positive
   * @return due items, earliest {@code nextAttemptAt} first
   */
  List<RetryItem> due(TenantId tenant, String flowId, Instant now, int limit);

  /**
   * Revives a parked item because its record changed.
   *
   * @param key the item
   * @param fingerprint the record's new fingerprint; may be null
   * @param now the current time (the item is due at once)
   * @return true if the item existed and is not ignored
   */
  boolean touch(RetryKey key, @Nullable String fingerprint, Instant now);

  /**
   * Puts a parked or ignored item back in the queue on request.
   *
   * @param key the item
   * @param now the current time (the item is due at once)
   * @return true if the item existed
   */
  boolean requeue(RetryKey key, Instant now);

  /**
   * Removes an item from the sync until requeued.
   *
   * @param key the item
   * @return true if the item existed
   */
  boolean ignore(RetryKey key);

  /**
   * Lists a tenant's items in one state.
   *
   * @param tenant the tenant
   * @param state the state
   * @param limit the maximum number; positive
   * @return the items, earliest {@code lastFailedAt} first
   */
  List<RetryItem> list(TenantId tenant, RetryState state, int limit);

  /**
   * Counts a tenant's items per state.
   *
   * @param tenant the tenant
   * @return a count for every {@link RetryState}, zero included
   */
  Map<RetryState, Long> counts(TenantId tenant);
}
