package io.cwsync.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs a task on several real threads released at the same instant, bounded by a timeout. */
final class Races {

  /** Threads per race: enough to interleave on two cores, few enough to stay fast. */
  static final int THREADS = 8;

  private static final long TIMEOUT_SECONDS = 30;

  private Races() {
  }

  /**
   * Runs {@code task(i)} for i in [0, threads) on that many threads, all started together.
   *
   * @return the results in thread index order
   * @throws AssertionError if a task throws or the race does not finish within the timeout
   */
  static <T> List<T> race(int threads, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        Callable<T> call = () -> {
          ready.countDown();
          go.await();
          return task.apply(index);
        };
        futures.add(pool.submit(call));
      }
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("race threads did not start within " + TIMEOUT_SECONDS + " s");
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      for (Future<T> f : futures) {
        results.add(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return results;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("a racing thread failed: " + e.getCause(), e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("race did not finish within " + TIMEOUT_SECONDS + " s (deadlock?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
