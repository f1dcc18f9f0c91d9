package io.cwsync.scheduler.db.internal;

import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.TenantId;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp network interceptor that takes one token of the tenant's shared bucket before each request that goes
 * on the wire (retries included, since network interceptors see every attempt).
 *
 * <p>Concurrency: a node keeps the tokens of its last claim locally, guarded by {@code this}; they are good for
 * {@code validity} after the claim, and discarded after that so tokens claimed long ago cannot burst later. The
 * wait for an empty bucket happens outside the lock.
 */
public final class BudgetInterceptor implements Interceptor {

  private final TokenBuckets buckets;
  private final TenantId tenant;
  private final Supplier<RateBudget> budget;
  private final int block;
  private final long validityNanos;
  private int local;
  private long claimedAt;

  /**
   * Creates the interceptor of one tenant's client.
   *
   * @param buckets the shared buckets
   * @param tenant the tenant
   * @param budget its current budget
   * @param block the most tokens one claim takes
   * @param validity how long claimed tokens stay usable
   */
  public BudgetInterceptor(TokenBuckets buckets, TenantId tenant, Supplier<RateBudget> budget, int block,
      Duration validity) {
    this.buckets = buckets;
    this.tenant = tenant;
    this.budget = budget;
    this.block = block;
    this.validityNanos = validity.toNanos();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    acquire();
    return chain.proceed(chain.request());
  }

  /**
   * Takes one token, claiming a block from the database when none is left locally.
   *
   * @throws IOException if the database fails or the wait is interrupted
   */
  public void acquire() throws IOException {
    while (true) {
      synchronized (this) {
        if (local > 0 && System.nanoTime() - claimedAt < validityNanos) {
          local--;
          return;
        }
        local = 0;
      }
      TokenBuckets.Grant g;
      try {
        g = buckets.claim(tenant, budget.get(), block);
      } catch (SQLException e) {
        throw new IOException("shared rate budget of tenant " + tenant + " unavailable: " + e.getMessage(), e);
      }
      if (g.tokens() > 0) {
        synchronized (this) {
          local += g.tokens() - 1;
          claimedAt = System.nanoTime();
        }
        return;
      }
      try {
        Thread.sleep(Math.max(1, g.retryAfter().toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for tenant " + tenant + "'s shared budget");
      }
    }
  }
}
