package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Change-tracking columns of a CRM row: when it last changed, its position in the global change
 * sequence and who changed it.
 *
 * @param modifiedAt when the row last changed, by the CRM's clock
 * @param changeSeq the row's value of the global change sequence; {@code 0} for a row never saved
 * @param changedBy who made the last change
 */
public record Tracking(Instant modifiedAt, long changeSeq, Actor changedBy) {
  private static final Tracking UNSAVED = new Tracking(Instant.EPOCH, 0, Actor.USER);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code modifiedAt} or {@code changedBy} is null
   * @throws IllegalArgumentException if {@code changeSeq} is negative
   */
  public Tracking {
    requireNonNull(modifiedAt, "modifiedAt == null");
    requireNonNull(changedBy, "changedBy == null");
    if (changeSeq < 0) {
      throw new IllegalArgumentException("changeSeq must not be negative: " + changeSeq);
    }
  }

  /**
   * Returns the tracking of a row that was never saved.
   *
   * @return a tracking with sequence {@code 0}
   */
  public static Tracking unsaved() {
    return UNSAVED;
  }
}
