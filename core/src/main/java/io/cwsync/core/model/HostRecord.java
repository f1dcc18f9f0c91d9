package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A host entity as neutral values, exchanged between host adapters, the rules and the coordinator.
 *
 * <p>Field values are limited to neutral types so that fingerprints are stable and no ConnectWise type leaks into a
 * host: {@link String}, {@link BigDecimal}, {@link Boolean}, {@link Instant}, {@link LocalDate}, {@link HostRef},
 * {@link List} of these and nested {@link Map} with string keys. Whole numbers ({@code Integer}, {@code Long},
 * {@code Short}, {@code BigInteger}) are accepted and stored as {@link BigDecimal}. Null values are not allowed: an
 * absent key means "no value". Collections are copied deeply and unmodifiable; iteration order of {@code fields}
 * follows insertion order.
 *
 * @param type the entity type
 * @param hostId the host's id; null only for a record the host has not created yet (the input of a pull create)
 * @param fields the values by field name
 * @param modifiedAt when the host last changed the record; null if the host does not track it
 * @param syncOptOut the per-record "do not sync" flag (ERP custom property {@code ZCJ_SyncToCW = No})
 * @param parentHostId the parent's host id for child records such as quote lines; null for top-level records
 */
public record HostRecord(EntityType type, @Nullable String hostId, Map<String, Object> fields,
    @Nullable Instant modifiedAt, boolean syncOptOut, @Nullable String parentHostId) {

  /**
   * Validates and copies the components.
   *
   * @throws CwsyncException with {@link CoreErrorCode#INVALID_VALUE} naming the field if a value is null or not a
   *     neutral type, or if {@code hostId} is blank
   */
  public HostRecord {
    requireNonNull(type, "type == null");
    requireNonNull(fields, "fields == null");
    if (hostId != null && hostId.isBlank()) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "hostId must not be blank", type, hostId, "hostId",
          null);
    }
    // Fields another record already checked and copied (withHostId, a rebuilt record) are immutable: kept as they are.
    fields = fields instanceof Fields checked ? checked : new Fields(copyMap(fields, type, hostId, ""));
  }

  /**
   * The checked, deeply unmodifiable fields of a record: the mark that lets a new record share them instead of
   * checking and copying them again. Mutators throw, as {@link AbstractMap}'s do.
   */
  private static final class Fields extends AbstractMap<String, Object> {
    private final Map<String, Object> values;

    Fields(Map<String, Object> values) {
      this.values = values;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return values.entrySet();
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public @Nullable Object get(Object key) {
      return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return values.containsKey(key);
    }

    @Override
    public Set<String> keySet() {
      return values.keySet();
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
      values.forEach(action);
    }
  }

  /**
   * Returns a builder for a record of {@code type} with host id {@code hostId}.
   *
   * @param type the entity type
   * @param hostId the host id; null for a record the host has not created yet
   * @return a new builder
   */
  public static Builder builder(EntityType type, @Nullable String hostId) {
    return new Builder(type, hostId);
  }

  /**
   * Returns a builder initialised from this record.
   *
   * @return a new builder holding this record's values
   */
  public Builder toBuilder() {
    Builder b = new Builder(type, hostId);
    b.fields.putAll(fields);
    b.modifiedAt = modifiedAt;
    b.syncOptOut = syncOptOut;
    b.parentHostId = parentHostId;
    return b;
  }

  /**
   * Returns the value of {@code field}.
   *
   * @param field the field name
   * @return the value, or null when the record has no such field
   */
  public @Nullable Object field(String field) {
    return fields.get(field);
  }

  /**
   * Returns a copy of this record with {@code hostId} set, as after the host created it.
   *
   * @param newHostId the id the host assigned
   * @return the copy
   */
  public HostRecord withHostId(String newHostId) {
    return new HostRecord(type, requireNonNull(newHostId, "newHostId == null"), fields, modifiedAt, syncOptOut,
        parentHostId);
  }

  private static Map<String, Object> copyMap(Map<?, ?> in, EntityType type, @Nullable String id, String path) {
    Map<String, Object> out = new LinkedHashMap<>(Math.max(4, in.size() * 2));
    for (Map.Entry<?, ?> e : in.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "field names must be strings, got " + e.getKey(),
            type, id, path, null);
      }
      String fieldPath = path.isEmpty() ? key : path + "." + key;
      out.put(key, copyValue(e.getValue(), type, id, fieldPath));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object copyValue(@Nullable Object v, EntityType type, @Nullable String id, String path) {
    if (v == null) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "null value (omit the field instead)", type, id, path,
          null);
    }
    if (v instanceof String || v instanceof BigDecimal || v instanceof Boolean || v instanceof Instant
        || v instanceof LocalDate || v instanceof HostRef) {
      return v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger bi) {
      return new BigDecimal(bi);
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m, type, id, path);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (int i = 0; i < l.size(); i++) {
        out.add(copyValue(l.get(i), type, id, path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    throw new CwsyncException(CoreErrorCode.INVALID_VALUE,
        "unsupported value type " + v.getClass().getName()
            + " (allowed: String, BigDecimal, Boolean, Instant, LocalDate, HostRef, List, Map)",
        type, id, path, null);
  }

  /** Builds a {@link HostRecord}. Not thread-safe. */
  public static final class Builder {
    private final EntityType type;
    private @Nullable String hostId;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private @Nullable Instant modifiedAt;
    private boolean syncOptOut;
    private @Nullable String parentHostId;

    private Builder(EntityType type, @Nullable String hostId) {
      this.type = requireNonNull(type, "type == null");
      this.hostId = hostId;
    }

    /**
     * Sets the host id.
     *
     * @param hostId the id; null for a record the host has not created yet
     * @return this builder
     */
    public Builder hostId(@Nullable String hostId) {
      this.hostId = hostId;
      return this;
    }

    /**
     * Sets one field, replacing an earlier value.
     *
     * @param name the field name
     * @param value a neutral value (see {@link HostRecord}); checked in {@link #build()}
     * @return this builder
     */
    public Builder field(String name, Object value) {
      requireNonNull(name, "name == null");
      if (value == null) {
        // The message only when it is thrown: built eagerly it was a string per field of every mapped record.
        throw new NullPointerException("value == null (field " + name + ")");
      }
      fields.put(name, value);
      return this;
    }

    /**
     * Removes a field.
     *
     * @param name the field name
     * @return this builder
     */
    public Builder remove(String name) {
      fields.remove(name);
      return this;
    }

    /**
     * Adds every field of {@code values}, replacing earlier values.
     *
     * @param values the fields to add
     * @return this builder
     */
    public Builder fields(Map<String, ?> values) {
      values.forEach(this::field);
      return this;
    }

    /**
     * Sets when the host last changed the record.
     *
     * @param modifiedAt the instant; may be null
     * @return this builder
     */
    public Builder modifiedAt(@Nullable Instant modifiedAt) {
      this.modifiedAt = modifiedAt;
      return this;
    }

    /**
     * Sets the per-record "do not sync" flag.
     *
     * @param syncOptOut true to keep the record out of pushes
     * @return this builder
     */
    public Builder syncOptOut(boolean syncOptOut) {
      this.syncOptOut = syncOptOut;
      return this;
    }

    /**
     * Sets the parent's host id, for child records.
     *
     * @param parentHostId the parent's id; may be null
     * @return this builder
     */
    public Builder parentHostId(@Nullable String parentHostId) {
      this.parentHostId = parentHostId;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the immutable record
     * @throws CwsyncException with {@link CoreErrorCode#INVALID_VALUE} if a value is not neutral
     */
    public HostRecord build() {
      return new HostRecord(type, hostId, fields, modifiedAt, syncOptOut, parentHostId);
    }
  }
}
