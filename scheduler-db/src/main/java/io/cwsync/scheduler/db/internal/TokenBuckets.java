package io.cwsync.scheduler.db.internal;

import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * One token bucket row per tenant in {@code cwsync_rate_budget}, shared by every node: a node claims up to a block
 * of tokens in one short transaction, so a tenant's requests from all nodes together follow its
 * {@link RateBudget}.
 *
 * <p>Design: the bucket holds at most {@code max(1, requestsPerMinute / 60)} tokens (one second's worth, the same
 * burst as the client's own limiter) and refills at {@code requestsPerMinute / 60} per second. A claim locks the row
 * ({@code SELECT ... FOR UPDATE}), refills it by the time elapsed since the last claim (the database's clock, which
 * every node shares), takes what is there up to the block and writes the rest back. Granted tokens that a node does
 * not use soon are discarded by the caller (see {@link BudgetInterceptor}), never returned, so the sum over nodes
 * can only fall short of the budget: in any window of {@code w} seconds a tenant makes at most
 * {@code burst + rate * (w + validity)} requests.
 */
public final class TokenBuckets {

  private static final String SELECT =
      "SELECT tokens, refilled_at, CURRENT_TIMESTAMP FROM cwsync_rate_budget WHERE tenant_id = ? FOR UPDATE";
  private static final String UPDATE = "UPDATE cwsync_rate_budget SET tokens = ?, refilled_at = ? WHERE tenant_id = ?";
  private static final String INSERT =
      "INSERT INTO cwsync_rate_budget (tenant_id, tokens, refilled_at) VALUES (?, ?, CURRENT_TIMESTAMP)";

  /** What one claim got: tokens granted (possibly 0), and how long to wait before asking again when 0. */
  public record Grant(int tokens, Duration retryAfter) {
  }

  private final DataSource dataSource;

  /**
   * Creates the buckets' access.
   *
   * @param dataSource the database holding {@code cwsync_rate_budget}
   */
  public TokenBuckets(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims up to {@code block} tokens of {@code tenant}'s bucket.
   *
   * @param tenant the tenant
   * @param budget its budget (sets the bucket's rate and size)
   * @param block the most tokens to take
   * @return the grant
   * @throws SQLException if the database fails
   */
  public Grant claim(TenantId tenant, RateBudget budget, int block) throws SQLException {
    double perSecond = budget.requestsPerMinute() / 60d;
    double capacity = Math.max(1, budget.requestsPerMinute() / 60);
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        Grant g = claim(c, tenant, perSecond, capacity, block);
        if (g == null) {
          // First claim ever for this tenant: create a full bucket (a concurrent creator wins, we read its row).
          c.rollback();
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, tenant.value());
            ps.setDouble(2, capacity);
            ps.executeUpdate();
            c.commit();
          } catch (SQLException duplicate) {
            c.rollback();
          }
          g = claim(c, tenant, perSecond, capacity, block);
          if (g == null) {
            throw new SQLException("rate budget row of tenant " + tenant + " vanished");
          }
        }
        c.commit();
        return g;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  private static Grant claim(Connection c, TenantId tenant, double perSecond, double capacity, int block)
      throws SQLException {
    double tokens;
    OffsetDateTime last;
    OffsetDateTime now;
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        tokens = rs.getDouble(1);
        last = rs.getObject(2, OffsetDateTime.class);
        now = rs.getObject(3, OffsetDateTime.class);
      }
    }
    double elapsed = Math.max(0, Duration.between(last, now).toNanos() / 1e9);
    double available = Math.min(capacity, tokens + elapsed * perSecond);
    int granted = (int) Math.min(block, Math.floor(available));
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setDouble(1, available - granted);
      ps.setObject(2, now);
      ps.setString(3, tenant.value());
      ps.executeUpdate();
    }
    Duration wait = granted > 0 ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil((1 - available) / perSecond * 1e9));
    return new Grant(granted, wait);
  }
}
