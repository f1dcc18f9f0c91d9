package io.cwsync.core;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;

/**
 * Receives the coordinator's events, to drive progress bars and export metrics (see {@link SyncMetrics}).
 *
 * <p>Methods are called on the coordinator's worker threads, possibly concurrently for different tenants (and for
 * different flows of one tenant whose {@link io.cwsync.core.model.RateBudget} allows parallel requests), so
 * implementations must be thread-safe and quick. Exceptions they throw are logged and ignored. All methods default to
 * doing nothing.
 */
public interface SyncListener {

  /**
   * Called after each committed page (pull) or batch (push).
   *
   * @param event the progress
   */
  default void onProgress(ProgressEvent event) {
  }

  /**
   * Called once per record handled.
   *
   * @param tenant the tenant
   * @param flowId the flow
   * @param type the entity type
   * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
   * @param action what was done
   * @param outcome how it ended
   */
  default void onRecord(TenantId tenant, String flowId, EntityType type, Direction direction, SyncAction action,
      Outcome outcome) {
  }

  /**
   * Called when a stream's run ends.
   *
   * @param tenant the tenant
   * @param report the run's report
   */
  default void onStreamFinished(TenantId tenant, StreamReport report) {
  }

  /**
   * Called when a pass over a tenant ends.
   *
   * @param report the pass's report
   */
  default void onPassFinished(SyncReport report) {
  }

  /**
   * Called when a full-id reconciliation's diff is aborted by the mass-delete guard: an alert worth paging someone
   * for, since either ConnectWise lost many records or the scan saw far fewer than it should have. Nothing was
   * tombstoned. The default does nothing; called on the reconciling thread, must not block.
   *
   * @param tenant the tenant
   * @param flowId the flow
   * @param wouldTombstone how many links the diff would have tombstoned
   * @param linked how many links of the flow were LINKED
   */
  default void onMassDeleteAborted(TenantId tenant, String flowId, long wouldTombstone, long linked) {
  }
}
