package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.requireArgument;
import static io.cwsync.mapping.Checks.requireState;
import static io.cwsync.mapping.Checks.sorted;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /** Reads the JSON form, where each of the three lists may be left out. */
  @JsonCreator
  static FieldRules fromJson(@JsonProperty("neverUpdated") @Nullable Set<String> neverUpdated,
      @JsonProperty("naturalKeys") @Nullable List<NaturalKey> naturalKeys,
      @JsonProperty("customFields") @Nullable List<CustomFieldMapping> customFields) {
    return new FieldRules(neverUpdated == null ? Set.of() : neverUpdated, naturalKeys == null ? List.of() : naturalKeys,
        customFields == null ? List.of() : customFields);
  }

  /**
   * Sets the field rules of one entity, a {@link SyncProfile.Builder#fieldRules section} per entity;
   * not thread-safe.
   */
  public static final class Builder {
    private final String entity;
    private final Set<String> neverUpdated = new LinkedHashSet<>();
    private final List<NaturalKey> naturalKeys = new ArrayList<>();
    private final List<CustomFieldMapping> customFields = new ArrayList<>();

    Builder(String entity) {
      this.entity = entity;
    }

    void replay(FieldRules from, Replay r) {
      r.set("neverUpdated", () -> neverUpdate(sorted(from.neverUpdated())));
      for (int i = 0; i < from.naturalKeys().size(); i++) {
        NaturalKey k = from.naturalKeys().get(i);
        r.set("naturalKeys[" + i + "]", () -> naturalKey(k.hostField(), k.connectWiseField()));
      }
      for (int i = 0; i < from.customFields().size(); i++) {
        CustomFieldMapping m = from.customFields().get(i);
        r.set("customFields[" + i + "]", () -> mapCustomField(m.hostField(), m.caption()));
      }
    }

    /**
     * Never sends updates of these ConnectWise fields (they are still set on create).
     *
     * @param connectWiseFields ConnectWise field names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a field is blank or repeated
     */
    public Builder neverUpdate(String... connectWiseFields) {
      for (String field : connectWiseFields) {
        nonBlank(field, "never-updated field");
        requireArgument(neverUpdated.add(field), "field '%s' of %s is already never updated", field, entity);
      }
      return this;
    }

    /**
     * Adds a natural key matching an unlinked host record against existing ConnectWise records,
     * e.g. {@code naturalKey("customerNumber", "identifier")} for companies; keys are tried in order.
     *
     * @param hostField host field name
     * @param connectWiseField ConnectWise field name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank, or the key exists
     */
    public Builder naturalKey(String hostField, String connectWiseField) {
      NaturalKey key = new NaturalKey(nonBlank(hostField, "host field"), nonBlank(connectWiseField, "ConnectWise field"));
      requireArgument(!naturalKeys.contains(key), "natural key %s of %s already exists", key, entity);
      naturalKeys.add(key);
      return this;
    }

    /**
     * Maps a host field to a ConnectWise custom field, by caption.
     *
     * @param hostField host field name
     * @param caption ConnectWise custom field caption
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException if the host field or the caption is already mapped
     */
    public Builder mapCustomField(String hostField, String caption) {
      nonBlank(hostField, "host field");
      nonBlank(caption, "custom field caption");
      for (CustomFieldMapping m : customFields) {
        requireState(!m.hostField().equals(hostField), "host field '%s' of %s is already mapped to custom field '%s'",
            hostField, entity, m.caption());
        requireState(!m.caption().equalsIgnoreCase(caption),
            "custom field '%s' of %s is already mapped from host field '%s'", caption, entity, m.hostField());
      }
      customFields.add(new CustomFieldMapping(hostField, caption));
      return this;
    }

    FieldRules build() {
      return new FieldRules(neverUpdated, naturalKeys, customFields);
    }
  }
}
