package io.cwsync.core.spi;

import io.cwsync.core.model.TenantId;
import java.util.Optional;

/**
 * Stores one {@link Cursor} per (tenant, flow id), written by compare-and-set and fenced by lease tokens (G2, G7).
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>{@link #find} of a stream never written returns empty (callers treat it as {@link Cursor#INITIAL} at
 *       version 0).</li>
 *   <li>{@link #compareAndSet} succeeds only if the stored version equals {@code expectedVersion} (0 meaning "not
 *       stored yet") <em>and</em> {@code fencingToken} is at least the highest token ever accepted for that
 *       stream; on success the version becomes {@code expectedVersion + 1} and the token is remembered.</li>
 *   <li>A failed compare-and-set changes nothing.</li>
 *   <li>Streams of different tenants or flows are independent.</li>
 *   <li>{@link #find} returns the cursor exactly as written, {@link Cursor#initialPull()} included: its watermark
 *       and every id range's {@code from}, {@code to} and {@code next} in order (the per-range checkpoints a crashed
 *       initial pull resumes from), and null once a write cleared it.</li>
 * </ul>
 *
 * <p>The fencing rule is what stops a worker that lost its lease: the new holder's token is higher, so once it has
 * written, every write with the old token fails, even if the old worker still believes it holds the lease.
 *
 * <p>Implementations must be thread-safe and linearizable per stream.
 */
public interface CursorStore {

  /**
   * Reads a stream's cursor.
   *
   * @param tenant the tenant
   * @param flowId the flow id
   * @return the cursor and its version, or empty if never written
   */
  Optional<VersionedCursor> find(TenantId tenant, String flowId);

  /**
   * Writes a stream's cursor if nobody else has written it since {@code expectedVersion} and no newer lease holder
   * has written it.
   *
   * @param tenant the tenant
   * @param flowId the flow id
   * @param expectedVersion the version read (0 if {@link #find} returned empty)
   * @param cursor the new cursor
   * @param fencingToken the writer's lease token ({@link Lease#fencingToken()})
   * @return the new versioned cursor, or empty if the version or the token check failed
   */
  Optional<VersionedCursor> compareAndSet(TenantId tenant, String flowId, long expectedVersion, Cursor cursor,
      long fencingToken);
}
