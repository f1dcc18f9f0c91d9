package io.cwsync.mapping;

import java.time.Duration;

/**
 * How data travels between the host and ConnectWise: the three presets of the quoting integration.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum SyncMode {
  /**
   * Only pull from ConnectWise. Entities are pulled when they are first created; later updates are
   * not pulled ("we sync entities between the systems only when they are created the first time").
   * Nothing is pushed.
   */
  PULL_ONLY(false, false, false),
  /**
   * Pull new entities from ConnectWise and push won opportunities to ConnectWise. Create-only in both
   * directions: entities newly created on either side travel once, later updates are neither pulled
   * nor pushed; opportunities are pushed only once they are won.
   */
  PULL_NEW_AND_PUSH_WON(false, true, false),
  /**
   * Real-time sync: pull from ConnectWise on the schedule (every 15 minutes unless the profile says
   * otherwise) and push host changes immediately, regardless of opportunity or document status, with
   * updates included in both directions.
   */
  REAL_TIME(true, true, true);

  /** The pull interval of the real-time preset: "Pulls information from Connectwise every 15-mins". */
  public static final Duration DEFAULT_PULL_INTERVAL = Duration.ofMinutes(15);

  private final boolean updates;
  private final boolean pushes;
  private final boolean pushesImmediately;

  SyncMode(boolean updates, boolean pushes, boolean pushesImmediately) {
    this.updates = updates;
    this.pushes = pushes;
    this.pushesImmediately = pushesImmediately;
  }

  /**
   * Whether updates to entities that were already synced travel (in either direction).
   *
   * @return {@code true} only for {@link #REAL_TIME}
   */
  public boolean syncsUpdates() {
    return updates;
  }

  /**
   * Whether anything is pushed from the host to ConnectWise.
   *
   * @return {@code false} only for {@link #PULL_ONLY}
   */
  public boolean pushes() {
    return pushes;
  }

  /**
   * Whether host changes are pushed as they happen rather than on the schedule.
   *
   * @return {@code true} only for {@link #REAL_TIME}
   */
  public boolean pushesImmediately() {
    return pushesImmediately;
  }

  /**
   * Whether only won opportunities are pushed (the other entities are pushed when newly created).
   *
   * @return {@code true} only for {@link #PULL_NEW_AND_PUSH_WON}
   */
  public boolean pushesOnlyWonOpportunities() {
    return this == PULL_NEW_AND_PUSH_WON;
  }
}
