package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which side owns which host field of a flow (G5a, SYNC-CORRECTNESS catalogue item 14). Field names are the host field
 * names the host adapter and the rules exchange ({@code HostRecord} field keys).
 *
 * <ul>
 *   <li><b>Host-owned</b> fields are written to ConnectWise by pushes, including clearing them (a host-owned field
 *       absent from the host record was cleared by the host). Once linked, pulls never overwrite them on the host:
 *       when ConnectWise changed one, the host's value wins and the next push writes it back, audited as a
 *       conflict.
 *   <li><b>ConnectWise-owned</b> fields are never written to ConnectWise by an update (a create seeds them); pulls
 *       always write ConnectWise's value to the host, so a host edit of one is overwritten, audited as a conflict.
 *   <li>Every other field is shared: the side that changed it since the last sync wins; if both did, ConnectWise
 *       does.
 * </ul>
 *
 * <p>A host owns only what it holds. With no host-owned fields declared ({@link #inferred()}, the default), the host's
 * set is the fields its adapter supplies on each record: a field the adapter never supplies is never written to
 * ConnectWise, and a field missing from a record is not a removal. Declare the host-owned fields when the host clears
 * fields and those clears must reach ConnectWise; fields outside that set are then never pushed on update.
 *
 * <pre>{@code
 * Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
 *     .ownership(FieldOwnership.builder().host("name", "phoneNumber", "website").connectWise("status").build())
 * }</pre>
 *
 * @param hostOwned the host-owned fields; empty means "what the adapter supplies"
 * @param connectWiseOwned the ConnectWise-owned fields
 */
public record FieldOwnership(Set<String> hostOwned, Set<String> connectWiseOwned) {

  private static final FieldOwnership INFERRED = new FieldOwnership(Set.of(), Set.of());

  /** The side that owns a field. */
  public enum Owner {
    /** The host: pushes write it, pulls do not overwrite it once linked. */
    HOST,
    /** ConnectWise: pulls write it, updates never push it. */
    CONNECTWISE,
    /** Either side: the last change wins, ConnectWise on a tie. */
    SHARED
  }

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a field is owned by both sides or is blank
   */
  public FieldOwnership {
    hostOwned = Set.copyOf(requireNonNull(hostOwned, "hostOwned == null"));
    connectWiseOwned = Set.copyOf(requireNonNull(connectWiseOwned, "connectWiseOwned == null"));
    for (String f : hostOwned) {
      if (f.isBlank()) {
        throw new IllegalArgumentException("blank host-owned field name");
      }
      if (connectWiseOwned.contains(f)) {
        throw new IllegalArgumentException("field '" + f + "' cannot be owned by both the host and ConnectWise");
      }
    }
    for (String f : connectWiseOwned) {
      if (f.isBlank()) {
        throw new IllegalArgumentException("blank ConnectWise-owned field name");
      }
    }
  }

  /**
   * Returns the default: the host owns the fields its adapter supplies, nothing is ConnectWise-owned.
   *
   * @return the inferred ownership
   */
  public static FieldOwnership inferred() {
    return INFERRED;
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the owner of {@code field}.
   *
   * @param field a host field name
   * @return the owner
   */
  public Owner ownerOf(String field) {
    if (hostOwned.contains(field)) {
      return Owner.HOST;
    }
    return connectWiseOwned.contains(field) ? Owner.CONNECTWISE : Owner.SHARED;
  }

  /**
   * Whether a push may write {@code field} to an existing ConnectWise record, given whether the host record supplies
   * it now.
   *
   * @param field a host field name
   * @param supplied whether the host record carries the field
   * @return true if an update may send the field's value (or its removal)
   */
  public boolean pushable(String field, boolean supplied) {
    if (connectWiseOwned.contains(field)) {
      return false;
    }
    if (hostOwned.isEmpty()) {
      return supplied;
    }
    return hostOwned.contains(field);
  }

  /** Builds a {@link FieldOwnership}. Not thread-safe. */
  public static final class Builder {
    private final Set<String> host = new LinkedHashSet<>();
    private final Set<String> connectWise = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds host-owned fields.
     *
     * @param fields host field names
     * @return this builder
     */
    public Builder host(String... fields) {
      host.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Adds ConnectWise-owned fields.
     *
     * @param fields host field names
     * @return this builder
     */
    public Builder connectWise(String... fields) {
      connectWise.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Builds the ownership.
     *
     * @return the ownership
     * @throws IllegalArgumentException if a field is owned by both sides
     */
    public FieldOwnership build() {
      return new FieldOwnership(host, connectWise);
    }
  }
}
