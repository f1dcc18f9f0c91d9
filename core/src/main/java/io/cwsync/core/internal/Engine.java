package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncListener;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.SyncRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs streams: takes a flow's lease and hands a {@link FlowRun} (the shared run context) to the work, which calls
 * the steps: {@link PullStep} and {@link ChildPullStep} (ConnectWise to host), {@link PushStep} (host to ConnectWise,
 * crash-safe creates), {@link RealTimeStep} (host changes and callbacks) and {@link ReconcileStep} (G6).
 *
 * <p>Design notes. A flow's pull and push run under one lease per (tenant, flow). Every store write that moves a
 * stream forward (the cursor) is a compare-and-set fenced by the lease token; a failed CAS or renewal ends the run
 * as {@link StreamStatus#LEASE_LOST} before anything else is written. Records are applied idempotently (links and
 * fingerprints), so re-reading a page after a crash or a throttle is harmless (G1, G2). A failure of one record is
 * first made durable in the retry queue and only then does the page's checkpoint move past it (P5).
 *
 * <p>Fingerprints live in the host value space. A link's host fingerprint is the hash of its snapshot: the host
 * values both sides agreed on at the last sync. Host edits made since then are therefore visible to a push even when
 * a pull wrote other fields of the same record in between (three-way merge, G5c).
 *
 * <p>Thread-safety: stateless apart from its collaborators, which are thread-safe; one {@link FlowRun} is confined
 * to one thread.
 */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  final LinkStore links;
  final CursorStore cursors;
  final AuditLog audit;
  final HistoryStore history;
  final RetryQueue retries;
  final LeaseStore leases;
  final HostAdapterRegistry adapters;
  final SyncRules rules;
  final Clock clock;
  final List<SyncListener> listeners;
  final Settings settings;
  private final Set<LeaseKey> localRuns = ConcurrentHashMap.newKeySet();
  /** Which parents' children this node listed, so child pulls skip unchanged parents (issue 14). */
  final ChildReads childReads = new ChildReads();
  /** When each throttled tenant may send requests again, from ConnectWise's {@code Retry-After}. */
  private final Map<TenantId, Instant> throttledUntil = new ConcurrentHashMap<>();
  /** The wait assumed when a 429 carries no {@code Retry-After}. */
  static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofMinutes(1);
  /** The error of a {@link StreamStatus#LEASE_HELD} report when another thread of this node runs the stream. */
  public static final String HELD_ON_THIS_NODE = "stream already running on this node";

  /**
   * Renews the leases of running flows between their checkpoints, so a long page never outlives its lease. Most
   * runs (an idle poll) end long before their first beat: a cancelled beat leaves the queue at once rather than at
   * its due time, so the queue holds only the runs in progress.
   */
  private final java.util.concurrent.ScheduledThreadPoolExecutor heartbeat = heartbeatExecutor();

  private static java.util.concurrent.ScheduledThreadPoolExecutor heartbeatExecutor() {
    java.util.concurrent.ScheduledThreadPoolExecutor e = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "cwsync-lease-heartbeat");
      t.setDaemon(true);
      return t;
    });
    e.setRemoveOnCancelPolicy(true);
    return e;
  }

  public Engine(LinkStore links, CursorStore cursors, AuditLog audit, HistoryStore history, RetryQueue retries,
      LeaseStore leases, HostAdapterRegistry adapters, SyncRules rules, Clock clock, List<SyncListener> listeners,
      Settings settings) {
    this.links = links;
    this.cursors = cursors;
    this.audit = audit;
    this.history = history;
    this.retries = retries;
    this.leases = leases;
    this.adapters = adapters;
    this.rules = rules;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
    this.settings = settings;
  }

  public Clock clock() {
    return clock;
  }

  /** The kind of work one lease-holding call does on a flow. */
  public interface Work {
    List<StreamReport> run(FlowRun run);
  }

  /**
   * Runs {@code work} on a flow under its lease, with the tenant and flow in the MDC.
   *
   * @return the stream reports; a {@link StreamStatus#LEASE_HELD} report per direction if another node holds it
   */
  public List<StreamReport> withFlow(TenantRuntime rt, Flow flow, Work work) {
    TenantId tenant = rt.tenant().id();
    MDC.put("cwsync.tenant", tenant.value());
    MDC.put("cwsync.flow", flow.id());
    Instant start = clock.instant();
    try {
      LeaseKey key = new LeaseKey(tenant, flow.id());
      // Leases are re-entrant per node, so threads of this node (a scheduled pass and a real-time event) exclude
      // each other here first.
      if (!localRuns.add(key)) {
        List<StreamReport> out = new ArrayList<>();
        for (Direction d : directions(flow)) {
          out.add(new StreamReport(flow.id(), d, StreamStatus.LEASE_HELD, Map.of(), 0, 0, -1,
              rt.tenant().dryRun(), start, clock.instant(), HELD_ON_THIS_NODE));
        }
        return out;
      }
      try {
        return withLease(rt, flow, work, key, start);
      } finally {
        localRuns.remove(key);
      }
    } finally {
      MDC.remove("cwsync.tenant");
      MDC.remove("cwsync.flow");
    }
  }

  private List<StreamReport> withLease(TenantRuntime rt, Flow flow, Work work, LeaseKey key, Instant start) {
    long asked = System.nanoTime();
    Optional<Lease> lease = leases.tryAcquire(key, settings.nodeId(), settings.leaseTtl());
    if (lease.isEmpty()) {
      LOG.debug("lease on {} held by another node; skipping", key);
      List<StreamReport> out = new ArrayList<>();
      for (Direction d : directions(flow)) {
        out.add(new StreamReport(flow.id(), d, StreamStatus.LEASE_HELD, Map.of(), 0, 0, -1,
            rt.tenant().dryRun(), start, clock.instant(), "lease held by another node"));
      }
      return out;
    }
    FlowRun run;
    try {
      run = new FlowRun(this, rt, flow, lease.get(), asked);
    } catch (RuntimeException e) {
      leases.release(lease.get());
      LOG.warn("cannot read the cursor of {}", key, e);
      List<StreamReport> out = new ArrayList<>();
      for (Direction d : directions(flow)) {
        out.add(new StreamReport(flow.id(), d, StreamStatus.FAILED, Map.of(), 0, 0, -1, rt.tenant().dryRun(),
            start, clock.instant(), "cursor store failed: " + describe(e)));
      }
      return out;
    }
    // Heartbeat: renew at a third of the TTL while the work runs (G7); a failed renewal marks the run lost, and the
    // run checks that before every write.
    long every = Math.max(50, settings.leaseTtl().toMillis() / 3);
    java.util.concurrent.ScheduledFuture<?> beat = heartbeat.scheduleWithFixedDelay(run::heartbeat, every, every,
        java.util.concurrent.TimeUnit.MILLISECONDS);
    try {
      return work.run(run);
    } finally {
      beat.cancel(false);
      synchronized (run) {
        if (!run.lost) {
          leases.release(run.lease);
        }
        run.lost = true;
      }
    }
  }

  static List<Direction> directions(Flow flow) {
    List<Direction> out = new ArrayList<>(2);
    if (flow.direction().pulls()) {
      out.add(Direction.PULL);
    }
    if (flow.direction().pushes()) {
      out.add(Direction.PUSH);
    }
    return out;
  }

  /** Records that ConnectWise throttled {@code tenant} for {@code retryAfter} (a default wait if it said none). */
  void throttled(TenantId tenant, @Nullable Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter == null || retryAfter.isNegative() ? DEFAULT_THROTTLE_WAIT
        : retryAfter);
    throttledUntil.merge(tenant, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /**
   * When {@code tenant} may be polled again after a throttle, and forgets it; empty if it was not throttled.
   *
   * @param tenant the tenant
   * @return the instant the wait ends
   */
  public Optional<Instant> takeThrottledUntil(TenantId tenant) {
    return Optional.ofNullable(throttledUntil.remove(tenant));
  }

  /** Stops the lease heartbeat; runs still going lose their lease at its expiry. */
  public void close() {
    heartbeat.shutdownNow();
  }
}
