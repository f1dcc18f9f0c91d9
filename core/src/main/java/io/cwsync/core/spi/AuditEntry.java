package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the sync audit log: what happened to which record, how it ended and why (the seeds' "Audit Logs" with
 * a link to the entity and the error reason).
 *
 * @param tenant the tenant
 * @param flowId the flow
 * @param type the entity type
 * @param direction {@link Direction#PULL} or {@link Direction#PUSH}
 * @param hostId the host record's id; null if not known yet
 * @param cwId the ConnectWise id; null if not known yet
 * @param action what was done
 * @param outcome how it ended
 * @param reason the error reason or explanation; null when there is nothing to say
 * @param deepLink a "view in ConnectWise" URL; null if not applicable
 * @param at when it happened
 */
public record AuditEntry(TenantId tenant, String flowId, EntityType type, Direction direction,
    @Nullable String hostId, @Nullable Long cwId, SyncAction action, Outcome outcome, @Nullable String reason,
    @Nullable String deepLink, Instant at) {

  /** Validates the components. */
  public AuditEntry {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowId, "flowId == null");
    requireNonNull(type, "type == null");
    requireNonNull(direction, "direction == null");
    requireNonNull(action, "action == null");
    requireNonNull(outcome, "outcome == null");
    requireNonNull(at, "at == null");
  }
}
