package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.CreateOutcomeUnknownException;
import io.cwsync.connectwise.Patch;
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
import io.cwsync.core.spi.HostChanges;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The push step (host to ConnectWise) of one flow run: reads the host's change feed from the flow's host cursor and
 * applies each record; the per-record path is {@link #pushOne} -> {@code handlePush} -> {@code createInCw} (crash-safe,
 * G4) or {@code updateInCw} (only changed, owned, unsuppressed fields). Confined to the run's thread.
 */
final class PushStep extends Step {

  /** The current page's natural-key lookups, sent as one query per page; null outside a page of the change feed. */
  private @Nullable NaturalKeyLookups pageLookups;
  /**
   * The page's listing for {@link #findOwnCreate}, per parent (null key: a top-level flow): the records changed
   * since the oldest write intent of the page that has no natural key, read once instead of once per intent.
   */
  private @Nullable Map<Long, OwnCreateListing> ownCreateListings;

  /**
   * The page's natural keys by host id (parent and rendered condition), for {@link #dependents}: records of a page
   * that share one are pushed one after the other.
   */
  private final Map<String, List<Object>> pageKeys = new java.util.HashMap<>();
  /** Sends the current record's ConnectWise requests: inline, or overlapped with the page's others (see push). */
  private PushSends sends = new PushSends(1, "inline");

  /**
   * The payloads of the page's creates sent since its records were last drained, by parent ({@link #NO_PARENT}
   * for a top-level flow): a later record whose lookup may match one waits until it is applied (see
   * {@link #mayRace}).
   */
  private final List<Map.Entry<Long, ConnectWiseRecord>> createsInFlight = new ArrayList<>();

  /** A POST's answer: the created record, or null when its outcome is unknown (a lost response). */
  private record Created(@Nullable ConnectWiseRecord record) {
  }

  /** Records changed since {@code since}, by id; the page's own writes are added as they happen. */
  private record OwnCreateListing(Instant since, java.util.TreeMap<Integer, ConnectWiseRecord> records) {
  }

  PushStep(FlowRun run) {
    super(run);
  }

  /**
   * Due retries first, then the host's change feed, checkpointing the host cursor after every batch. With an
   * in-flight budget above one, the records of a batch overlap their ConnectWise requests ({@link PushSends}); a
   * record that depends on another of the batch ({@link #dependents}) waits until those in flight are applied and
   * is pushed alone. The cursor moves only after every record of the batch is applied.
   */
  void push() {
    HostAdapter adapter = adapter();
    retryDue();
    String hc = run.cursor.hostCursor();
    PushSends inline = sends;
    try (PushSends overlapped = new PushSends(dry ? 1 : tenant.rateBudget().maxConcurrentRequests(),
        String.valueOf(flow.id()))) {
      while (true) {
        renew();
        HostChanges ch = adapter.changesSince(hc, settings.hostBatchSize());
        pageLookups = lookupsFor(ch.records());
        Set<String> alone = overlapped.overlapping() ? dependents(ch.records()) : Set.of();
        try {
          sends = overlapped;
          for (HostRecord h : ch.records()) {
            run.read++;
            if (h.hostId() != null && alone.contains(h.hostId())) {
              drain();
              sends = inline;
              pushOne(h);
              sends = overlapped;
            } else {
              pushOne(h);
            }
          }
          drain();
        } catch (StopRun | RateLimitedException | UnauthorizedException e) {
          // Stopped by one record's own request (a lookup, a re-read): the page's requests in flight are still
          // awaited and applied, so no write already made is left unexplained; the cursor stays where it was.
          try {
            drain();
          } catch (RuntimeException more) {
            e.addSuppressed(more);
          }
          throw e;
        } finally {
          createsInFlight.clear();
          sends = inline;
          pageLookups = null;
          ownCreateListings = null;
          pageKeys.clear();
        }
        if (ch.cursor() != null) {
          checkpoint(run.cursor.withHostCursor(ch.cursor()));
        }
        if (!ch.records().isEmpty()) {
          run.pages++;
          progress();
        }
        hc = ch.cursor();
        if (!ch.hasMore() || ch.records().isEmpty()) {
          break;
        }
      }
    }
  }

  /** Applies every record of the page in flight (see {@link PushSends#drain}). */
  private void drain() {
    createsInFlight.clear();
    sends.drain();
  }

  /**
   * Whether this record's lookup before its create could miss a create of the page still in flight that its own
   * GET would find once that one is applied: its key is not one of the page's batched lookups, or it may match a
   * payload in flight.
   */
  private boolean mayRace(String hostId, Optional<Condition> nk, @Nullable Long parentCwId) {
    if (createsInFlight.isEmpty() || nk.isEmpty()) {
      return false;
    }
    if (pageLookups == null || pageLookups.matches(hostId, nk.get(), parentCwId) == null) {
      return true;
    }
    long parent = parentCwId == null ? NO_PARENT : parentCwId;
    for (Map.Entry<Long, ConnectWiseRecord> c : createsInFlight) {
      if (c.getKey() == parent && pageLookups.mayMatch(hostId, parentCwId, c.getValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The host ids of the page's records that must not overlap the others' requests: two changes of one host record,
   * a record whose parent is in the page, records whose natural keys are the same (a later one's lookup must see
   * the earlier one's create, see {@link #observe}).
   */
  private Set<String> dependents(List<HostRecord> page) {
    Map<String, Integer> ids = new java.util.HashMap<>();
    Map<List<Object>, Integer> keys = new java.util.HashMap<>();
    for (HostRecord h : page) {
      if (h.hostId() != null) {
        ids.merge(h.hostId(), 1, Integer::sum);
        List<Object> k = pageKeys.get(h.hostId());
        if (k != null) {
          keys.merge(k, 1, Integer::sum);
        }
      }
    }
    Set<String> alone = new java.util.HashSet<>();
    for (HostRecord h : page) {
      String id = h.hostId();
      if (id == null) {
        continue;
      }
      List<Object> k = pageKeys.get(id);
      if (ids.get(id) > 1 || (h.parentHostId() != null && ids.containsKey(h.parentHostId()))
          || (k != null && keys.get(k) > 1)) {
        alone.add(id);
      }
    }
    return alone;
  }

  /**
   * Looks up, with one query per page, the natural keys of the page's records that may be created: those without a
   * link or with a write intent (PENDING_CREATE), whose rules give the key as values ({@link
   * io.cwsync.core.spi.SyncRules#naturalKeyValues}). A record whose key cannot be prepared here (no parent link yet,
   * a mapping error) is left out and looked up on its own, where its error is recorded as before. A failed query
   * leaves every record to its own lookup. Write intents without a natural key get the page's
   * {@link #ownCreateListings} instead (see {@link #listOwnCreates}).
   */
  private @Nullable NaturalKeyLookups lookupsFor(List<HostRecord> page) {
    if (page.size() < 2) {
      return null;
    }
    NaturalKeyLookups lookups = new NaturalKeyLookups(rt.gateway(), flow.resource(), settings.pageSize());
    Map<Long, List<Instant>> ownCreatesSince = new java.util.HashMap<>();
    for (HostRecord h : page) {
      if (h.hostId() == null || h.syncOptOut()) {
        continue;
      }
      try {
        // Most records of a page are linked and need their state alone; only a write intent's whole link is read.
        Optional<LinkRef> ref = links.findRefByHostId(tid, flow.entityType(), h.hostId());
        if (ref.isPresent() && ref.get().state() != LinkState.PENDING_CREATE) {
          continue;
        }
        Link link = ref.isEmpty() ? null : links.findByHostId(tid, flow.entityType(), h.hostId()).orElse(null);
        Long parentCwId = parentCwId(h);
        Map<String, Object> hostFpMap = Fingerprints.normalize(rules.hostFingerprint(flow, h,
            new Ctx(run, Set.of(), parentCwId)));
        Ctx ctx = new Ctx(run, hostFpMap.keySet(), parentCwId);
        Optional<Condition> nk = rules.naturalKey(flow, h, ctx);
        if (nk.isPresent()) {
          pageKeys.put(h.hostId(), List.of(parentCwId == null ? NO_PARENT : parentCwId, nk.get().render()));
        }
        if (nk.isEmpty() && link != null) {
          // A write intent without a natural key: its own create is looked for among the records changed since.
          Instant since = link.updatedAt().minus(settings.overlap());
          ownCreatesSince.computeIfAbsent(parentCwId == null ? NO_PARENT : parentCwId, p -> new ArrayList<>())
              .add(since);
          continue;
        }
        Optional<NaturalKey> key = rules.naturalKeyValues(flow, h, ctx);
        if (key.isEmpty()) {
          continue;
        }
        Condition batched = key.get().condition();
        // Only a key that is exactly the per-record condition: a subclass overriding naturalKey alone keeps its own.
        if (nk.isPresent() && nk.get().equals(batched)) {
          lookups.add(h.hostId(), parentCwId, key.get(), batched);
        }
      } catch (StopRun | RateLimitedException | UnauthorizedException e) {
        throw e;
      } catch (RuntimeException e) {
        // Recorded with its reason when the record's own turn meets it.
      }
    }
    listOwnCreates(ownCreatesSince);
    if (lookups.isEmpty()) {
      return null;
    }
    try {
      lookups.fetch();
    } catch (RateLimitedException | UnauthorizedException e) {
      throw e;
    } catch (RuntimeException e) {
      // Each record then looks itself up, and a failure of that is recorded against the record.
      return null;
    }
    return lookups;
  }

  /** The key of a top-level flow's listing in {@link #ownCreateListings}. */
  private static final long NO_PARENT = -1;

  /**
   * Reads, once per parent, the records {@link #findOwnCreate} would read for each of the page's write intents:
   * those changed since the oldest intent (each intent then keeps only those changed since its own). Only when
   * several intents share a parent; a failure leaves each intent to its own listing.
   */
  private void listOwnCreates(Map<Long, List<Instant>> sinceByParent) {
    Map<Long, OwnCreateListing> listings = new java.util.HashMap<>();
    for (Map.Entry<Long, List<Instant>> e : sinceByParent.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      Long parentCwId = e.getKey() == NO_PARENT ? null : e.getKey();
      Instant since = e.getValue().stream().min(Instant::compareTo).orElseThrow();
      try {
        java.util.TreeMap<Integer, ConnectWiseRecord> records = new java.util.TreeMap<>();
        for (ConnectWiseRecord c : rt.gateway().listAll(flow.resource(), parentCwId, ownCreateQuery(since,
            parentCwId))) {
          if (c.id() != null) {
            records.put(c.id(), c);
          }
        }
        listings.put(e.getKey(), new OwnCreateListing(since, records));
      } catch (RateLimitedException | UnauthorizedException ex) {
        throw ex;
      } catch (RuntimeException ex) {
        // That parent's intents list on their own, and a failure of that is recorded against the record.
      }
    }
    ownCreateListings = listings.isEmpty() ? null : listings;
  }

  private Query ownCreateQuery(Instant since, @Nullable Long parentCwId) {
    Query.Builder q = Query.builder().orderByAsc("id").pageSize(settings.pageSize());
    if (parentCwId == null) {
      q.conditions(Condition.field(LAST_UPDATED).ge(since));
    }
    return q.build();
  }

  /** Retries the push records whose backoff ran out: each is re-read from the host and pushed again. */
  private void retryDue() {
    if (dry) {
      return;
    }
    List<HostRecord> due = new ArrayList<>();
    for (RetryItem item : retries.due(tid, flow.id(), clock.instant(), settings.retryBatch())) {
      if (item.key().direction() != Direction.PUSH) {
        continue;
      }
      String id = item.key().recordId();
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
      due.add(h.get());
    }
    // The due retries are a page too: after an outage of lost create responses they are mostly write intents, whose
    // lookups go out together.
    pageLookups = lookupsFor(due);
    try {
      for (HostRecord h : due) {
        run.read++;
        pushOne(h);
      }
    } finally {
      pageLookups = null;
      ownCreateListings = null;
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
      Ctx ctx = new Ctx(run, Set.of(), parentCwId);
      Map<String, Object> hostFpMap = Fingerprints.normalize(rules.hostFingerprint(flow, h, ctx));
      fp = Fingerprints.of(hostFpMap);
      Optional<RetryItem> item = retries.find(key);
      if (item.isPresent() && skipForRetryState(item.get(), key, fp)) {
        return;
      }
      Link link = links.findByHostId(tid, flow.entityType(), h.hostId()).orElse(null);
      cwId = link == null ? null : link.cwId();
      String hostFp = fp;
      Long linkedCwId = cwId;
      boolean resolve = item.isPresent() && !dry;
      // Prepared here; its ConnectWise request may overlap the page's others, and what follows it runs when the page
      // is drained, on this thread.
      sends.overlap(() -> handlePush(h, link, hostFpMap, hostFp, parentCwId), () -> {
        if (resolve) {
          retries.resolve(key);
        }
      }, e -> fail(key, h.hostId(), linkedCwId, e, hostFp));
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
    return links.findRefByHostId(tid, parent.entityType(), h.parentHostId()).map(LinkRef::cwId)
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
    Ctx ctx = new Ctx(run, synced ? changedSince(link, hostFpMap, false) : hostFpMap.keySet(), parentCwId);
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
   * Returns the host fields an update may write because they changed since the link's last synced snapshot (G5c):
   * every such field when {@code all} (a record just linked by lookup). Only fields the host owns count (G5a,
   * {@link io.cwsync.core.model.FieldOwnership}): a field the host record does not carry is a removal only if the
   * flow declares it host-owned, otherwise it is simply not the host's; ConnectWise-owned fields never count.
   */
  private Set<String> changedSince(Link link, Map<String, Object> hostFpMap, boolean all) {
    FieldOwnership ownership = flow.ownership();
    Set<String> changed = new TreeSet<>();
    Set<String> keys = new TreeSet<>(hostFpMap.keySet());
    keys.addAll(link.snapshot().keySet());
    for (String k : keys) {
      if (!ownership.pushable(k, hostFpMap.containsKey(k))) {
        continue;
      }
      if (all || !Objects.equals(hostFpMap.get(k), link.snapshot().get(k))) {
        changed.add(k);
      }
    }
    return changed;
  }

  /**
   * Creates the host record in ConnectWise without ever creating it twice (G4). The intent (a PENDING_CREATE link,
   * unique on the host id, holding the normalised values about to be sent) is stored before the POST. When the
   * outcome is unknown (a lost response, a crash, a failure after the POST) the record is looked up before any new
   * POST: by the flow's natural key when it has one, otherwise by those stored values among the records changed
   * since the intent and not linked to another host record (exact unique keys: every kind has them, contacts,
   * opportunities, forecast items and notes included). One match links, several are an ambiguity to resolve by hand,
   * none proves the POST never landed.
   *
   * <p>After the POST the host gets its ConnectWise id and the audit entry is written before the link leaves
   * PENDING_CREATE, so a crash in between is repaired by the lookup on restart instead of leaving a link the host
   * never heard of.
   */
  private void createInCw(HostRecord h, @Nullable Link link, Map<String, Object> hostFpMap, String hostFp,
      @Nullable Long parentCwId) {
    String hostId = Objects.requireNonNull(h.hostId());
    EntityType type = flow.entityType();
    Ctx ctx = new Ctx(run, hostFpMap.keySet(), parentCwId);
    Optional<Condition> nk = rules.naturalKey(flow, h, ctx);
    if (dry) {
      ConnectWiseRecord found = nk.isPresent() ? lookup(nk.get(), parentCwId, hostId, true) : null;
      record(found != null ? SyncAction.LINK : SyncAction.CREATE, Outcome.DRY_RUN, hostId,
          found == null ? null : found.id().longValue(), null);
      return;
    }
    ConnectWiseRecord payload = rules.toConnectWise(flow, h, null, ctx);
    Map<String, Object> sent = intentValues(hostFpMap, payload);
    boolean resuming = link != null;
    if (link == null) {
      // G4 step 1: the write intent, unique on (tenant, type, host id), before any POST. It keeps the values about to
      // be sent, so a lookup after an unknown outcome finds this create even if the host record changes meanwhile.
      Instant now = clock.instant();
      fence();
      var put = links.putIfAbsent(Link.pendingCreate(tid, type, hostId, now)
          .withSynced(null, null, null, sent, false, false, now));
      link = put.link();
      if (!put.inserted()) {
        resuming = true;
        if (link.state() != LinkState.PENDING_CREATE) {
          handlePush(h, link, hostFpMap, hostFp, parentCwId);
          return;
        }
      }
    }
    if ((nk.isEmpty() && resuming) || mayRace(hostId, nk, parentCwId)) {
      // Its lookup must see the page's creates in flight as applied (linked to their own host records, observed by
      // the page's lookups), as it would one record at a time.
      drain();
    }
    // G4 step 3 (and ERP matching): a deterministic lookup before any POST.
    ConnectWiseRecord found = nk.isPresent() ? lookup(nk.get(), parentCwId, hostId, true)
        : resuming ? findOwnCreate(link, sent, parentCwId, hostId, ctx, true) : null;
    if (found != null) {
      Link linked = linkTo(link, found);
      updateInCw(h, linked, hostFpMap, hostFp, parentCwId, found);
      return;
    }
    Link intent = link;
    fence();
    if (sends.overlapping()) {
      createsInFlight.add(Map.entry(parentCwId == null ? NO_PARENT : parentCwId, payload));
    }
    sends.send(() -> {
      try {
        return new Created(rt.gateway().create(flow.resource(), parentCwId, payload));
      } catch (CreateOutcomeUnknownException e) {
        return new Created(null);
      }
    }, c -> {
      if (c.record() != null) {
        created(h, intent, hostFpMap, hostFp, parentCwId, ctx, c.record());
      } else {
        // The lookup must not race the page's other creates (they may match it until they are linked).
        sends.whenQuiet(() -> createAgain(h, intent, hostFpMap, hostFp, parentCwId, ctx, nk, payload, sent));
      }
    });
  }

  /**
   * After a POST whose outcome is unknown: asked again, never answered from the page's lookups (they were read
   * before this POST, which may have landed); a POST again only when the lookup proves the first never landed.
   */
  private void createAgain(HostRecord h, Link link, Map<String, Object> hostFpMap, String hostFp,
      @Nullable Long parentCwId, Ctx ctx, Optional<Condition> nk, ConnectWiseRecord payload,
      Map<String, Object> sent) {
    String hostId = Objects.requireNonNull(h.hostId());
    ConnectWiseRecord found = nk.isPresent() ? lookup(nk.get(), parentCwId, hostId, false)
        : findOwnCreate(link, sent, parentCwId, hostId, ctx, false);
    if (found != null) {
      Link linked = linkTo(link, found);
      updateInCw(h, linked, hostFpMap, hostFp, parentCwId, found);
      return;
    }
    // The lookup proves the POST never landed: one more attempt is safe.
    fence();
    created(h, link, hostFpMap, hostFp, parentCwId, ctx, rt.gateway().create(flow.resource(), parentCwId, payload));
  }

  /** A create's answer applied: the host's ConnectWise id, the audit entry, then the link leaves PENDING_CREATE. */
  private void created(HostRecord h, Link link, Map<String, Object> hostFpMap, String hostFp,
      @Nullable Long parentCwId, Ctx ctx, ConnectWiseRecord created) {
    String hostId = Objects.requireNonNull(h.hostId());
    EntityType type = flow.entityType();
    if (created.id() == null) {
      throw new CwsyncException(CoreErrorCode.REJECTED, "ConnectWise returned a created record without id", type,
          hostId, "id", null);
    }
    observe(parentCwId, created);
    long cwId = created.id().longValue();
    String cwFp = Fingerprints.of(rules.cwFingerprint(flow, created, ctx));
    fence();
    adapter().writeBackConnectWiseId(hostId, cwId);
    record(SyncAction.CREATE, Outcome.SUCCESS, hostId, cwId, null);
    replaceLink(link, link.withState(LinkState.LINKED, cwId)
        .withSynced(hostFp, cwFp, lastUpdated(created), hostFpMap, false, true, clock.instant()));
  }

  /**
   * Finds the ConnectWise record an earlier POST of this intent created, when the flow has no natural key: among the
   * records changed since the intent (a child flow: the parent's children) and not linked to another host record,
   * the ones that carry the values the intent sent (see {@link Step#carries}).
   *
   * @return the one match, or null if there is none
   * @throws CwsyncException {@link CoreErrorCode#AMBIGUOUS_MATCH} if several records match
   */
  private @Nullable ConnectWiseRecord findOwnCreate(Link intent, Map<String, Object> sentNow,
      @Nullable Long parentCwId, String hostId, Ctx ctx, boolean fromPage) {
    Map<String, Object> sent = intent.snapshot().isEmpty() ? sentNow : intent.snapshot();
    if (sent.isEmpty()) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "an earlier create may have reached ConnectWise and "
          + "neither a natural key nor any mapped value identifies it; check ConnectWise, then link or requeue",
          flow.entityType(), hostId, null, null);
    }
    Instant since = intent.updatedAt().minus(settings.overlap());
    OwnCreateListing listing = !fromPage || ownCreateListings == null ? null
        : ownCreateListings.get(parentCwId == null ? NO_PARENT : parentCwId);
    // The page's listing covers this intent when it reaches back as far; each record is then filtered as below.
    Iterable<ConnectWiseRecord> candidates = listing != null && !listing.since().isAfter(since)
        ? List.copyOf(listing.records().values())
        : rt.gateway().listAll(flow.resource(), parentCwId, ownCreateQuery(since, parentCwId));
    List<ConnectWiseRecord> matches = new ArrayList<>();
    for (ConnectWiseRecord c : candidates) {
      Instant lu = lastUpdated(c);
      if (c.id() == null || (lu != null && lu.isBefore(since))) {
        continue;
      }
      Optional<LinkRef> holder = links.findRefByCwId(tid, flow.entityType(), c.id().longValue());
      if (holder.isPresent() && !hostId.equals(holder.get().hostId())) {
        continue;
      }
      if (carries(c, sent, ctx)) {
        matches.add(c);
      }
    }
    if (matches.size() > 1) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, matches.size() + " ConnectWise records (ids "
          + matches.stream().map(r -> String.valueOf(r.id())).toList() + ") match the values of a create whose "
          + "outcome is unknown; link one by hand", flow.entityType(), hostId, null, null);
    }
    return matches.isEmpty() ? null : matches.get(0);
  }

  private @Nullable ConnectWiseRecord lookup(Condition nk, @Nullable Long parentCwId, String hostId,
      boolean fromPage) {
    List<ConnectWiseRecord> found = pageLookups == null || !fromPage ? null
        : pageLookups.matches(hostId, nk, parentCwId);
    if (found == null) {
      found = rt.gateway().list(flow.resource(), parentCwId,
          Query.builder().conditions(nk).orderByAsc("id").pageSize(2).build());
    }
    if (found.size() > 1) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "several ConnectWise records match " + nk.render()
          + " (ids " + found.get(0).id() + ", " + found.get(1).id() + "); link one by hand", flow.entityType(),
          hostId, null, null);
    }
    if (found.isEmpty()) {
      return null;
    }
    ConnectWiseRecord r = found.get(0);
    Optional<LinkRef> holder = links.findRefByCwId(tid, flow.entityType(), r.id().longValue());
    if (holder.isPresent() && !hostId.equals(holder.get().hostId())) {
      throw new CwsyncException(CoreErrorCode.AMBIGUOUS_MATCH, "ConnectWise record " + r.id()
          + " matches but is already linked to host record " + holder.get().hostId(), flow.entityType(), hostId,
          null, null);
    }
    return r;
  }

  /** Later lookups of the page see what this one wrote, as their own GET would. */
  private void observe(@Nullable Long parentCwId, ConnectWiseRecord written) {
    if (pageLookups != null) {
      pageLookups.observe(parentCwId, written);
    }
    OwnCreateListing listing = ownCreateListings == null ? null
        : ownCreateListings.get(parentCwId == null ? NO_PARENT : parentCwId);
    if (listing != null && written.id() != null) {
      listing.records().put(written.id(), written);
    }
  }

  private Link linkTo(Link pending, ConnectWiseRecord found) {
    long cwId = found.id().longValue();
    String hostId = Objects.requireNonNull(pending.hostId());
    // The host gets its ConnectWise id and the audit its entry before the link leaves PENDING_CREATE: a crash in
    // between is repaired by the same lookup on restart.
    fence();
    adapter().writeBackConnectWiseId(hostId, cwId);
    record(SyncAction.LINK, Outcome.SUCCESS, hostId, cwId, "matched an existing ConnectWise record");
    Map<String, Object> sent = new java.util.TreeMap<>();
    pending.snapshot().forEach((k, v) -> {
      if (!k.startsWith(PAYLOAD)) {
        sent.put(k, v);
      }
    });
    Instant entered = found.info() == null ? null : found.info().dateEntered();
    if (pending.state() == LinkState.PENDING_CREATE && !sent.isEmpty() && entered != null
        && !entered.isBefore(pending.updatedAt().minus(settings.overlap()))) {
      // Our own create, whose outcome was unknown: what it sent is the last synced state on both sides, so only
      // host edits made since are pushed and ConnectWise edits made since are pulled, not overwritten.
      String sentFp = Fingerprints.of(sent);
      return replaceLink(pending, pending.withState(LinkState.LINKED, cwId)
          .withSynced(sentFp, sentFp, lastUpdated(found), sent, false, false, clock.instant()));
    }
    // Fingerprints stay unset so the update that follows compares every field.
    return replaceLink(pending, pending.withState(LinkState.LINKED, cwId)
        .withSynced(null, null, lastUpdated(found), Map.of(), false, false, clock.instant()));
  }

  private void updateInCw(HostRecord h, Link link, Map<String, Object> hostFpMap, String hostFp,
      @Nullable Long parentCwId, @Nullable ConnectWiseRecord found) {
    boolean linking = found != null;
    long cwId = Objects.requireNonNull(link.cwId());
    if (!linking && flow.pushPolicy() == UpdatePolicy.CREATE_ONLY) {
      count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
      return;
    }
    if (found != null) {
      updateWith(h, link, hostFpMap, hostFp, parentCwId, found, true);
    } else {
      // Re-read just before the PATCH, so the patch carries only what differs now.
      sends.send(() -> rt.gateway().get(flow.resource(), parentCwId, cwId),
          existing -> updateWith(h, link, hostFpMap, hostFp, parentCwId, existing.orElse(null), false));
    }
  }

  private void updateWith(HostRecord h, Link link, Map<String, Object> hostFpMap, String hostFp,
      @Nullable Long parentCwId, @Nullable ConnectWiseRecord existing, boolean linking) {
    String hostId = Objects.requireNonNull(h.hostId());
    long cwId = Objects.requireNonNull(link.cwId());
    EntityType type = flow.entityType();
    if (existing == null) {
      if (!dry) {
        replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
      }
      record(SyncAction.DELETE, dry ? Outcome.DRY_RUN : Outcome.SUCCESS, hostId, cwId,
          "ConnectWise record is gone (404); link tombstoned");
      return;
    }
    Ctx ctx = new Ctx(run, changedSince(link, hostFpMap, linking && link.snapshot().isEmpty()), parentCwId);
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
      if (!linking) {
        count(SyncAction.SKIP, Outcome.SUCCESS, type);
      }
      return;
    }
    if (dry) {
      record(linking ? SyncAction.LINK : SyncAction.UPDATE, Outcome.DRY_RUN, hostId, cwId,
          "would change " + patch.paths());
      return;
    }
    fence();
    sends.send(() -> rt.gateway().patch(flow.resource(), parentCwId, cwId, patch), updated -> {
      observe(parentCwId, updated);
      String cwFp = cwPending ? link.cwFingerprint() : Fingerprints.of(rules.cwFingerprint(flow, updated, ctx));
      Instant cwLu = cwPending ? link.cwLastUpdated() : lastUpdated(updated);
      // Audited before the link moves on, so a crash in between leaves no write unexplained.
      record(SyncAction.UPDATE, Outcome.SUCCESS, hostId, cwId, "changed " + patch.paths());
      replaceLink(link, link.withSynced(hostFp, cwFp, cwLu, hostFpMap, false, !cwPending, now));
    });
  }
}
