package io.cwsync.core.internal;

import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Query;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The first pages of one pass's dependent initial pulls, read while the flows they depend on are pulled (issue 14).
 *
 * <p>Design note. A flow that depends on another (contacts on companies) starts its pull only once the other's pull
 * is over, and a ranged initial pull plans its ranges from its first page: one round trip in which the pass has
 * nothing else to do. Reading that page does not depend on the other flow's records (applying it does), so when the
 * other flow's own ranged initial pull has its first page, the dependents' first pages are read ahead on short-lived
 * threads of their own, within the tenant's budget (the client's token bucket and in-flight limit), and each is handed
 * to its flow's pull if that pull asks for exactly the same query. The pull then counts its watermark from when the
 * page was requested, earlier than its own start, which can only lower the watermark (G3: a record changed after the
 * read has a later {@code lastUpdated} and the incremental pull reads it). A read that failed, or a pull that asks for
 * another query (its cursor moved meanwhile), is not used: the pull reads its first page itself. A page no pull takes
 * (the flow was skipped, its dependency failed) is dropped with the pass; it cost one request. Only flows of the pass
 * are read ahead (a pass of the companies alone, {@code runFlow} or a scheduled pass of the flows due, would never
 * take the contacts' page), and when the pass ends a read still under way is interrupted, so no request, thread or
 * page outlives it (a read retrying a 429 would otherwise keep asking after the pass ended throttled).
 */
public final class FirstPages {

  /** A first page read ahead: the query it answers, when it was requested, the page once read, and its reader. */
  private record Ahead(Query query, long startNanos, CompletableFuture<Page<ConnectWiseRecord>> page,
      Thread reader) {
  }

  /**
   * A first page handed to its pull.
   *
   * @param page the page
   * @param startNanos {@link System#nanoTime()} just before it was requested
   */
  record Taken(Page<ConnectWiseRecord> page, long startNanos) {
  }

  private final ConcurrentMap<String, Ahead> byFlow = new ConcurrentHashMap<>();
  /** The flows of the pass: only their pages are worth reading ahead. */
  private final Set<String> passFlows;
  private volatile boolean discarded;

  /** Reads nothing ahead: a call that is not a pass (a callback, a real-time push, a reconciliation step). */
  public FirstPages() {
    this(Set.of());
  }

  /**
   * The read-ahead of one pass.
   *
   * @param passFlows the ids of the pass's flows
   */
  public FirstPages(Collection<String> passFlows) {
    this.passFlows = Set.copyOf(passFlows);
  }

  /**
   * Whether a page of {@code flowId} would be taken in this pass, so worth reading ahead: the flow runs in it.
   *
   * @param flowId the flow
   * @return true if the flow is one of the pass's
   */
  boolean reads(String flowId) {
    return passFlows.contains(flowId) && !discarded;
  }

  /**
   * Starts reading a flow's first page on a daemon thread, unless one is read for it already.
   *
   * @param flowId the flow
   * @param query the query its pull will send first
   * @param read sends it
   */
  void readAhead(String flowId, Query query, Supplier<Page<ConnectWiseRecord>> read) {
    if (!reads(flowId)) {
      return;
    }
    CompletableFuture<Page<ConnectWiseRecord>> page = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        page.complete(read.get());
      } catch (Throwable e) {
        page.completeExceptionally(e);
      }
    }, "cwsync-read-ahead-" + flowId);
    t.setDaemon(true);
    if (byFlow.putIfAbsent(flowId, new Ahead(query, System.nanoTime(), page, t)) != null) {
      return;
    }
    try {
      t.start();
    } catch (Throwable e) {
      // Never started (no thread to be had): a pull waiting for it would wait forever; it reads the page itself.
      page.completeExceptionally(e);
      throw e;
    }
  }

  /**
   * Takes the page read ahead for {@code flowId} if it answers {@code query}, waiting for it if it is still being
   * read.
   *
   * @return the page, or null if none was read ahead for that query or the read failed
   */
  @Nullable Taken take(String flowId, Query query) {
    Ahead ahead = byFlow.remove(flowId);
    if (ahead == null || !ahead.query().equals(query)) {
      return null;
    }
    try {
      return new Taken(ahead.page().join(), ahead.startNanos());
    } catch (CompletionException | CancellationException e) {
      // The pull reads it itself and meets whatever the read met (a 429 ends the run throttled).
      return null;
    }
  }

  /**
   * Ends the pass's read-ahead: drops the pages no pull took and interrupts the reads still under way (the client
   * gives up a request or a retry's pause on an interrupt), so none outlives the pass. Reads nothing ahead after.
   */
  public void discard() {
    discarded = true;
    for (String flowId : byFlow.keySet()) {
      Ahead ahead = byFlow.remove(flowId);
      if (ahead != null && !ahead.page().isDone()) {
        ahead.reader().interrupt();
      }
    }
  }

  /** Whether a page is read ahead (or being read) for {@code flowId}; for tests. */
  boolean has(String flowId) {
    return byFlow.containsKey(flowId);
  }
}
