package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncListener;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One step of the full-id reconciliation (G6) of one flow run. Confined to the run's thread.
 */
final class ReconcileStep extends Step {

  private @Nullable Cursor rc;
  private long rcVersion;
  private @Nullable String guardMessage;

  ReconcileStep(FlowRun run) {
    super(run);
  }

  /**
   * One step of the full-id reconciliation (see {@code SyncCoordinator.reconcile}). The scan's state lives in the
   * cursor store under {@code flowId#reconcile}: watermark = when the scan began (null: no scan in progress),
   * idsAtWatermark = the live ids seen by every execution so far, hostCursor = the last id read. Ids are read in
   * ascending order by keyset ({@code id > last}), so a resumed scan continues exactly where the last checkpoint
   * left off and the stored set covers every page of every execution; storing the set (rather than diffing page by
   * page against links sorted by ConnectWise id) needs nothing from the link store beyond {@code findByState}.
   */
  @Nullable String reconcile() {
    String key = flow.id() + RECONCILE_SUFFIX;
    {
      HostAdapter adapter = adapter();
      Optional<VersionedCursor> stored = cursors.find(tid, key);
      rc = stored.map(VersionedCursor::cursor).orElse(Cursor.INITIAL);
      rcVersion = stored.map(VersionedCursor::version).orElse(0L);
      Instant scanStart = rc.watermark();
      Set<Long> seen = new HashSet<>(rc.idsAtWatermark());
      // In progress (watermark set), the host cursor is the last id read; idle, it is when the last scan ended.
      long lastId = scanStart == null || rc.hostCursor() == null ? 0 : Long.parseLong(rc.hostCursor());
      if (scanStart == null) {
        scanStart = clock.instant();
        seen.clear();
        lastId = 0;
      }
      java.lang.reflect.Method deletedFlag = deletedFlagAccessor(flow.resource().modelType());
      List<String> fields = new ArrayList<>(List.of("id", "_info"));
      if (deletedFlag != null) {
        fields.add("deletedFlag");
      }
      while (true) {
        renew();
        Query q = Query.builder().conditions(lastId == 0 ? null : Condition.field("id").gt(lastId))
            .orderByAsc("id").pageSize(settings.pageSize()).fields(fields.toArray(String[]::new)).build();
        Page<ConnectWiseRecord> result = rt.gateway().page(flow.resource(), null, q);
        List<ConnectWiseRecord> page = result.items();
        long pageLast = lastId;
        for (ConnectWiseRecord r : page) {
          if (r.id() == null) {
            throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise record without id",
                flow.entityType(), null, "id", null);
          }
          long id = r.id().longValue();
          if (id <= pageLast) {
            // The server ignored the keyset condition or the order: the seen set could not be trusted.
            throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise returned id " + id
                + " after " + pageLast + "; check orderBy and conditions support", flow.entityType(),
                Long.toString(id), "id", null);
          }
          pageLast = id;
          run.read++;
          if (!isFlaggedDeleted(deletedFlag, r)) {
            seen.add(id);
          }
        }
        // An element the client could not read still exists in ConnectWise: seen, never a delete (G6). One whose id
        // is unreadable could be any record, so the scan stops and applies nothing (issue 9 item 5).
        for (io.cwsync.connectwise.DecodeFailure f : result.failures()) {
          if (f.id() == null || f.id() <= lastId) {
            throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "reconciliation cannot tell which record "
                + "this is, so nothing is deleted: " + f.message(), flow.entityType(), null, f.field(), null);
          }
          run.read++;
          seen.add(f.id());
          pageLast = Math.max(pageLast, f.id());
        }
        if (!result.isEmpty()) {
          lastId = pageLast;
          rcCheckpoint(key, new Cursor(scanStart, seen, Long.toString(lastId)));
          run.pages++;
          progress();
        }
        if (result.size() < settings.pageSize() || !result.hasNext()) {
          break;
        }
      }
      applyDiff(adapter, scanStart, seen);
      // The scan is complete whatever the diff did: the next reconciliation starts a fresh one.
      rcCheckpoint(key, new Cursor(null, Set.of(), clock.instant().toString()));
      return guardMessage;
    }
  }

  /**
   * Whether a pass should run a reconciliation step now: the flow has a reconcile interval and either a scan is in
   * progress or the last one completed at least that long ago (or never ran).
   */
  boolean reconcileDue() {
    Duration every = flow.reconcileInterval();
    if (every == null) {
      return false;
    }
    Cursor c = cursors.find(tid, flow.id() + RECONCILE_SUFFIX).map(VersionedCursor::cursor).orElse(Cursor.INITIAL);
    if (c.watermark() != null || c.hostCursor() == null) {
      return true;
    }
    return !Instant.parse(c.hostCursor()).plus(every).isAfter(clock.instant());
  }

  private void rcCheckpoint(String key, Cursor next) {
    if (dry) {
      rc = next;
      return;
    }
    renew();
    if (!next.equals(rc)) {
      Optional<VersionedCursor> w = cursors.compareAndSet(tid, key, rcVersion, next, run.lease.fencingToken());
      if (w.isEmpty()) {
        run.lost = true;
        throw new StopRun(StreamStatus.LEASE_LOST, "reconcile cursor compare-and-set failed: another worker took "
            + "over", null);
      }
      rc = next;
      rcVersion = w.get().version();
    }
  }

  private void applyDiff(HostAdapter adapter, Instant scanStart, Set<Long> seen) {
    guardMessage = null;
    List<Link> linked = links.findByState(tid, flow.entityType(), LinkState.LINKED, Integer.MAX_VALUE);
    List<Link> gone = new ArrayList<>();
    for (Link l : linked) {
      // A link touched after the scan began may point at a record created or relinked behind the scan's keyset
      // position; leave it for the next scan rather than risk a wrong delete.
      if (l.cwId() != null && !seen.contains(l.cwId()) && !l.updatedAt().isAfter(scanStart)) {
        gone.add(l);
      }
    }
    if (gone.isEmpty()) {
      return;
    }
    double share = settings.reconcileMaxDeleteShare();
    if (gone.size() > share * linked.size()) {
      guardMessage = String.format(java.util.Locale.ROOT, "mass-delete guard: the reconciliation would tombstone "
          + "%d of %d linked records (%.1f%%, more than %.1f%%); aborted, nothing tombstoned", gone.size(),
          linked.size(), 100.0 * gone.size() / linked.size(), 100.0 * share);
      StepSupport.LOG.error("{} {}", flow.id(), guardMessage);
      audit(SyncAction.DELETE, Outcome.FAILED, null, null, guardMessage);
      for (SyncListener l : listeners) {
        try {
          l.onMassDeleteAborted(tid, flow.id(), gone.size(), linked.size());
        } catch (RuntimeException e) {
          StepSupport.LOG.warn("listener failed", e);
        }
      }
      return;
    }
    for (Link link : gone) {
      long cwId = Objects.requireNonNull(link.cwId());
      if (dry) {
        record(SyncAction.DELETE, Outcome.DRY_RUN, link.hostId(), cwId, "inferred by reconciliation");
        continue;
      }
      renew();
      try {
        // The host first: if it fails, the link stays LINKED and the next reconciliation tells it again.
        if (link.hostId() != null) {
          fence();
          adapter.delete(link.hostId());
        }
        replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
        record(SyncAction.DELETE, Outcome.SUCCESS, link.hostId(), cwId, "inferred by a complete reconciliation: "
            + "id absent from ConnectWise or flagged deletedFlag; link tombstoned");
      } catch (StopRun e) {
        throw e;
      } catch (RuntimeException e) {
        record(SyncAction.ERROR, Outcome.FAILED, link.hostId(), cwId, "inferred delete failed: " + describe(e));
      }
    }
  }
}
