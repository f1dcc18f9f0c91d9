package io.cwsync.scheduler.db;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.ClientFactory;
import io.cwsync.core.model.Tenant;
import io.cwsync.scheduler.db.internal.BudgetInterceptor;
import io.cwsync.scheduler.db.internal.Migrations;
import io.cwsync.scheduler.db.internal.TokenBuckets;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Keeps each tenant's ConnectWise requests from all nodes together within its
 * {@link io.cwsync.core.model.RateBudget}: one token bucket row per tenant in the shared database
 * ({@code cwsync_rate_budget}), claimed in blocks so a node makes one short transaction per block of requests, not
 * per request. ConnectWise throttles per integration, so a budget per node would let {@code n} nodes send {@code n}
 * times the budget.
 *
 * <pre>{@code
 * SharedRateBudget budget = SharedRateBudget.builder(dataSource).build();
 * SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
 *     .clientFactory(budget.clientFactory())          // or add budget.interceptor(tenant) to your own OkHttpClient
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>Each request that goes on the wire (retries included) takes a token; a node that finds the bucket empty waits
 * until the bucket refills. Tokens claimed but not used within {@link Builder#validity(Duration)} are dropped, never
 * returned, so the nodes together can fall short of the budget but not exceed it: in any window of {@code w}
 * seconds a tenant sends at most {@code burst + rate * (w + validity)} requests, where the burst is one second's
 * worth ({@code max(1, requestsPerMinute / 60)}). Each node's client keeps its own limiter too.
 *
 * <p>Thread-safe and immutable.
 */
public final class SharedRateBudget {

  private final TokenBuckets buckets;
  private final DataSource dataSource;
  private final int blockSize;
  private final Duration validity;

  private SharedRateBudget(Builder b) {
    this.dataSource = b.dataSource;
    this.buckets = new TokenBuckets(b.dataSource);
    this.blockSize = b.blockSize;
    this.validity = b.validity;
  }

  /**
   * Returns a builder.
   *
   * @param dataSource the database shared by every node (PostgreSQL or H2), holding {@code cwsync_rate_budget}
   * @return a new builder with blocks of 5 tokens valid for 1 second
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates the budget table (and db-scheduler's table) if missing; see {@link ClusteredScheduler#migrate()}.
   *
   * @throws IllegalStateException if the database refuses the script
   */
  public void migrate() {
    try {
      Migrations.apply(dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException("scheduler-db: migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns an OkHttp network interceptor that takes one of {@code tenant}'s tokens before each request. For hosts
   * that build their own clients; {@link #clientFactory()} adds it for you.
   *
   * @param tenant the tenant (its budget is read from here)
   * @return a new interceptor; use one per client
   */
  public Interceptor interceptor(Tenant tenant) {
    requireNonNull(tenant, "tenant == null");
    return new BudgetInterceptor(buckets, tenant.id(), tenant::rateBudget, blockSize, validity);
  }

  /**
   * Returns {@link ClientFactory#standard()} with this budget's interceptor on every tenant's client (all tenants
   * share one OkHttp connection pool). A host that sets its own OkHttp client adds {@link #interceptor(Tenant)} to
   * it as a network interceptor instead.
   *
   * @return the factory
   */
  public ClientFactory clientFactory() {
    OkHttpClient shared = new OkHttpClient();
    return ClientFactory.standard((tenant, b) ->
        b.okHttpClient(shared.newBuilder().addNetworkInterceptor(interceptor(tenant)).build()));
  }

  @Override
  public String toString() {
    return "SharedRateBudget[blockSize=" + blockSize + ", validity=" + validity + "]";
  }

  /** Builds a {@link SharedRateBudget}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private int blockSize = 5;
    private Duration validity = Duration.ofSeconds(1);

    private Builder(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource == null");
    }

    /**
     * Sets the most tokens one claim takes (default 5): larger blocks mean fewer database round trips, smaller ones
     * share a tenant's budget more evenly between nodes working on it at once.
     *
     * @param tokens at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code tokens} is less than 1
     */
    public Builder blockSize(int tokens) {
      if (tokens < 1) {
        throw new IllegalArgumentException("blockSize must be at least 1: " + tokens);
      }
      this.blockSize = tokens;
      return this;
    }

    /**
     * Sets how long claimed tokens stay usable on the node that claimed them (default 1 second).
     *
     * @param validity positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder validity(Duration validity) {
      requireNonNull(validity, "validity == null");
      if (validity.isNegative() || validity.isZero()) {
        throw new IllegalArgumentException("validity must be positive: " + validity);
      }
      this.validity = validity;
      return this;
    }

    /**
     * Builds the budget.
     *
     * @return the budget
     */
    public SharedRateBudget build() {
      return new SharedRateBudget(this);
    }
  }
}
