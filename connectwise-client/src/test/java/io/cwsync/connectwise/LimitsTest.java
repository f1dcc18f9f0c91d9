package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cwsync.connectwise.internal.RateLimiter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private final TestSupport t = TestSupport.create();

  @Test
  void rateLimiter_burstThenSustainedRate_sleepsForEachMissingToken() throws Exception {
    RateLimiter limiter = new RateLimiter(60, 3, t.clock, t.sleeper); // one token a second, bucket of 3

    for (int i = 0; i < 3; i++) {
      limiter.acquire();
    }
    assertThat(t.sleeper.sleeps).isEmpty();
    limiter.acquire();
    limiter.acquire();
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));

    t.clock.advance(Duration.ofSeconds(10)); // refills, but never beyond the bucket size
    t.sleeper.sleeps.clear();
    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void rateLimiter_concurrentCallersWithoutTimePassing_reserveSuccessiveSlots() throws Exception {
    // A clock that never moves: each caller reserves the next slot, so waits grow 0.5 s, 1 s, 1.5 s.
    FakeClock frozen = new FakeClock(t.clock.instant());
    List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
    RateLimiter limiter = new RateLimiter(120, 1, frozen, waits::add);

    for (int i = 0; i < 4; i++) {
      limiter.acquire();
    }

    assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1500));
  }

  @Test
  void client_rateLimitConfigured_throttlesRequestsThroughSleeper() throws Exception {
    HttpServer server = server(new AtomicInteger(), new AtomicInteger(), null);
    try {
      var client = t.builder(base(server)).rateLimit(600, 2).build(); // 10/s, bucket 2
      var ops = client.companies();
      for (int i = 0; i < 5; i++) {
        ops.get(1);
      }
      assertThat(t.sleeper.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100),
          Duration.ofMillis(100));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void client_maxRequestsInFlight_neverExceeded() throws Exception {
    AtomicInteger current = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    HttpServer server = server(current, max, release);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      var client = t.builder(base(server)).maxRequestsInFlight(2).noRateLimit().build();
      var ops = client.companies();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        futures.add(pool.submit(() -> ops.get(1)));
      }
      // Wait until two requests are parked in the server; the other four must be queued client-side.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (current.get() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(current.get()).isEqualTo(2);
      release.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(max.get()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
      server.stop(0);
    }
  }

  private static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v4_6_release/apis/3.0/";
  }

  /** A loopback server that counts concurrent requests; with a latch it parks each until released. */
  private static HttpServer server(AtomicInteger current, AtomicInteger max, CountDownLatch release)
      throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread th = new Thread(r);
      th.setDaemon(true);
      return th;
    }));
    server.createContext("/", ex -> {
      int now = current.incrementAndGet();
      max.accumulateAndGet(now, Math::max);
      try {
        if (release != null) {
          // Hold the request until the test has seen the limit reached; bounded so a bug cannot hang.
          release.await(2, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      current.decrementAndGet();
      byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    return server;
  }
}
