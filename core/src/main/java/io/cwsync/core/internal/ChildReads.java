package io.cwsync.core.internal;

import io.cwsync.core.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What this node remembers of the children it read, per child flow: for each parent the {@code lastUpdated} it had
 * when its children were last listed in full, and when the last sweep (every parent's children) ran. A child pull
 * lists the children of a parent only when the parent changed since (or was never listed on this node, or a sweep is
 * due), so parents the overlap window returns again cost no request.
 *
 * <p>Design notes. In memory on purpose: a missing entry only means "list the children", as every pass did before,
 * so a restart or another node taking over the flow costs requests, never a missed change. ConnectWise does not move
 * an opportunity's {@code lastUpdated} when one of its forecast items changes (nor a company's for a site, as far as
 * the API shows and as the simulator does), so such a change is found by the sweep, run when the configured interval
 * has passed on this node's clock since the last one (the first on a node after one interval of running), or after
 * the parent flow's reconciliation completed a full scan on this node. Entries
 * of parents behind the overlap window are dropped after each pass: the next scan returns such a parent only if its
 * {@code lastUpdated} moved, and then it is listed anyway.
 *
 * <p>Thread-safe; each flow's state is only changed by the run holding its lease.
 */
final class ChildReads {

  private record Key(TenantId tenant, String flowId) {
  }

  /** One child flow's memory. */
  static final class Flow {
    private final Map<Long, Instant> listedAt = new ConcurrentHashMap<>();
    private volatile @Nullable Instant lastSweep;
    private volatile boolean sweepRequested;

    /** Whether a sweep of every parent is due; the first call starts the interval. */
    boolean sweepDue(Instant now, Duration interval) {
      if (sweepRequested) {
        return true;
      }
      Instant last = lastSweep;
      if (last == null) {
        lastSweep = now;
        return interval.isZero();
      }
      return !now.isBefore(last.plus(interval));
    }

    void swept(Instant at) {
      lastSweep = at;
      sweepRequested = false;
    }

    /** Makes the next child pull a sweep (the parent flow's reconciliation completed a full scan). */
    void requestSweep() {
      sweepRequested = true;
    }

    /** Whether the parent's children were listed on this node when it had this very {@code lastUpdated}. */
    boolean unchanged(long parentCwId, @Nullable Instant lastUpdated) {
      return lastUpdated != null && lastUpdated.equals(listedAt.get(parentCwId));
    }

    /**
     * Remembers that the parent's children were listed in full. Not when the listing ran within the parent's
     * {@code lastUpdated} second: a change in that same second would carry the same {@code lastUpdated}.
     */
    void listed(long parentCwId, @Nullable Instant lastUpdated, Instant now) {
      if (lastUpdated == null || !now.truncatedTo(ChronoUnit.SECONDS).isAfter(lastUpdated)) {
        listedAt.remove(parentCwId);
        return;
      }
      listedAt.put(parentCwId, lastUpdated);
    }

    /** Forgets the parents an incremental scan from {@code horizon} would not return unless they changed. */
    void forgetBefore(Instant horizon) {
      listedAt.values().removeIf(t -> t.isBefore(horizon));
    }

    int size() {
      return listedAt.size();
    }
  }

  private final Map<Key, Flow> flows = new ConcurrentHashMap<>();

  Flow of(TenantId tenant, String flowId) {
    return flows.computeIfAbsent(new Key(tenant, flowId), k -> new Flow());
  }
}
