package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.ConnectWiseException;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.connectwise.UnauthorizedException;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.FieldOwnership;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.UpdatePolicy;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The pull step (ConnectWise to host) of one flow run: reads a top-level flow's records changed since its cursor,
 * page by page in {@code lastUpdated, id} order, and applies each one; the per-record path is
 * {@link #pullOne} -> {@code handlePull} -> {@code createInHost} or {@code updateInHost}. Child flows reuse the
 * per-record path through {@link ChildPullStep}. Confined to the run's thread.
 */
final class PullStep extends Step {

  /** The incremental pull's /count, sent by {@link #scan} only if its first page has a next one; else null. */
  private @Nullable Query countAfterFirstPage;

  /** This flow's PENDING_CREATE intents, read at the first unlinked record of the run. */
  private @Nullable List<Link> pendingCreates;
  /** The current page's creates whose intents {@link #planCreates} stored, by ConnectWise id; at most a page. */
  private final Map<Long, PlannedCreate> planned = new java.util.HashMap<>();
  /** The current page's host records that {@link #planCreates} found for unlinked records, by ConnectWise id. */
  private final Map<Long, HostRecord> plannedMatches = new java.util.HashMap<>();

  /** A create whose write intent is stored: the intent and the record as mapped for the host. */
  private record PlannedCreate(Link intent, HostRecord mapped) {
  }

  /**
   * What a scan hands a page's records to, told of the whole page first (the pull stores the page's write intents
   * together then, see {@link #planCreates}).
   */
  interface PageAware extends java.util.function.Consumer<ConnectWiseRecord> {
    /**
     * Called once per page, after the store's {@code beginPage} and before the page's records.
     *
     * @param page the page's records
     */
    void beforePage(List<ConnectWiseRecord> page);
  }

  /** The scan sets the run's total from its pages (an initial pull, which sends no /count). */
  private boolean totalFromPages;

  PullStep(FlowRun run) {
    super(run);
  }

  /** Retries the pull records whose backoff ran out: each is re-read by id and handled like a polled one. */
  void retryDue() {
    if (dry) {
      return;
    }
    for (RetryItem item : retries.due(tid, flow.id(), clock.instant(), settings.retryBatch())) {
      if (item.key().direction() != Direction.PULL) {
        continue;
      }
      String id = item.key().recordId();
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
        run.read++;
        pullOne(r.get(), parentCwId);
      } catch (RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (ConnectWiseException e) {
        fail(item.key(), null, cwId, e, item.fingerprint());
      }
    }
  }

  void pullPages() {
    Instant wm = run.cursor.watermark();
    boolean incremental = wm != null;
    Condition base = rules.pullConditions(flow, incremental).orElse(null);
    Condition bound = wm == null ? null : Condition.field(LAST_UPDATED).ge(wm.minus(settings.overlap()));
    Condition filter = and(base, bound);
    // Totals for progress and its ETA. An initial pull sends no /count: its total comes from its pages (the first
    // page's Link rel="last" bounds it, the last page makes it exact; see totalFromPages). An incremental pull
    // counts only once its first page shows a next one (scan), so an unchanged or small stream costs one request.
    Query countQuery = Query.builder().conditions(filter).build();
    totalFromPages = !incremental;
    if (incremental) {
      countAfterFirstPage = countQuery;
    }
    PageAware each = new PageAware() {
      @Override
      public void beforePage(List<ConnectWiseRecord> page) {
        planCreates(page);
      }

      @Override
      public void accept(ConnectWiseRecord r) {
        run.read++;
        pullOne(r, null);
      }
    };
    if (!incremental && RangedPull.applies(run)) {
      // A budget that lets requests fly in parallel reads the initial pull as id ranges at once (issue 14).
      new RangedPull(this).pull(filter, each);
      return;
    }
    scan(flow, filter, false, each);
  }

  /**
   * Reads {@code source}'s resource ordered by {@code lastUpdated, id} and paged by keyset, hands each record to
   * {@code each}, and checkpoints this flow's watermark after every page.
   */
  void scan(Flow source, @Nullable Condition filter, boolean idsOnly,
      java.util.function.Consumer<ConnectWiseRecord> each) {
    Instant lastT = null;
    long lastId = 0;
    Instant newWm = run.cursor.watermark();
    Set<Long> newIds = new HashSet<>(run.cursor.idsAtWatermark());
    while (true) {
      renew();
      Condition keyset = lastT == null ? null
          : Condition.anyOf(Condition.field(LAST_UPDATED).gt(lastT),
              Condition.allOf(Condition.field(LAST_UPDATED).eq(lastT), Condition.field("id").gt(lastId)));
      Query.Builder qb = Query.builder().conditions(and(filter, keyset)).orderByAsc(LAST_UPDATED)
          .orderByAsc("id").pageSize(settings.pageSize());
      if (idsOnly) {
        qb.fields("id", "_info");
      } else {
        pulledFields(source).ifPresent(f -> qb.fields(f.toArray(String[]::new)));
      }
      Page<ConnectWiseRecord> result = rt.gateway().page(source.resource(), null, qb.build());
      List<ConnectWiseRecord> page = result.items();
      if (countAfterFirstPage != null) {
        Query countQuery = countAfterFirstPage;
        countAfterFirstPage = null;
        if (result.size() >= settings.pageSize() && result.hasNext()) {
          countIncremental(countQuery);
        }
      }
      // A store that batches per page (PageBatch, e.g. store-jdbc) reads the page's links ahead and commits the
      // page's writes with the checkpoint below.
      PageBatch batch = links instanceof PageBatch pb && !page.isEmpty() ? pb : null;
      if (batch != null) {
        List<Long> ids = new ArrayList<>(page.size());
        for (ConnectWiseRecord r : page) {
          if (r.id() != null) {
            ids.add(r.id().longValue());
          }
        }
        batch.beginPage(tid, flow.id(), source.entityType(), ids);
      }
      try {
        if (each instanceof PageAware pa) {
          pa.beforePage(page);
        }
        for (ConnectWiseRecord r : page) {
          each.accept(r);
        }
        // Unreadable elements are parked (id and reason) and the scan goes on past them (issue 9 item 5).
        result.failures().forEach(this::parkUnreadable);
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
        if (totalFromPages) {
          run.total = totalSoFar(result, run.read, settings.pageSize(), run.total);
        }
        if (!page.isEmpty()) {
          checkpoint(run.cursor.withWatermark(newWm, newIds));
          run.pages++;
          progress();
        }
      } finally {
        if (batch != null) {
          batch.endPage();
        }
      }
      // A short page, or a full one without a rel="next" link, ends the scan. Not the /count total: it is taken
      // before the scan, so records that arrive during it (often tied on lastUpdated with the last page) would
      // be left for the next pass (acceptance test: ties across pages with more arriving after page 1). The
      // server's "no next page" is as of this query, so the last full page costs no extra empty request; and
      // were a server to omit the link wrongly, the records after this page still have lastUpdated >= the new
      // watermark and the next pass reads them.
      if (result.size() < settings.pageSize() || !result.hasNext()) {
        return;
      }
      // The keyset continues after the page's last element, read or not (an unreadable one with a readable id and
      // lastUpdated counts, so a page ending in, or made of, unreadable elements is paged past).
      ConnectWiseRecord last = page.isEmpty() ? null : page.get(page.size() - 1);
      Instant t = last == null ? null : lastUpdated(last);
      Long lastIdOnPage = last == null || last.id() == null ? null : last.id().longValue();
      for (io.cwsync.connectwise.DecodeFailure f : result.failures()) {
        if (f.id() != null && f.lastUpdated() != null && (t == null || f.lastUpdated().isAfter(t)
            || (f.lastUpdated().equals(t) && lastIdOnPage != null && f.id() > lastIdOnPage))) {
          t = f.lastUpdated();
          lastIdOnPage = f.id();
        }
      }
      if (t == null || lastIdOnPage == null) {
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise record without _info/lastUpdated or "
            + "id; cannot page by lastUpdated", source.entityType(), String.valueOf(lastIdOnPage), "_info", null);
      }
      if (lastT != null && (t.isBefore(lastT) || (t.equals(lastT) && lastIdOnPage <= lastId))) {
        // The server ignored the keyset condition or its order: paging on would loop forever.
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise returned a page that does not "
            + "advance past (" + lastT + ", " + lastId + "); check orderBy and conditions support",
            source.entityType(), String.valueOf(lastIdOnPage), LAST_UPDATED, null);
      }
      lastT = t;
      lastId = lastIdOnPage;
    }
  }

  /**
   * The total of an incremental pull that spans pages, for progress and its ETA. A nicety: a failed count (other
   * than a throttle, which the pages would hit too) only leaves it unknown.
   */
  private void countIncremental(Query countQuery) {
    try {
      run.total = rt.gateway().count(flow.resource(), null, countQuery);
    } catch (RateLimitedException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.debug("{}: no /count total for the incremental pull: {}", flow.id(), e.toString());
      run.total = -1;
    }
  }

  /**
   * A scan's total after {@code page}: exact ({@code read}) once the page is its last; else {@code read} plus the
   * pages the server still announces ({@code Link rel="last"} of this keyset query's page 1, at most a page size
   * each, so an upper bound); {@code otherwise} when it announces none.
   */
  static long totalSoFar(Page<?> page, long read, int pageSize, long otherwise) {
    if (page.size() < pageSize || !page.hasNext()) {
      return read;
    }
    return page.lastPage() > 1 ? read + (page.lastPage() - 1L) * pageSize : otherwise;
  }

  /**
   * The fields a page read of {@code source} asks for ({@code fields=}, issue 14): the rules' fields plus what the
   * scan reads itself ({@code id}, {@code _info/lastUpdated}), sorted so the query is the same on every page; empty
   * when the rules need whole records.
   */
  Optional<List<String>> pulledFields(Flow source) {
    return rules.connectWiseFields(source).map(fields -> {
      java.util.TreeSet<String> all = new java.util.TreeSet<>(fields);
      all.add("id");
      // Of _info the scan reads lastUpdated only; the rest of it (who and when entered and updated it, the hrefs) is
      // most of a lean record's bytes and a second date to parse. Rules that read more of it name _info or its fields.
      if (!all.contains("_info")) {
        all.add("_info/lastUpdated");
      }
      return List.copyOf(all);
    });
  }

  /**
   * Parks a page element that could not be read: keyed by its id (else by its raw JSON's fingerprint), with the
   * client's reason, and an audit entry. Unchanged, it stays parked without a new failure; once ConnectWise changes
   * it (a new fingerprint) it is read again.
   */
  private void parkUnreadable(io.cwsync.connectwise.DecodeFailure f) {
    parkUnreadable(f, null);
  }

  /** {@link #parkUnreadable(io.cwsync.connectwise.DecodeFailure)} for a child listed under {@code parentCwId}. */
  void parkUnreadable(io.cwsync.connectwise.DecodeFailure f, @Nullable Long parentCwId) {
    String own = f.id() != null ? Long.toString(f.id()) : "unreadable-" + f.fingerprint();
    String recordId = parentCwId == null ? own : parentCwId + "/" + own;
    RetryKey key = new RetryKey(tid, flow.id(), Direction.PULL, recordId);
    Optional<RetryItem> item = retries.find(key);
    if (item.isPresent() && skipForRetryState(item.get(), key, f.fingerprint())) {
      return;
    }
    fail(key, null, f.id(), new CwsyncException(CoreErrorCode.INVALID_VALUE, f.message(), flow.entityType(),
        recordId, f.field(), null), f.fingerprint());
  }

  /**
   * Stores the write intents of a page's certain creates with one store call ({@link
   * io.cwsync.core.spi.LinkStore#putAllIfAbsent}: store-jdbc sends them as one batch) instead of one round trip
   * each before every host create. Certain means what {@code handlePull} would decide for a record seen alone: no
   * link, in scope, no retry item, no host record carrying its ConnectWise id or matching its natural keys. Each
   * intent is durable before any of the page's host creates, as G4 requires of each; a planned record that then fails
   * or is skipped leaves its intent, which the next pull resolves as after a crash ({@code resumeHostCreate}). Host
   * records the lookups found are kept for the records' own turns, so the host is asked once. Not for dry runs,
   * child flows, or while this flow has push intents of unknown outcome (a pulled record may be one of them).
   */
  void planCreates(List<ConnectWiseRecord> page) {
    planned.clear();
    plannedMatches.clear();
    if (dry || flow.parent() != null || page.size() < 2) {
      return;
    }
    List<Link> intents = new ArrayList<>();
    Map<Long, HostRecord> mapped = new java.util.HashMap<>();
    Instant now = clock.instant();
    for (ConnectWiseRecord r : page) {
      if (r.id() == null) {
        continue;
      }
      long cwId = r.id().longValue();
      try {
        if (links.findRefByCwId(tid, flow.entityType(), cwId).isPresent()) {
          continue;
        }
        Ctx ctx = new Ctx(run, Set.of(), null, null);
        if (rules.pullScope(flow, r, ctx) == Scope.OUT_OF_SCOPE
            || retries.find(new RetryKey(tid, flow.id(), Direction.PULL, Long.toString(cwId))).isPresent()) {
          continue;
        }
        HostAdapter adapter = adapter();
        HostRecord match = adapter.findByConnectWiseId(cwId).orElse(null);
        if (match == null) {
          match = findByNaturalKeys(adapter, r, cwId, ctx);
        }
        if (match != null) {
          plannedMatches.put(cwId, match);
          continue;
        }
        // Read as handlePull reads them, at the first unlinked record: a page of linked records costs no query.
        if (pendingCreates == null) {
          pendingCreates = new ArrayList<>(links.findByState(tid, flow.entityType(), LinkState.PENDING_CREATE,
              1000));
        }
        if (pendingCreates.stream().anyMatch(l -> l.hostId() != null)) {
          // A push intent of unknown outcome may be one of these records: each is looked at on its own.
          plannedMatches.clear();
          return;
        }
        HostRecord m = withParent(rules.toHost(flow, r, null, ctx), ctx);
        Map<String, Object> writing = Fingerprints.normalize(rules.hostFingerprint(flow, m, ctx));
        intents.add(new Link(tid, flow.entityType(), null, cwId, LinkState.PENDING_CREATE, null, null,
            lastUpdated(r), writing, false, false, 0, now));
        mapped.put(cwId, m);
      } catch (StopRun | RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (RuntimeException e) {
        // Left to the record's own turn, which meets the failure again and records it with its reason.
        plannedMatches.remove(cwId);
      }
    }
    if (intents.size() < 2) {
      return;
    }
    fence();
    List<io.cwsync.core.spi.LinkStore.PutResult> stored = links.putAllIfAbsent(intents);
    for (int i = 0; i < intents.size(); i++) {
      if (stored.get(i).inserted()) {
        long cwId = Objects.requireNonNull(intents.get(i).cwId());
        planned.put(cwId, new PlannedCreate(stored.get(i).link(), mapped.get(cwId)));
      }
    }
  }

  private boolean linkedToHost(long cwId) {
    return links.findRefByCwId(tid, flow.entityType(), cwId)
        .filter(l -> l.state() == LinkState.LINKED && l.hostId() != null).isPresent();
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
        LinkRef parentLink = parentLink(parentCwId);
        if (parentLink == null) {
          throw new CwsyncException(CoreErrorCode.MISSING_REFERENCE, "parent " + parentFlow().entityType() + " "
              + parentCwId + " is not linked to a host record yet", flow.entityType(), Long.toString(cwId),
              "parent", null);
        }
        parentHostId = parentLink.hostId();
      }
      Ctx ctx = new Ctx(run, Set.of(), parentCwId, parentHostId);
      if (rules.pullScope(flow, r, ctx) == Scope.OUT_OF_SCOPE && !linkedToHost(cwId)) {
        // Out of scope and never synced: nothing to map (its references may not be linked at all; P6).
        count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
        return;
      }
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
        fence();
        adapter().markLeftScope(link.hostId());
        replaceLink(link, link.withState(LinkState.LEFT_SCOPE, cwId));
        record(SyncAction.LEFT_SCOPE, Outcome.SUCCESS, link.hostId(), cwId, "no longer matches the filters");
      } else {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
      }
      return;
    }
    if (link != null && link.state() == LinkState.PENDING_CREATE && link.hostId() == null) {
      PlannedCreate plan = planned.remove(cwId);
      // Whole-link equality on purpose, snapshot included: it is what shows the link is still the intent this page
      // stored (any replace moves the version; an intent removed and inserted again by another writer differs in
      // its instant or values). Comparing fewer fields would not be the same check, and the snapshot is small.
      if (plan != null && plan.intent().equals(link)) {
        createInHost(r, cwId, cwFp, lu, ctx, link, plan.mapped());
        return;
      }
      resumeHostCreate(r, cwId, cwFp, lu, ctx, link);
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
      Link intent = pendingCreateOf(r, lu, ctx);
      if (intent == PARKED_AMBIGUITY) {
        return;
      }
      if (intent != null) {
        HostRecord own = adapter.find(Objects.requireNonNull(intent.hostId())).orElse(null);
        if (own != null) {
          updateInHost(r, cwId, cwFp, lu, linkOwnCreate(intent, cwId, lu), own, false, ctx);
          return;
        }
      }
    }
    if (link == null) {
      match = plannedMatches.remove(cwId);
      if (match == null) {
        match = adapter.findByConnectWiseId(cwId).orElse(null);
      }
      if (match == null) {
        match = findByNaturalKeys(adapter, r, cwId, ctx);
      }
      if (match != null && match.hostId() != null) {
        Optional<Link> other = links.findByHostId(tid, type, match.hostId());
        if (other.isPresent() && other.get().state() == LinkState.PENDING_CREATE && other.get().cwId() == null) {
          // The host record's own create is pending (its outcome unknown) and this record matches it by natural
          // key: it is that create's record, edited in ConnectWise since.
          updateInHost(r, cwId, cwFp, lu, linkOwnCreate(other.get(), cwId, lu), match, false, ctx);
          return;
        }
        if (other.isPresent()) {
          throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "host record " + match.hostId()
              + " matches but is already linked to ConnectWise id " + other.get().cwId(), type,
              Long.toString(cwId), null, null);
        }
      }
      if (match == null) {
        createInHost(r, cwId, cwFp, lu, ctx, null);
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

  /** Marks "several intents match": the push's own lookup reports that ambiguity; importing would duplicate. */
  private static final Link PARKED_AMBIGUITY = new Link(io.cwsync.core.model.TenantId.of("-"),
      EntityType.COMPANY, "-", null, LinkState.PENDING_CREATE, null, null, null, Map.of(), false, false, 0,
      Instant.EPOCH);

  /**
   * The PENDING_CREATE intent of ours whose record {@code r} is (a lost POST response, a crash after the POST): the
   * one intent of this flow's type whose sent values it carries. Such a record is linked to that host record, never
   * imported as a new one (which would duplicate it in the host and, once the create is retried, in ConnectWise).
   * Intents are read once per pull; usually there are none.
   *
   * @return the intent, null if none, or {@link #PARKED_AMBIGUITY} (counted as a skip) if several match
   */
  private @Nullable Link pendingCreateOf(ConnectWiseRecord r, @Nullable Instant lu, Ctx ctx) {
    if (pendingCreates == null) {
      pendingCreates = new ArrayList<>(links.findByState(tid, flow.entityType(), LinkState.PENDING_CREATE, 1000));
    }
    if (pendingCreates.isEmpty()) {
      return null;
    }
    List<Link> mine = new ArrayList<>();
    for (Link intent : pendingCreates) {
      if (intent.hostId() != null && !intent.snapshot().isEmpty()
          && (lu == null || !lu.isBefore(intent.updatedAt().minus(settings.overlap())))
          && carries(r, intent.snapshot(), ctx)) {
        mine.add(intent);
      }
    }
    if (mine.size() > 1) {
      count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
      return PARKED_AMBIGUITY;
    }
    return mine.isEmpty() ? null : mine.get(0);
  }

  /**
   * Links our own create's intent to its ConnectWise record. What the create sent becomes the last synced state, so
   * the update that follows applies only what ConnectWise changed since, and the next push sends only what the host
   * changed since.
   */
  private Link linkOwnCreate(Link intent, long cwId, @Nullable Instant lu) {
    String hostId = Objects.requireNonNull(intent.hostId());
    Map<String, Object> sent = new TreeMap<>();
    intent.snapshot().forEach((k, v) -> {
      if (!k.startsWith(PAYLOAD)) {
        sent.put(k, v);
      }
    });
    if (pendingCreates != null) {
      pendingCreates.remove(intent);
    }
    if (dry) {
      record(SyncAction.LINK, Outcome.DRY_RUN, hostId, cwId, "our own create whose outcome was unknown");
      return intent.withState(LinkState.LINKED, cwId).withSynced(Fingerprints.of(sent), null, lu, sent, false,
          false, clock.instant());
    }
    fence();
    adapter().writeBackConnectWiseId(hostId, cwId);
    record(SyncAction.LINK, Outcome.SUCCESS, hostId, cwId, "our own create whose outcome was unknown (not imported)");
    return replaceLink(intent, intent.withState(LinkState.LINKED, cwId).withSynced(Fingerprints.of(sent), null, lu,
        sent, false, false, clock.instant()));
  }

  /**
   * Looks the record up in the host by every natural key the rules give (identifier, then account number, ...): the
   * matches of all keys together must name at most one host record, or it is an ambiguity to resolve by hand.
   */
  private @Nullable HostRecord findByNaturalKeys(HostAdapter adapter, ConnectWiseRecord r, long cwId, Ctx ctx) {
    Map<String, HostRecord> found = new LinkedHashMap<>();
    List<Map<String, Object>> keys = rules.hostNaturalKeys(flow, r, ctx);
    for (Map<String, Object> key : keys) {
      for (HostRecord h : adapter.findByNaturalKey(key)) {
        found.putIfAbsent(h.hostId() == null ? "?" + found.size() : h.hostId(), h);
      }
    }
    if (found.size() > 1) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, found.size() + " host records (" + String.join(", ",
          found.keySet()) + ") match " + keys + "; link one by hand", flow.entityType(), Long.toString(cwId), null,
          null);
    }
    return found.isEmpty() ? null : found.values().iterator().next();
  }

  /** A pulled child record joins its host parent unless the rules already set one. */
  private HostRecord withParent(HostRecord mapped, Ctx ctx) {
    if (ctx.parentHostId == null || mapped.parentHostId() != null) {
      return mapped;
    }
    return mapped.toBuilder().parentHostId(ctx.parentHostId).build();
  }

  /**
   * Creates a pulled record in the host, crash-safe like a push's create (G4 on the host side): the intent, a
   * PENDING_CREATE link holding the ConnectWise id and no host id, is stored first; then the host create, the
   * ConnectWise id written back, the audit entry, and only then the link. A crash anywhere in between leaves the
   * intent, which the next pull resolves ({@link #resumeHostCreate}) without creating twice or overwriting the
   * user's later edits.
   */
  private void createInHost(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu, Ctx ctx,
      @Nullable Link intent) {
    createInHost(r, cwId, cwFp, lu, ctx, intent, null);
  }

  /** {@link #createInHost} with the record already mapped for the host (by {@link #planCreates}), when it was. */
  private void createInHost(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu, Ctx ctx,
      @Nullable Link intent, @Nullable HostRecord premapped) {
    HostRecord mapped = premapped != null ? premapped : withParent(rules.toHost(flow, r, null, ctx), ctx);
    if (dry) {
      record(SyncAction.CREATE, Outcome.DRY_RUN, null, cwId, null);
      return;
    }
    HostAdapter adapter = adapter();
    if (intent == null) {
      Instant now = clock.instant();
      fence();
      // The intent keeps the values about to be written: if the process dies before the link, the restart knows
      // what the host got from us, and so which host values are the user's later edits.
      Map<String, Object> writing = Fingerprints.normalize(rules.hostFingerprint(flow, mapped, ctx));
      var put = links.putIfAbsent(new Link(tid, flow.entityType(), null, cwId, LinkState.PENDING_CREATE, null, null,
          lu, writing, false, false, 0, now));
      if (!put.inserted()) {
        throw new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "a link for ConnectWise id " + cwId
            + " appeared concurrently", flow.entityType(), Long.toString(cwId), null, null);
      }
      intent = put.link();
    }
    fence();
    String hostId = adapter.create(mapped.hostId() == null ? mapped : mapped.toBuilder().hostId(null).build());
    adapter.writeBackConnectWiseId(hostId, cwId);
    HostRecord stored = mapped.withHostId(hostId);
    Map<String, Object> snap = Fingerprints.normalize(rules.hostFingerprint(flow, stored, ctx));
    record(SyncAction.CREATE, Outcome.SUCCESS, hostId, cwId, null);
    replaceLink(intent, intent.withHostId(hostId).withState(LinkState.LINKED, cwId)
        .withSynced(Fingerprints.of(snap), cwFp, lu, snap, true, false, clock.instant()));
  }

  /**
   * Resolves a host create interrupted by a crash (a PENDING_CREATE link with a ConnectWise id and no host id): the
   * host record is looked for by the ConnectWise id written back, then by natural key. Found, it is linked as it is
   * now: the snapshot takes ConnectWise's values, so edits the user made in the host since the crash are host
   * changes the next push sends, never overwritten by this pull. Not found, the create never happened and is done
   * now under the same intent.
   */
  private void resumeHostCreate(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu, Ctx ctx,
      Link intent) {
    HostAdapter adapter = adapter();
    HostRecord found = adapter.findByConnectWiseId(cwId).orElse(null);
    if (found == null) {
      found = findByNaturalKeys(adapter, r, cwId, ctx);
    }
    if (found == null || found.hostId() == null) {
      createInHost(r, cwId, cwFp, lu, ctx, intent);
      return;
    }
    String hostId = found.hostId();
    if (dry) {
      record(SyncAction.LINK, Outcome.DRY_RUN, hostId, cwId, "resume an interrupted host create");
      return;
    }
    // What the interrupted create wrote is the last synced state: host values that differ are the user's later
    // edits (pushed), ConnectWise values that differ changed since (applied by the update below).
    Map<String, Object> agreed = intent.snapshot();
    if (agreed.isEmpty()) {
      HostRecord created = withParent(rules.toHost(flow, r, null, ctx), ctx).toBuilder().hostId(hostId).build();
      agreed = Fingerprints.normalize(rules.hostFingerprint(flow, created, ctx));
    }
    fence();
    adapter.writeBackConnectWiseId(hostId, cwId);
    record(SyncAction.LINK, Outcome.SUCCESS, hostId, cwId, "resumed a host create interrupted by a crash; the "
        + "host's later edits are kept");
    Link linked = replaceLink(intent, intent.withHostId(hostId).withState(LinkState.LINKED, cwId)
        .withSynced(Fingerprints.of(agreed), null, intent.cwLastUpdated(), agreed, false, false, clock.instant()));
    updateInHost(r, cwId, cwFp, lu, linked, found, false, ctx);
  }

  private void updateInHost(ConnectWiseRecord r, long cwId, String cwFp, @Nullable Instant lu,
      @Nullable Link link, HostRecord existing, boolean linking, Ctx ctx) {
    String hostId = Objects.requireNonNull(existing.hostId(), "existing host record without id");
    HostRecord mapped = withParent(rules.toHost(flow, r, existing, ctx), ctx).toBuilder().hostId(hostId).build();
    Map<String, Object> existingFp = Fingerprints.normalize(rules.hostFingerprint(flow, existing, ctx));
    FieldOwnership ownership = flow.ownership();
    // Host-owned fields ConnectWise changed: the host keeps its value, and the snapshot takes ConnectWise's so the
    // next push sees the difference and writes the host's value back (the owner wins, G5a).
    Map<String, Object> reassert = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    if (link != null && !link.snapshot().isEmpty()) {
      // Three-way merge: a field ConnectWise did not change since the last sync, but the host did, keeps the
      // host's newer value (the coming push sends it); only fields ConnectWise changed are written.
      HostRecord.Builder kept = mapped.toBuilder();
      boolean dropped = false;
      for (String k : mapped.fields().keySet()) {
        Object agreedValue = link.snapshot().get(k);
        Object cwValue = Fingerprints.normalizeValue(mapped.field(k));
        Object hostValue = existingFp.get(k);
        boolean cwChanged = !Objects.equals(agreedValue, cwValue);
        boolean hostChanged = !Objects.equals(hostValue, agreedValue);
        switch (ownership.ownerOf(k)) {
          case HOST -> {
            kept.remove(k);
            dropped = true;
            if (cwChanged && !Objects.equals(cwValue, hostValue)) {
              reassert.put(k, cwValue);
              conflicts.add(k + " (host-owned: ConnectWise's change not applied, the host's value is pushed)");
            }
          }
          case CONNECTWISE -> {
            if (hostChanged && !Objects.equals(cwValue, hostValue)) {
              conflicts.add(k + " (ConnectWise-owned: the host's edit is overwritten)");
            }
          }
          case SHARED -> {
            if (agreedValue != null && !cwChanged && hostChanged) {
              kept.remove(k);
              dropped = true;
            }
          }
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
      for (Map.Entry<String, Object> e : reassert.entrySet()) {
        if (e.getValue() == null) {
          agreed.remove(e.getKey());
        } else {
          agreed.put(e.getKey(), e.getValue());
        }
      }
    }
    if (!conflicts.isEmpty() && !dry) {
      audit(SyncAction.CONFLICT, Outcome.SUCCESS, hostId, cwId, "both sides changed " + String.join(", ",
          conflicts));
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
      fence();
      adapter().update(mapped);
    }
    if (linking) {
      fence();
      adapter().writeBackConnectWiseId(hostId, cwId);
    }
    Instant now = clock.instant();
    boolean hostEcho = hostChanges || (link != null && link.hostEchoPending());
    // Audited before the link moves on, so a crash in between leaves no write unexplained.
    if (action == SyncAction.SKIP) {
      count(action, Outcome.SUCCESS, flow.entityType());
    } else {
      record(action, Outcome.SUCCESS, hostId, cwId, linking ? "matched an existing host record" : null);
    }
    if (link == null) {
      Link nl = Link.linked(tid, flow.entityType(), hostId, cwId, now)
          .withSynced(Fingerprints.of(agreed), cwFp, lu, agreed, hostEcho, false, now);
      fence();
      if (!links.putIfAbsent(nl).inserted()) {
        throw new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "a link for host id " + hostId
            + " or ConnectWise id " + cwId + " appeared concurrently", flow.entityType(), hostId, null, null);
      }
    } else {
      replaceLink(link, link.withState(LinkState.LINKED, cwId)
          .withSynced(Fingerprints.of(agreed), cwFp, later(link.cwLastUpdated(), lu), agreed, hostEcho, false,
              now));
    }
  }
}
