package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.HostAdapterRegistry;
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
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the people who run a sync do by hand, self-service instead of "send us an e-mail so that we can fix
 * the background tables": re-link a record to another ConnectWise record, break a link so the next sync
 * creates anew, requeue or ignore a failed record, read the error report and list what is linked. Every
 * change is written to the audit log (action {@link SyncAction#LINK} for link changes, {@link SyncAction#SKIP}
 * for ignore, {@link SyncAction#ERROR} with outcome SUCCESS for requeue), with a reason that starts with
 * {@code operator:}.
 *
 * <pre>{@code
 * SyncOperations ops = coordinator.operations();
 * ops.relink(tenant, EntityType.COMPANY, "42", 250, "matched the wrong company");   // a wrong match, corrected
 * ops.breakLink(tenant, EntityType.AGREEMENT, "7", "contract terminated");         // next sync creates anew
 * for (RetryItem failed : ops.errorReport(tenant.id(), 100)) { ... }              // failing, not yet parked
 * ops.ignore(failed.key(), "set to sync by accident");
 * }</pre>
 *
 * <p>Thread-safety: thread-safe. Link changes use the link store's version check, so an operation that
 * races a running pass on the same record fails with {@link CoreErrorCode#CONCURRENT_MODIFICATION} instead of
 * losing either write; run it again.
 */
public final class SyncOperations {
  private final LinkStore links;
  private final RetryQueue retries;
  private final AuditLog audit;
  private final HostAdapterRegistry adapters;
  private final Clock clock;

  SyncOperations(LinkStore links, RetryQueue retries, AuditLog audit, HostAdapterRegistry adapters, Clock clock) {
    this.links = links;
    this.retries = retries;
    this.audit = audit;
    this.adapters = adapters;
    this.clock = clock;
  }

  /**
   * Links a host record to another ConnectWise record (a wrong natural-key match corrected). The link keeps no
   * fingerprints, so the next pass syncs the record in full against its new partner; the host adapter is told
   * the new id ({@code writeBackConnectWiseId}); any failure recorded for the record is cleared.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host record
   * @param cwId the ConnectWise record it belongs to
   * @param reason why, for the audit log
   * @return the new link
   * @throws CwsyncException with {@link CoreErrorCode#AMBIGUOUS_MATCH} if another host record is linked to
   *     {@code cwId}, {@link CoreErrorCode#INVALID_VALUE} if the host record has no link to correct, or
   *     {@link CoreErrorCode#CONCURRENT_MODIFICATION} if a pass changed the link meanwhile
   */
  public Link relink(Tenant tenant, EntityType type, String hostId, long cwId, String reason) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    requireNonNull(reason, "reason == null");
    Optional<Link> taken = links.findByCwId(tenant.id(), type, cwId)
        .filter(l -> l.state() != LinkState.TOMBSTONED && !hostId.equals(l.hostId()));
    if (taken.isPresent()) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, type + " " + cwId + " is already linked to host record "
          + taken.get().hostId() + "; break that link first", type, hostId, "cwId", null);
    }
    Link current = links.findByHostId(tenant.id(), type, hostId).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.INVALID_VALUE, "host " + type + " " + hostId + " has no link to correct", type, hostId, null,
        null));
    Link relinked = new Link(tenant.id(), type, hostId, cwId, LinkState.LINKED, null, null, null, Map.of(), false,
        false, current.version(), clock.instant());
    Link stored = links.replace(current, relinked).orElseThrow(() -> concurrent(type, hostId));
    adapters.adapter(tenant.id(), type).ifPresent(a -> a.writeBackConnectWiseId(hostId, cwId));
    clearFailures(tenant, type, hostId, current.cwId());
    record(tenant, type, hostId, cwId, SyncAction.LINK, "operator: re-linked from ConnectWise id " + current.cwId()
        + " to " + cwId + ": " + reason);
    return stored;
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
    record(tenant, type, hostId, cwId, SyncAction.LINK, "operator: link to ConnectWise id " + cwId
        + " broken; the next sync creates anew: " + reason);
    return Optional.ofNullable(cwId);
  }

  /**
   * Retries a failed or parked record on the next pass, with its attempts counted from zero.
   *
   * @param key the record's retry key
   * @param reason why, for the audit log
   * @return whether the record was in the retry queue
   */
  public boolean requeue(RetryKey key, String reason) {
    requireNonNull(key, "key == null");
    requireNonNull(reason, "reason == null");
    Optional<RetryItem> item = retries.find(key);
    if (item.isEmpty() || !retries.requeue(key, clock.instant())) {
      return false;
    }
    record(key, item.get().type(), SyncAction.ERROR, Outcome.SUCCESS, "operator: requeued: " + reason);
    return true;
  }

  /**
   * Requeues every parked record of some flows (for example after the host fixed a mapping the records were
   * waiting for).
   *
   * @param tenant the tenant
   * @param flowIds the flows whose parked records to requeue
   * @param reason why, for the audit log
   * @return how many records were requeued
   */
  public int requeueParked(Tenant tenant, java.util.Set<String> flowIds, String reason) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(flowIds, "flowIds == null");
    int n = 0;
    for (RetryItem item : retries.list(tenant.id(), RetryState.PARKED, Integer.MAX_VALUE)) {
      if (flowIds.contains(item.key().flowId()) && requeue(item.key(), reason)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Removes a failing record from the sync: it is skipped from now on, changed or not, until requeued.
   *
   * @param key the record's retry key
   * @param reason why, for the audit log
   * @return whether the record was in the retry queue
   */
  public boolean ignore(RetryKey key, String reason) {
    requireNonNull(key, "key == null");
    requireNonNull(reason, "reason == null");
    Optional<RetryItem> item = retries.find(key);
    if (item.isEmpty() || !retries.ignore(key)) {
      return false;
    }
    record(key, item.get().type(), SyncAction.SKIP, Outcome.SUCCESS, "operator: removed from the sync: " + reason);
    return true;
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

  private void record(RetryKey key, EntityType type, SyncAction action, Outcome outcome, String reason) {
    boolean pull = key.direction() == Direction.PULL;
    Long cwId = null;
    if (pull) {
      try {
        String id = key.recordId();
        cwId = Long.parseLong(id.substring(id.lastIndexOf('/') + 1));
      } catch (NumberFormatException e) {
        cwId = null;
      }
    }
    audit.append(new AuditEntry(key.tenant(), key.flowId(), type, key.direction(), pull ? null : key.recordId(),
        cwId, action, outcome, reason, null, clock.instant()));
  }

  private static CwsyncException concurrent(EntityType type, String hostId) {
    return new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "the link of " + type + " " + hostId
        + " changed meanwhile; try again", type, hostId, null, null);
  }
}
