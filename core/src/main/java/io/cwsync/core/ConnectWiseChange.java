package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;

/**
 * A ConnectWise callback, reduced to what the coordinator needs: which record, and what ConnectWise says happened.
 * It is only a hint: the coordinator re-reads the record by id and handles it like a polled one (P12).
 *
 * @param type the entity type
 * @param cwId the record's ConnectWise id
 * @param action what ConnectWise reported
 */
public record ConnectWiseChange(EntityType type, long cwId, Action action) {

  /** Validates the components. */
  public ConnectWiseChange {
    requireNonNull(type, "type == null");
    requireNonNull(action, "action == null");
  }

  /** The callback's {@code Action}. */
  public enum Action {
    /** {@code added}. */
    ADDED,
    /** {@code updated}. */
    UPDATED,
    /** {@code deleted}: acted on only after a GET returns 404 (G6). */
    DELETED;

    /**
     * Parses ConnectWise's action text.
     *
     * @param text {@code added}, {@code updated} or {@code deleted}, any case
     * @return the action
     * @throws CwsyncException with {@link CoreErrorCode#INVALID_VALUE} for other text
     */
    public static Action parse(String text) {
      return switch (requireNonNull(text, "text == null").trim().toLowerCase(java.util.Locale.ROOT)) {
        case "added" -> ADDED;
        case "updated" -> UPDATED;
        case "deleted" -> DELETED;
        default -> throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "unknown callback action '" + text + "'");
      };
    }
  }
}
