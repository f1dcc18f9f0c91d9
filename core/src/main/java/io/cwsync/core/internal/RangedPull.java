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
import io.cwsync.core.spi.IdRange;
import io.cwsync.core.spi.InitialPull;
import io.cwsync.core.spi.PageBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Design notes. Discovery: the pull's {@code /count} (taken by {@link PullStep}), the lowest and the highest id
 * ({@code orderBy=id asc|desc}, one record each) and the highest {@code lastUpdated} (one record), the watermark the
 * stream continues from once every range is done (see {@link InitialPull}). The id span is cut into ranges that each
 * hold a whole number of pages at the measured id density, so with dense ids the ranges cost no request beyond the
 * paging minimum; at most one range per request the budget lets fly at once.
 *
 * <p>Concurrency: one fetcher thread per range reads its range forward-only ({@code id >= next and id < to},
 * {@code orderBy=id asc}, the next page keyed on the last id) and runs one page ahead: it fetches page n+1 while the
 * run's thread applies page n. The client's in-flight semaphore and token bucket (built from the tenant's
 * {@link io.cwsync.core.model.RateBudget}) cap what reaches ConnectWise. Every page is applied on the run's own
 * thread, one at a time, so host adapters need not be thread-safe, the stores see one writer per stream, and each
 * page's checkpoint (every range's position, one compare-and-set fenced by the lease) follows its stored records
 * exactly as in the sequential scan. A fetch that fails ends the pull with that failure (a 429 ends it THROTTLED) at
 * the last checkpoint; the next run resumes each range from its stored {@code next}, re-reading no finished range.
 * At most two pages per range are held at once (one applied or queued, one being fetched).
 */
final class RangedPull {

  /** A fetched page of one range, or the failure that ended the range's fetcher. */
  private record Fetched(int range, @Nullable Page<ConnectWiseRecord> page, long next,
      @Nullable RuntimeException error) {
  }

  /** How long the applying thread waits for a page before it checks the lease again. */
  private static final long POLL_MILLIS = 200;

  private final PullStep step;
  private final FlowRun run;

  RangedPull(PullStep step) {
    this.step = step;
    this.run = step.run;
  }

  /** Whether the initial pull of this run is read in id ranges: one under way, or a budget allowing parallel reads. */
  static boolean applies(FlowRun run) {
    return run.cursor.watermark() == null && run.flow.parent() == null && (run.cursor.initialPull() != null
        || (run.tenant.rateBudget().maxConcurrentRequests() > 1 && run.total > run.settings.pageSize()));
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
      state = discover(filter);
      if (state == null) {
        // Nothing with an id or a lastUpdated: the sequential scan reads (and reports) it as before.
        step.scan(run.flow, filter, false, each);
        return;
      }
      step.checkpoint(run.cursor.withInitialPull(state));
    }
    Set<Long> idsAtWatermark = new HashSet<>();
    if (!state.done()) {
      readRanges(filter, state, idsAtWatermark, each);
    }
    InitialPull finished = run.cursor.initialPull();
    Instant wm = finished == null ? state.watermark() : finished.watermark();
    step.checkpoint(run.cursor.withWatermark(wm, idsAtWatermark).withInitialPull(null));
  }

  /** The discovery requests (three, issued together) and the ranges; null if the bounds cannot be read. */
  private @Nullable InitialPull discover(@Nullable Condition filter) {
    Query lowest = Query.builder().conditions(filter).orderByAsc("id").pageSize(1).fields("id", "_info").build();
    Query highest = Query.builder().conditions(filter).orderByDesc("id").pageSize(1).fields("id", "_info").build();
    Query newest = Query.builder().conditions(filter).orderByDesc(LAST_UPDATED).orderByDesc("id").pageSize(1)
        .fields("id", "_info").build();
    List<Query> queries = List.of(lowest, highest, newest);
    List<@Nullable ConnectWiseRecord> firsts = new ArrayList<>();
    // In parallel as far as the budget allows: the client may allow more than the tenant's budget.
    ExecutorService pool = pool(Math.min(queries.size(), run.tenant.rateBudget().maxConcurrentRequests()));
    try {
      List<java.util.concurrent.Future<Page<ConnectWiseRecord>>> futures = new ArrayList<>();
      Map<String, String> mdc = MDC.getCopyOfContextMap();
      for (Query q : queries) {
        futures.add(pool.submit(() -> withMdc(mdc, () -> run.rt.gateway().page(run.flow.resource(), null, q))));
      }
      for (java.util.concurrent.Future<Page<ConnectWiseRecord>> f : futures) {
        Page<ConnectWiseRecord> p = await(f);
        firsts.add(p.items().isEmpty() ? null : p.items().get(0));
      }
    } finally {
      stop(pool);
    }
    ConnectWiseRecord first = firsts.get(0);
    ConnectWiseRecord last = firsts.get(1);
    ConnectWiseRecord newestRecord = firsts.get(2);
    Instant wm = newestRecord == null ? null : lastUpdated(newestRecord);
    if (first == null || last == null || first.id() == null || last.id() == null || wm == null) {
      return null;
    }
    long min = first.id().longValue();
    long max = last.id().longValue();
    List<IdRange> ranges = split(min, max, Math.max(1, run.total), run.settings.pageSize(),
        run.tenant.rateBudget().maxConcurrentRequests());
    StepSupport.LOG.info("{}: initial pull of {} records in {} id ranges from {} to {}", run.flow.id(), run.total,
        ranges.size(), min, max);
    return new InitialPull(wm, ranges);
  }

  /**
   * Cuts ids {@code min..max} into at most {@code maxRanges} ranges of a whole number of pages each at the average id
   * density ({@code count} records over the span), so dense ids cost no request beyond the paging minimum.
   */
  static List<IdRange> split(long min, long max, long count, int pageSize, int maxRanges) {
    long span = max - min + 1;
    long pages = Math.max(1, (count + pageSize - 1) / pageSize);
    long k = Math.max(1, Math.min(maxRanges, pages));
    long pagesPerRange = (pages + k - 1) / k;
    double idsPerRecord = Math.max(1.0, (double) span / Math.max(1, count));
    long width = Math.max(1, (long) Math.ceil(pagesPerRange * pageSize * idsPerRecord));
    List<IdRange> out = new ArrayList<>();
    for (long from = min; from <= max; from += width) {
      long to = Math.min(max + 1, from + width);
      if (out.size() == k - 1) {
        to = max + 1;
      }
      out.add(IdRange.of(from, to));
      if (to == max + 1) {
        break;
      }
    }
    return out;
  }

  private void readRanges(@Nullable Condition filter, InitialPull state, Set<Long> idsAtWatermark,
      Consumer<ConnectWiseRecord> each) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < state.ranges().size(); i++) {
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
        apply(f.range(), page, f.next(), idsAtWatermark, each);
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
    java.util.Optional<List<String>> fields = step.pulledFields(run.flow);
    try {
      while (!stopped.get() && next < range.to()) {
        ahead.acquire();
        if (stopped.get()) {
          return;
        }
        Condition bounds = Condition.allOf(Condition.field("id").ge(next), Condition.field("id").lt(range.to()));
        Query.Builder qb = Query.builder().conditions(and(filter, bounds)).orderByAsc("id")
            .pageSize(run.settings.pageSize());
        // The flow's fields only, as in the sequential scan: a ranged pull reads the same records.
        fields.ifPresent(f -> qb.fields(f.toArray(String[]::new)));
        Query q = qb.build();
        Page<ConnectWiseRecord> page = run.rt.gateway().page(run.flow.resource(), null, q);
        long after = nextAfter(page, next, range);
        ready.add(new Fetched(index, page, after, null));
        next = after;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      ready.add(new Fetched(index, null, next, e));
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
    if (highest < from) {
      // The server ignored the id condition or its order: paging on would loop forever.
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "ConnectWise returned a page that does not advance past"
          + " id " + from + " in range [" + range.from() + ", " + range.to() + "); check orderBy and conditions"
          + " support", run.flow.entityType(), null, "id", null);
    }
    return highest + 1;
  }

  /** Applies one page on this thread and checkpoints its range (with every other range's position) after it. */
  private void apply(int index, Page<ConnectWiseRecord> page, long next, Set<Long> idsAtWatermark,
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
      for (ConnectWiseRecord r : items) {
        if (r.id() != null && state.watermark().equals(lastUpdated(r))) {
          idsAtWatermark.add(r.id().longValue());
        }
      }
      IdRange moved = state.ranges().get(index).withNext(next);
      step.checkpoint(run.cursor.withInitialPull(state.withRange(index, moved)));
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

  private static <T> T await(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopRun(StreamStatus.FAILED, "interrupted while reading the id bounds", null);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
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
