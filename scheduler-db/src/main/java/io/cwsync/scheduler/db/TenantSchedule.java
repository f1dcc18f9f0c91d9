package io.cwsync.scheduler.db;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's recurring pass as the shared schedule holds it.
 *
 * @param tenant the tenant id
 * @param interval the time between passes
 * @param paused true while paused
 * @param nextRun when the next pass is due; null while paused
 * @param running true while a node runs its pass
 */
public record TenantSchedule(TenantId tenant, Duration interval, boolean paused, @Nullable Instant nextRun,
    boolean running) {

  /** Validates the components. */
  public TenantSchedule {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(interval, "interval == null");
  }
}
