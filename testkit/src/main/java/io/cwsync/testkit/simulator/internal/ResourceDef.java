package io.cwsync.testkit.simulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the simulator knows about one ConnectWise resource: its path, fields, rules and the
 * operations it allows. The simulator is driven by these definitions rather than by one class per
 * entity, so adding a resource is adding one definition in {@link Resources}.
 *
 * @param key path template below the API base, e.g. {@code company/companies} or
 *     {@code company/companies/{parentId}/sites}; also the type name of the direct state API
 * @param entityName the resource name ConnectWise puts in error bodies, e.g. {@code company}
 * @param label the record label of not-found messages, e.g. {@code Company}
 * @param fields top-level fields (insertion ordered) and their kinds
 * @param required fields required on create and replace
 * @param readOnly fields a write body cannot set (ignored, as ConnectWise ignores them), such as {@code id}
 * @param maxLengths maximum string lengths
 * @param refTargets reference fields whose target the simulator stores, mapped to the target key
 * @param uniqueField a field whose value must be unique (case-insensitive), or null
 * @param parentKey the parent resource key for child resources, or null
 * @param parentField the field of a child record that holds its parent (a reference or an int)
 * @param methods HTTP methods allowed on the resource
 * @param callbackType the callback {@code type} that reports changes to this resource, or null
 * @param requireAddress whether one address field is required (companies)
 */
public record ResourceDef(
    String key,
    String entityName,
    String label,
    Map<String, FieldKind> fields,
    List<String> required,
    Set<String> readOnly,
    Map<String, Integer> maxLengths,
    Map<String, String> refTargets,
    @Nullable String uniqueField,
    @Nullable String parentKey,
    @Nullable String parentField,
    Set<String> methods,
    @Nullable String callbackType,
    boolean requireAddress) {

  /** The address fields of which a company needs one. */
  public static final List<String> ADDRESS_FIELDS =
      List.of("addressLine1", "addressLine2", "city", "state", "zip", "country");

  /** Copies every collection so a definition never changes after it is built; {@code fields} keeps its order. */
  public ResourceDef {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    required = List.copyOf(required);
    readOnly = Set.copyOf(readOnly);
    maxLengths = Map.copyOf(maxLengths);
    refTargets = Map.copyOf(refTargets);
    methods = Set.copyOf(methods);
  }

  /** Whether this is a child resource below a parent record. */
  public boolean isChild() {
    return parentKey != null;
  }

  /** The kind of a top-level field, or null when the resource has no such field. */
  public @Nullable FieldKind kind(String field) {
    return fields.get(field);
  }

  /** Whether the parent link is stored as a reference object (else as an int field). */
  public boolean parentFieldIsRef() {
    return parentField != null && fields.get(parentField) == FieldKind.REF;
  }

  /** The path of one record of this resource below the API base. */
  public String recordPath(int parentId, int id) {
    return key.replace("{parentId}", Integer.toString(parentId)) + "/" + id;
  }

  /** Whether the method is allowed, case-insensitively. */
  public boolean allows(String method) {
    return methods.contains(method.toUpperCase(Locale.ROOT));
  }
}
