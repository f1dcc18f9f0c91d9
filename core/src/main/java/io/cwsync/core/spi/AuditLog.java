package io.cwsync.core.spi;

import java.util.List;

/**
 * The append-only sync audit log.
 *
 * <p>Contract (each clause is tested by the TCK in testkit):
 * <ul>
 *   <li>{@link #append} stores the entry as given; entries are never changed or removed by core. An implementation
 *       may drop a tenant's oldest entries beyond its own documented retention (at least 10,000 entries per
 *       tenant).</li>
 *   <li>{@link #query} returns only the query's tenant's entries matching every criterion, newest first (by
 *       {@link AuditEntry#at()}, then by reverse append order), at most {@code limit}; an empty list if none.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 */
public interface AuditLog {

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  void append(AuditEntry entry);

  /**
   * Returns matching entries, newest first.
   *
   * @param query the criteria
   * @return the entries; empty if none
   */
  List<AuditEntry> query(AuditQuery query);
}
