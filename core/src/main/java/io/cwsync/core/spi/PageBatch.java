package io.cwsync.core.spi;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.util.Collection;

/**
 * Optional: a {@link LinkStore} that also implements this interface is told when the coordinator starts and ends
 * handling one pulled page, so that it can read the page's links and retry items ahead and write the page's store
 * changes together with the cursor checkpoint (store-jdbc does: one transaction per page instead of several round
 * trips per record).
 *
 * <p>Between {@link #beginPage} and {@link #endPage}, on the calling thread, the coordinator handles the page's
 * records and then calls {@link CursorStore#compareAndSet} for the page's checkpoint (unless the page failed or the
 * run is a dry run). Every store contract still holds for each call; what an implementation may defer is when other
 * threads see the page's writes, never later than the checkpoint's compare-and-set or {@code endPage}, whichever
 * comes first. One exception to deferring: a {@link LinkState#PENDING_CREATE} link (a write intent, G4) is durable
 * when {@link LinkStore#putIfAbsent} returns, page or not, because the create it announces follows at once.
 *
 * <p>Calls are confined to one thread and never nested; {@code endPage} is called even if handling the page threw.
 */
public interface PageBatch {

  /**
   * Announces a page of pulled records.
   *
   * @param tenant the tenant
   * @param flowId the flow whose cursor the page's checkpoint writes
   * @param type the entity type of the page's records
   * @param cwIds the ConnectWise ids on the page
   */
  void beginPage(TenantId tenant, String flowId, EntityType type, Collection<Long> cwIds);

  /** Ends the page begun last on this thread: whatever it still holds becomes visible to other threads. */
  void endPage();
}
