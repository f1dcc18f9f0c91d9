package io.cwsync.core.model;

/**
 * How hard one tenant may use its ConnectWise API: requests per minute and concurrent requests (P13).
 *
 * @param requestsPerMinute the cap on requests per minute; positive
 * <p>Raising {@code maxConcurrentRequests} above one is what turns on concurrency within the tenant: independent
 * flows of a pass run at once and initial pulls read id ranges in parallel (at most that many ranges per stream).
 *
 * @param maxConcurrentRequests the cap on requests in flight at once; positive (1, the default, means no parallel
 *     requests within a tenant: flows run one after another and initial pulls read one page at a time)
 */
public record RateBudget(int requestsPerMinute, int maxConcurrentRequests) {

  /** 600 requests per minute, one at a time: well below the ~1,000 per minute where ConnectWise throttles. */
  public static final RateBudget DEFAULT = new RateBudget(600, 1);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is not positive
   */
  public RateBudget {
    if (requestsPerMinute <= 0 || maxConcurrentRequests <= 0) {
      throw new IllegalArgumentException(
          "rate budget values must be positive: " + requestsPerMinute + "/min, " + maxConcurrentRequests);
    }
  }
}
