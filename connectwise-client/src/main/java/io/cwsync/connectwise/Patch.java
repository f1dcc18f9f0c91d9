package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.internal.WriteChecks;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.model.Reference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A ConnectWise PATCH body: a JSON Patch array such as
 * {@code [{"op":"replace","path":"summary","value":"New"},{"op":"replace","path":"company","value":{"id":250}}]}.
 *
 * <pre>{@code
 * Patch p = Patch.builder()
 *     .replace("name", "Acme firewall refresh")
 *     .replaceReference("status", 3)          // always the whole reference: {"id":3}
 *     .customFields(fields)                   // always the whole array
 *     .build();
 * }</pre>
 *
 * <p>The rules ConnectWise imposes, enforced here: paths are top-level, case-sensitive field names with no
 * leading slash; a reference is replaced whole (ConnectWise can answer 200 to a nested path such as
 * {@code company/id} without applying it, so nested paths are refused); {@code customFields} is replaced as a
 * whole array; {@code id} and {@code _info} are read-only. {@link #diff} builds a patch of only the changed
 * fields between two versions of a record.
 *
 * <p>Immutable and thread-safe. Serialises (with any Jackson mapper) to the JSON array; {@link #toString()}
 * gives the same JSON.
 */
public final class Patch {

  private static final Pattern TOP_LEVEL_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Set<String> READ_ONLY = Set.of("id", "_info", "info");
  private static final String CUSTOM_FIELDS = "customFields";
  private static final Set<String> REFERENCE_KEYS = Set.of("id", "name", "identifier", "_info");

  private final List<Operation> operations;

  private Patch(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /**
   * Starts a builder.
   *
   * @return a new empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the empty patch.
   *
   * @return a patch with no operations
   */
  public static Patch empty() {
    return new Patch(List.of());
  }

  /**
   * Builds a patch of the top-level fields that differ between two versions of a record: the record as read
   * from ConnectWise ({@code before}) and the record as it should be ({@code after}, usually
   * {@code before.toBuilder()...build()}).
   *
   * <p>Comparison rules, chosen so that an unchanged record yields an empty patch (no echo writes):
   * {@code id} and {@code _info} are ignored; a reference compares by id (its name and {@code _info} are
   * display data), and a changed one is written as {@code {"id":n}}; numbers compare by value
   * ({@code 1.50 == 1.5}); nested objects compare with their {@code _info} removed. A field non-null in
   * {@code before} and {@code null} in {@code after} is cleared ({@code replace} with {@code null}).
   * {@code customFields} in {@code after} lists the fields to set: they are merged by id into
   * {@code before}'s array (entries only in {@code before} are kept), and the whole merged array is written
   * if any value changed.
   *
   * @param before the current record
   * @param after the desired record, of the same class
   * @param <T> the record type
   * @return the patch, empty when nothing differs
   * @throws IllegalArgumentException if the two are not the same record class
   * @throws NullPointerException if either is null
   */
  public static <T extends ConnectWiseRecord> Patch diff(T before, T after) {
    requireNonNull(before, "before == null");
    requireNonNull(after, "after == null");
    Class<?> type = before.getClass();
    if (!type.isRecord() || after.getClass() != type) {
      throw new IllegalArgumentException("diff needs two instances of the same record class, got "
          + type.getName() + " and " + after.getClass().getName());
    }
    Builder patch = builder();
    for (RecordComponent rc : type.getRecordComponents()) {
      String name = jsonName(rc);
      if (READ_ONLY.contains(name)) {
        continue;
      }
      Object b = read(rc, before);
      Object a = read(rc, after);
      if (name.equals(CUSTOM_FIELDS)) {
        diffCustomFields(patch, castFields(b), castFields(a));
        continue;
      }
      if (a == null) {
        if (b != null) {
          patch.replace(name, null);
        }
        continue;
      }
      JsonNode an = normalize(WriteChecks.toTree(a));
      JsonNode bn = b == null ? null : normalize(WriteChecks.toTree(b));
      if (!an.equals(bn)) {
        patch.replace(name, a);
      }
    }
    return patch.build();
  }

  /**
   * Returns the operations in order.
   *
   * @return the unmodifiable operations
   */
  @JsonValue
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Returns whether the patch has no operation (nothing to send).
   *
   * @return {@code true} when empty
   */
  @JsonIgnore
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /**
   * Returns the paths the patch touches, in order.
   *
   * @return the top-level field names
   */
  public List<String> paths() {
    return operations.stream().map(Operation::path).toList();
  }

  /**
   * Returns the operation on a field.
   *
   * @param path the top-level field name
   * @return the operation, or {@code null} when the patch does not touch the field
   */
  public @Nullable Operation operation(String path) {
    for (Operation op : operations) {
      if (op.path().equals(path)) {
        return op;
      }
    }
    return null;
  }

  /**
   * Returns the JSON Patch array.
   *
   * @return a new JSON array
   */
  public ArrayNode toJson() {
    return (ArrayNode) WriteChecks.toTree(operations);
  }

  /**
   * Returns the JSON Patch array as text.
   *
   * @return the JSON
   */
  @Override
  public String toString() {
    return toJson().toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patch p && p.operations.equals(operations);
  }

  @Override
  public int hashCode() {
    return operations.hashCode();
  }

  /**
   * One JSON Patch operation.
   *
   * @param op {@code add}, {@code replace} or {@code remove}
   * @param path the top-level field name
   * @param value the value ({@link NullNode} for an explicit null); {@code null} for {@code remove}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"op", "path", "value"})
  public record Operation(
      @JsonProperty("op") String op,
      @JsonProperty("path") String path,
      @JsonProperty("value") @Nullable JsonNode value) {

    /**
     * Checks the operation.
     *
     * @throws NullPointerException if {@code op} or {@code path} is null
     * @throws IllegalArgumentException if {@code op} is unknown, or {@code remove} carries a value, or
     *     {@code add}/{@code replace} carries none
     */
    public Operation {
      requireNonNull(op, "op == null");
      requireNonNull(path, "path == null");
      switch (op) {
        case "remove" -> {
          if (value != null) {
            throw new IllegalArgumentException("remove of '" + path + "' must not carry a value");
          }
        }
        case "add", "replace" -> {
          if (value == null) {
            throw new IllegalArgumentException(op + " of '" + path + "' needs a value (NullNode for null)");
          }
        }
        default -> throw new IllegalArgumentException("unknown JSON Patch op '" + op + "'; use add, replace or remove");
      }
    }
  }

  /** Builder of {@link Patch}; not thread-safe. Each setter validates its field name at once. */
  public static final class Builder {
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds {@code {"op":"replace","path":field,"value":value}}. A {@link Reference} value is written as
     * {@code {"id":n}} (whole reference, by id).
     *
     * @param field the top-level field name, e.g. {@code summary}
     * @param value the new value, converted with {@link ConnectWiseJson#mapper()}; {@code null} writes JSON
     *     {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the field is nested ({@code company/id}), read-only, invalid,
     *     already in this patch, or {@code customFields} (use {@link #customFields})
     * @throws InvalidValueException if the value holds a string with an unpaired surrogate or a number beyond
     *     {@link InvalidValueException#MAX_DIGITS} digits of scale or precision
     */
    public Builder replace(String field, @Nullable Object value) {
      return put("replace", checkField(field, true), toNode(value));
    }

    /**
     * Adds {@code {"op":"add","path":field,"value":value}}.
     *
     * @param field the top-level field name
     * @param value the value; {@code null} writes JSON {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the field is nested, read-only, invalid, repeated or
     *     {@code customFields}
     */
    public Builder add(String field, @Nullable Object value) {
      return put("add", checkField(field, true), toNode(value));
    }

    /**
     * Adds {@code {"op":"remove","path":field}}.
     *
     * @param field the top-level field name
     * @return this builder
     * @throws IllegalArgumentException if the field is nested, read-only, invalid or repeated
     */
    public Builder remove(String field) {
      return put("remove", checkField(field, false), null);
    }

    /**
     * Replaces a reference field whole: {@code {"op":"replace","path":"company","value":{"id":250}}}.
     *
     * @param field the top-level reference field, e.g. {@code company}; never {@code company/id}
     * @param id the referenced record id
     * @return this builder
     * @throws IllegalArgumentException if the field is nested (ConnectWise can silently ignore nested
     *     paths), read-only, invalid or repeated
     */
    public Builder replaceReference(String field, int id) {
      return put("replace", checkField(field, true), toNode(Reference.of(id)));
    }

    /**
     * Replaces the whole {@code customFields} array, the only form ConnectWise accepts.
     *
     * @param customFields every custom field entry the record should have (entries left out may be
     *     cleared); each needs an id
     * @return this builder
     * @throws IllegalArgumentException if an entry has no id, or customFields is already in this patch
     * @throws NullPointerException if the list or an entry is null
     */
    public Builder customFields(List<CustomField> customFields) {
      requireNonNull(customFields, "customFields == null");
      for (CustomField f : customFields) {
        requireNonNull(f, "customFields contains null");
        if (f.id() == null) {
          throw new IllegalArgumentException("custom field entry without id: " + f);
        }
      }
      return put("replace", CUSTOM_FIELDS, WriteChecks.toTree(List.copyOf(customFields)));
    }

    /**
     * Builds the patch.
     *
     * @return the immutable patch (possibly empty)
     */
    public Patch build() {
      return new Patch(new ArrayList<>(operations.values()));
    }

    private Builder put(String op, String field, @Nullable JsonNode value) {
      if (operations.containsKey(field)) {
        throw new IllegalArgumentException("field '" + field + "' is already in this patch ("
            + operations.get(field).op() + "); one operation per field");
      }
      if (value != null) {
        // Refused here, naming the field, rather than when the patch is sent.
        WriteChecks.check(field, value);
      }
      operations.put(field, new Operation(op, field, value));
      return this;
    }

    private static String checkField(String field, boolean refuseCustomFields) {
      requireNonNull(field, "field == null");
      if (field.indexOf('/') >= 0) {
        String top = field.startsWith("/") ? field.substring(1) : field;
        int slash = top.indexOf('/');
        String head = slash < 0 ? top : top.substring(0, slash);
        throw new IllegalArgumentException("nested PATCH path '" + field + "' refused: ConnectWise can answer 200"
            + " without applying nested paths; replace the top-level field whole, e.g. replaceReference(\""
            + head + "\", id)");
      }
      if (!TOP_LEVEL_FIELD.matcher(field).matches()) {
        throw new IllegalArgumentException("invalid PATCH field name '" + field
            + "': a top-level, case-sensitive ConnectWise field name is letters, digits and '_'");
      }
      if (READ_ONLY.contains(field)) {
        throw new IllegalArgumentException("field '" + field + "' is read-only and cannot be patched");
      }
      if (refuseCustomFields && field.equals(CUSTOM_FIELDS)) {
        throw new IllegalArgumentException("use customFields(List) to replace the whole customFields array");
      }
      return field;
    }

    private static JsonNode toNode(@Nullable Object value) {
      if (value == null) {
        return NullNode.getInstance();
      }
      if (value instanceof Reference ref) {
        value = ref.id() != null ? Reference.of(ref.id()) : new Reference(null, ref.name(), ref.identifier(), null);
      }
      if (value instanceof JsonNode node) {
        return node;
      }
      return WriteChecks.toTree(value);
    }
  }

  private static void diffCustomFields(Builder patch, @Nullable List<CustomField> before,
      @Nullable List<CustomField> after) {
    if (after == null) {
      return; // customFields not mapped: leave them alone rather than clearing every custom field
    }
    Map<Integer, CustomField> merged = new LinkedHashMap<>();
    if (before != null) {
      for (CustomField f : before) {
        if (f.id() != null) {
          merged.put(f.id(), f);
        }
      }
    }
    boolean changed = false;
    for (CustomField f : after) {
      if (f.id() == null) {
        throw new IllegalArgumentException("custom field entry without id in 'after': " + f);
      }
      CustomField old = merged.get(f.id());
      if (old == null) {
        merged.put(f.id(), f);
        changed |= f.hasValue();
      } else if (!sameValue(old, f)) {
        merged.put(f.id(), old.withValue(f.value()));
        changed = true;
      }
    }
    if (changed) {
      patch.customFields(new ArrayList<>(merged.values()));
    }
  }

  private static boolean sameValue(CustomField a, CustomField b) {
    if (!a.hasValue() || !b.hasValue()) {
      return a.hasValue() == b.hasValue();
    }
    return normalize(a.value()).equals(normalize(b.value()));
  }

  /** Removes what does not change a write: {@code _info}, reference display data, number scale. */
  private static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node.deepCopy();
      obj.remove("_info");
      if (obj.has("id") && obj.get("id").isNumber() && isReferenceShaped(node)) {
        ObjectNode ref = obj.objectNode();
        ref.set("id", obj.get("id"));
        return ref;
      }
      Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
      Map<String, JsonNode> normalized = new LinkedHashMap<>();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        normalized.put(e.getKey(), normalize(e.getValue()));
      }
      obj.setAll(normalized);
      return obj;
    }
    if (node.isArray()) {
      ArrayNode arr = ConnectWiseJson.mapper().createArrayNode();
      node.forEach(n -> arr.add(normalize(n)));
      return arr;
    }
    if (node.isNumber()) {
      return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
    }
    return node;
  }

  private static boolean isReferenceShaped(JsonNode node) {
    Set<String> keys = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return REFERENCE_KEYS.containsAll(keys);
  }

  private static String jsonName(RecordComponent rc) {
    JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
    return p != null && !p.value().isEmpty() ? p.value() : rc.getName();
  }

  private static @Nullable Object read(RecordComponent rc, Object record) {
    try {
      return rc.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName() + " of " + record.getClass().getName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable List<CustomField> castFields(@Nullable Object value) {
    return (List<CustomField>) value;
  }
}
