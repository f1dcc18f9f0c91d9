package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A field value that points at another host record, such as an opportunity's company. The coordinator and the rules
 * translate it to a ConnectWise reference through the link store.
 *
 * @param type the referenced record's entity type
 * @param hostId the referenced record's host id; non-blank
 */
public record HostRef(EntityType type, String hostId) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code hostId} is blank
   */
  public HostRef {
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    if (hostId.isBlank()) {
      throw new IllegalArgumentException("hostId must not be blank");
    }
  }
}
