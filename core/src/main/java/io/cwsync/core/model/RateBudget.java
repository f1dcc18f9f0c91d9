package io.cwsync.core.model;

/**
 * How hard one tenant may use its ConnectWise API: requests per minute and concurrent requests (P13).
 *
 * @param requestsPerMinute the cap on requests per minute; positive
 * @param maxConcurrentRequests the cap on requests in flight at once; positive (1, the default, means no parallel
 *     requests within a tenant)
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
