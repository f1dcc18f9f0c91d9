package io.cwsync.core.internal;

import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.ConnectWiseException;
import io.cwsync.connectwise.ConnectWiseServiceException;
import io.cwsync.connectwise.CreateOutcomeUnknownException;
import io.cwsync.connectwise.ForbiddenException;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.Patch;
import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.connectwise.UnauthorizedException;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CallbackEvent;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.ErrorCode;
import io.cwsync.core.Fingerprints;
import io.cwsync.core.ProgressEvent;
import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncListener;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.model.UpdatePolicy;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs streams: the pull and push algorithms, crash-safe creates, echo suppression, retries and parking.
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
  static final String LAST_UPDATED = "lastUpdated";

  private final LinkStore links;
  private final CursorStore cursors;
  private final AuditLog audit;
  private final HistoryStore history;
  private final RetryQueue retries;
  private final LeaseStore leases;
  private final HostAdapterRegistry adapters;
  private final SyncRules rules;
  private final Clock clock;
  private final List<SyncListener> listeners;
  private final Settings settings;
  private final Set<LeaseKey> localRuns = ConcurrentHashMap.newKeySet();

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

  /** Thrown inside a run to stop it; never escapes the engine. */
  private static final class StopRun extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final StreamStatus status;

    StopRun(StreamStatus status, String message, @Nullable Throwable cause) {
      super(message, cause, false, false);
      this.status = status;
    }
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
              rt.tenant().dryRun(), start, clock.instant(), "stream already running on this node"));
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
      run = new FlowRun(rt, flow, lease.get());
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
    try {
      return work.run(run);
    } finally {
      if (!run.lost) {
        leases.release(run.lease);
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

  /** One flow's work under one lease: pull, push, retries and real-time records. Confined to one thread. */
  public final class FlowRun {
    final TenantRuntime rt;
    final Tenant tenant;
    final TenantId tid;
    final Flow flow;
    final boolean dry;
    Lease lease;
    boolean lost;
    Cursor cursor;
    long cursorVersion;
    // per-direction counters, reset by begin()
    EnumMap<SyncAction, Long> counts = new EnumMap<>(SyncAction.class);
    long read;
    long pages;
    long total = -1;
    Instant started;
    Direction direction = Direction.PULL;

    FlowRun(TenantRuntime rt, Flow flow, Lease lease) {
      this.rt = rt;
      this.tenant = rt.tenant();
      this.tid = tenant.id();
      this.flow = flow;
      this.dry = tenant.dryRun();
      this.lease = lease;
      Optional<VersionedCursor> vc = cursors.find(tid, flow.id());
      this.cursor = vc.map(VersionedCursor::cursor).orElse(Cursor.INITIAL);
      this.cursorVersion = vc.map(VersionedCursor::version).orElse(0L);
      this.started = clock.instant();
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
      double secs = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
      ProgressEvent ev = new ProgressEvent(tid, flow.id(), direction, read, total, read / secs);
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

    void renew() {
      Optional<Lease> renewed = leases.renew(lease, settings.leaseTtl());
      if (renewed.isEmpty()) {
        lost = true;
        throw new StopRun(StreamStatus.LEASE_LOST, "lease lost", null);
      }
      lease = renewed.get();
    }

    HostAdapter adapter() {
      return adapters.adapter(tid, flow.entityType()).orElseThrow(() -> new CwsyncException(
          CoreErrorCode.INVALID_CONFIGURATION, "no host adapter for entity type " + flow.entityType()
              + " of tenant " + tid));
    }

    // ---------------------------------------------------------------- pull

    public StreamReport pull() {
      begin(Direction.PULL);
      try {
        adapter();
        retryDue(Direction.PULL);
        if (flow.parent() == null) {
          pullPages();
        } else {
          pullChildren();
        }
        return finish(StreamStatus.COMPLETED, null);
      } catch (StopRun s) {
        return finish(s.status, s.getMessage());
      } catch (RateLimitedException e) {
        return finish(StreamStatus.THROTTLED, describe(e));
      } catch (RuntimeException e) {
        LOG.warn("pull of {} failed", flow.id(), e);
        return finish(StreamStatus.FAILED, describe(e));
      }
    }

    private void pullPages() {
      Instant wm = cursor.watermark();
      boolean incremental = wm != null;
      Condition base = rules.pullConditions(flow, incremental).orElse(null);
      Condition bound = wm == null ? null : Condition.field(LAST_UPDATED).ge(wm.minus(settings.overlap()));
      Condition filter = and(base, bound);
      if (!incremental) {
        // Totals for progress.
        total = rt.gateway().count(flow.resource(), null, Query.builder().conditions(filter).build());
      }
      scan(flow, filter, false, r -> {
        read++;
        pullOne(r, null);
      });
    }

    /**
     * A child flow's pull: the parent resource's records whose {@code lastUpdated} moved since this flow's cursor
     * (a watermark over the parents, not the children, which ConnectWise cannot query across parents), read as
     * {@code id,_info} only and paged by keyset like a normal pull; each one's children are listed in full and
     * applied, and the children that left a visited parent are marked left scope. The cursor moves after each
     * parent page, once every child of the page is stored or queued for retry.
     *
     * <p>Parents inside the overlap window are listed again on every pass, those exactly at the watermark too:
     * {@code lastUpdated} has one-second resolution, so a parent whose children changed again within the second
     * already stored carries the same {@code lastUpdated} (G3: no skipped records at cursor ties). Re-listed
     * children that did not change are deduplicated by their fingerprints and write nothing.
     */
    private void pullChildren() {
      Flow parent = parentFlow();
      Instant wm = cursor.watermark();
      boolean incremental = wm != null;
      // Only parents in the parent flow's scope: children of a filtered-out parent have no host parent to join.
      Condition base = rules.pullConditions(parent, incremental).orElse(null);
      Condition bound = wm == null ? null : Condition.field(LAST_UPDATED).ge(wm.minus(settings.overlap()));
      Condition childFilter = rules.pullConditions(flow, false).orElse(null);
      scan(parent, and(base, bound), true, p -> pullChildrenOf(p.id().longValue(), childFilter));
    }

    private void pullChildrenOf(long parentCwId, @Nullable Condition childFilter) {
      Query q = Query.builder().conditions(childFilter).orderByAsc("id").pageSize(settings.pageSize()).build();
      List<ConnectWiseRecord> children = rt.gateway().listAll(flow.resource(), parentCwId, q);
      Set<Long> listed = new HashSet<>();
      for (ConnectWiseRecord c : children) {
        read++;
        if (c.id() != null) {
          listed.add(c.id().longValue());
        }
        pullOne(c, parentCwId);
      }
      Link parentLink = parentLink(parentCwId);
      if (parentLink == null) {
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

    private Flow parentFlow() {
      String id = Objects.requireNonNull(flow.parent());
      return tenant.flow(id).orElseThrow(() -> new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
          "unknown parent flow " + id + " of flow " + flow.id()));
    }

    private @Nullable Link parentLink(long parentCwId) {
      return links.findByCwId(tid, parentFlow().entityType(), parentCwId)
          .filter(l -> l.state() == LinkState.LINKED && l.hostId() != null).orElse(null);
    }

    /**
     * Reads {@code source}'s resource ordered by {@code lastUpdated, id} and paged by keyset, hands each record to
     * {@code each}, and checkpoints this flow's watermark after every page.
     */
    private void scan(Flow source, @Nullable Condition filter, boolean idsOnly,
        java.util.function.Consumer<ConnectWiseRecord> each) {
      Instant lastT = null;
      long lastId = 0;
      Instant newWm = cursor.watermark();
      Set<Long> newIds = new HashSet<>(cursor.idsAtWatermark());
      while (true) {
        renew();
        Condition keyset = lastT == null ? null
            : Condition.anyOf(Condition.field(LAST_UPDATED).gt(lastT),
                Condition.allOf(Condition.field(LAST_UPDATED).eq(lastT), Condition.field("id").gt(lastId)));
        Query.Builder qb = Query.builder().conditions(and(filter, keyset)).orderByAsc(LAST_UPDATED)
            .orderByAsc("id").pageSize(settings.pageSize());
        if (idsOnly) {
          qb.fields("id", "_info");
        }
        Page<ConnectWiseRecord> result = rt.gateway().page(source.resource(), null, qb.build());
        List<ConnectWiseRecord> page = result.items();
        for (ConnectWiseRecord r : page) {
          each.accept(r);
        }
        for (ConnectWiseRecord r : page) {
          Instant t = lastUpdated(r);
          if (t == null || r.id() == null) {
            continue;
          }
          if (newWm == null || t.isAfter(newWm)) {
            newWm = t;
            newIds = new HashSet<>();
          }
          if (t.equals(newWm)) {
            newIds.add(r.id().longValue());
          }
        }
        if (!page.isEmpty()) {
          checkpoint(cursor.withWatermark(newWm, newIds));
          pages++;
          progress();
        }
        // A short page, or a full one without a rel="next" link, ends the scan. Not the /count total: it is taken
        // before the scan, so records that arrive during it (often tied on lastUpdated with the last page) would
        // be left for the next pass (acceptance test: ties across pages with more arriving after page 1). The
        // server's "no next page" is as of this query, so the last full page costs no extra empty request; and
        // were a server to omit the link wrongly, the records after this page still have lastUpdated >= the new
        // watermark and the next pass reads them.
        if (page.size() < settings.pageSize() || !result.hasNext()) {
          return;
        }
        ConnectWiseRecord last = page.get(page.size() - 1);
        Instant t = lastUpdated(last);
        if (t == null || last.id() == null) {
          throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise record without _info/lastUpdated or "
              + "id; cannot page by lastUpdated", source.entityType(), String.valueOf(last.id()), "_info", null);
        }
        if (lastT != null && (t.isBefore(lastT) || (t.equals(lastT) && last.id() <= lastId))) {
          // The server ignored the keyset condition or its order: paging on would loop forever.
          throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise returned a page that does not "
              + "advance past (" + lastT + ", " + lastId + "); check orderBy and conditions support",
              source.entityType(), String.valueOf(last.id()), LAST_UPDATED, null);
        }
        lastT = t;
        lastId = last.id();
      }
    }

    /** Handles one ConnectWise record (polled, retried or from a callback); failures go to the retry queue. */
    void pullOne(ConnectWiseRecord r, @Nullable Long parentCwId) {
      if (r.id() == null) {
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise record without id",
            flow.entityType(), null, "id", null);
      }
      long cwId = r.id().longValue();
      RetryKey key = new RetryKey(tid, flow.id(), Direction.PULL,
          parentCwId == null ? Long.toString(cwId) : childKey(parentCwId, cwId));
      String fp = null;
      try {
        String parentHostId = null;
        if (parentCwId != null) {
          Link parentLink = parentLink(parentCwId);
          if (parentLink == null) {
            throw new CwsyncException(CoreErrorCode.MISSING_REFERENCE, "parent " + parentFlow().entityType() + " "
                + parentCwId + " is not linked to a host record yet", flow.entityType(), Long.toString(cwId),
                "parent", null);
          }
          parentHostId = parentLink.hostId();
        }
        Ctx ctx = new Ctx(Set.of(), parentCwId, parentHostId);
        fp = Fingerprints.of(rules.cwFingerprint(flow, r, ctx));
        Optional<RetryItem> item = retries.find(key);
        if (item.isPresent() && skipForRetryState(item.get(), key, fp)) {
          return;
        }
        handlePull(r, cwId, fp, ctx);
        if (item.isPresent() && !dry) {
          retries.resolve(key);
        }
      } catch (StopRun | RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (RuntimeException e) {
        fail(key, null, cwId, e, fp);
      }
    }

    private boolean skipForRetryState(RetryItem item, RetryKey key, String fp) {
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
      if (item.state() == RetryState.RETRYING && item.nextAttemptAt().isAfter(clock.instant())
          && Objects.equals(item.fingerprint(), fp)) {
        // Seen again (overlap, callback) before its backoff ran out and unchanged: the due retry handles it.
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

    private void handlePull(ConnectWiseRecord r, long cwId, String cwFp, Ctx ctx) {
      EntityType type = flow.entityType();
      Link link = links.findByCwId(tid, type, cwId).orElse(null);
      Instant lu = lastUpdated(r);
      if (rules.pullScope(flow, r, ctx) == Scope.OUT_OF_SCOPE) {
        if (link != null && link.state() == LinkState.LINKED && link.hostId() != null) {
          if (dry) {
            record(SyncAction.LEFT_SCOPE, Outcome.DRY_RUN, link.hostId(), cwId, null);
            return;
          }
          adapter().markLeftScope(link.hostId());
          replaceLink(link, link.withState(LinkState.LEFT_SCOPE, cwId));
          record(SyncAction.LEFT_SCOPE, Outcome.SUCCESS, link.hostId(), cwId, "no longer matches the filters");
        } else {
          count(SyncAction.SKIP, Outcome.SUCCESS, type);
        }
        return;
      }
      if (link != null && (link.state() == LinkState.TOMBSTONED || link.state() == LinkState.PENDING_CREATE)) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      if (link != null && link.cwLastUpdated() != null && lu != null && lu.isBefore(link.cwLastUpdated())) {
        // An older version than the one already applied (a stale poll after a fresher callback, P11).
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      if (link != null && link.state() == LinkState.LINKED && cwFp.equals(link.cwFingerprint())) {
        if (link.cwEchoPending()) {
          if (!dry) {
            replaceLink(link, link.withEchoes(link.hostEchoPending(), false, later(link.cwLastUpdated(), lu),
                clock.instant()));
          }
          record(SyncAction.ECHO, Outcome.SUCCESS, link.hostId(), cwId, "our own write came back");
        } else {
          count(SyncAction.SKIP, Outcome.SUCCESS, type);
        }
        return;
      }
      HostAdapter adapter = adapter();
      HostRecord match = null;
      if (link == null) {
        match = adapter.findByConnectWiseId(cwId).orElse(null);
        if (match == null) {
          Optional<Map<String, Object>> nk = rules.hostNaturalKey(flow, r, ctx);
          if (nk.isPresent()) {
            List<HostRecord> found = adapter.findByNaturalKey(nk.get());
            if (found.size() > 1) {
              throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, found.size() + " host records match "
                  + nk.get() + "; link one by hand", type, Long.toString(cwId), null, null);
            }
            match = found.isEmpty() ? null : found.get(0);
          }
        }
        if (match != null && match.hostId() != null) {
          Optional<Link> other = links.findByHostId(tid, type, match.hostId());
          if (other.isPresent()) {
            throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "host record " + match.hostId()
                + " matches but is already linked to ConnectWise id " + other.get().cwId(), type,
                Long.toString(cwId), null, null);
          }
        }
        if (match == null) {
          createInHost(r, cwId, cwFp, lu, ctx);
          return;
        }
      }
      if (link != null && flow.pullPolicy() == UpdatePolicy.CREATE_ONLY) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      HostRecord existing = match;
      if (existing == null) {
        existing = adapter.find(Objects.requireNonNull(link.hostId())).orElse(null);
        if (existing == null) {
          if (!dry) {
            replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
          }
          record(SyncAction.SKIP, dry ? Outcome.DRY_RUN : Outcome.SUCCESS, link.hostId(), cwId,
              "host record is gone; link tombstoned");
          return;
        }
      }
      updateInHost(r, cwId, cwFp, lu, link, existing, match != null, ctx);
    }

    /** A pulled child record joins its host parent unless the rules already set one. */
    private HostRecord withParent(HostRecord mapped, Ctx ctx) {
      if (ctx.parentHostId == null || mapped.parentHostId() != null) {
        return mapped;
      }
      return mapped.toBuilder().parentHostId(ctx.parentHostId).build();
    }

    private void createInHost(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu, Ctx ctx) {
      HostRecord mapped = withParent(rules.toHost(flow, r, null, ctx), ctx);
      if (dry) {
        record(SyncAction.CREATE, Outcome.DRY_RUN, null, cwId, null);
        return;
      }
      HostAdapter adapter = adapter();
      String hostId = adapter.create(mapped.toBuilder().hostId(null).build());
      adapter.writeBackConnectWiseId(hostId, cwId);
      HostRecord stored = mapped.withHostId(hostId);
      Map<String, Object> snap = Fingerprints.normalize(rules.hostFingerprint(flow, stored, ctx));
      Link nl = Link.linked(tid, flow.entityType(), hostId, cwId, clock.instant())
          .withSynced(Fingerprints.of(snap), cwFp, lu, snap, true, false, clock.instant());
      if (!links.putIfAbsent(nl).inserted()) {
        throw new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "a link for host id " + hostId
            + " or ConnectWise id " + cwId + " appeared concurrently", flow.entityType(), hostId, null, null);
      }
      record(SyncAction.CREATE, Outcome.SUCCESS, hostId, cwId, null);
    }

    private void updateInHost(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu,
        @Nullable Link link, HostRecord existing, boolean linking, Ctx ctx) {
      String hostId = Objects.requireNonNull(existing.hostId(), "existing host record without id");
      HostRecord mapped = withParent(rules.toHost(flow, r, existing, ctx), ctx).toBuilder().hostId(hostId).build();
      Map<String, Object> existingFp = Fingerprints.normalize(rules.hostFingerprint(flow, existing, ctx));
      if (link != null && !link.snapshot().isEmpty()) {
        // Three-way merge: a field ConnectWise did not change since the last sync, but the host did, keeps the
        // host's newer value (the coming push sends it); only fields ConnectWise changed are written.
        HostRecord.Builder kept = mapped.toBuilder();
        boolean dropped = false;
        for (String k : mapped.fields().keySet()) {
          Object agreedValue = link.snapshot().get(k);
          if (agreedValue != null && agreedValue.equals(Fingerprints.normalizeValue(mapped.field(k)))
              && !Objects.equals(existingFp.get(k), agreedValue)) {
            kept.remove(k);
            dropped = true;
          }
        }
        if (dropped) {
          mapped = kept.build();
        }
      }
      HostRecord merged = existing.toBuilder().fields(mapped.fields()).build();
      Map<String, Object> mergedFp = Fingerprints.normalize(rules.hostFingerprint(flow, merged, ctx));
      Map<String, Object> agreed = new TreeMap<>(mergedFp);
      if (link != null) {
        // Host edits not yet pushed stay "unagreed", so the next push still sees them (G5c).
        Set<String> keys = new TreeSet<>(existingFp.keySet());
        keys.addAll(link.snapshot().keySet());
        for (String k : keys) {
          if (!mapped.fields().containsKey(k) && !Objects.equals(existingFp.get(k), link.snapshot().get(k))) {
            Object old = link.snapshot().get(k);
            if (old == null) {
              agreed.remove(k);
            } else {
              agreed.put(k, old);
            }
          }
        }
      }
      boolean hostChanges = !mergedFp.equals(existingFp);
      SyncAction action = linking ? SyncAction.LINK : hostChanges ? SyncAction.UPDATE : SyncAction.SKIP;
      if (dry) {
        if (action == SyncAction.SKIP) {
          count(action, Outcome.DRY_RUN, flow.entityType());
        } else {
          record(action, Outcome.DRY_RUN, hostId, cwId, null);
        }
        return;
      }
      if (hostChanges) {
        adapter().update(mapped);
      }
      if (linking) {
        adapter().writeBackConnectWiseId(hostId, cwId);
      }
      Instant now = clock.instant();
      boolean hostEcho = hostChanges || (link != null && link.hostEchoPending());
      if (link == null) {
        Link nl = Link.linked(tid, flow.entityType(), hostId, cwId, now)
            .withSynced(Fingerprints.of(agreed), cwFp, lu, agreed, hostEcho, false, now);
        if (!links.putIfAbsent(nl).inserted()) {
          throw new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "a link for host id " + hostId
              + " or ConnectWise id " + cwId + " appeared concurrently", flow.entityType(), hostId, null, null);
        }
      } else {
        replaceLink(link, link.withState(LinkState.LINKED, cwId)
            .withSynced(Fingerprints.of(agreed), cwFp, later(link.cwLastUpdated(), lu), agreed, hostEcho, false,
                now));
      }
      if (action == SyncAction.SKIP) {
        count(action, Outcome.SUCCESS, flow.entityType());
      } else {
        record(action, Outcome.SUCCESS, hostId, cwId, linking ? "matched an existing host record" : null);
      }
    }

    // ---------------------------------------------------------------- push

    public StreamReport push() {
      begin(Direction.PUSH);
      try {
        HostAdapter adapter = adapter();
        retryDue(Direction.PUSH);
        String hc = cursor.hostCursor();
        while (true) {
          renew();
          HostChanges ch = adapter.changesSince(hc, settings.hostBatchSize());
          for (HostRecord h : ch.records()) {
            read++;
            pushOne(h);
          }
          if (ch.cursor() != null) {
            checkpoint(cursor.withHostCursor(ch.cursor()));
          }
          if (!ch.records().isEmpty()) {
            pages++;
            progress();
          }
          hc = ch.cursor();
          if (!ch.hasMore() || ch.records().isEmpty()) {
            break;
          }
        }
        return finish(StreamStatus.COMPLETED, null);
      } catch (StopRun s) {
        return finish(s.status, s.getMessage());
      } catch (RateLimitedException e) {
        return finish(StreamStatus.THROTTLED, describe(e));
      } catch (RuntimeException e) {
        LOG.warn("push of {} failed", flow.id(), e);
        return finish(StreamStatus.FAILED, describe(e));
      }
    }

    /** Handles one host record (from the change feed, a retry or a real-time event). */
    void pushOne(HostRecord h) {
      if (h.hostId() == null) {
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "host change without host id", flow.entityType(),
            null, "hostId", null);
      }
      RetryKey key = new RetryKey(tid, flow.id(), Direction.PUSH, h.hostId());
      String fp = null;
      Long cwId = null;
      try {
        Long parentCwId = parentCwId(h);
        Ctx ctx = new Ctx(Set.of(), parentCwId);
        Map<String, Object> hostFpMap = Fingerprints.normalize(rules.hostFingerprint(flow, h, ctx));
        fp = Fingerprints.of(hostFpMap);
        Optional<RetryItem> item = retries.find(key);
        if (item.isPresent() && skipForRetryState(item.get(), key, fp)) {
          return;
        }
        Link link = links.findByHostId(tid, flow.entityType(), h.hostId()).orElse(null);
        cwId = link == null ? null : link.cwId();
        handlePush(h, link, hostFpMap, fp, parentCwId);
        if (item.isPresent() && !dry) {
          retries.resolve(key);
        }
      } catch (StopRun | RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (RuntimeException e) {
        fail(key, h.hostId(), cwId, e, fp);
      }
    }

    private @Nullable Long parentCwId(HostRecord h) {
      if (flow.parent() == null) {
        return null;
      }
      Flow parent = tenant.flow(flow.parent()).orElseThrow(() -> new CwsyncException(
          CoreErrorCode.INVALID_CONFIGURATION, "unknown parent flow " + flow.parent()));
      if (h.parentHostId() == null) {
        throw new CwsyncException(CoreErrorCode.MAPPING_FAILED, "child record without parentHostId",
            flow.entityType(), h.hostId(), "parentHostId", null);
      }
      return links.findByHostId(tid, parent.entityType(), h.parentHostId()).map(Link::cwId)
          .orElseThrow(() -> new CwsyncException(CoreErrorCode.MISSING_REFERENCE, "parent " + parent.entityType()
              + " " + h.parentHostId() + " is not linked yet", flow.entityType(), h.hostId(), "parentHostId",
              null));
    }

    private void handlePush(HostRecord h, @Nullable Link link, Map<String, Object> hostFpMap, String hostFp,
        @Nullable Long parentCwId) {
      EntityType type = flow.entityType();
      String hostId = Objects.requireNonNull(h.hostId());
      // pushScope sees the same changed fields the update will (G5c): every field for a create or a record not
      // synced yet, otherwise only those that differ from the last synced snapshot, so rules such as "a closed
      // opportunity stops syncing unless its stage just changed" can tell the closing push from later edits.
      boolean synced = link != null && link.state() != LinkState.PENDING_CREATE
          && link.state() != LinkState.TOMBSTONED;
      Ctx ctx = new Ctx(synced ? changedSince(link, hostFpMap, false) : hostFpMap.keySet(), parentCwId);
      if (h.syncOptOut()) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      if (rules.pushScope(flow, h, ctx) == Scope.OUT_OF_SCOPE) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      if (link != null && link.state() == LinkState.TOMBSTONED) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      if (link != null && link.state() != LinkState.PENDING_CREATE && hostFp.equals(link.hostFingerprint())) {
        if (link.hostEchoPending()) {
          if (!dry) {
            replaceLink(link, link.withEchoes(false, link.cwEchoPending(), link.cwLastUpdated(), clock.instant()));
          }
          record(SyncAction.ECHO, Outcome.SUCCESS, hostId, link.cwId(), "our own write came back");
        } else {
          count(SyncAction.SKIP, Outcome.SUCCESS, type);
        }
        return;
      }
      if (link == null || link.state() == LinkState.PENDING_CREATE) {
        createInCw(h, link, hostFpMap, hostFp, parentCwId);
      } else {
        updateInCw(h, link, hostFpMap, hostFp, parentCwId, null);
      }
    }

    /**
     * Returns the host fields whose normalised values differ from the link's last synced snapshot (G5c): every field
     * when {@code all} (a record just linked by lookup), including fields removed since the last sync.
     */
    private static Set<String> changedSince(Link link, Map<String, Object> hostFpMap, boolean all) {
      Set<String> changed = new TreeSet<>();
      Set<String> keys = new TreeSet<>(hostFpMap.keySet());
      keys.addAll(link.snapshot().keySet());
      for (String k : keys) {
        if (all || !Objects.equals(hostFpMap.get(k), link.snapshot().get(k))) {
          changed.add(k);
        }
      }
      return changed;
    }

    private void createInCw(HostRecord h, @Nullable Link link, Map<String, Object> hostFpMap, String hostFp,
        @Nullable Long parentCwId) {
      String hostId = Objects.requireNonNull(h.hostId());
      EntityType type = flow.entityType();
      Ctx ctx = new Ctx(hostFpMap.keySet(), parentCwId);
      Optional<Condition> nk = rules.naturalKey(flow, h, ctx);
      if (dry) {
        ConnectWiseRecord found = nk.isPresent() ? lookup(nk.get(), parentCwId, hostId) : null;
        record(found != null ? SyncAction.LINK : SyncAction.CREATE, Outcome.DRY_RUN, hostId,
            found == null ? null : found.id().longValue(), null);
        return;
      }
      boolean resuming = link != null;
      if (link == null) {
        // G4 step 1: the write intent, unique on (tenant, type, host id), before any POST.
        var put = links.putIfAbsent(Link.pendingCreate(tid, type, hostId, clock.instant()));
        link = put.link();
        if (!put.inserted()) {
          resuming = true;
          if (link.state() != LinkState.PENDING_CREATE) {
            handlePush(h, link, hostFpMap, hostFp, parentCwId);
            return;
          }
        }
      }
      // G4 step 3 (and ERP matching): a deterministic lookup before any POST.
      ConnectWiseRecord found = nk.isPresent() ? lookup(nk.get(), parentCwId, hostId) : null;
      if (found != null) {
        Link linked = linkTo(link, found);
        updateInCw(h, linked, hostFpMap, hostFp, parentCwId, found);
        return;
      }
      if (resuming && nk.isEmpty()) {
        throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "an earlier create may have reached ConnectWise "
            + "and the flow has no natural key to look it up; check ConnectWise, then link or requeue by hand",
            type, hostId, null, null);
      }
      ConnectWiseRecord payload = rules.toConnectWise(flow, h, null, ctx);
      ConnectWiseRecord created;
      try {
        created = rt.gateway().create(flow.resource(), parentCwId, payload);
      } catch (CreateOutcomeUnknownException e) {
        if (nk.isEmpty()) {
          throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "the create's outcome is unknown and the flow has"
              + " no natural key to look it up; check ConnectWise, then link or requeue by hand", type, hostId,
              null, e);
        }
        found = lookup(nk.get(), parentCwId, hostId);
        if (found != null) {
          Link linked = linkTo(link, found);
          updateInCw(h, linked, hostFpMap, hostFp, parentCwId, found);
          return;
        }
        // The lookup proves the POST never landed: one more attempt is safe.
        created = rt.gateway().create(flow.resource(), parentCwId, payload);
      }
      if (created.id() == null) {
        throw new CwsyncException(CoreErrorCode.REJECTED, "ConnectWise returned a created record without id", type,
            hostId, "id", null);
      }
      long cwId = created.id().longValue();
      String cwFp = Fingerprints.of(rules.cwFingerprint(flow, created, ctx));
      Instant now = clock.instant();
      replaceLink(link, link.withState(LinkState.LINKED, cwId)
          .withSynced(hostFp, cwFp, lastUpdated(created), hostFpMap, false, true, now));
      adapter().writeBackConnectWiseId(hostId, cwId);
      record(SyncAction.CREATE, Outcome.SUCCESS, hostId, cwId, null);
    }

    private @Nullable ConnectWiseRecord lookup(Condition nk, @Nullable Long parentCwId, String hostId) {
      List<ConnectWiseRecord> found = rt.gateway().list(flow.resource(), parentCwId,
          Query.builder().conditions(nk).orderByAsc("id").pageSize(2).build());
      if (found.size() > 1) {
        throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "several ConnectWise records match " + nk.render()
            + " (ids " + found.get(0).id() + ", " + found.get(1).id() + "); link one by hand", flow.entityType(),
            hostId, null, null);
      }
      if (found.isEmpty()) {
        return null;
      }
      ConnectWiseRecord r = found.get(0);
      Optional<Link> holder = links.findByCwId(tid, flow.entityType(), r.id().longValue());
      if (holder.isPresent() && !hostId.equals(holder.get().hostId())) {
        throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "ConnectWise record " + r.id()
            + " matches but is already linked to host record " + holder.get().hostId(), flow.entityType(), hostId,
            null, null);
      }
      return r;
    }

    private Link linkTo(Link pending, ConnectWiseRecord found) {
      long cwId = found.id().longValue();
      // Fingerprints stay unset so the update that follows compares every field.
      return replaceLink(pending, pending.withState(LinkState.LINKED, cwId)
          .withSynced(null, null, lastUpdated(found), Map.of(), false, false, clock.instant()));
    }

    private void updateInCw(HostRecord h, Link link, Map<String, Object> hostFpMap, String hostFp,
        @Nullable Long parentCwId, @Nullable ConnectWiseRecord found) {
      boolean linking = found != null;
      String hostId = Objects.requireNonNull(h.hostId());
      long cwId = Objects.requireNonNull(link.cwId());
      EntityType type = flow.entityType();
      if (!linking && flow.pushPolicy() == UpdatePolicy.CREATE_ONLY) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
        return;
      }
      ConnectWiseRecord existing = found != null ? found
          : rt.gateway().get(flow.resource(), parentCwId, cwId).orElse(null);
      if (existing == null) {
        if (!dry) {
          replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
        }
        record(SyncAction.DELETE, dry ? Outcome.DRY_RUN : Outcome.SUCCESS, hostId, cwId,
            "ConnectWise record is gone (404); link tombstoned");
        return;
      }
      Ctx ctx = new Ctx(changedSince(link, hostFpMap, linking), parentCwId);
      ConnectWiseRecord desired = rules.toConnectWise(flow, h, existing, ctx);
      Patch patch = withoutSuppressed(Patch.diff(existing, desired), rules.suppressedUpdateFields(flow));
      String existingCwFp = Fingerprints.of(rules.cwFingerprint(flow, existing, ctx));
      // ConnectWise changed since the last sync and a pull has not applied it yet: keep its fingerprint stale so
      // the next pull still applies those changes instead of mistaking them for our echo.
      boolean cwPending = link.cwFingerprint() != null && !existingCwFp.equals(link.cwFingerprint());
      Instant now = clock.instant();
      if (patch.isEmpty()) {
        if (dry) {
          if (linking) {
            record(SyncAction.LINK, Outcome.DRY_RUN, hostId, cwId, null);
          } else {
            count(SyncAction.SKIP, Outcome.DRY_RUN, type);
          }
          return;
        }
        String cwFp = cwPending ? link.cwFingerprint() : existingCwFp;
        replaceLink(link, link.withSynced(hostFp, cwFp, link.cwLastUpdated() == null ? lastUpdated(existing)
            : link.cwLastUpdated(), hostFpMap, false, link.cwEchoPending(), now));
        if (linking) {
          adapter().writeBackConnectWiseId(hostId, cwId);
          record(SyncAction.LINK, Outcome.SUCCESS, hostId, cwId, "matched an existing ConnectWise record");
        } else {
          count(SyncAction.SKIP, Outcome.SUCCESS, type);
        }
        return;
      }
      if (dry) {
        record(linking ? SyncAction.LINK : SyncAction.UPDATE, Outcome.DRY_RUN, hostId, cwId,
            "would change " + patch.paths());
        return;
      }
      ConnectWiseRecord updated = rt.gateway().patch(flow.resource(), parentCwId, cwId, patch);
      String cwFp = cwPending ? link.cwFingerprint() : Fingerprints.of(rules.cwFingerprint(flow, updated, ctx));
      Instant cwLu = cwPending ? link.cwLastUpdated() : lastUpdated(updated);
      replaceLink(link, link.withSynced(hostFp, cwFp, cwLu, hostFpMap, false, !cwPending, now));
      if (linking) {
        adapter().writeBackConnectWiseId(hostId, cwId);
      }
      record(linking ? SyncAction.LINK : SyncAction.UPDATE, Outcome.SUCCESS, hostId, cwId,
          "changed " + patch.paths());
    }

    // ---------------------------------------------------------------- retries, callbacks, real time

    private void retryDue(Direction d) {
      if (dry) {
        return;
      }
      List<RetryItem> due = retries.due(tid, flow.id(), clock.instant(), settings.retryBatch());
      for (RetryItem item : due) {
        if (item.key().direction() != d) {
          continue;
        }
        String id = item.key().recordId();
        if (d == Direction.PULL) {
          // A child flow keys its records "parentId/childId": the child is read under its parent.
          int slash = id.indexOf('/');
          Long parentCwId = slash < 0 ? null : Long.valueOf(id.substring(0, slash));
          long cwId = Long.parseLong(slash < 0 ? id : id.substring(slash + 1));
          try {
            Optional<ConnectWiseRecord> r = rt.gateway().get(flow.resource(), parentCwId, cwId);
            if (r.isEmpty()) {
              retries.resolve(item.key());
              continue;
            }
            read++;
            pullOne(r.get(), parentCwId);
          } catch (RateLimitedException | UnauthorizedException e) {
            throw e;
          } catch (ConnectWiseException e) {
            fail(item.key(), null, cwId, e, item.fingerprint());
          }
        } else {
          Optional<HostRecord> h;
          try {
            h = adapter().find(id);
          } catch (RuntimeException e) {
            fail(item.key(), id, null, e, item.fingerprint());
            continue;
          }
          if (h.isEmpty()) {
            retries.resolve(item.key());
            continue;
          }
          read++;
          pushOne(h.get());
        }
      }
    }

    /** Real-time host change: pushes one record now. */
    public StreamReport pushNow(String hostId) {
      begin(Direction.PUSH);
      try {
        Optional<HostRecord> h = adapter().find(hostId);
        if (h.isPresent()) {
          read++;
          pushOne(h.get());
        }
        return finish(StreamStatus.COMPLETED, h.isPresent() ? null : null);
      } catch (StopRun s) {
        return finish(s.status, s.getMessage());
      } catch (RateLimitedException e) {
        return finish(StreamStatus.THROTTLED, describe(e));
      } catch (RuntimeException e) {
        return finish(StreamStatus.FAILED, describe(e));
      }
    }

    /** A ConnectWise callback: re-reads the record and handles it like a polled one; deletes only after a 404. */
    public StreamReport callback(CallbackEvent event) {
      begin(Direction.PULL);
      try {
        Optional<ConnectWiseRecord> r = rt.gateway().get(flow.resource(), null, event.cwId());
        if (r.isEmpty()) {
          if (event.action() == CallbackEvent.Action.DELETED) {
            confirmDelete(event.cwId());
          }
          return finish(StreamStatus.COMPLETED, null);
        }
        if (event.action() == CallbackEvent.Action.DELETED) {
          Link link = links.findByCwId(tid, flow.entityType(), event.cwId()).orElse(null);
          audit(SyncAction.SKIP, Outcome.SUCCESS, link == null ? null : link.hostId(), event.cwId(),
              "delete callback, but ConnectWise still returns the record; not deleted");
        }
        read++;
        pullOne(r.get(), null);
        return finish(StreamStatus.COMPLETED, null);
      } catch (StopRun s) {
        return finish(s.status, s.getMessage());
      } catch (RateLimitedException e) {
        return finish(StreamStatus.THROTTLED, describe(e));
      } catch (RuntimeException e) {
        return finish(StreamStatus.FAILED, describe(e));
      }
    }

    private void confirmDelete(long cwId) {
      Link link = links.findByCwId(tid, flow.entityType(), cwId).orElse(null);
      if (link == null || link.state() == LinkState.TOMBSTONED) {
        count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
        return;
      }
      if (dry) {
        record(SyncAction.DELETE, Outcome.DRY_RUN, link.hostId(), cwId, null);
        return;
      }
      replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
      if (link.hostId() != null) {
        adapter().delete(link.hostId());
      }
      record(SyncAction.DELETE, Outcome.SUCCESS, link.hostId(), cwId,
          "delete callback confirmed by a 404; link tombstoned");
    }

    // ---------------------------------------------------------------- reconcile (G6)

    /**
     * One step of the full-id reconciliation (see {@code SyncCoordinator.reconcile}). The scan's state lives in the
     * cursor store under {@code flowId#reconcile}: watermark = when the scan began (null: no scan in progress),
     * idsAtWatermark = the live ids seen by every execution so far, hostCursor = the last id read. Ids are read in
     * ascending order by keyset ({@code id > last}), so a resumed scan continues exactly where the last checkpoint
     * left off and the stored set covers every page of every execution; storing the set (rather than diffing page by
     * page against links sorted by ConnectWise id) needs nothing from the link store beyond {@code findByState}.
     */
    public StreamReport reconcile() {
      begin(Direction.PULL);
      String key = flow.id() + RECONCILE_SUFFIX;
      try {
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
            read++;
            if (!isFlaggedDeleted(deletedFlag, r)) {
              seen.add(id);
            }
          }
          if (!page.isEmpty()) {
            lastId = pageLast;
            rcCheckpoint(key, new Cursor(scanStart, seen, Long.toString(lastId)));
            pages++;
            progress();
          }
          if (page.size() < settings.pageSize() || !result.hasNext()) {
            break;
          }
        }
        applyDiff(adapter, scanStart, seen);
        // The scan is complete whatever the diff did: the next reconciliation starts a fresh one.
        rcCheckpoint(key, new Cursor(null, Set.of(), clock.instant().toString()));
        return finish(guardMessage == null ? StreamStatus.COMPLETED : StreamStatus.FAILED, guardMessage);
      } catch (StopRun s) {
        return finish(s.status, s.getMessage());
      } catch (RateLimitedException e) {
        return finish(StreamStatus.THROTTLED, describe(e));
      } catch (RuntimeException e) {
        // Any error voids this step's diff; the checkpointed pages stay and the next call resumes after them.
        LOG.warn("reconciliation of {} failed; no deletes inferred", flow.id(), e);
        return finish(StreamStatus.FAILED, describe(e));
      }
    }

    /**
     * Whether a pass should run a reconciliation step now: the flow has a reconcile interval and either a scan is in
     * progress or the last one completed at least that long ago (or never ran).
     */
    public boolean reconcileDue() {
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

    private @Nullable Cursor rc;
    private long rcVersion;
    private @Nullable String guardMessage;

    private void rcCheckpoint(String key, Cursor next) {
      if (dry) {
        rc = next;
        return;
      }
      renew();
      if (!next.equals(rc)) {
        Optional<VersionedCursor> w = cursors.compareAndSet(tid, key, rcVersion, next, lease.fencingToken());
        if (w.isEmpty()) {
          lost = true;
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
        LOG.error("{} {}", flow.id(), guardMessage);
        audit(SyncAction.DELETE, Outcome.FAILED, null, null, guardMessage);
        for (SyncListener l : listeners) {
          try {
            l.onMassDeleteAborted(tid, flow.id(), gone.size(), linked.size());
          } catch (RuntimeException e) {
            LOG.warn("listener failed", e);
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

    // ---------------------------------------------------------------- bookkeeping

    private Link replaceLink(Link expected, Link replacement) {
      return links.replace(expected, replacement).orElseThrow(() -> new CwsyncException(
          CoreErrorCode.CONCURRENT_MODIFICATION, "link changed concurrently", flow.entityType(),
          expected.hostId() != null ? expected.hostId() : String.valueOf(expected.cwId()), null, null));
    }

    private void fail(RetryKey key, @Nullable String hostId, @Nullable Long cwId, RuntimeException e,
        @Nullable String fp) {
      ErrorCode code = classify(e);
      String reason = code.code() + ": " + describe(e);
      int max = code.retryable() ? settings.maxAttempts() : 1;
      if (dry) {
        record(SyncAction.ERROR, Outcome.FAILED, hostId, cwId, reason);
        return;
      }
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

    private void record(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
        @Nullable String reason) {
      count(action, outcome, flow.entityType());
      audit(action, outcome, hostId, cwId, reason);
      // A dry run reports through audit entries only; the records' history stays untouched.
      if ((hostId != null || cwId != null) && outcome != Outcome.DRY_RUN) {
        history.append(new HistoryEntry(tid, flow.entityType(), hostId, cwId, direction, action, outcome,
            reason == null ? "" : reason, clock.instant(), 0));
      }
    }

    private void audit(SyncAction action, Outcome outcome, @Nullable String hostId, @Nullable Long cwId,
        @Nullable String reason) {
      audit.append(new AuditEntry(tid, flow.id(), flow.entityType(), direction, hostId, cwId, action, outcome,
          reason, rt.gateway().deepLink(flow.resource(), cwId), clock.instant()));
    }

    private final class Ctx implements MappingContext {
      private final Set<String> changed;
      private final @Nullable Long parentCwId;
      final @Nullable String parentHostId;

      Ctx(Set<String> changed, @Nullable Long parentCwId) {
        this(changed, parentCwId, null);
      }

      Ctx(Set<String> changed, @Nullable Long parentCwId, @Nullable String parentHostId) {
        this.changed = Set.copyOf(changed);
        this.parentCwId = parentCwId;
        this.parentHostId = parentHostId;
      }

      @Override
      public Tenant tenant() {
        return tenant;
      }

      @Override
      public Optional<Long> cwId(EntityType type, String hostId) {
        return links.findByHostId(tid, type, hostId).filter(l -> l.state() != LinkState.TOMBSTONED)
            .map(Link::cwId);
      }

      @Override
      public Optional<String> hostId(EntityType type, long cwId) {
        return links.findByCwId(tid, type, cwId).filter(l -> l.state() != LinkState.TOMBSTONED)
            .map(Link::hostId);
      }

      @Override
      public Set<String> changedHostFields() {
        return changed;
      }

      @Override
      public @Nullable Long parentCwId() {
        return parentCwId;
      }

      @Override
      public boolean dryRun() {
        return dry;
      }

      @Override
      public Instant now() {
        return clock.instant();
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  static String childKey(long parentCwId, long childCwId) {
    return parentCwId + "/" + childCwId;
  }

  static ErrorCode classify(RuntimeException e) {
    if (e instanceof CwsyncException ce) {
      return ce.errorCode();
    }
    if (e instanceof ConnectWiseServiceException se) {
      if (se instanceof ForbiddenException) {
        return CoreErrorCode.REJECTED;
      }
      return se.isRetryable() ? CoreErrorCode.TRANSIENT : CoreErrorCode.REJECTED;
    }
    if (e instanceof ConnectWiseClientException) {
      return CoreErrorCode.TRANSIENT;
    }
    if (e instanceof ConnectWiseException) {
      return CoreErrorCode.TRANSIENT;
    }
    return CoreErrorCode.HOST_FAILED;
  }

  static final String RECONCILE_SUFFIX = "#reconcile";

  static java.lang.reflect.@Nullable Method deletedFlagAccessor(Class<?> modelType) {
    try {
      java.lang.reflect.Method m = modelType.getMethod("deletedFlag");
      return m.getReturnType() == Boolean.class || m.getReturnType() == boolean.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  static boolean isFlaggedDeleted(java.lang.reflect.@Nullable Method accessor, ConnectWiseRecord r) {
    if (accessor == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(accessor.invoke(r));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read deletedFlag of " + r.getClass().getName(), e);
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  static @Nullable Instant lastUpdated(ConnectWiseRecord r) {
    return r.info() == null ? null : r.info().lastUpdated();
  }

  static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }

  static @Nullable Condition and(@Nullable Condition a, @Nullable Condition b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Condition.allOf(a, b);
  }

  static Patch withoutSuppressed(Patch patch, Set<String> suppressed) {
    if (suppressed.isEmpty() || patch.isEmpty()) {
      return patch;
    }
    Patch.Builder b = Patch.builder();
    for (Patch.Operation op : patch.operations()) {
      if (suppressed.contains(op.path())) {
        continue;
      }
      switch (op.op()) {
        case "remove" -> b.remove(op.path());
        case "add" -> b.add(op.path(), op.value());
        default -> b.replace(op.path(), op.value());
      }
    }
    return b.build();
  }
}
