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

  /** Sets the push rules of a {@link SyncProfile.Builder#pushRules section}; not thread-safe. */
  public static final class Builder {
    private boolean onlyWonOrSignedDocuments;
    private boolean keepSyncingClosedOpportunities;

    Builder() {}

    void replay(PushRules from, Replay r) {
      r.set("onlyWonOrSignedDocuments", () -> onlyWonOrSignedDocuments(from.onlyWonOrSignedDocuments()));
      r.set("keepSyncingClosedOpportunities",
          () -> keepSyncingClosedOpportunities(from.keepSyncingClosedOpportunities()));
    }

    /**
     * Only pushes documents that are in Won or Signed status.
     *
     * @param only whether to restrict
     * @return this builder
     */
    public Builder onlyWonOrSignedDocuments(boolean only) {
      this.onlyWonOrSignedDocuments = only;
      return this;
    }

    /**
     * Continues to sync an opportunity after it is closed won or lost in the host (off by default).
     *
     * @param keep whether to keep syncing
     * @return this builder
     */
    public Builder keepSyncingClosedOpportunities(boolean keep) {
      this.keepSyncingClosedOpportunities = keep;
      return this;
    }

    PushRules build() {
      return new PushRules(onlyWonOrSignedDocuments, keepSyncingClosedOpportunities);
    }
  }
}
