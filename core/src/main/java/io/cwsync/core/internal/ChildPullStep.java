package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.connectwise.UnauthorizedException;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The pull step of a child flow (such as an opportunity's forecast items): visits the parents changed since the
 * flow's watermark, lists the children of those that changed since this node last listed them (all of them on a
 * sweep, see {@link ChildReads}) and applies them through {@link PullStep#pullOne}, and marks the children that left
 * a listed parent. Confined to the run's thread.
 */
final class ChildPullStep extends Step {

  private final PullStep records;

  ChildPullStep(FlowRun run, PullStep records) {
    super(run);
    this.records = records;
  }

  /**
   * A child flow's pull: the parent resource's records whose {@code lastUpdated} moved since this flow's cursor
   * (a watermark over the parents, not the children, which ConnectWise cannot query across parents), read as
   * {@code id,_info} only and paged by keyset like a normal pull; each one's children are listed in full and
   * applied, and the children that left a visited parent are marked left scope. The cursor moves after each
   * parent page, once every child of the page is stored or queued for retry.
   *
   * <p>Parents inside the overlap window are returned again on every pass, those exactly at the watermark too (G3:
   * no skipped records at cursor ties), but their children are listed only if the parent's {@code lastUpdated} is
   * not the one this node last listed them at ({@link ChildReads}): a parent the overlap returns unchanged costs no
   * request. A listing made within the parent's {@code lastUpdated} second is not remembered, since a change in that
   * second carries the same {@code lastUpdated}. Because ConnectWise does not move a parent's {@code lastUpdated}
   * when only a child changes, a sweep lists the children of every parent in scope, changed or not, once per
   * {@code childSweepInterval}.
   */
  void pullChildren() {
    Flow parent = parentFlow();
    Instant wm = run.cursor.watermark();
    boolean incremental = wm != null;
    ChildReads.Flow reads = run.childReads();
    Instant start = clock.instant();
    boolean sweep = !incremental || reads.sweepDue(start, settings.childSweepInterval());
    // Only parents in the parent flow's scope: children of a filtered-out parent have no host parent to join. A
    // sweep reads every parent, as the first pull does.
    Condition base = rules.pullConditions(parent, incremental && !sweep).orElse(null);
    Condition bound = wm == null || sweep ? null : Condition.field(LAST_UPDATED).ge(wm.minus(settings.overlap()));
    Condition childFilter = rules.pullConditions(flow, false).orElse(null);
    records.scan(parent, and(base, bound), true, p -> {
      long parentCwId = p.id().longValue();
      Instant parentUpdated = lastUpdated(p);
      if (!sweep && reads.unchanged(parentCwId, parentUpdated)) {
        return;
      }
      pullChildrenOf(parentCwId, childFilter);
      reads.listed(parentCwId, parentUpdated, clock.instant());
    });
    if (sweep) {
      reads.swept(start);
    }
    Instant newWm = run.cursor.watermark();
    if (newWm != null) {
      reads.forgetBefore(newWm.minus(settings.overlap()));
    }
  }

  private void pullChildrenOf(long parentCwId, @Nullable Condition childFilter) {
    Query q = Query.builder().conditions(childFilter).orderByAsc("id").pageSize(settings.pageSize()).build();
    List<io.cwsync.connectwise.DecodeFailure> unreadable = new java.util.ArrayList<>();
    List<ConnectWiseRecord> children = rt.gateway().listAll(flow.resource(), parentCwId, q, unreadable);
    Set<Long> listed = new HashSet<>();
    for (ConnectWiseRecord c : children) {
      run.read++;
      if (c.id() != null) {
        listed.add(c.id().longValue());
      }
      records.pullOne(c, parentCwId);
    }
    // Unreadable children are parked and still listed (issue 9 item 5); one without a readable id could be any
    // child, so no child of this parent is taken for gone this time.
    boolean unknownChild = false;
    for (io.cwsync.connectwise.DecodeFailure f : unreadable) {
      run.read++;
      records.parkUnreadable(f, parentCwId);
      if (f.id() == null) {
        unknownChild = true;
      } else {
        listed.add(f.id());
      }
    }
    LinkRef parentLink = parentLink(parentCwId);
    if (parentLink == null || unknownChild) {
      return;
    }
    // Children the host holds under this parent that ConnectWise no longer lists: the list is complete (every
    // page read), so their absence is evidence they left the parent; the host decides what that means.
    for (HostRecord held : adapter().childrenOf(Objects.requireNonNull(parentLink.hostId()))) {
      if (held.hostId() == null) {
        continue;
      }
      Link link = links.findByHostId(tid, flow.entityType(), held.hostId()).orElse(null);
      if (link == null || link.state() != LinkState.LINKED || link.cwId() == null
          || listed.contains(link.cwId())) {
        continue;
      }
      long cwId = link.cwId();
      RetryKey key = new RetryKey(tid, flow.id(), Direction.PULL, childKey(parentCwId, cwId));
      try {
        if (dry) {
          record(SyncAction.LEFT_SCOPE, Outcome.DRY_RUN, link.hostId(), cwId, null);
          continue;
        }
        fence();
        adapter().markLeftScope(held.hostId());
        replaceLink(link, link.withState(LinkState.LEFT_SCOPE, cwId));
        record(SyncAction.LEFT_SCOPE, Outcome.SUCCESS, link.hostId(), cwId,
            "no longer listed under parent " + parentCwId);
      } catch (StopRun | RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (RuntimeException e) {
        fail(key, link.hostId(), cwId, e, null);
      }
    }
  }
}
