package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.CallbackEvent;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.internal.CallbackMonitor;
import io.cwsync.core.internal.CwGateway;
import io.cwsync.core.internal.Engine;
import io.cwsync.core.internal.FirstPages;
import io.cwsync.core.internal.FlowRun;
import io.cwsync.core.internal.RunBoard;
import io.cwsync.core.internal.Scheduler;
import io.cwsync.core.internal.Settings;
import io.cwsync.core.internal.TenantRuntime;
import io.cwsync.core.memory.MemoryAuditLog;
import io.cwsync.core.memory.MemoryCursorStore;
import io.cwsync.core.memory.MemoryHistoryStore;
import io.cwsync.core.memory.MemoryLeaseStore;
import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.memory.MemoryRetryQueue;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.CredentialsProvider;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.SyncRules;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tenants in sync: runs passes (pull then push per flow, flows in dependency order), schedules them fairly
 * across tenants, and takes real-time host changes and ConnectWise callbacks.
 *
 * <pre>{@code
 * SyncCoordinator coordinator = SyncCoordinator.builder()
 *     .credentials(myCredentials)
 *     .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies)))
 *     .rules(profileRules)
 *     .linkStore(...).cursorStore(...).leaseStore(...).auditLog(...).historyStore(...).retryQueue(...)
 *     .build();
 * SyncReport report = coordinator.runPass(tenant);     // one pass now, on this thread
 * coordinator.schedule(tenant);                         // or poll it every flow interval
 * coordinator.start();
 * }</pre>
 *
 * <p>Guarantees (see {@code SYNC-CORRECTNESS.md}): at-least-once with idempotent effects; the cursor advances only
 * after a page is stored, by compare-and-set fenced by the stream's lease; creates record their intent first and are
 * resolved by natural-key lookup, never sent twice; echoes of our own writes are recognised by fingerprints;
 * updates PATCH only changed, non-suppressed fields; failures are retried with backoff and parked after the
 * configured attempts; a throttled run ends at its last checkpoint.
 *
 * <p>Child flows ({@link Flow#parent()}): a push resolves the parent's ConnectWise id through the parent flow's
 * links. A pull runs after the parent flow and keeps its own cursor over the parent resource's {@code lastUpdated}:
 * it reads the parents changed since then ({@code id,_info} only, the parent flow's pull conditions, the overlap
 * window, keyset paging), skips those already listed at exactly the stored watermark, lists each remaining parent's
 * children in full and applies each child through the normal per-record path ({@code MappingContext.parentCwId()},
 * the host record's {@code parentHostId} set from the parent's link). Children the host holds under a visited parent
 * ({@code HostAdapter.childrenOf}) that ConnectWise no longer lists are marked left scope, never deleted. A child
 * whose parent has no host record yet fails with {@code MISSING_REFERENCE} and is retried under its parent. The
 * cursor moves after each page of parents once their children are stored.
 *
 * <p>Concurrency within a tenant follows its {@link io.cwsync.core.model.RateBudget}. At one request in flight (the
 * default) a pass runs its flows one after another and reads each initial pull in {@code lastUpdated} order, as
 * before. A budget above one lets a pass run flows that do not depend on each other at once (each on a pass-owned
 * thread, a dependent flow's pull once its dependencies have pulled and its parent finished, its push once its
 * dependencies finished, so their pushes overlap its pull), and reads an initial (full) pull as id ranges
 * in parallel, one page prefetched per range, checkpointed per range (see {@link io.cwsync.core.spi.InitialPull}).
 * Either way a flow's records are applied from one thread at a time, so a host adapter serving one flow need not
 * be thread-safe; an adapter serving several flows may be called from several threads at once under such a budget.
 * The requests of all of them together stay within the in-flight limit of the tenant's client
 * ({@link ClientFactory#standard()} builds it from the budget).
 *
 * <p>Thread-safe. The pass methods run on the calling thread (its flows on pass-owned threads when the budget allows
 * parallel requests); the scheduler runs passes on the executor. Two coordinators (on two nodes) sharing the same
 * stores never run the same tenant flow at once.
 */
public final class SyncCoordinator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SyncCoordinator.class);

  private final Builder config;
  private final Engine engine;
  private final Scheduler scheduler = new Scheduler();
  private final RunBoard board = new RunBoard();
  private final Map<TenantId, CwGateway> gateways = new ConcurrentHashMap<>();
  private final @Nullable CallbackMonitor callbacks;
  /** Handles accepted callback deliveries off the host's request thread; null without callback settings. */
  private final @Nullable ScheduledExecutorService deliveries;
  private final AtomicInteger running = new AtomicInteger();
  private @Nullable ScheduledExecutorService ticker;
  private @Nullable ExecutorService ownedWorkers;
  private volatile boolean closed;

  private SyncCoordinator(Builder b) {
    this.config = b;
    Settings settings = new Settings(b.nodeId, b.pageSize, b.overlap, b.hostBatchSize, b.maxAttempts, b.backoffBase,
        b.backoffMax, b.leaseTtl, b.retryBatch, b.reconcileMaxDeleteShare, b.childSweepInterval);
    this.engine = new Engine(b.linkStore, b.cursorStore, b.auditLog, b.historyStore, b.retryQueue, b.leaseStore,
        b.adapters, b.rules, b.clock, b.listeners, settings);
    this.callbacks = b.callbacks == null ? null : new CallbackMonitor(b.callbacks);
    if (b.callbacks == null) {
      this.deliveries = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      this.deliveries = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "cwsync-callback-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this coordinator's configuration (same stores, adapters, rules, listeners
   * and settings), to build a changed copy. Changing it does not affect this coordinator.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(config);
  }

  /**
   * Runs one pass over every flow of {@code tenant}, in dependency order: each flow pulls, then pushes. A flow
   * whose dependency did not complete is skipped; once ConnectWise throttles the tenant, the remaining flows are
   * left for the next pass.
   *
   * @param tenant the tenant
   * @return the pass's report
   * @throws IllegalStateException if the coordinator is closed
   */
  public SyncReport runPass(Tenant tenant) {
    return runFlows(requireNonNull(tenant, "tenant == null"), tenant.flowsInOrder(), false);
  }

  /**
   * Runs one scheduled pass of {@code tenant}, as the coordinator's own scheduler ({@link #start()}) does, for hosts
   * that schedule passes themselves, such as a cluster scheduler: first the tenant's callback check when
   * {@link CallbackSettings#checkEvery()} has passed on this node ({@link #checkCallbacks}), then every flow in
   * dependency order, skipping the pull of a stream that a healthy callback covers (it costs no request; a pull
   * record waiting in the retry queue, a callback that could not be handled and the safety poll still make it poll).
   * Without {@link Builder#callbacks(CallbackSettings)} this is {@link #runPass(Tenant)}.
   *
   * <p>Callback health is this node's: a node that has not yet checked the tenant's registration, or not polled the
   * stream since, polls it once. A delivery this node could not handle makes this node's next scheduled pass poll
   * the stream; in a cluster the next pass may run on another node, which then reads the change at the stream's
   * safety poll ({@link CallbackSettings#safetyPollEvery()}) unless the record already waits in the retry queue.
   *
   * @param tenant the tenant
   * @return the pass's report
   * @throws IllegalStateException if the coordinator is closed
   */
  public SyncReport runScheduledPass(Tenant tenant) {
    requireNonNull(tenant, "tenant == null");
    checkOpen();
    checkCallbacksIfDue(tenant);
    return runFlows(tenant, tenant.flowsInOrder(), true);
  }

  /**
   * Runs one flow of {@code tenant} (pull, then push), regardless of its dependencies.
   *
   * @param tenant the tenant
   * @param flowId the flow
   * @return the report
   * @throws CwsyncException with {@link CoreErrorCode#UNKNOWN_FLOW} if the tenant has no such flow
   */
  public SyncReport runFlow(Tenant tenant, String flowId) {
    requireNonNull(tenant, "tenant == null");
    Flow flow = tenant.flow(requireNonNull(flowId, "flowId == null")).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.UNKNOWN_FLOW, "tenant " + tenant.id() + " has no flow " + flowId));
    return runFlows(tenant, List.of(flow), false);
  }

  /**
   * Runs one step of the full-id reconciliation of a pull flow (G6): reads every ConnectWise id of the flow's
   * resource ({@code fields=id,_info} plus {@code deletedFlag} where the resource has it, keyset-paged by id, with
   * no scope filter so that leaving scope is never taken for a delete), checkpointing the scan's progress and the
   * ids seen so far in the cursor store under {@code flowId + "#reconcile"} (compare-and-set, fenced by the flow's
   * lease) after every page. A scan cut short by any error (401, 500, a 429, a lost lease) applies nothing and the
   * next call resumes it; only when a scan has read its last page is the diff applied, over the ids seen by every
   * execution of that scan: each LINKED link (untouched since the scan began) whose ConnectWise id was not seen, or
   * was seen with {@code deletedFlag=true} (a merged company, whose {@code lastUpdated} does not move), is handed
   * to {@link io.cwsync.core.spi.HostAdapter#delete(String)} and then tombstoned, with an audit entry each. If
   * more than {@link Builder#reconcileMaxDeleteShare(double)} of the flow's linked records would be tombstoned,
   * nothing is, the stream ends {@link StreamStatus#FAILED} with the reason, an audit entry records the abort and
   * listeners get {@link SyncListener#onMassDeleteAborted}. The host calls this itself (daily is typical) or sets
   * {@link io.cwsync.core.model.Flow.Builder#reconcileEvery} so that passes run a step when due; a dry run reports
   * the deletes without writing. Child flows and push-only flows cannot be reconciled.
   *
   * @param tenant the tenant
   * @param flowId a top-level pull flow of the tenant
   * @return the report: one PULL stream, {@link StreamStatus#COMPLETED} once a scan finished and its diff was
   *     applied, otherwise the status that stopped this step
   * @throws CwsyncException with {@link CoreErrorCode#UNKNOWN_FLOW} if the tenant has no such flow, or
   *     {@link CoreErrorCode#INVALID_CONFIGURATION} if it is a child or push-only flow
   * @throws IllegalStateException if the coordinator is closed
   */
  public SyncReport reconcile(Tenant tenant, String flowId) {
    requireNonNull(tenant, "tenant == null");
    Flow flow = tenant.flow(requireNonNull(flowId, "flowId == null")).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.UNKNOWN_FLOW, "tenant " + tenant.id() + " has no flow " + flowId));
    if (!flow.direction().pulls() || flow.parent() != null) {
      throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION, "flow " + flowId + " of tenant " + tenant.id()
          + " is not a top-level pull flow; only those can be reconciled");
    }
    return realTime(tenant, f -> f.id().equals(flowId), run -> List.of(run.reconcile()));
  }

  /**
   * Pushes one changed host record now (real time), through every push flow of its entity type. While another
   * thread of this node runs the flow (a callback being handled, a pass), this waits up to 1 second for it. If it
   * still runs, or another node holds the flow's lease, that flow's report says {@link StreamStatus#LEASE_HELD}
   * and the change is picked up by the next poll of the host's change feed.
   *
   * @param tenant the tenant
   * @param type the record's entity type
   * @param hostId the record's host id
   * @return the report (one stream per flow)
   */
  public SyncReport onHostChange(Tenant tenant, EntityType type, String hostId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    return realTime(tenant, f -> f.entityType().equals(type) && f.direction().pushes(),
        run -> List.of(run.pushNow(hostId)));
  }

  /**
   * Handles a ConnectWise callback as a hint: re-reads the record by id and handles it exactly like a polled record
   * (same filters, same echo suppression); a {@code deleted} action deletes only after the GET returns 404 (G6).
   *
   * @param tenant the tenant
   * @param event the callback
   * @return the report (one stream per pull flow of the event's entity type)
   */
  public SyncReport onCallback(Tenant tenant, ConnectWiseChange event) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(event, "event == null");
    return realTime(tenant, f -> f.entityType().equals(event.type()) && f.direction().pulls() && f.parent() == null,
        run -> List.of(run.callback(event)));
  }

  /**
   * Handles a ConnectWise callback as delivered (parsed and verified by the client): every pull flow whose resource
   * has the callback's {@code Type} (such as {@code company}) re-reads the record by id and handles it like a polled
   * one, as {@link #onCallback(Tenant, ConnectWiseChange)} does.
   *
   * <p>Pass only an event returned by {@code cw.callbackVerifier().verify(rawBody, signature)}: the re-read is
   * authenticated, so the delivery's signature must be checked first (never {@code CallbackEvent.parse} of an
   * unverified body).
   *
   * @param tenant the tenant
   * @param event the parsed callback
   * @return the report; no streams if no flow of the tenant pulls that type
   * @throws CwsyncException with {@link CoreErrorCode#INVALID_VALUE} if the callback carries no record id or an
   *     unknown action
   */
  public SyncReport onCallback(Tenant tenant, io.cwsync.connectwise.CallbackEvent event) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(event, "event == null");
    if (event.id() == null) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "callback of type " + event.type() + " without ID");
    }
    ConnectWiseChange.Action action = ConnectWiseChange.Action.parse(event.rawAction());
    long id = event.id();
    return realTime(tenant, f -> f.direction().pulls() && f.parent() == null
            && event.type().equalsIgnoreCase(f.resource().callbackType()),
        run -> List.of(run.callback(new ConnectWiseChange(run.flow().entityType(), id, action))));
  }

  /** How long a real-time call waits for a stream that another thread of this node is running. */
  private static final Duration LOCAL_LEASE_WAIT = Duration.ofSeconds(1);
  private static final long LOCAL_LEASE_POLL_MILLIS = 2;

  /** Set while this thread runs a stream: a call made from inside it (a listener) would wait for itself. */
  private static final ThreadLocal<Boolean> IN_RUN = ThreadLocal.withInitial(() -> false);

  private static boolean heldOnThisNode(List<StreamReport> reports) {
    return reports.stream().anyMatch(r -> r.status() == StreamStatus.LEASE_HELD
        && Engine.HELD_ON_THIS_NODE.equals(r.error()));
  }

  private SyncReport realTime(Tenant tenant, java.util.function.Predicate<Flow> which, Engine.Work work) {
    checkOpen();
    board.tenant(tenant);
    Instant start = engine.clock().instant();
    List<StreamReport> reports = new ArrayList<>();
    CwGateway gw;
    try {
      gw = gateway(tenant);
    } catch (CwsyncException e) {
      return failed(tenant, tenant.flowsInOrder().stream().filter(which).toList(), start, e);
    }
    TenantRuntime rt = new TenantRuntime(tenant, gw);
    long deadline = System.nanoTime() + LOCAL_LEASE_WAIT.toNanos();
    for (Flow f : tenant.flowsInOrder()) {
      if (which.test(f)) {
        List<StreamReport> r = inRun(() -> engine.withFlow(rt, f, work));
        // Another real-time item on this node (the echo of our last write, arriving by callback) holds the stream
        // for a request or two: wait for it rather than leave a host change to the next poll of the host's feed.
        while (heldOnThisNode(r) && !IN_RUN.get() && System.nanoTime() < deadline && !closed) {
          try {
            Thread.sleep(LOCAL_LEASE_POLL_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
          r = inRun(() -> engine.withFlow(rt, f, work));
        }
        reports.addAll(r);
      }
    }
    SyncReport report = new SyncReport(tenant.id(), reports, start, engine.clock().instant());
    board.finished(report);
    return report;
  }

  private static List<StreamReport> inRun(java.util.function.Supplier<List<StreamReport>> streams) {
    boolean outer = !IN_RUN.get();
    IN_RUN.set(true);
    try {
      return streams.get();
    } finally {
      if (outer) {
        IN_RUN.set(false);
      }
    }
  }

  private SyncReport runFlows(Tenant tenant, List<Flow> flows, boolean scheduled) {
    checkOpen();
    board.tenant(tenant);
    Instant start = engine.clock().instant();
    CwGateway gw;
    try {
      gw = gateway(tenant);
    } catch (CwsyncException e) {
      return failed(tenant, flows, start, e);
    }
    // Only this pass's flows have their first pages read ahead, and what no pull took ends with the pass.
    TenantRuntime rt = new TenantRuntime(tenant, gw, new FirstPages(flows.stream().map(Flow::id).toList()));
    PassState pass = new PassState(scheduled);
    Map<String, List<StreamReport>> byFlow = new ConcurrentHashMap<>();
    int parallel = Math.min(tenant.rateBudget().maxConcurrentRequests(), flows.size());
    try {
      if (parallel <= 1) {
        for (Flow f : flows) {
          byFlow.put(f.id(), runFlow(rt, f, pass));
        }
      } else {
        runConcurrently(rt, flows, pass, byFlow, parallel);
      }
    } finally {
      rt.firstPages().discard();
    }
    List<StreamReport> reports = new ArrayList<>();
    for (Flow f : flows) {
      reports.addAll(byFlow.getOrDefault(f.id(), List.of()));
    }
    reports.addAll(pass.reconciles);
    if (pass.authFailed) {
      // Rebuild the client next time, so rotated credentials are picked up.
      gateways.remove(tenant.id());
    }
    SyncReport report = new SyncReport(tenant.id(), reports, start, engine.clock().instant());
    board.finished(report);
    for (SyncListener l : config.listeners) {
      try {
        l.onPassFinished(report);
      } catch (RuntimeException e) {
        LOG.warn("listener failed", e);
      }
    }
    return report;
  }

  /** What the flows of one pass tell each other: which did not complete, and whether the tenant was throttled. */
  private static final class PassState {
    final Set<String> incomplete = ConcurrentHashMap.newKeySet();
    final List<StreamReport> reconciles = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile boolean throttled;
    volatile boolean authFailed;
    /** A scheduled pass may skip pulls a healthy callback covers; runPass/runFlow never do. */
    final boolean scheduled;

    PassState(boolean scheduled) {
      this.scheduled = scheduled;
    }
  }

  /**
   * Runs the pass's flows at once where the tenant's budget allows parallel requests (issue 14): each flow starts as
   * soon as the flows it depends on have pulled (and its parent has finished), on a pass-owned thread, at most
   * {@code parallel} at a time; its push waits until they have finished. Each flow still applies its records from one
   * thread.
   *
   * <p>Why a dependent's pull need not wait for its dependencies' pushes: what it needs of them is their links
   * (a contact's company as a host reference), which their pulls make; a record their push is still creating in
   * ConnectWise has no dependents there yet (one that appears meanwhile waits in the retry queue for its reference,
   * as at any time). So a push, which costs requests and little else, overlaps the next flow's pull, which costs
   * mostly time applying records, and the budget is not left idle between them. A push still waits: it may send
   * references (a contact's company) that only its dependencies' pushes create.
   */
  private void runConcurrently(TenantRuntime rt, List<Flow> flows, PassState pass,
      Map<String, List<StreamReport>> byFlow, int parallel) {
    AtomicInteger n = new AtomicInteger();
    String name = "cwsync-pass-" + rt.tenant().id().value() + "-";
    ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, java.util.concurrent.CompletableFuture<Void>> started = new HashMap<>();
      // Completed once a flow's pull (and reconcile) is over, or the flow ended without getting there.
      Map<String, java.util.concurrent.CompletableFuture<Void>> pulled = new HashMap<>();
      // flowsInOrder puts every flow after what it waits for, so those futures exist already.
      for (Flow f : flows) {
        List<java.util.concurrent.CompletableFuture<Void>> before = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<Void>> beforePush = new ArrayList<>();
        for (String id : f.dependencies()) {
          if (started.containsKey(id)) {
            before.add(pulled.get(id));
            beforePush.add(started.get(id));
          }
        }
        if (f.parent() != null && started.containsKey(f.parent())) {
          before.add(started.get(f.parent()));
        }
        java.util.concurrent.CompletableFuture<Void> ownPull = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> done = java.util.concurrent.CompletableFuture
            .allOf(before.toArray(java.util.concurrent.CompletableFuture[]::new))
            .thenRunAsync(() -> byFlow.put(f.id(), runFlow(rt, f, pass, () -> ownPull.complete(null),
                // Waits on a running flow only: a dependency signals its pull from its own thread, so it holds one.
                () -> java.util.concurrent.CompletableFuture.allOf(beforePush.toArray(
                    java.util.concurrent.CompletableFuture[]::new)).join())), pool);
        done.whenComplete((v, e) -> {
          if (e != null) {
            ownPull.completeExceptionally(e);
          } else {
            ownPull.complete(null);
          }
        });
        started.put(f.id(), done);
        pulled.put(f.id(), ownPull);
      }
      java.util.concurrent.CompletableFuture.allOf(started.values()
          .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      pool.shutdown();
    }
  }

  /** One flow of a pass: pull (and a due reconcile step), then push; skipped if a dependency did not complete. */
  private List<StreamReport> runFlow(TenantRuntime rt, Flow f, PassState pass) {
    return runFlow(rt, f, pass, () -> { }, () -> { });
  }

  /**
   * {@link #runFlow(TenantRuntime, Flow, PassState)} telling {@code pulled} when the pull is over and waiting for
   * {@code awaitDependencies} before the push, which is skipped if a dependency did not complete meanwhile.
   */
  private List<StreamReport> runFlow(TenantRuntime rt, Flow f, PassState pass, Runnable pulled,
      Runnable awaitDependencies) {
    Tenant tenant = rt.tenant();
    List<String> blockers = f.dependencies().stream().filter(pass.incomplete::contains).toList();
    if (pass.throttled || !blockers.isEmpty()) {
      pass.incomplete.add(f.id());
      List<StreamReport> out = new ArrayList<>();
      for (Direction d : directions(f)) {
        Instant now = engine.clock().instant();
        out.add(new StreamReport(f.id(), d, pass.throttled ? StreamStatus.THROTTLED : StreamStatus.SKIPPED,
            Map.of(), 0, 0, -1, tenant.dryRun(), now, now,
            pass.throttled ? "not started: ConnectWise is throttling the tenant" : "dependencies not complete: "
                + blockers));
      }
      return out;
    }
    List<StreamReport> fr = inRun(() -> engine.withFlow(rt, f, run -> {
      List<StreamReport> out = new ArrayList<>();
      if (f.direction().pulls()) {
        Instant pullStart = engine.clock().instant();
        if (pass.scheduled && coveredByCallback(tenant, f, pullStart)) {
          // Changes arrive by callback: an unchanged stream costs no request until the safety poll.
          out.add(new StreamReport(f.id(), Direction.PULL, StreamStatus.COMPLETED, Map.of(), 0, 0, -1,
              tenant.dryRun(), pullStart, pullStart, null));
          if (run.reconcileDue()) {
            // Deletes are inferred only from a full scan (G6), which callbacks do not replace.
            pass.reconciles.add(run.reconcile());
          }
          pushAfterDependencies(run, f, tenant.dryRun(), pass, pulled, awaitDependencies, out);
          return out;
        }
        StreamReport r = run.pull();
        out.add(r);
        if (r.status() != StreamStatus.COMPLETED) {
          return out;
        }
        if (callbacks != null) {
          callbacks.polled(tenant.id(), f.id(), pullStart);
        }
        if (run.reconcileDue()) {
          // Its own report: a failed or guarded step alerts but does not hold back the push or dependents.
          pass.reconciles.add(run.reconcile());
        }
      }
      pushAfterDependencies(run, f, tenant.dryRun(), pass, pulled, awaitDependencies, out);
      return out;
    }));
    for (StreamReport r : fr) {
      if (r.status() != StreamStatus.COMPLETED) {
        pass.incomplete.add(f.id());
      }
      pass.throttled |= r.status() == StreamStatus.THROTTLED;
      pass.authFailed |= r.status() == StreamStatus.FAILED;
    }
    return fr;
  }

  /** Signals the pull as over, then pushes once the dependencies have finished, unless one did not complete. */
  private void pushAfterDependencies(FlowRun run, Flow f, boolean dryRun, PassState pass, Runnable pulled,
      Runnable awaitDependencies, List<StreamReport> out) {
    pulled.run();
    if (!f.direction().pushes()) {
      return;
    }
    awaitDependencies.run();
    List<String> blockers = f.dependencies().stream().filter(pass.incomplete::contains).toList();
    if (blockers.isEmpty()) {
      out.add(run.push());
      return;
    }
    Instant now = engine.clock().instant();
    out.add(new StreamReport(f.id(), Direction.PUSH, StreamStatus.SKIPPED, Map.of(), 0, 0, -1,
        dryRun, now, now, "dependencies not complete: " + blockers));
  }

  private static List<Direction> directions(Flow f) {
    List<Direction> out = new ArrayList<>(2);
    if (f.direction().pulls()) {
      out.add(Direction.PULL);
    }
    if (f.direction().pushes()) {
      out.add(Direction.PUSH);
    }
    return out;
  }

  private SyncReport failed(Tenant tenant, List<Flow> flows, Instant start, CwsyncException e) {
    List<StreamReport> reports = new ArrayList<>();
    Instant now = engine.clock().instant();
    for (Flow f : flows) {
      for (Direction d : directions(f)) {
        reports.add(new StreamReport(f.id(), d, StreamStatus.FAILED, Map.of(), 0, 0, -1, tenant.dryRun(), start,
            now, e.getMessage()));
      }
    }
    SyncReport report = new SyncReport(tenant.id(), reports, start, now);
    board.finished(report);
    return report;
  }

  private CwGateway gateway(Tenant tenant) {
    return gateways.computeIfAbsent(tenant.id(), id -> {
      ConnectionSettings s = config.credentials.connection(id, tenant.credentialsRef()).orElseThrow(
          () -> new CwsyncException(CoreErrorCode.UNKNOWN_TENANT, "no ConnectWise connection for tenant " + id));
      ConnectWiseClient client = config.clientFactory.create(tenant, s);
      return new CwGateway(client);
    });
  }

  // ------------------------------------------------------------------ callbacks

  /**
   * Checks a tenant's callback registrations now, and repairs them: for every callback type its top-level pull
   * flows can use ({@code Resource.callbackType()}), ours (same URL, or same description {@code cwsync <tenant>
   * <type>}) is reused when active, re-activated (and pointed at the current URL) when ConnectWise disabled it,
   * created when missing; duplicates of ours are deleted, and so are ours for types no flow uses any more. A
   * callback that was not active is not trusted for what happened meanwhile: its streams are polled at the next
   * scheduled pass (they are made due at once). The scheduler started by {@link #start()} and
   * {@link #runDuePasses()} call this every {@link CallbackSettings#checkEvery()} for each scheduled tenant; a
   * host with its own (clustered) scheduler calls it on that period instead. Costs one request, plus one per
   * registration created, repaired or deleted.
   *
   * @param tenant the tenant
   * @return one check per callback type; empty without {@link Builder#callbacks(CallbackSettings)}, when no flow of
   *     the tenant can use a callback, or when a check of the tenant is already running on this node
   * @throws IllegalStateException if the coordinator is closed
   */
  public List<CallbackCheck> checkCallbacks(Tenant tenant) {
    requireNonNull(tenant, "tenant == null");
    checkOpen();
    CallbackMonitor monitor = callbacks;
    if (monitor == null || !monitor.claimCheck(tenant.id(), engine.clock().instant(), true)) {
      return List.of();
    }
    return runCheck(monitor, tenant);
  }

  private void checkCallbacksIfDue(Tenant tenant) {
    CallbackMonitor monitor = callbacks;
    if (monitor != null && !closed && monitor.claimCheck(tenant.id(), engine.clock().instant(), false)) {
      try {
        runCheck(monitor, tenant);
      } catch (RuntimeException e) {
        LOG.error("callback check of tenant {} failed", tenant.id(), e);
      }
    }
  }

  private List<CallbackCheck> runCheck(CallbackMonitor monitor, Tenant tenant) {
    board.tenant(tenant);
    Instant now = engine.clock().instant();
    List<CallbackCheck> checks;
    try {
      checks = monitor.check(tenant, gateway(tenant).client(), now);
    } catch (CwsyncException e) {
      checks = monitor.failAll(tenant, now, e.getMessage());
    }
    for (CallbackCheck c : checks) {
      if (c.result() == CallbackCheck.Result.CREATED || c.result() == CallbackCheck.Result.REACTIVATED) {
        scheduler.makeDue(tenant.id(), c.flowIds(), now);
      }
    }
    return checks;
  }

  private boolean coveredByCallback(Tenant tenant, Flow f, Instant now) {
    CallbackMonitor monitor = callbacks;
    if (monitor == null || !monitor.covers(tenant.id(), f, now)) {
      return false;
    }
    // Records whose pull failed wait in the retry queue, and only a poll retries them.
    return config.retryQueue.due(tenant.id(), f.id(), now, 100).stream()
        .noneMatch(i -> i.key().direction() == Direction.PULL);
  }

  /**
   * Takes one callback delivery that the host's web endpoint received at {@link CallbackSettings#url(TenantId)}:
   * verifies its {@code x-content-signature} with the tenant's client ({@code CallbackVerifier}), then returns at
   * once and handles it on a coordinator thread like {@link #onCallback(Tenant, CallbackEvent)} (re-read by id,
   * filters, echo suppression, deletes only after a 404). Answer ConnectWise 2xx when this returns and 401 when it
   * throws {@code InvalidCallbackException}: ConnectWise waits 5 seconds per delivery at most. A delivery that
   * cannot be handled (the stream is busy on another node past a few retries, ConnectWise fails, the record fails)
   * is never dropped: the record goes to the retry queue or the stream's next scheduled pass polls it.
   *
   * <pre>{@code
   * // in the host's POST handler for /cw-callbacks/{tenant}/{secret}
   * coordinator.acceptCallback(tenant, request.body(), request.header("x-content-signature"));
   * return 204;
   * }</pre>
   *
   * @param tenant the tenant the URL belongs to
   * @param rawBody the request body exactly as received
   * @param signature the {@code x-content-signature} header, or null when absent
   * @return the verified event (handled asynchronously)
   * @throws io.cwsync.connectwise.InvalidCallbackException if the signature is missing or wrong, the body malformed
   *     or its key URL not the tenant's ConnectWise
   * @throws io.cwsync.connectwise.ConnectWiseException if the signing key cannot be fetched
   * @throws CwsyncException with {@link CoreErrorCode#UNKNOWN_TENANT} if the tenant has no ConnectWise connection
   * @throws IllegalStateException if the coordinator is closed or was built without
   *     {@link Builder#callbacks(CallbackSettings)}
   */
  public CallbackEvent acceptCallback(Tenant tenant, byte[] rawBody, @Nullable String signature) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(rawBody, "rawBody == null");
    checkOpen();
    CallbackMonitor monitor = callbacks;
    ScheduledExecutorService workers = deliveries;
    if (monitor == null || workers == null) {
      throw new IllegalStateException("acceptCallback needs SyncCoordinator.Builder.callbacks(...)");
    }
    CallbackEvent event = gateway(tenant).client().callbackVerifier().verify(rawBody, signature);
    board.tenant(tenant);
    monitor.delivered(tenant.id(), event.type(), engine.clock().instant());
    workers.execute(() -> handleDelivery(tenant, event, 0));
    return event;
  }

  /** How many times a delivery whose stream is held is tried before it is left to the next poll. */
  private static final int DELIVERY_ATTEMPTS = 20;

  private void handleDelivery(Tenant tenant, CallbackEvent event, int attempt) {
    if (closed) {
      return;
    }
    SyncReport report;
    try {
      report = onCallback(tenant, event);
    } catch (RuntimeException e) {
      LOG.warn("tenant {}: callback {} {} {} not handled ({}); its streams are polled next", tenant.id(),
          event.type(), event.rawAction(), event.id(), e.toString());
      pollInstead(tenant, event.type());
      return;
    }
    boolean held = report.streams().stream().anyMatch(r -> r.status() == StreamStatus.LEASE_HELD);
    boolean failed = report.streams().stream()
        .anyMatch(r -> r.status() != StreamStatus.COMPLETED && r.status() != StreamStatus.LEASE_HELD);
    ScheduledExecutorService workers = deliveries;
    if (held && attempt + 1 < DELIVERY_ATTEMPTS && workers != null && !closed) {
      // A pass of the stream is running (here or on another node): the record is re-read once it ends.
      try {
        workers.schedule(() -> handleDelivery(tenant, event, attempt + 1), 250L * (attempt + 1),
            TimeUnit.MILLISECONDS);
        return;
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // Closing: left to the next poll below.
      }
    }
    if (held || failed) {
      LOG.info("tenant {}: callback {} {} {} left to the next poll: {}", tenant.id(), event.type(),
          event.rawAction(), event.id(), report.streams());
      pollInstead(tenant, event.type());
    }
  }

  private void pollInstead(Tenant tenant, String callbackType) {
    CallbackMonitor monitor = callbacks;
    List<String> flowIds = CallbackMonitor.flowIds(tenant, callbackType);
    if (monitor != null) {
      monitor.pollNeeded(tenant.id(), flowIds);
    }
    scheduler.makeDue(tenant.id(), flowIds, engine.clock().instant());
  }

  // ------------------------------------------------------------------ scheduling

  /**
   * Adds a tenant to the schedule (or replaces its configuration, keeping its timing). A new tenant is due at once;
   * afterwards each flow is due one interval after its last run.
   *
   * @param tenant the tenant
   */
  public void schedule(Tenant tenant) {
    scheduler.put(requireNonNull(tenant, "tenant == null"), engine.clock().instant());
    board.tenant(tenant);
    if (callbacks != null) {
      // Its flows (and so the callback types it needs) may have changed: registrations are checked next tick.
      callbacks.checkSoon(tenant.id());
    }
  }

  /**
   * Removes a tenant from the schedule; a pass already running finishes.
   *
   * @param tenant the tenant id
   */
  public void unschedule(TenantId tenant) {
    scheduler.remove(requireNonNull(tenant, "tenant == null"));
    if (callbacks != null) {
      callbacks.forget(tenant);
    }
  }

  /**
   * Runs, on the calling thread, the due callback checks ({@link #checkCallbacks}) and then the due flows of every
   * scheduled tenant, the longest-waiting tenant first. For hosts that drive scheduling themselves (a Quartz job, a
   * test) instead of {@link #start()}. A scheduled pass skips the pull of a stream that a healthy callback covers
   * (see {@link Builder#callbacks(CallbackSettings)}).
   *
   * @return the reports of the passes run
   */
  public List<SyncReport> runDuePasses() {
    checkOpen();
    List<SyncReport> out = new ArrayList<>();
    for (Tenant t : scheduler.tenants()) {
      checkCallbacksIfDue(t);
    }
    for (Scheduler.Claim c : scheduler.claimDue(engine.clock().instant(), Integer.MAX_VALUE)) {
      try {
        out.add(runFlows(c.tenant(), c.flows(), true));
      } finally {
        scheduler.finished(c, engine.clock().instant(), engine.takeThrottledUntil(c.tenant().id()).orElse(null));
      }
    }
    return out;
  }

  /**
   * Starts the scheduler: every tick it hands due tenants, the longest-waiting first, to the worker executor, at most
   * {@link Builder#maxConcurrentPasses(int)} at a time and never two passes of one tenant at once.
   *
   * @throws IllegalStateException if already started or closed
   */
  public synchronized void start() {
    checkOpen();
    if (ticker != null) {
      throw new IllegalStateException("already started");
    }
    ExecutorService workers = config.executor;
    if (workers == null) {
      AtomicInteger n = new AtomicInteger();
      workers = Executors.newFixedThreadPool(config.maxConcurrentPasses, r -> {
        Thread t = new Thread(r, "cwsync-worker-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      ownedWorkers = workers;
    }
    ExecutorService pool = workers;
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cwsync-scheduler");
      t.setDaemon(true);
      return t;
    });
    long tick = config.tick.toMillis();
    ticker.scheduleWithFixedDelay(() -> tick(pool), 0, tick, TimeUnit.MILLISECONDS);
  }

  private void tick(ExecutorService pool) {
    try {
      int free = config.maxConcurrentPasses - running.get();
      if (free <= 0 || closed) {
        return;
      }
      Set<TenantId> claimed = new HashSet<>();
      for (Scheduler.Claim c : scheduler.claimDue(engine.clock().instant(), free)) {
        claimed.add(c.tenant().id());
        running.incrementAndGet();
        pool.execute(() -> {
          try {
            checkCallbacksIfDue(c.tenant());
            runFlows(c.tenant(), c.flows(), true);
          } catch (RuntimeException e) {
            LOG.error("pass of tenant {} failed", c.tenant().id(), e);
          } finally {
            scheduler.finished(c, engine.clock().instant(), engine.takeThrottledUntil(c.tenant().id()).orElse(null));
            running.decrementAndGet();
          }
        });
      }
      if (callbacks != null) {
        // Tenants with no pass due still get their checks (a claimed tenant checks first, in its pass's task).
        for (Tenant t : scheduler.tenants()) {
          if (!claimed.contains(t.id()) && running.get() < config.maxConcurrentPasses
              && callbacks.checkDue(t.id(), engine.clock().instant())) {
            running.incrementAndGet();
            pool.execute(() -> {
              try {
                checkCallbacksIfDue(t);
              } finally {
                running.decrementAndGet();
              }
            });
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.error("scheduler tick failed", e);
    }
  }

  /**
   * Stops the scheduler and waits briefly for running passes; passes interrupted here resume from their last
   * checkpoint next time. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (deliveries != null) {
      deliveries.shutdownNow();
    }
    if (ownedWorkers != null) {
      ownedWorkers.shutdown();
      try {
        if (!ownedWorkers.awaitTermination(10, TimeUnit.SECONDS)) {
          ownedWorkers.shutdownNow();
        }
      } catch (InterruptedException e) {
        ownedWorkers.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    engine.close();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("coordinator is closed");
    }
  }

  // ------------------------------------------------------------------ operations (read API and operator actions)

  /**
   * Returns the tenants this coordinator knows: every tenant it scheduled or ran a pass, flow or real-time call
   * for, in its latest configuration. For operations views; in memory, per node, since this coordinator started.
   *
   * @return the tenants, in no particular order
   */
  public List<Tenant> tenants() {
    return List.copyOf(board.tenants());
  }

  /**
   * Finds a tenant this coordinator knows (see {@link #tenants()}).
   *
   * @param tenant the tenant id
   * @return the tenant, or empty if this coordinator never scheduled or ran it
   */
  public Optional<Tenant> tenant(TenantId tenant) {
    return board.find(requireNonNull(tenant, "tenant == null"));
  }

  /**
   * Returns the last run of each stream (a flow in one direction) of a tenant on this coordinator, whichever call
   * ran it (a scheduled or explicit pass, one flow, a real-time push or callback, a reconcile step): status,
   * counts, duration, error. Runs on other nodes are not seen.
   *
   * @param tenant the tenant id
   * @return one report per stream that ran, in the tenant's flow order (pull before push); empty if none ran
   */
  public List<StreamReport> lastRuns(TenantId tenant) {
    return board.lastRuns(requireNonNull(tenant, "tenant == null"));
  }

  /**
   * Returns when the scheduler will next run a flow of a scheduled tenant.
   *
   * @param tenant the tenant id
   * @param flowId the flow
   * @return the instant it is due (in the past while it waits for a worker), or empty if the tenant is not
   *     scheduled ({@link #schedule(Tenant)}) or has no such flow
   */
  public Optional<Instant> nextDue(TenantId tenant, String flowId) {
    return scheduler.nextDue(requireNonNull(tenant, "tenant == null"), requireNonNull(flowId, "flowId == null"));
  }

  /**
   * Returns, and forgets, when ConnectWise lets {@code tenant} send requests again after a run on this coordinator
   * was throttled ({@code Retry-After}, or one minute when the 429 named no wait). For hosts and schedulers that run
   * passes themselves ({@link #runPass(Tenant)}) and must not start the tenant's next pass before then; the built-in
   * scheduler consumes it after each pass it runs.
   *
   * @param tenant the tenant id
   * @return the instant the wait ends, or empty if no run of the tenant was throttled since the last call
   */
  public Optional<Instant> takeThrottledUntil(TenantId tenant) {
    return engine.takeThrottledUntil(requireNonNull(tenant, "tenant == null"));
  }

  /**
   * Returns the audit log this coordinator writes, for operations views and reports.
   *
   * @return the audit log
   */
  public AuditLog auditLog() {
    return config.auditLog;
  }

  /**
   * Returns the history store this coordinator writes.
   *
   * @return the history store
   */
  public HistoryStore historyStore() {
    return config.historyStore;
  }

  /**
   * Returns the retry queue (failures waiting for a retry, parked and ignored items); read it for error reports.
   * Prefer {@link #requeue(RetryKey)} and {@link #ignore(RetryKey)} to changing it directly.
   *
   * @return the retry queue
   */
  public RetryQueue retryQueue() {
    return config.retryQueue;
  }

  /**
   * Returns the link store (host id to ConnectWise id per tenant and entity type).
   *
   * @return the link store
   */
  public LinkStore linkStore() {
    return config.linkStore;
  }

  /**
   * Puts a parked or ignored item back in the retry queue, due at once with its full number of attempts; the
   * stream retries it at the start of its next run. An operator's action, audited as such.
   *
   * @param key the item
   * @return true if the item existed
   */
  public boolean requeue(RetryKey key) {
    requireNonNull(key, "key == null");
    Optional<RetryItem> item = config.retryQueue.find(key);
    boolean done = config.retryQueue.requeue(key, engine.clock().instant());
    item.filter(i -> done).ifPresent(i -> operatorAudit(i.key(), i.type(), "requeued by an operator"));
    return done;
  }

  /**
   * Takes an item out of the sync until it is requeued: it is skipped even when its record changes. An operator's
   * action, audited as such.
   *
   * @param key the item
   * @return true if the item existed
   */
  public boolean ignore(RetryKey key) {
    requireNonNull(key, "key == null");
    Optional<RetryItem> item = config.retryQueue.find(key);
    boolean done = config.retryQueue.ignore(key);
    item.filter(i -> done).ifPresent(i -> operatorAudit(i.key(), i.type(), "ignored by an operator"));
    return done;
  }

  private void operatorAudit(RetryKey key, EntityType type, String reason) {
    boolean push = key.direction() == Direction.PUSH;
    Long cwId = push ? null : parseCwId(key.recordId());
    config.auditLog.append(new AuditEntry(key.tenant(), key.flowId(), type, key.direction(),
        push ? key.recordId() : null, cwId, SyncAction.SKIP, Outcome.SUCCESS, reason, null,
        engine.clock().instant()));
  }

  private static @Nullable Long parseCwId(String recordId) {
    // Child items are keyed "parentId/childId".
    String id = recordId.substring(recordId.lastIndexOf('/') + 1);
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Links a host record to a ConnectWise record by hand (the operator's answer to an ambiguous natural key, or a
   * wrong match): the host record's link (any state, or a new one) becomes {@link LinkState#LINKED} to
   * {@code cwId} with its fingerprints and snapshot cleared, so the next run compares both sides afresh; the host
   * is told the ConnectWise id ({@link HostAdapter#writeBackConnectWiseId}); every retry item of the record (its
   * host id when pushed, its ConnectWise id when pulled) is requeued; an audit and history entry record the
   * action. Safe while passes run: the link is replaced by compare-and-set.
   *
   * @param tenant the tenant
   * @param type the entity type
   * @param hostId the host record
   * @param cwId the ConnectWise record
   * @return the stored link
   * @throws CwsyncException with {@link CoreErrorCode#INVALID_VALUE} if another host record is linked to
   *     {@code cwId}, or {@link CoreErrorCode#CONCURRENT_MODIFICATION} if the link kept changing under us
   */
  public Link relink(TenantId tenant, EntityType type, String hostId, long cwId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    LinkStore links = config.linkStore;
    Optional<Link> holder = links.findByCwId(tenant, type, cwId);
    if (holder.isPresent() && holder.get().hostId() == null && holder.get().state() == LinkState.PENDING_CREATE) {
      // A pull's intent to create this record in the host, whose create did not finish: the operator's link
      // supersedes it (a later pull would otherwise resume it by lookup).
      links.remove(holder.get());
      holder = links.findByCwId(tenant, type, cwId);
    }
    if (holder.isPresent() && !hostId.equals(holder.get().hostId())) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise " + type.name() + " " + cwId
          + " is already linked to host record " + holder.get().hostId() + " (" + holder.get().state()
          + "); re-link that record first", type, hostId, null, null);
    }
    Instant now = engine.clock().instant();
    Link stored = null;
    for (int attempt = 0; attempt < 5 && stored == null; attempt++) {
      Optional<Link> current = links.findByHostId(tenant, type, hostId);
      if (current.isEmpty()) {
        LinkStore.PutResult put = links.putIfAbsent(Link.linked(tenant, type, hostId, cwId, now));
        stored = put.inserted() ? put.link() : null;
      } else {
        Link fresh = new Link(tenant, type, hostId, cwId, LinkState.LINKED, null, null, null, Map.of(), false,
            false, current.get().version(), now);
        stored = links.replace(current.get(), fresh).orElse(null);
      }
    }
    if (stored == null) {
      throw new CwsyncException(CoreErrorCode.CONCURRENT_MODIFICATION, "the link of host record " + hostId
          + " kept changing; try again", type, hostId, null, null);
    }
    config.adapters.adapter(tenant, type).ifPresent(a -> a.writeBackConnectWiseId(hostId, cwId));
    String flowId = "operator";
    for (RetryState state : List.of(RetryState.PARKED, RetryState.IGNORED, RetryState.RETRYING)) {
      for (RetryItem item : config.retryQueue.list(tenant, state, 10_000)) {
        RetryKey k = item.key();
        boolean mine = item.type().equals(type) && (k.direction() == Direction.PUSH
            ? k.recordId().equals(hostId) : Long.valueOf(cwId).equals(parseCwId(k.recordId())));
        if (mine) {
          config.retryQueue.requeue(k, now);
          flowId = k.flowId();
        }
      }
    }
    if (flowId.equals("operator")) {
      flowId = board.find(tenant).flatMap(t -> t.flowsInOrder().stream()
          .filter(f -> f.entityType().equals(type)).map(Flow::id).findFirst()).orElse("operator");
    }
    config.auditLog.append(new AuditEntry(tenant, flowId, type, Direction.PUSH, hostId, cwId, SyncAction.LINK,
        Outcome.SUCCESS, "re-linked by an operator", null, now));
    config.historyStore.append(new HistoryEntry(tenant, type, hostId, cwId, Direction.PUSH, SyncAction.LINK,
        Outcome.SUCCESS, "re-linked by an operator to ConnectWise id " + cwId, now, 0));
    return stored;
  }

  /**
   * Returns more operations for the people who run the sync (break a link, requeue what is parked in some flows,
   * the error report, the linked records), on this coordinator's stores and clock.
   *
   * @return the operations; cheap, may be called per use
   */
  public SyncOperations operations() {
    return new SyncOperations(this, config.linkStore, config.retryQueue, config.auditLog, config.clock);
  }

  /**
   * Returns this coordinator's lease owner name.
   *
   * @return the node id
   */
  public String nodeId() {
    return config.nodeId;
  }

  /**
   * Builds a {@link SyncCoordinator}. Not thread-safe. Required: credentials (or a client factory that ignores
   * them), adapters, rules and the six stores ({@link #inMemoryStores()} sets all of them for tests and demos).
   */
  public static final class Builder {
    private @Nullable CredentialsProvider credentials;
    private ClientFactory clientFactory = ClientFactory.standard();
    private @Nullable LinkStore linkStore;
    private @Nullable CursorStore cursorStore;
    private @Nullable AuditLog auditLog;
    private @Nullable HistoryStore historyStore;
    private @Nullable RetryQueue retryQueue;
    private @Nullable LeaseStore leaseStore;
    private @Nullable HostAdapterRegistry adapters;
    private @Nullable SyncRules rules;
    private Clock clock = Clock.systemUTC();
    private @Nullable ExecutorService executor;
    private final List<SyncListener> listeners = new ArrayList<>();
    private String nodeId = defaultNodeId();
    private int pageSize = 1000;
    private Duration overlap = Duration.ofMinutes(10);
    private Duration childSweepInterval = Duration.ofHours(24);
    private int hostBatchSize = 500;
    private int maxAttempts = 3;
    private Duration backoffBase = Duration.ofMinutes(1);
    private Duration backoffMax = Duration.ofHours(6);
    private Duration leaseTtl = Duration.ofMinutes(5);
    private double reconcileMaxDeleteShare = 0.10;
    private int retryBatch = 200;
    private int maxConcurrentPasses = 4;
    private Duration tick = Duration.ofSeconds(1);
    private @Nullable CallbackSettings callbacks;

    private Builder() {
    }

    private Builder(Builder b) {
      credentials = b.credentials;
      clientFactory = b.clientFactory;
      linkStore = b.linkStore;
      cursorStore = b.cursorStore;
      auditLog = b.auditLog;
      historyStore = b.historyStore;
      retryQueue = b.retryQueue;
      leaseStore = b.leaseStore;
      adapters = b.adapters;
      rules = b.rules;
      clock = b.clock;
      executor = b.executor;
      listeners.addAll(b.listeners);
      nodeId = b.nodeId;
      pageSize = b.pageSize;
      overlap = b.overlap;
      childSweepInterval = b.childSweepInterval;
      hostBatchSize = b.hostBatchSize;
      maxAttempts = b.maxAttempts;
      backoffBase = b.backoffBase;
      backoffMax = b.backoffMax;
      leaseTtl = b.leaseTtl;
      reconcileMaxDeleteShare = b.reconcileMaxDeleteShare;
      retryBatch = b.retryBatch;
      maxConcurrentPasses = b.maxConcurrentPasses;
      tick = b.tick;
      callbacks = b.callbacks;
    }

    private static String defaultNodeId() {
      return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Sets where tenants' ConnectWise connections come from.
     *
     * @param credentials the provider
     * @return this builder
     */
    public Builder credentials(CredentialsProvider credentials) {
      this.credentials = requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * Sets how a tenant's client is built (default {@link ClientFactory#standard()}).
     *
     * @param clientFactory the factory
     * @return this builder
     */
    public Builder clientFactory(ClientFactory clientFactory) {
      this.clientFactory = requireNonNull(clientFactory, "clientFactory == null");
      return this;
    }

    /**
     * Sets the link store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder linkStore(LinkStore store) {
      this.linkStore = requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Sets the cursor store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder cursorStore(CursorStore store) {
      this.cursorStore = requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Sets the audit log.
     *
     * @param log the log
     * @return this builder
     */
    public Builder auditLog(AuditLog log) {
      this.auditLog = requireNonNull(log, "log == null");
      return this;
    }

    /**
     * Sets the history store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder historyStore(HistoryStore store) {
      this.historyStore = requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Sets the retry queue.
     *
     * @param queue the queue
     * @return this builder
     */
    public Builder retryQueue(RetryQueue queue) {
      this.retryQueue = requireNonNull(queue, "queue == null");
      return this;
    }

    /**
     * Sets the lease store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder leaseStore(LeaseStore store) {
      this.leaseStore = requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Uses fresh in-memory stores for all six stores (state is lost on restart: for tests and demos); the lease
     * store uses the clock set so far, so set {@link #clock(Clock)} first. Call it before
     * setting individual stores you want to keep.
     *
     * @return this builder
     */
    public Builder inMemoryStores() {
      linkStore = new MemoryLinkStore();
      cursorStore = new MemoryCursorStore();
      auditLog = new MemoryAuditLog();
      historyStore = new MemoryHistoryStore();
      retryQueue = new MemoryRetryQueue();
      leaseStore = new MemoryLeaseStore(clock);
      return this;
    }

    /**
     * Sets the host adapters.
     *
     * @param adapters the registry
     * @return this builder
     */
    public Builder adapters(HostAdapterRegistry adapters) {
      this.adapters = requireNonNull(adapters, "adapters == null");
      return this;
    }

    /**
     * Sets the sync rules (usually {@code mapping}'s engine).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(SyncRules rules) {
      this.rules = requireNonNull(rules, "rules == null");
      return this;
    }

    /**
     * Sets the clock (time of audit entries, retries, schedules). Tests inject a controllable one.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets the executor the scheduler runs passes on (default: an owned pool of {@link #maxConcurrentPasses(int)}
     * daemon threads).
     *
     * @param executor the executor; not shut down by {@link #close()}
     * @return this builder
     */
    public Builder executor(ExecutorService executor) {
      this.executor = requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(SyncListener listener) {
      listeners.add(requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Sets this node's lease owner name (default: JVM name plus a random suffix).
     *
     * @param nodeId the name
     * @return this builder
     */
    public Builder nodeId(String nodeId) {
      this.nodeId = requireNonNull(nodeId, "nodeId == null");
      return this;
    }

    /**
     * Sets the ConnectWise page size for pulls (default and maximum 1,000).
     *
     * @param pageSize 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize must be 1..1000: " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets how far behind the watermark incremental pulls start (default 10 minutes; at least the worst clock skew
     * and commit delay, G3).
     *
     * @param overlap zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder overlap(Duration overlap) {
      if (requireNonNull(overlap, "overlap == null").isNegative()) {
        throw new IllegalArgumentException("overlap must not be negative: " + overlap);
      }
      this.overlap = overlap;
      return this;
    }

    /**
     * Sets how often a child flow (such as forecast items under opportunities) lists the children of every parent
     * (default 24 hours). Between sweeps a child pull lists only the children of parents whose {@code lastUpdated}
     * moved since this node last listed them: ConnectWise does not move a parent's {@code lastUpdated} when only a
     * child changes, so such a change reaches the host within one interval. The next child pull after a completed
     * {@link SyncCoordinator#reconcile reconciliation} of the parent flow sweeps too. Shorter costs one request per
     * parent per sweep; {@link Duration#ZERO} sweeps on every pass.
     *
     * @param interval zero or positive
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder childSweepInterval(Duration interval) {
      if (requireNonNull(interval, "interval == null").isNegative()) {
        throw new IllegalArgumentException("child sweep interval must not be negative: " + interval);
      }
      this.childSweepInterval = interval;
      return this;
    }

    /**
     * Sets how many host changes are read per batch (default 500).
     *
     * @param size positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder hostBatchSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("hostBatchSize must be positive: " + size);
      }
      this.hostBatchSize = size;
      return this;
    }

    /**
     * Sets after how many failed attempts (reports) a retryable failure is parked (default 3, the seeds' "reported
     * 2-3 times then falls off"). Permanent failures (validation, ambiguity) park on the first.
     *
     * @param maxAttempts positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the retry backoff: exponential from {@code base}, capped at {@code max}, with up to 20% jitter.
     *
     * @param base the first delay; positive
     * @param max the cap; at least {@code base}
     * @return this builder
     * @throws IllegalArgumentException if the values are inconsistent
     */
    public Builder backoff(Duration base, Duration max) {
      requireNonNull(base, "base == null");
      requireNonNull(max, "max == null");
      if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
        throw new IllegalArgumentException("backoff needs 0 < base <= max: " + base + ", " + max);
      }
      this.backoffBase = base;
      this.backoffMax = max;
      return this;
    }

    /**
     * Sets how long a stream lease lasts between renewals (default 5 minutes; renewed after every page).
     *
     * @param ttl positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder leaseTtl(Duration ttl) {
      if (requireNonNull(ttl, "ttl == null").isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("leaseTtl must be positive: " + ttl);
      }
      this.leaseTtl = ttl;
      return this;
    }

    /**
     * Sets the mass-delete guard of {@link SyncCoordinator#reconcile(Tenant, String)}: when a completed scan would
     * tombstone more than this share of a flow's linked records, the diff is aborted and nothing is tombstoned
     * (default 0.10, that is 10%).
     *
     * @param share from 0 (any inferred delete aborts the diff) to 1 (the guard never trips), inclusive
     * @return this builder
     * @throws IllegalArgumentException if not within [0, 1]
     */
    public Builder reconcileMaxDeleteShare(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("reconcileMaxDeleteShare must be within [0, 1]: " + share);
      }
      this.reconcileMaxDeleteShare = share;
      return this;
    }

    /**
     * Sets how many passes the scheduler runs at once across tenants (default 4).
     *
     * @param max positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxConcurrentPasses(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentPasses must be positive: " + max);
      }
      this.maxConcurrentPasses = max;
      return this;
    }

    /**
     * Sets how often the scheduler looks for due tenants (default 1 second).
     *
     * @param tick positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder tick(Duration tick) {
      if (requireNonNull(tick, "tick == null").isNegative() || tick.isZero()) {
        throw new IllegalArgumentException("tick must be positive: " + tick);
      }
      this.tick = tick;
      return this;
    }

    /**
     * Lets the coordinator manage ConnectWise callbacks (default: none, every stream is polled). For each scheduled
     * tenant it registers the callbacks its top-level pull flows can use at {@link CallbackSettings#url(TenantId)}
     * (at once, then checked every {@link CallbackSettings#checkEvery()}, see
     * {@link SyncCoordinator#checkCallbacks}); the host's endpoint at that URL passes deliveries to
     * {@link SyncCoordinator#acceptCallback}. While a stream's callback is healthy, its scheduled poll sends no
     * request, except one safety poll every {@link CallbackSettings#safetyPollEvery()}; while it is down, or has been
     * re-registered and not polled since, the stream is polled as usual. Explicit {@link SyncCoordinator#runPass}
     * and {@link SyncCoordinator#runFlow} calls always poll.
     *
     * @param settings where deliveries go and how often to check
     * @return this builder
     */
    public Builder callbacks(CallbackSettings settings) {
      this.callbacks = requireNonNull(settings, "settings == null");
      return this;
    }

    /**
     * Builds the coordinator from a copy of this builder's state: later changes to this builder do not affect it.
     *
     * @return the coordinator
     * @throws CwsyncException with {@link CoreErrorCode#INVALID_CONFIGURATION} listing every missing component
     */
    public SyncCoordinator build() {
      List<String> missing = new ArrayList<>();
      if (credentials == null) {
        missing.add("credentials");
      }
      if (adapters == null) {
        missing.add("adapters");
      }
      if (rules == null) {
        missing.add("rules");
      }
      if (linkStore == null) {
        missing.add("linkStore");
      }
      if (cursorStore == null) {
        missing.add("cursorStore");
      }
      if (auditLog == null) {
        missing.add("auditLog");
      }
      if (historyStore == null) {
        missing.add("historyStore");
      }
      if (retryQueue == null) {
        missing.add("retryQueue");
      }
      if (leaseStore == null) {
        missing.add("leaseStore");
      }
      if (!missing.isEmpty()) {
        throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION, "SyncCoordinator needs " + missing);
      }
      // A copy, so that changing this builder afterwards never reaches the running coordinator.
      return new SyncCoordinator(new Builder(this));
    }
  }
}
