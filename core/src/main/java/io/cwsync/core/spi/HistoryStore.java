package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.util.List;

/**
 * Keeps each record's ordered sync history.
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>{@link #append} assigns a sequence greater than every earlier one and returns the stored entry.</li>
 *   <li>{@link #forHostRecord} returns the entries whose host id matches, and {@link #forCwRecord} those whose
 *       ConnectWise id matches, for the tenant and type only, in append order (oldest first), the last
 *       {@code limit} of them; empty if none.</li>
 *   <li>An implementation may keep only a bounded number of the most recent steps per record (its own documented
 *       retention, at least 100 steps); it never drops a step while fewer are kept.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 */
public interface HistoryStore {

  /**
   * Appends a step.
   *
   * @param entry the step (its sequence is ignored)
   * @return the stored step with its sequence
   */
  HistoryEntry append(HistoryEntry entry);

  /**
   * Returns a host record's history.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host id
   * @param limit the maximum number of (most recent) steps; positive
   * @return the steps, oldest first
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<HistoryEntry> forHostRecord(TenantId tenant, EntityType type, String hostId, int limit);

  /**
   * Returns a ConnectWise record's history.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param cwId the ConnectWise id
   * @param limit the maximum number of (most recent) steps; positive
   * @return the steps, oldest first
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<HistoryEntry> forCwRecord(TenantId tenant, EntityType type, long cwId, int limit);
}
