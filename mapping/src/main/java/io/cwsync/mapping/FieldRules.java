package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * Per-entity field rules: fields whose updates are never sent to ConnectWise, natural keys for
 * matching existing records, and custom field mappings.
 *
 * <p>Thread-safe (immutable record).
 *
 * @param neverUpdated ConnectWise field names (as the API spells them, e.g. {@code phoneNumber})
 *     that are set on create but whose updates are never sent
 * @param naturalKeys keys tried in order to match an unlinked host record with an existing
 *     ConnectWise record
 * @param customFields host field to ConnectWise custom field (by caption) mappings
 */
public record FieldRules(
    Set<String> neverUpdated, List<NaturalKey> naturalKeys, List<CustomFieldMapping> customFields) {

  /**
   * Copies the collections.
   *
   * @throws NullPointerException if a collection or entry is null
   */
  public FieldRules {
    neverUpdated = Set.copyOf(requireNonNull(neverUpdated, "neverUpdated == null"));
    naturalKeys = List.copyOf(requireNonNull(naturalKeys, "naturalKeys == null"));
    customFields = List.copyOf(requireNonNull(customFields, "customFields == null"));
  }

  /**
   * Returns rules that say nothing.
   *
   * @return empty rules
   */
  public static FieldRules none() {
    return new FieldRules(Set.of(), List.of(), List.of());
  }

  /**
   * A host field matched against a ConnectWise field, e.g. the host customer number against the
   * company {@code identifier} or {@code accountNumber}.
   *
   * <p>Thread-safe (immutable record).
   *
   * @param hostField host field name
   * @param connectWiseField ConnectWise field name
   */
  public record NaturalKey(String hostField, String connectWiseField) {
    /**
     * Checks the names.
     *
     * @throws NullPointerException if a name is null
     */
    public NaturalKey {
      requireNonNull(hostField, "hostField == null");
      requireNonNull(connectWiseField, "connectWiseField == null");
    }
  }

  /**
   * A host field that travels in a ConnectWise custom field, identified by its caption.
   *
   * <p>Thread-safe (immutable record).
   *
   * @param hostField host field name
   * @param caption ConnectWise custom field caption
   */
  public record CustomFieldMapping(String hostField, String caption) {
    /**
     * Checks the names.
     *
     * @throws NullPointerException if a name is null
     */
    public CustomFieldMapping {
      requireNonNull(hostField, "hostField == null");
      requireNonNull(caption, "caption == null");
    }
  }
}
