package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The host application's side of one entity kind for one tenant: how the coordinator reads and writes host records.
 * Obtained from a {@link HostAdapterRegistry}.
 *
 * <p>Implementations must be thread-safe: the coordinator may call one adapter from a poll and a real-time event at
 * once (never for the same stream at once). A stream's records are applied from one thread at a time even when its
 * initial pull reads ConnectWise pages concurrently (the pages are fetched in parallel, applied one after another),
 * so one stream never calls its adapter concurrently. Methods throw unchecked exceptions on failure; the coordinator records
 * them as {@link io.cwsync.core.CoreErrorCode#HOST_FAILED} and retries.
 *
 * <pre>{@code
 * class CrmCompanies implements HostAdapter {
 *   public EntityType entityType() { return EntityType.COMPANY; }
 *   public HostChanges changesSince(String cursor, int limit) { ... SELECT ... WHERE modified > ? ... }
 *   ...
 * }
 * }</pre>
 */
public interface HostAdapter {

  /**
   * Returns the entity kind this adapter serves.
   *
   * @return the entity type
   */
  EntityType entityType();

  /**
   * Returns records changed since {@code cursor}, in change order. Re-delivering a change is allowed (the
   * coordinator is idempotent); skipping one is not.
   *
   * @param cursor the cursor from the previous batch; null for "from the beginning"
   * @param limit the maximum number of records; positive
   * @return the batch and the cursor after it
   */
  HostChanges changesSince(@Nullable String cursor, int limit);

  /**
   * Finds a host record by id.
   *
   * @param hostId the host id
   * @return the record, or empty if it does not exist (deleted)
   */
  Optional<HostRecord> find(String hostId);

  /**
   * Finds host records whose fields equal every entry of {@code naturalKey} (such as an ERP customer number),
   * used to link a pulled ConnectWise record to an existing host record instead of creating a duplicate.
   *
   * @param naturalKey field name to neutral value
   * @return every match (so ambiguity is visible); empty if none or if the adapter does not support lookups
   */
  default List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    return List.of();
  }

  /**
   * Finds the host record that already carries {@code cwId} (written by {@link #writeBackConnectWiseId}), so a pull
   * create interrupted between the host write and the link save is not repeated.
   *
   * @param cwId the ConnectWise id
   * @return the record, or empty if none or if the host keeps no ConnectWise ids
   */
  default Optional<HostRecord> findByConnectWiseId(long cwId) {
    return Optional.empty();
  }

  /**
   * Creates a host record.
   *
   * @param record the values to store; its host id is null
   * @return the new record's host id
   */
  String create(HostRecord record);

  /**
   * Updates a host record with the given fields; fields absent from {@code record} are left unchanged.
   *
   * @param record the values; its host id names the record
   */
  void update(HostRecord record);

  /**
   * Stores the ConnectWise id on the host record, where the host keeps one (the ERP's {@code ZCJ_CW_CompanyID});
   * the default does nothing.
   *
   * @param hostId the host id
   * @param cwId the ConnectWise id
   */
  default void writeBackConnectWiseId(String hostId, long cwId) {
  }

  /**
   * Tells the host that a linked record no longer matches the flow's filters (P6); the default does nothing.
   *
   * @param hostId the host id
   */
  default void markLeftScope(String hostId) {
  }

  /**
   * The host's child records under one parent (for example the forecast lines of one opportunity), so a child pull
   * flow can tell which children ConnectWise no longer lists under that parent and mark them left scope. Only the
   * host id is used. The default returns none, which means removed children are not detected; adapters of child
   * pull flows should implement it.
   *
   * @param parentHostId the parent's host id
   * @return the children, each with its host id; empty if none or not supported
   */
  default List<HostRecord> childrenOf(String parentHostId) {
    return List.of();
  }

  /**
   * Tells the host that the linked ConnectWise record was deleted (confirmed by a 404 after a delete callback, or
   * inferred by a completed full-id reconciliation: absent from every page, or flagged {@code deletedFlag}); the link
   * is tombstoned after this returns, and the host decides whether to delete, archive or flag its record. The default does nothing.
   *
   * @param hostId the host id
   */
  default void delete(String hostId) {
  }
}
