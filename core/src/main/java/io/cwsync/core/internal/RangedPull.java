package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.DecodeFailure;
import io.cwsync.connectwise.Page;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.model.Flow;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.IdRange;
import io.cwsync.core.spi.InitialPull;
import io.cwsync.core.spi.PageBatch;
import io.cwsync.core.spi.VersionedCursor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * An initial (full) pull of a top-level flow read as id ranges in parallel, within the tenant's in-flight budget.
 *
 * <p>Design notes. Discovery costs no request beyond the paging minimum: the first request is the first data page
 * itself, {@code orderBy=id asc} with a full page size and no id bound. It gives the lowest id, the id density of the
 * page, and (its navigable {@code Link rel="last"}) the number of pages of the whole query, so no {@code /count} is
 * sent. A stream that fits on that page is done after one request. Otherwise the ids after the page are cut into
 * ranges that each hold a whole number of pages at the page's density (at most one range per request the budget lets
 * fly at once), the last range open-ended, so with dense ids every range ends on a full or its one short page and the
 * pull reads exactly {@code ceil(n / pageSize)} pages. A server without {@code rel="last"} costs one {@code /count}.
 * Ranges are read by id keyset, never by page number: a record deleted mid-pull shifts no other record out of its
 * page, and a record created mid-pull above the last range is read by the incremental pull (its {@code lastUpdated}
 * is after the watermark below).
 *
 * <p>Watermark (G3). The stream continues from a watermark {@code W} no later than ConnectWise's clock when the
 * first page was read ({@code s0}, in {@code lastUpdated}'s clock): a record changed after its range was read then
 * has {@code lastUpdated >= s0 >= W} and the incremental pull reads it again. The highest {@code lastUpdated} seen
 * over the pull would not do (a record of a finished range changed early, then one of a later range changed late,
 * puts the second's time above the first's). A one-record {@code orderBy=lastUpdated desc} read would give the exact
 * newest value at {@code s0} but costs a request per stream. The server's {@code Date} header minus the overlap would
 * be free, but it is another clock (the web tier's, possibly a CDN edge's) compared with the one that stamps
 * {@code lastUpdated}, and no bound on that skew is known. What is used instead compares {@code lastUpdated} only with
 * itself: every value on page {@code p} was stamped no later than {@code p}'s read, which ended at most
 * {@code elapsed(p)} (this process's monotonic clock, from sending the first request to receiving {@code p}) after
 * {@code s0}; so {@code W = max over pages of (newest lastUpdated on p - elapsed(p))}, rounded down to the second
 * ({@code lastUpdated}'s resolution), and the first page's own newest value as it is. It only assumes what the
 * incremental pull assumes already (the stamping clock runs forward at the real rate; the overlap absorbs skew between
 * the servers that stamp). In a busy tenant the pages read late carry values near their read time, so {@code W} ends
 * near {@code s0}; in a quiet one {@code W} is at most the pull's duration below the newest value, which the first
 * incremental pull re-reads in its one page. A pull resumed by another process cannot measure time since {@code s0}:
 * it keeps the stored watermark, raised no further.
 *
 * <p>Concurrency: one fetcher thread per range reads its range forward-only ({@code id >= next and id < to},
 * {@code orderBy=id asc}, the next page keyed on the last id) and runs one page ahead: it fetches page n+1 while the
 * run's thread applies page n. The client's in-flight semaphore and token bucket (built from the tenant's
 * {@link io.cwsync.core.model.RateBudget}) cap what reaches ConnectWise. Every page is applied on the run's own
 * thread, one at a time, so host adapters need not be thread-safe, the stores see one writer per stream, and each
 * page's checkpoint (every range's position and the watermark so far, one compare-and-set fenced by the lease)
 * follows its stored records exactly as in the sequential scan. A fetch that fails ends the pull with that failure
 * (a 429 ends it THROTTLED) at the last checkpoint; the next run resumes each range from its stored {@code next},
 * re-reading no finished range. At most two pages per range are held at once (one applied or queued, one being
 * fetched).
 *
 * <p>Progress: the total is the first page's bound ({@code lastPage * pageSize}, an upper bound) until the pull ends,
 * then the records read.
 */
final class RangedPull {

  /** A fetched page of one range (and how long after the first request was sent it arrived), or the failure. */
  private record Fetched(int range, @Nullable Page<ConnectWiseRecord> page, long next, long elapsedNanos,
      @Nullable RuntimeException error) {
  }

  /** How long the applying thread waits for a page before it checks the lease again. */
  private static final long POLL_MILLIS = 200;

  /** The end of the last range: open, as the highest id is not read separately (no request spent on it). */
  static final long OPEN_END = Long.MAX_VALUE;

  private final PullStep step;
  private final FlowRun run;
  /** {@link System#nanoTime()} just before the first page's request, or null if another process sent it. */
  private @Nullable Long startNanos;
  /** Ids read at each {@code lastUpdated} at or after the watermark so far: the final one's become idsAtWatermark. */
  private final TreeMap<Instant, Set<Long>> idsByLastUpdated = new TreeMap<>();

  RangedPull(PullStep step) {
    this.step = step;
    this.run = step.run;
  }

  /** Whether the initial pull of this run is read in id ranges: one under way, or a budget allowing parallel reads. */
  static boolean applies(FlowRun run) {
    return run.cursor.watermark() == null && run.flow.parent() == null && (run.cursor.initialPull() != null
        || run.tenant.rateBudget().maxConcurrentRequests() > 1);
  }

  /**
   * Reads the pull in id ranges and hands every record to {@code each} on this thread; when every range is done the
   * cursor's watermark is set to the pull's start watermark and the ranges are cleared.
   *
   * @param filter the pull's own conditions (scope conditions of the rules), null if none
   */
  void pull(@Nullable Condition filter, Consumer<ConnectWiseRecord> each) {
    InitialPull state = run.cursor.initialPull();
    if (state == null) {
      Query firstQuery = pageQuery(filter, null, OPEN_END);
      FirstPages.Taken ahead = run.rt.firstPages().take(run.flow.id(), firstQuery);
      Page<ConnectWiseRecord> first;
      if (ahead != null) {
        // Read while the flows this one waits for were pulled (FirstPages); the watermark counts from that read.
        startNanos = ahead.startNanos();
        first = ahead.page();
      } else {
        startNanos = System.nanoTime();
        first = run.rt.gateway().page(run.flow.resource(), null, firstQuery);
      }
      readAheadDependents();
      Instant newest = newest(first);
      Long lowest = lowestId(first);
      if (first.isEmpty()) {
        // Nothing to read: the stream stays at its initial state, and the next pass pulls it from the start.
        run.total = 0;
        return;
      }
      if (lowest == null || newest == null) {
        // Nothing with an id or a lastUpdated: the sequential scan reads (and reports) it as before.
        step.scan(run.flow, filter, false, each);
        return;
      }
      long afterFirst = highestId(first, lowest) + 1;
      boolean whole = first.size() < run.settings.pageSize() || !first.hasNext();
      List<IdRange> ranges = new ArrayList<>();
      ranges.add(IdRange.of(lowest, afterFirst));
      if (whole) {
        run.total = first.size();
      } else {
        ranges.addAll(planAfter(first, filter, lowest, afterFirst));
        StepSupport.LOG.info("{}: initial pull of up to {} records in {} id ranges from {}", run.flow.id(),
            run.total, ranges.size(), lowest);
      }
      state = new InitialPull(truncated(newest), ranges);
      step.checkpoint(run.cursor.withInitialPull(state));
      Runnable applyFirst = () -> apply(0, first, afterFirst, 0, each);
      if (whole) {
        applyFirst.run();
      } else {
        // The ranges' first requests go out before the first page is applied, not after: applying a page takes
        // longer than its round trip on a cold process (class loading, the interpreter), and the budget's burst
        // would wait for it meanwhile.
        readRanges(filter, state, each, applyFirst);
      }
    }
    if (!run.cursor.initialPull().done()) {
      readRanges(filter, run.cursor.initialPull(), each, null);
    }
    Instant wm = run.cursor.initialPull().watermark();
    Set<Long> ids = idsByLastUpdated.getOrDefault(wm, Set.of());
    // The pull is over: its total is what was read (the first page only bounded it).
    run.total = run.read;
    step.checkpoint(run.cursor.withWatermark(wm, ids).withInitialPull(null));
  }

  /**
   * The ranges after the first page: whole pages each at the first page's id density, as many as the budget lets
   * fly at once, the last one open-ended. Sets the run's total to the query's bound.
   */
  private List<IdRange> planAfter(Page<ConnectWiseRecord> first, @Nullable Condition filter, long lowest,
      long afterFirst) {
    int pageSize = run.settings.pageSize();
    long pagesAfter;
    if (first.lastPage() > 1) {
      pagesAfter = first.lastPage() - 1L;
      run.total = first.size() + pagesAfter * pageSize;
    } else {
      // No rel="last" (ConnectWise sends it on navigable pages; another server may not): one /count instead.
      long count = run.rt.gateway().count(run.flow.resource(), null, Query.builder().conditions(filter).build());
      run.total = count;
      pagesAfter = Math.max(1, (count - first.size() + pageSize - 1) / pageSize);
    }
    double idsPerRecord = Math.max(1.0, (double) (afterFirst - lowest) / Math.max(1, first.size()));
    return split(afterFirst, pagesAfter, pageSize, idsPerRecord, run.tenant.rateBudget().maxConcurrentRequests());
  }

  /**
   * Cuts the ids from {@code from} on into at most {@code maxRanges} ranges holding {@code pages} pages together, each
   * a whole number of pages at {@code idsPerRecord} ids per record (1 for dense ids), the pages spread as evenly as
   * they go; the last range is open-ended ({@link #OPEN_END}).
   */
  static List<IdRange> split(long from, long pages, int pageSize, double idsPerRecord, int maxRanges) {
    long k = Math.max(1, Math.min(maxRanges, pages));
    long base = pages / k;
    long extra = pages % k;
    List<IdRange> out = new ArrayList<>();
    long start = from;
    for (long i = 0; i < k; i++) {
      if (i == k - 1) {
        out.add(IdRange.of(start, OPEN_END));
        break;
      }
      long rangePages = base + (i < extra ? 1 : 0);
      long width = Math.max(1, (long) Math.ceil(rangePages * pageSize * idsPerRecord));
      out.add(IdRange.of(start, start + width));
      start += width;
    }
    return out;
  }

  /** A range's page: ids from {@code next} (the whole query when null) below {@code to}, in id order. */
  private Query pageQuery(@Nullable Condition filter, @Nullable Long next, long to) {
    Condition bounds = null;
    if (next != null) {
      bounds = Condition.field("id").ge(next);
    }
    if (to != OPEN_END) {
      bounds = and(bounds, Condition.field("id").lt(to));
    }
    return pageQuery(and(filter, bounds), run.settings.pageSize(), step.pulledFields(run.flow));
  }

  /** A ranged pull's page query: {@code conditions}, ordered by id, a full page of the fields the flow maps. */
  private static Query pageQuery(@Nullable Condition conditions, int pageSize, Optional<List<String>> fields) {
    Query.Builder qb = Query.builder().conditions(conditions).orderByAsc("id").pageSize(pageSize);
    fields.ifPresent(f -> qb.fields(f.toArray(String[]::new)));
    return qb.build();
  }

  /**
   * Starts reading ahead the first pages of the top-level flows of this pass that wait for this one and whose pulls
   * are initial pulls not yet begun, as this one is: each is the query its own ranged pull will send first (see
   * {@link FirstPages}).
   */
  private void readAheadDependents() {
    for (Flow f : run.tenant.flowsInOrder()) {
      if (f.parent() != null || !f.direction().pulls() || !f.dependencies().contains(run.flow.id())
          || !run.rt.firstPages().reads(f.id())) {
        continue;
      }
      try {
        Cursor c = run.cursors.find(run.tid, f.id()).map(VersionedCursor::cursor).orElse(Cursor.INITIAL);
        if (c.watermark() != null || c.initialPull() != null) {
          continue;
        }
        Query q = pageQuery(run.rules.pullConditions(f, false).orElse(null), run.settings.pageSize(),
            step.pulledFields(f));
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        run.rt.firstPages().readAhead(f.id(), q, () -> {
          // The client's log lines of this read (a retry, a throttle) name the tenant and the flow read ahead.
          if (mdc != null) {
            MDC.setContextMap(mdc);
          }
          MDC.put("cwsync.flow", f.id());
          return run.rt.gateway().page(f.resource(), null, q);
        });
      } catch (RuntimeException e) {
        // Only a head start: the flow's own run reads its first page and reports what fails there.
        StepSupport.LOG.debug("{}: no read-ahead of {}'s first page: {}", run.flow.id(), f.id(), e.toString());
      }
    }
  }

  /**
   * Reads the open ranges of {@code state} concurrently and applies their pages on this thread.
   *
   * @param applyFirst applies the first page (range 0, which it completes) once the other ranges' fetchers have
   *     started; null when there is no first page to apply (a resumed pull)
   */
  private void readRanges(@Nullable Condition filter, InitialPull state, Consumer<ConnectWiseRecord> each,
      @Nullable Runnable applyFirst) {
    List<Integer> open = new ArrayList<>();
    for (int i = applyFirst == null ? 0 : 1; i < state.ranges().size(); i++) {
      if (!state.ranges().get(i).done()) {
        open.add(i);
      }
    }
    BlockingQueue<Fetched> ready = new LinkedBlockingQueue<>();
    AtomicBoolean stopped = new AtomicBoolean();
    Semaphore[] ahead = new Semaphore[state.ranges().size()];
    ExecutorService pool = pool(Math.min(open.size(), Math.max(1,
        run.tenant.rateBudget().maxConcurrentRequests())));
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    try {
      for (int i : open) {
        ahead[i] = new Semaphore(2);
        IdRange r = state.ranges().get(i);
        pool.execute(() -> withMdc(mdc, () -> {
          fetchRange(i, r, filter, ready, stopped, ahead[i]);
          return null;
        }));
      }
      if (applyFirst != null) {
        applyFirst.run();
      }
      int remaining = open.size();
      while (remaining > 0) {
        Fetched f;
        try {
          f = ready.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StopRun(StreamStatus.FAILED, "interrupted while waiting for a page", null);
        }
        if (f == null) {
          step.fence();
          continue;
        }
        if (f.error() != null) {
          throw f.error();
        }
        Page<ConnectWiseRecord> page = java.util.Objects.requireNonNull(f.page());
        apply(f.range(), page, f.next(), f.elapsedNanos(), each);
        ahead[f.range()].release();
        if (run.cursor.initialPull().ranges().get(f.range()).done()) {
          remaining--;
        }
      }
    } finally {
      stopped.set(true);
      stop(pool);
    }
  }

  /** A range's fetcher: reads page after page, at most one ahead of the applying thread. */
  private void fetchRange(int index, IdRange range, @Nullable Condition filter, BlockingQueue<Fetched> ready,
      AtomicBoolean stopped, Semaphore ahead) {
    long next = range.next();
    try {
      while (!stopped.get() && next < range.to()) {
        ahead.acquire();
        if (stopped.get()) {
          return;
        }
        Page<ConnectWiseRecord> page = run.rt.gateway().page(run.flow.resource(), null,
            pageQuery(filter, next, range.to()));
        long elapsed = startNanos == null ? -1 : System.nanoTime() - startNanos;
        long after = nextAfter(page, next, range);
        ready.add(new Fetched(index, page, after, elapsed, null));
        next = after;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      ready.add(new Fetched(index, null, next, -1, e));
    }
  }

  /**
   * Where a range continues after {@code page}: past its highest id, read or not (an unreadable element with a
   * readable id counts, as in the sequential scan); the range's end after a short page or one without a next link.
   */
  private long nextAfter(Page<ConnectWiseRecord> page, long from, IdRange range) {
    if (page.size() < run.settings.pageSize() || !page.hasNext()) {
      return range.to();
    }
    long highest = highestId(page, Long.MIN_VALUE);
    if (highest < from) {
      // The server ignored the id condition or its order: paging on would loop forever.
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise returned a page that does not advance past"
          + " id " + from + " in range [" + range.from() + ", " + range.to() + "); check orderBy and conditions"
          + " support", run.flow.entityType(), null, "id", null);
    }
    return highest + 1;
  }

  /**
   * Applies one page on this thread and checkpoints its range (with every other range's position and the watermark
   * the page allows) after it.
   *
   * @param elapsedNanos how long after the first page's request this page arrived; 0 for the first page itself,
   *     negative if unknown (a resumed pull), which leaves the watermark as stored
   */
  private void apply(int index, Page<ConnectWiseRecord> page, long next, long elapsedNanos,
      Consumer<ConnectWiseRecord> each) {
    step.renew();
    List<ConnectWiseRecord> items = page.items();
    PageBatch batch = run.links instanceof PageBatch pb && !items.isEmpty() ? pb : null;
    if (batch != null) {
      List<Long> ids = new ArrayList<>(items.size());
      for (ConnectWiseRecord r : items) {
        if (r.id() != null) {
          ids.add(r.id().longValue());
        }
      }
      batch.beginPage(run.tid, run.flow.id(), run.flow.entityType(), ids);
    }
    try {
      if (each instanceof PullStep.PageAware pa) {
        pa.beforePage(items);
      }
      for (ConnectWiseRecord r : items) {
        each.accept(r);
      }
      page.failures().forEach(f -> step.parkUnreadable(f, null));
      InitialPull state = java.util.Objects.requireNonNull(run.cursor.initialPull());
      Instant wm = state.watermark();
      Instant newest = newest(page);
      if (newest != null && elapsedNanos >= 0) {
        // Every value on this page was stamped before it arrived, at most elapsedNanos after the first read.
        Instant bound = truncated(newest.minusNanos(elapsedNanos));
        if (bound.isAfter(wm)) {
          wm = bound;
          idsByLastUpdated.headMap(wm).clear();
        }
      }
      for (ConnectWiseRecord r : items) {
        Instant t = lastUpdated(r);
        if (r.id() != null && t != null && !t.isBefore(wm)) {
          idsByLastUpdated.computeIfAbsent(t, x -> new HashSet<>()).add(r.id().longValue());
        }
      }
      IdRange moved = state.ranges().get(index).withNext(next);
      InitialPull updated = new InitialPull(wm, state.ranges()).withRange(index, moved);
      step.checkpoint(run.cursor.withInitialPull(updated));
      if (!items.isEmpty()) {
        run.pages++;
        step.progress();
      }
    } finally {
      if (batch != null) {
        batch.endPage();
      }
    }
  }

  /** The newest {@code lastUpdated} on a page, read or unreadable; null if none has one. */
  private static @Nullable Instant newest(Page<ConnectWiseRecord> page) {
    Instant newest = null;
    for (ConnectWiseRecord r : page.items()) {
      Instant t = lastUpdated(r);
      if (t != null && (newest == null || t.isAfter(newest))) {
        newest = t;
      }
    }
    for (DecodeFailure f : page.failures()) {
      if (f.lastUpdated() != null && (newest == null || f.lastUpdated().isAfter(newest))) {
        newest = f.lastUpdated();
      }
    }
    return newest;
  }

  /** The lowest id on a page, read or unreadable; null if none has one. */
  private static @Nullable Long lowestId(Page<ConnectWiseRecord> page) {
    Long lowest = null;
    for (ConnectWiseRecord r : page.items()) {
      if (r.id() != null && (lowest == null || r.id() < lowest)) {
        lowest = r.id().longValue();
      }
    }
    for (DecodeFailure f : page.failures()) {
      if (f.id() != null && (lowest == null || f.id() < lowest)) {
        lowest = f.id();
      }
    }
    return lowest;
  }

  /** The highest id on a page, read or unreadable; {@code otherwise} if none has one. */
  private static long highestId(Page<ConnectWiseRecord> page, long otherwise) {
    long highest = Long.MIN_VALUE;
    for (ConnectWiseRecord r : page.items()) {
      if (r.id() != null) {
        highest = Math.max(highest, r.id().longValue());
      }
    }
    for (DecodeFailure f : page.failures()) {
      if (f.id() != null) {
        highest = Math.max(highest, f.id());
      }
    }
    return highest == Long.MIN_VALUE ? otherwise : highest;
  }

  /** Rounded down to the second, {@code lastUpdated}'s resolution. */
  private static Instant truncated(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }

  private ExecutorService pool(int threads) {
    AtomicInteger n = new AtomicInteger();
    String name = "cwsync-pull-" + run.flow.id() + "-";
    return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Stops the fetchers: interrupted where they wait; a request in flight ends with its own timeout at the latest. */
  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T withMdc(@Nullable Map<String, String> mdc, java.util.function.Supplier<T> body) {
    if (mdc != null) {
      MDC.setContextMap(mdc);
    }
    try {
      return body.get();
    } finally {
      MDC.clear();
    }
  }
}
