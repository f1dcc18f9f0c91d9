package io.cwsync.mapping;

/**
 * Status and stage rules for pushing to ConnectWise.
 *
 * <p>Thread-safe (immutable record).
 *
 * @param onlyWonOrSignedDocuments only push documents (and their quote lines) that are in Won or
 *     Signed status
 * @param keepSyncingClosedOpportunities continue to sync an opportunity after it is closed (won or
 *     lost) in the host; off by default, so opportunities stop syncing at their terminal stage
 */
public record PushRules(boolean onlyWonOrSignedDocuments, boolean keepSyncingClosedOpportunities) {

  /**
   * Returns the defaults: all documents pushed, closed opportunities no longer synced.
   *
   * @return the defaults
   */
  public static PushRules defaults() {
    return new PushRules(false, false);
  }
}
