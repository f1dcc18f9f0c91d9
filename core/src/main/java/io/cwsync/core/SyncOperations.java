package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * More of what the people who run a sync do by hand, next to the coordinator's own {@link SyncCoordinator#relink},
 * {@link SyncCoordinator#requeue} and {@link SyncCoordinator#ignore}: break a link so the next sync creates anew,
 * requeue every parked record of some flows once the host fixed what they waited for, read the error report and
 * list what is linked. Self-service for the seeds' "send us an e-mail so that we can fix the background tables".
 * Changes are audited (action {@link SyncAction#LINK} for a broken link, with a reason saying "by an operator";
 * requeues through {@link SyncCoordinator#requeue}).
 *
 * <pre>{@code
 * SyncOperations ops = coordinator.operations();
 * ops.breakLink(tenant, EntityType.AGREEMENT, "7", "contract terminated");     // next sync creates anew
 * for (RetryItem failed : ops.errorReport(tenant.id(), 100)) { ... }          // failing, not yet parked
 * ops.requeueParked(tenant, Set.of("tickets"));                                // the ERP fixed a mapping
 * }</pre>
 *
 * <p>Thread-safety: thread-safe. Link changes use the link store's version check, so an operation that
 * races a running pass on the same record fails with {@link CoreErrorCode#CONCURRENT_MODIFICATION} instead of
 * losing either write; run it again.
 */
public final class SyncOperations {
  private final SyncCoordinator coordinator;
  private final LinkStore links;
  private final RetryQueue retries;
  private final AuditLog audit;
  private final Clock clock;

  SyncOperations(SyncCoordinator coordinator, LinkStore links, RetryQueue retries, AuditLog audit, Clock clock) {
    this.coordinator = coordinator;
    this.links = links;
    this.retries = retries;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Breaks the link of a host record: the link is removed and any failure recorded for it cleared, so the next
   * sync treats both sides as new (a push flow looks the record up by natural key and creates it if none
   * matches; a pull flow creates a new host record the next time the ConnectWise record changes, or at once
   * through {@link SyncCoordinator#onCallback}).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host record
   * @param reason why, for the audit log
   * @return the ConnectWise id the record was linked to, or empty if it had no link
   * @throws CwsyncException with {@link CoreErrorCode#CONCURRENT_MODIFICATION} if a pass changed the link
   *     meanwhile
   */
  public Optional<Long> breakLink(Tenant tenant, EntityType type, String hostId, String reason) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    requireNonNull(reason, "reason == null");
    Optional<Link> current = links.findByHostId(tenant.id(), type, hostId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    if (!links.remove(current.get())) {
      throw concurrent(type, hostId);
    }
    Long cwId = current.get().cwId();
    clearFailures(tenant, type, hostId, cwId);
    record(tenant, type, hostId, cwId, SyncAction.LINK, "link to ConnectWise id " + cwId
        + " broken by an operator; the next sync creates anew: " + reason);
    return Optional.ofNullable(cwId);
  }

  /**
   * Requeues every parked record of some flows (for example after the host fixed a mapping the records were
   * waiting for).
   *
   * @param tenant the tenant
   * @param flowIds the flows whose parked records to requeue
   * @return how many records were requeued (each audited by {@link SyncCoordinator#requeue})
   */
  public int requeueParked(Tenant tenant, java.util.Set<String> flowIds) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowIds, "flowIds == null");
    int n = 0;
    for (RetryItem item : retries.list(tenant.id(), RetryState.PARKED, Integer.MAX_VALUE)) {
      if (flowIds.contains(item.key().flowId()) && coordinator.requeue(item.key())) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the error report: records that failed and are still being retried, each with its attempts and last
   * reason, oldest failure first. A record drops off once parked (it failed the configured number of attempts,
   * the seeds' "reported 2-3 times") or ignored; it comes back if it changes or is requeued.
   *
   * @param tenant the tenant
   * @param limit the most lines
   * @return the failing records
   */
  public List<RetryItem> errorReport(io.cwsync.core.model.TenantId tenant, int limit) {
    requireNonNull(tenant, "tenant == null");
    return retries.list(tenant, RetryState.RETRYING, limit);
  }

  /**
   * Lists linked records of one entity type: host id and ConnectWise id (for example the "mapped customers"
   * view of an ERP).
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param limit the most links
   * @return the LINKED links
   */
  public List<Link> linked(io.cwsync.core.model.TenantId tenant, EntityType type, int limit) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    return links.findByState(tenant, type, LinkState.LINKED, limit);
  }

  private void clearFailures(Tenant tenant, EntityType type, String hostId, @Nullable Long cwId) {
    for (Flow f : tenant.flowsInOrder()) {
      if (!f.entityType().equals(type)) {
        continue;
      }
      List<RetryKey> keys = new ArrayList<>();
      keys.add(new RetryKey(tenant.id(), f.id(), Direction.PUSH, hostId));
      if (cwId != null) {
        keys.add(new RetryKey(tenant.id(), f.id(), Direction.PULL, Long.toString(cwId)));
      }
      keys.forEach(retries::resolve);
    }
  }

  private void record(Tenant tenant, EntityType type, String hostId, @Nullable Long cwId, SyncAction action,
      String reason) {
    Optional<Flow> flow = tenant.flowsInOrder().stream().filter(f -> f.entityType().equals(type)).findFirst();
    Direction direction = flow.map(f -> f.direction().pushes() ? Direction.PUSH : Direction.PULL)
        .orElse(Direction.PUSH);
    audit.append(new AuditEntry(tenant.id(), flow.map(Flow::id).orElse("operations"), type, direction, hostId, cwId,
        action, Outcome.SUCCESS, reason, null, clock.instant()));
  }

  private static CwsyncException concurrent(EntityType type, String hostId) {
    return new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "the link of " + type + " " + hostId
        + " changed meanwhile; try again", type, hostId, null, null);
  }
}
