package io.cwsync.core.internal;

import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.connectwise.UnauthorizedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Overlaps the ConnectWise requests of one host page's pushes, up to the tenant's in-flight budget. Everything else
 * stays on the run's thread: a record is prepared there up to its first request ({@link #send}), the request runs on
 * the pool, and what follows it (link, host write-back, audit, retry or park) runs on the run's thread again when
 * {@link #drain} reaches the record, in the page's order. A record whose next step must not race the page's other
 * requests (the lookup after a lost create response) asks for it with {@link #whenQuiet}: it runs, with its requests
 * sent one at a time, once nothing else of the page is in flight.
 *
 * <p>Outside {@link #overlap} (records that depend on another of the page, real-time pushes, retries, dry runs) every
 * call runs inline, which is exactly the sequential push. A 429, a lost lease or a rejected credential in one request
 * stops new requests; the requests already in flight are awaited and their records applied, then the stop is thrown,
 * so the host cursor is not checkpointed and the records not applied are pushed again by the next run.
 * Confined to the run's thread (the pool only runs the requests).
 */
final class PushSends implements AutoCloseable {

  /** One record of the page in progress: its request in flight or its step waiting for a quiet page. */
  private static final class Slot {
    final Runnable onSuccess;
    final Consumer<RuntimeException> onFailure;
    @Nullable Future<Object> request;
    @Nullable Consumer<Object> then;
    @Nullable Runnable quiet;

    Slot(Runnable onSuccess, Consumer<RuntimeException> onFailure) {
      this.onSuccess = onSuccess;
      this.onFailure = onFailure;
    }

    boolean waiting() {
      return request != null || quiet != null;
    }
  }

  private final @Nullable ExecutorService pool;
  private final List<Slot> slots = new ArrayList<>();
  /** The record being prepared or continued on the run's thread; null runs every call inline. */
  private @Nullable Slot current;
  private @Nullable RuntimeException stop;

  /** @param maxInFlight the tenant's in-flight budget; 1 sends every request inline, as the sequential push does */
  PushSends(int maxInFlight, String flowId) {
    if (maxInFlight <= 1) {
      pool = null;
      return;
    }
    AtomicInteger n = new AtomicInteger();
    String name = "cwsync-push-" + flowId + "-";
    pool = Executors.newFixedThreadPool(maxInFlight, r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Whether records may overlap their requests at all. */
  boolean overlapping() {
    return pool != null;
  }

  /**
   * Prepares one record with {@code body} on the run's thread; its request, if it sends one, overlaps the page's
   * others. {@code onSuccess} runs when the record is done, {@code onFailure} with what failed it (both on the run's
   * thread). A failure while preparing propagates to the caller, as in the sequential push.
   */
  void overlap(Runnable body, Runnable onSuccess, Consumer<RuntimeException> onFailure) {
    if (pool == null) {
      body.run();
      onSuccess.run();
      return;
    }
    Slot s = new Slot(onSuccess, onFailure);
    current = s;
    try {
      body.run();
    } finally {
      current = null;
    }
    if (s.waiting()) {
      slots.add(s);
    } else {
      onSuccess.run();
    }
  }

  /**
   * Sends {@code request} and continues with {@code then} on the run's thread: inline outside an overlapped record,
   * otherwise on the pool, continued by {@link #drain}. Must be the record's last step before it returns.
   */
  @SuppressWarnings("unchecked")
  <T> void send(Supplier<T> request, Consumer<T> then) {
    Slot s = current;
    if (s == null || pool == null) {
      then.accept(request.get());
      return;
    }
    if (stop != null) {
      throw stop;
    }
    if (s.waiting()) {
      throw new IllegalStateException("a record sends one request at a time");
    }
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    s.request = pool.submit(() -> withMdc(mdc, request));
    s.then = (Consumer<Object>) then;
  }

  /** Runs {@code step} once nothing else of the page is in flight (inline outside an overlapped record). */
  void whenQuiet(Runnable step) {
    Slot s = current;
    if (s == null) {
      step.run();
      return;
    }
    s.quiet = step;
  }

  /**
   * Applies every record of the page in flight, in the page's order, until none is left; then throws the 429, lost
   * lease or rejected credential that stopped the page, if one did.
   */
  void drain() {
    Slot saved = current;
    try {
      while (!slots.isEmpty()) {
        List<Slot> pass = new ArrayList<>(slots);
        slots.clear();
        boolean inFlight = pass.stream().anyMatch(s -> s.request != null);
        for (Slot s : pass) {
          if (s.request != null) {
            answer(s);
          } else if (!inFlight) {
            quiet(s);
          }
          if (s.waiting()) {
            slots.add(s);
          }
        }
      }
    } finally {
      current = saved;
    }
    RuntimeException e = stop;
    if (e != null) {
      stop = null;
      throw e;
    }
  }

  private void answer(Slot s) {
    Future<Object> f = s.request;
    Consumer<Object> then = s.then;
    s.request = null;
    s.then = null;
    Object result;
    try {
      result = await(f);
    } catch (RuntimeException e) {
      settleFailed(s, e);
      return;
    }
    continueWith(s, () -> then.accept(result), false);
  }

  private void quiet(Slot s) {
    Runnable step = s.quiet;
    s.quiet = null;
    if (stop != null) {
      // Not applied: the cursor is not checkpointed, so the next run pushes this record again.
      return;
    }
    // Its requests go one at a time: current stays null, so every send of this step runs inline.
    continueWith(s, step, true);
  }

  private void continueWith(Slot s, Runnable step, boolean inline) {
    current = inline ? null : s;
    try {
      step.run();
    } catch (RuntimeException e) {
      s.request = null;
      s.then = null;
      s.quiet = null;
      current = null;
      settleFailed(s, e);
      return;
    } finally {
      current = null;
    }
    if (!s.waiting()) {
      try {
        s.onSuccess.run();
      } catch (RuntimeException e) {
        settleFailed(s, e);
      }
    }
  }

  private void settleFailed(Slot s, RuntimeException e) {
    if (e instanceof StopRun || e instanceof RateLimitedException || e instanceof UnauthorizedException) {
      // The page stops; its other requests in flight are still awaited and applied.
      if (stop == null) {
        stop = e;
      }
      return;
    }
    s.onFailure.accept(e);
  }

  private static Object await(Future<Object> f) {
    try {
      // Bounded by the client's own request timeouts; the run's thread only waits for requests it sent.
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopRun(io.cwsync.core.StreamStatus.FAILED, "interrupted while pushing a page", null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static <T> Object withMdc(@Nullable Map<String, String> mdc, Supplier<T> body) {
    if (mdc != null) {
      MDC.setContextMap(mdc);
    }
    try {
      return body.get();
    } finally {
      MDC.clear();
    }
  }

  /** Stops the pool; a request still in flight (only after a failure of the run's thread) ends with its timeout. */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
