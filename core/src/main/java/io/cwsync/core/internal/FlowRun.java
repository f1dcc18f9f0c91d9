package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.ErrorCode;
import io.cwsync.core.ProgressEvent;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncListener;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * One flow's work under one lease: the shared run context of the steps ({@link PullStep}, {@link ChildPullStep},
 * {@link PushStep}, {@link RealTimeStep}, {@link ReconcileStep}). It holds the lease, the cursor and its version,
 * the per-direction counters, and the bookkeeping every step shares: fenced checkpoints, lease renewal, links,
 * failures to the retry queue, audit entries and history. Confined to one thread.
 */
public final class FlowRun {

  private static final Logger LOG = LoggerFactory.getLogger(FlowRun.class);

  private final Engine engine;
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
  final TenantRuntime rt;
  final Tenant tenant;
  final TenantId tid;
  final Flow flow;
  final boolean dry;
  /** Written by the run's thread and the heartbeat, both under this run's monitor. */
  volatile Lease lease;
  volatile boolean lost;
  /** {@link System#nanoTime()} just before the request that granted or last renewed {@link #lease} was sent. */
  private volatile long leaseAskedAt;
  Cursor cursor;
  long cursorVersion;
  // per-direction counters, reset by begin()
  EnumMap<SyncAction, Long> counts = new EnumMap<>(SyncAction.class);
  long read;
  long pages;
  long total = -1;
  Instant started;
  ProgressWindow window;
  Direction direction = Direction.PULL;

  FlowRun(Engine engine, TenantRuntime rt, Flow flow, Lease lease, long leaseAskedAt) {
    this.engine = engine;
    this.links = engine.links;
    this.cursors = engine.cursors;
    this.audit = engine.audit;
    this.history = engine.history;
    this.retries = engine.retries;
    this.leases = engine.leases;
    this.adapters = engine.adapters;
    this.rules = engine.rules;
    this.clock = engine.clock;
    this.listeners = engine.listeners;
    this.settings = engine.settings;
    this.rt = rt;
    this.tenant = rt.tenant();
    this.tid = tenant.id();
    this.flow = flow;
    this.dry = tenant.dryRun();
    this.lease = lease;
    this.leaseAskedAt = leaseAskedAt;
    Optional<VersionedCursor> vc = cursors.find(tid, flow.id());
    this.cursor = vc.map(VersionedCursor::cursor).orElse(Cursor.INITIAL);
    this.cursorVersion = vc.map(VersionedCursor::version).orElse(0L);
    this.started = clock.instant();
    this.window = new ProgressWindow(started, ProgressWindow.DEFAULT_WINDOW);
  }

  public Flow flow() {
    return flow;
  }

  void begin(Direction d) {
    direction = d;
    counts = new EnumMap<>(SyncAction.class);
    read = 0;
    pages = 0;
    total = -1;
    started = clock.instant();
    window = new ProgressWindow(started, ProgressWindow.DEFAULT_WINDOW);
  }

  StreamReport finish(StreamStatus status, @Nullable String error) {
    StreamReport r = new StreamReport(flow.id(), direction, status, counts, read, pages, total, dry, started,
        clock.instant(), error);
    for (SyncListener l : listeners) {
      try {
        l.onStreamFinished(tid, r);
      } catch (RuntimeException e) {
        LOG.warn("listener failed", e);
      }
    }
    if (status == StreamStatus.COMPLETED) {
      LOG.info("{} {}: read {}, {}", flow.id(), direction, read, counts);
    } else {
      LOG.warn("{} {} ended {}: {}", flow.id(), direction, status, error);
    }
    return r;
  }

  void count(SyncAction a, Outcome o, EntityType type) {
    counts.merge(a, 1L, Long::sum);
    for (SyncListener l : listeners) {
      try {
        l.onRecord(tid, flow.id(), type, direction, a, o);
      } catch (RuntimeException e) {
        LOG.warn("listener failed", e);
      }
    }
  }

  void progress() {
    Instant now = clock.instant();
    double secs = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
    ProgressEvent ev = new ProgressEvent(tid, flow.id(), direction, read, total, read / secs,
        window.add(now, read));
    for (SyncListener l : listeners) {
      try {
        l.onProgress(ev);
      } catch (RuntimeException e) {
        LOG.warn("listener failed", e);
      }
    }
  }

  /** Writes the cursor (CAS, fenced) and renews the lease; stops the run if either fails. */
  void checkpoint(Cursor next) {
    if (dry) {
      cursor = next;
      return;
    }
    // Renew first: a worker whose lease lapsed must not write, even before the new holder has written.
    renew();
    if (!next.equals(cursor)) {
      Optional<VersionedCursor> w = cursors.compareAndSet(tid, flow.id(), cursorVersion, next,
          lease.fencingToken());
      if (w.isEmpty()) {
        lost = true;
        throw new StopRun(StreamStatus.LEASE_LOST, "cursor compare-and-set failed: another worker took over", null);
      }
      cursor = next;
      cursorVersion = w.get().version();
    }
  }

  /**
   * Makes sure the lease is held with most of its TTL left before a page or checkpoint: renews it once a third of the
   * TTL has passed, and stops the run if that fails. A lease younger than that needs no round trip: no other worker
   * can have been granted it, since it has not expired.
   */
  void renew() {
    if (!fresh() && !tryRenew()) {
      throw new StopRun(StreamStatus.LEASE_LOST, "lease lost", null);
    }
  }

  /**
   * True if less than a third of the TTL has passed since the lease was granted or renewed, by both this node's
   * monotonic time since the request was sent (the store's expiry counts from later, so a stall of the process
   * shows) and its clock against the expiry (a clock tests move).
   */
  private boolean fresh() {
    if (lost) {
      return false;
    }
    Duration ttl = settings.leaseTtl();
    return System.nanoTime() - leaseAskedAt < ttl.toNanos() / 3
        && clock.instant().isBefore(lease.expiresAt().minus(ttl.minus(ttl.dividedBy(3))));
  }

  /** Renews the lease; false (and the run marked lost) if another worker holds it now. */
  synchronized boolean tryRenew() {
    if (lost) {
      return false;
    }
    Optional<Lease> renewed;
    long asked = System.nanoTime();
    try {
      renewed = leases.renew(lease, settings.leaseTtl());
    } catch (RuntimeException e) {
      // The store is unreachable: the lease may lapse; the next fence decides by its expiry.
      LOG.warn("lease renewal of {} failed", lease.key(), e);
      return !clock.instant().isAfter(lease.expiresAt());
    }
    if (renewed.isEmpty()) {
      lost = true;
      return false;
    }
    lease = renewed.get();
    leaseAskedAt = asked;
    return true;
  }

  /** The heartbeat's tick: renews while the run works; a lost lease stops the run at its next write. */
  void heartbeat() {
    if (!lost && !tryRenew()) {
      LOG.warn("{}: lease lost while running; stopping before the next write", flow.id());
    }
  }

  /**
   * Fences a write (G7): throws if the lease is lost, or has expired by this node's clock and cannot be renewed
   * (a stalled heartbeat), so a worker another node took over from writes nothing more.
   */
  void fence() {
    if (dry) {
      return;
    }
    if (lost || (clock.instant().isAfter(lease.expiresAt()) && !tryRenew())) {
      lost = true;
      throw new StopRun(StreamStatus.LEASE_LOST, "lease lost: another worker may hold the stream", null);
    }
  }

  /** This node's memory of the children this (child) flow listed, kept across runs. */
  ChildReads.Flow childReads() {
    return engine.childReads.of(tid, flow.id());
  }

  HostAdapter adapter() {
    return adapters.adapter(tid, flow.entityType()).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.INVALID_CONFIGURATION, "no host adapter for entity type " + flow.entityType()
            + " of tenant " + tid));
  }

  // ---------------------------------------------------------------- the steps

  /** Pulls the flow: due retries first, then the changed records (a child flow visits its changed parents). */
  public StreamReport pull() {
    return step(Direction.PULL, "pull", () -> {
      adapter();
      PullStep records = new PullStep(this);
      records.retryDue();
      if (flow.parent() == null) {
        records.pullPages();
      } else {
        new ChildPullStep(this, records).pullChildren();
      }
      return null;
    });
  }

  /** Pushes the flow: due retries first, then the host's change feed. */
  public StreamReport push() {
    return step(Direction.PUSH, "push", () -> {
      new PushStep(this).push();
      return null;
    });
  }

  /** Real-time host change: pushes one record now. */
  public StreamReport pushNow(String hostId) {
    return step(Direction.PUSH, "real-time push", () -> {
      new RealTimeStep(this).pushNow(hostId);
      return null;
    });
  }

  /** A ConnectWise callback: re-reads the record and handles it like a polled one; deletes only after a 404. */
  public StreamReport callback(ConnectWiseChange event) {
    return step(Direction.PULL, "callback", () -> {
      new RealTimeStep(this).callback(event);
      return null;
    });
  }

  /** One step of the full-id reconciliation (G6); see {@link ReconcileStep}. */
  public StreamReport reconcile() {
    // Any error voids this step's diff; the checkpointed pages stay and the next call resumes after them.
    StreamReport report = step(Direction.PULL, "reconciliation (no deletes inferred)",
        () -> new ReconcileStep(this).reconcile());
    if (report.status() == StreamStatus.COMPLETED) {
      // A completed full scan of the parents asks their child flows for a sweep on their next pull (issue 14).
      for (Flow child : tenant.flows()) {
        if (flow.id().equals(child.parent())) {
          engine.childReads.of(tid, child.id()).requestSweep();
        }
      }
    }
    return report;
  }

  /** Whether a pass should run a reconciliation step now; see {@link ReconcileStep#reconcileDue}. */
  public boolean reconcileDue() {
    return new ReconcileStep(this).reconcileDue();
  }

  /**
   * Runs one step in {@code direction} and reports it: completed unless {@code body} returns a failure message, and
   * ended by the lease, a throttle or an error otherwise.
   */
  private StreamReport step(Direction direction, String what, Supplier<@Nullable String> body) {
    begin(direction);
    try {
      String failure = body.get();
      return finish(failure == null ? StreamStatus.COMPLETED : StreamStatus.FAILED, failure);
    } catch (StopRun s) {
      return finish(s.status, s.getMessage());
    } catch (RateLimitedException e) {
      // Ends at the last checkpoint and frees this worker; the tenant is due again once the wait is over (G8).
      engine.throttled(tid, e.retryAfter());
      return finish(StreamStatus.THROTTLED, describe(e));
    } catch (RuntimeException e) {
      LOG.warn("{} of {} failed", what, flow.id(), e);
      return finish(StreamStatus.FAILED, describe(e));
    }
  }

  // ---------------------------------------------------------------- bookkeeping

  Link replaceLink(Link expected, Link replacement) {
    fence();
    return links.replace(expected, replacement).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.CONCURRENT_MODIFICATION, "link changed concurrently", flow.entityType(),
        expected.hostId() != null ? expected.hostId() : String.valueOf(expected.cwId()), null, null));
  }

  void fail(RetryKey key, @Nullable String hostId, @Nullable Long cwId, RuntimeException e,
      @Nullable String fp) {
    ErrorCode code = classify(e);
    if (e instanceof io.cwsync.connectwise.RecordDecodeException && key.direction() == Direction.PUSH) {
      // A ConnectWise answer read while pushing (the record to update, a lookup) was unreadable: a fault of that
      // answer, not of the host record; retried with backoff rather than parked at once.
      code = CoreErrorCode.TRANSIENT;
    }
    String message = describe(e);
    String reason = message.startsWith(code.code() + ":") ? message : code.code() + ": " + message;
    int max = code.retryable() ? settings.maxAttempts() : 1;
    if (dry) {
      if (code.code().equals("UNKNOWN_REFERENCE") || code == CoreErrorCode.MISSING_REFERENCE) {
        // A dry run creates nothing, so a record referring to one it would create cannot resolve the reference:
        // what it would do depends on that create, not an error of this record.
        record(SyncAction.SKIP, Outcome.DRY_RUN, hostId, cwId, "would sync once its reference exists: " + reason);
        return;
      }
      record(SyncAction.ERROR, Outcome.FAILED, hostId, cwId, reason);
      return;
    }
    fence();
    Instant now = clock.instant();
    int attempt = retries.find(key).map(RetryItem::attempts).orElse(0) + 1;
    RetryItem item = retries.recordFailure(new Failure(key, flow.entityType(), reason, now,
        now.plus(backoff(attempt)), max, fp));
    if (item.state() == RetryState.PARKED && code == CoreErrorCode.AMBIGUOUS_MATCH) {
      record(SyncAction.CONFLICT, Outcome.FAILED, hostId, cwId, reason);
    }
    SyncAction action = item.state() == RetryState.PARKED ? SyncAction.PARKED : SyncAction.ERROR;
    record(action, Outcome.FAILED, hostId, cwId, reason);
    LOG.warn("{} {} record {} failed (attempt {}, {}): {}", flow.id(), key.direction(), key.recordId(),
        item.attempts(), item.state(), reason);
  }

  Duration backoff(int attempt) {
    long base = settings.backoffBase().toMillis();
    long max = settings.backoffMax().toMillis();
    long d = base << Math.min(20, Math.max(0, attempt - 1));
    d = Math.min(max, d < 0 ? max : d);
    // Jitter of up to 20% spreads retries of records that failed together.
    return Duration.ofMillis(d + (long) (d * 0.2 * ThreadLocalRandom.current().nextDouble()));
  }

  void record(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
      @Nullable String reason) {
    count(action, outcome, flow.entityType());
    audit(action, outcome, hostId, cwId, reason);
    // A dry run reports through audit entries only; the records' history stays untouched.
    if ((hostId != null || cwId != null) && outcome != Outcome.DRY_RUN) {
      history.append(new HistoryEntry(tid, flow.entityType(), hostId, cwId, direction, action, outcome,
          reason == null ? "" : reason, clock.instant(), 0));
    }
  }

  void audit(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
      @Nullable String reason) {
    audit.append(new AuditEntry(tid, flow.id(), flow.entityType(), direction, hostId, cwId, action, outcome,
        reason, rt.gateway().deepLink(flow.resource(), cwId), clock.instant()));
  }

  boolean skipForRetryState(RetryItem item, RetryKey key, String fp) {
    if (item.state() == RetryState.IGNORED) {
      count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
      return true;
    }
    if (item.state() == RetryState.RETRYING && Objects.equals(item.fingerprint(), fp)
        && item.nextAttemptAt().isAfter(clock.instant())) {
      // Unchanged and backing off: met again through the pull overlap or the host feed, it would otherwise be
      // attempted (and reported) again in the same pass. The queue retries it once due (G8).
      count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
      return true;
    }
    if (item.state() == RetryState.PARKED) {
      if (Objects.equals(item.fingerprint(), fp)) {
        // Unchanged since it was parked: stays parked and out of the error report (G8).
        count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
        return true;
      }
      if (!dry) {
        retries.touch(key, fp, clock.instant());
      }
    }
    return false;
  }

  Flow parentFlow() {
    String id = Objects.requireNonNull(flow.parent());
    return tenant.flow(id).orElseThrow(() -> new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
        "unknown parent flow " + id + " of flow " + flow.id()));
  }

  @Nullable LinkRef parentLink(long parentCwId) {
    return links.findRefByCwId(tid, parentFlow().entityType(), parentCwId)
        .filter(l -> l.state() == LinkState.LINKED && l.hostId() != null).orElse(null);
  }
}
