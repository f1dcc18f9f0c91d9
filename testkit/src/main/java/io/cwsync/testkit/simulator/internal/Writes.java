package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns request bodies into records and checks them the way ConnectWise does: field types,
 * required fields, lengths, unique values and references to records that must exist.
 */
public final class Writes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Writes() {}

  /** ConnectWise's date-time format: UTC, second precision, {@code Z}. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * A new record with the body's known fields, typed and in the resource's field order. Unknown
   * properties and read-only fields ({@link ResourceDef#readOnly()}: {@code id}, {@code _info}, ...) are
   * ignored as ConnectWise ignores them; nulls are dropped (ConnectWise omits nulls).
   *
   * @throws ApiError 400 when a value has the wrong type
   */
  public static ObjectNode normalize(ResourceDef def, JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.badRequest("The request body must be a JSON object.");
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, FieldKind> field : def.fields().entrySet()) {
      String name = field.getKey();
      if (def.readOnly().contains(name)) {
        continue;
      }
      JsonNode value = body.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      out.set(name, convert(def, name, field.getValue(), value));
    }
    return out;
  }

  private static JsonNode convert(ResourceDef def, String name, FieldKind kind, JsonNode value) {
    switch (kind) {
      case STRING:
        if (value.isContainerNode()) {
          throw typeError(def, name, "a string");
        }
        // ConnectWise turns CR/LF in text into spaces and drops NUL characters.
        return NODES.textNode(value.asText().replace("\u0000", ""));
      case INT:
        if (value.isIntegralNumber() && value.canConvertToInt()) {
          return NODES.numberNode(value.intValue());
        }
        if (value.isTextual()) {
          try {
            return NODES.numberNode(Integer.parseInt(value.textValue().trim()));
          } catch (NumberFormatException e) {
            throw typeError(def, name, "an integer");
          }
        }
        throw typeError(def, name, "an integer");
      case NUMBER:
        if (value.isNumber()) {
          // Kept as written (0, 0.00, 1500.0000): a write that re-normalises the whole record (a PATCH of
          // one field) must not turn the untouched numbers into doubles such as 0.0.
          return value;
        }
        if (value.isTextual()) {
          try {
            return NODES.numberNode(new java.math.BigDecimal(value.textValue().trim()));
          } catch (NumberFormatException | ArithmeticException e) {
            throw typeError(def, name, "a number");
          }
        }
        throw typeError(def, name, "a number");
      case BOOL:
        if (value.isBoolean()) {
          return value;
        }
        if (value.isTextual() && (value.textValue().equalsIgnoreCase("true")
            || value.textValue().equalsIgnoreCase("false"))) {
          return NODES.booleanNode(Boolean.parseBoolean(value.textValue()));
        }
        throw ApiError.invalid(def.entityName(), "InvalidField",
            "String was not recognized as a valid Boolean.", name);
      case DATETIME: {
        Instant at = value.isTextual() ? Condition.parseInstant(value.textValue()) : null;
        if (at == null) {
          throw typeError(def, name, "a date-time like 2026-01-31T08:00:00Z");
        }
        return NODES.textNode(format(at));
      }
      case REF: {
        if (!value.isObject()) {
          throw typeError(def, name, "a reference object like {\"id\":1}");
        }
        JsonNode id = value.get("id");
        String target = def.refTargets().get(name);
        if (target != null || id != null) {
          if (id == null || !(id.canConvertToInt() && (id.isIntegralNumber() || id.isTextual()))) {
            throw ApiError.invalid(def.entityName(), "InvalidField",
                "The " + name + "/id field must be an integer.", name + "/id");
          }
          int refId = id.isTextual() ? parseIntOr(id.textValue(), def, name) : id.intValue();
          if (target != null) {
            ObjectNode ref = NODES.objectNode();
            ref.put("id", refId);
            return ref;
          }
          ObjectNode copy = ((ObjectNode) value).deepCopy();
          copy.put("id", refId);
          return copy;
        }
        return value.deepCopy();
      }
      case OBJECT:
        if (!value.isObject()) {
          throw typeError(def, name, "an object");
        }
        return value.deepCopy();
      case OBJECT_ARRAY:
      case CUSTOM_FIELDS:
        if (!value.isArray()) {
          throw typeError(def, name, "an array");
        }
        for (JsonNode item : value) {
          if (!item.isObject()) {
            throw typeError(def, name, "an array of objects");
          }
        }
        return value.deepCopy();
      case INT_ARRAY:
        if (!value.isArray()) {
          throw typeError(def, name, "an array of integers");
        }
        for (JsonNode item : value) {
          if (!item.isIntegralNumber()) {
            throw typeError(def, name, "an array of integers");
          }
        }
        return value.deepCopy();
      case STRING_ARRAY:
        if (!value.isArray()) {
          throw typeError(def, name, "an array of strings");
        }
        return value.deepCopy();
      default:
        throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private static int parseIntOr(String text, ResourceDef def, String name) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalid(def.entityName(), "InvalidField",
          "The " + name + "/id field must be an integer.", name + "/id");
    }
  }

  private static ApiError typeError(ResourceDef def, String field, String expected) {
    return ApiError.invalid(def.entityName(), "InvalidField",
        "The " + field + " field must be " + expected + ".", field);
  }

  /**
   * Checks required fields, lengths, unique values and references; collects every problem into one
   * 400 the way ConnectWise lists them in {@code errors}.
   *
   * @param selfId the record's own id when replacing or patching (for the unique check), else null
   */
  public static void validate(ResourceDef def, ObjectNode rec, @Nullable Integer selfId, Store store) {
    List<String[]> errors = new ArrayList<>();
    for (String field : def.required()) {
      if (field.equals(def.parentField())) {
        continue;
      }
      JsonNode v = rec.get(field);
      if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
        errors.add(new String[] {"MissingRequiredField", "The " + field + " field is required.", field});
      }
    }
    if (def.requireAddress()) {
      boolean any = false;
      for (String field : ResourceDef.ADDRESS_FIELDS) {
        JsonNode v = rec.get(field);
        any |= v != null && !v.isNull() && !(v.isTextual() && v.textValue().isBlank());
      }
      if (!any) {
        errors.add(new String[] {"MissingRequiredField",
            "At least one address field is required -- addressLine1, addressLine2, city, state, zip"
                + " and/or country.", "addressLine1"});
      }
    }
    for (Map.Entry<String, Integer> max : def.maxLengths().entrySet()) {
      JsonNode v = rec.get(max.getKey());
      if (v != null && v.isTextual() && v.textValue().length() > max.getValue()) {
        errors.add(new String[] {"InvalidField", "The " + max.getKey() + " field cannot be longer than "
            + max.getValue() + " characters.", max.getKey()});
      }
    }
    if (def.uniqueField() != null) {
      Integer owner = store.findUnique(def, rec.get(def.uniqueField()));
      if (owner != null && !owner.equals(selfId)) {
        errors.add(new String[] {"ObjectExists", "The " + def.uniqueField() + " '"
            + rec.get(def.uniqueField()).asText() + "' is already in use.", def.uniqueField()});
      }
    }
    for (Map.Entry<String, String> ref : def.refTargets().entrySet()) {
      JsonNode v = rec.get(ref.getKey());
      if (v == null || !v.has("id") || ref.getKey().equals(def.parentField())) {
        continue;
      }
      ResourceDef target = store.resources().require(ref.getValue());
      int id = v.get("id").intValue();
      if (store.get(target, id) == null) {
        errors.add(new String[] {"NotFound", target.label() + " " + id + " not found",
            ref.getKey() + "/id"});
      }
    }
    if (!errors.isEmpty()) {
      throw ApiError.invalidMany(def.entityName(), errors.toArray(new String[0][]));
    }
  }

  /**
   * Applies a JSON-Patch operation array ({@code add}, {@code replace}, {@code remove}) to a mutable
   * copy of a record. Paths are top-level field names, with or without a leading slash; a path
   * into a reference ({@code company/id}) is rejected because ConnectWise replaces references
   * whole; paths into collections by index ({@code communicationItems/0/value}) are allowed.
   *
   * @throws ApiError 400 for a malformed operation, an unknown field or a path into a reference
   */
  public static void applyPatch(ResourceDef def, ObjectNode rec, JsonNode ops) {
    if (!ops.isArray() || ops.isEmpty()) {
      throw ApiError.badRequest("A PATCH body must be a non-empty array of operations like "
          + "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"New\"}].");
    }
    for (JsonNode op : ops) {
      String kind = op.path("op").asText("").toLowerCase(Locale.ROOT);
      String path = op.path("path").asText("");
      if (path.startsWith("/")) {
        path = path.substring(1);
      }
      if (!kind.equals("add") && !kind.equals("replace") && !kind.equals("remove")) {
        throw ApiError.invalid("PatchOperation", "InvalidField",
            "Unsupported operation '" + op.path("op").asText("") + "'; use add, replace or remove.", "op");
      }
      if (path.isEmpty()) {
        throw ApiError.invalid("PatchOperation", "InvalidField", "The path field is required.", "path");
      }
      String[] segments = path.split("/");
      String field = segments[0];
      FieldKind fieldKind = def.kind(field);
      if (fieldKind == null || field.equals("id") || field.equals("_info")) {
        throw ApiError.invalid(def.entityName(), "InvalidField",
            "Cannot patch " + path + ": " + field + " is not a recognized field.", path);
      }
      if (!kind.equals("remove") && !op.has("value")) {
        throw ApiError.invalid("PatchOperation", "InvalidField", "The value field is required.", "value");
      }
      if (segments.length == 1) {
        if (kind.equals("remove")) {
          rec.remove(field);
        } else {
          rec.set(field, op.get("value").deepCopy());
        }
        continue;
      }
      if (fieldKind == FieldKind.REF || fieldKind == FieldKind.OBJECT) {
        throw ApiError.invalid(def.entityName(), "InvalidField", "Cannot patch " + path
            + ": replace the whole " + field + " reference instead, e.g. {\"op\":\"replace\",\"path\":\""
            + field + "\",\"value\":{\"id\":1}}.", path);
      }
      if (fieldKind == FieldKind.CUSTOM_FIELDS) {
        throw ApiError.invalid(def.entityName(), "InvalidField", "Cannot patch " + path
            + ": customFields must be replaced whole.", path);
      }
      if (fieldKind != FieldKind.OBJECT_ARRAY) {
        throw ApiError.invalid(def.entityName(), "InvalidField",
            "Cannot patch " + path + ": " + field + " has no members.", path);
      }
      patchInArray(def, rec, path, segments, kind, op.get("value"));
    }
  }

  private static void patchInArray(ResourceDef def, ObjectNode rec, String path, String[] segments,
      String kind, @Nullable JsonNode value) {
    JsonNode array = rec.get(segments[0]);
    int index;
    try {
      index = Integer.parseInt(segments[1]);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(def.entityName(), "InvalidField", "Cannot patch " + path
          + ": expected an index after " + segments[0] + ".", path);
    }
    if (!(array instanceof ArrayNode items) || index < 0 || index >= items.size()
        || segments.length > 3) {
      throw ApiError.invalid(def.entityName(), "InvalidField", "Cannot patch " + path
          + ": no such element.", path);
    }
    if (segments.length == 2) {
      if (kind.equals("remove")) {
        items.remove(index);
      } else {
        items.set(index, value.deepCopy());
      }
      return;
    }
    ObjectNode item = (ObjectNode) items.get(index);
    if (kind.equals("remove")) {
      item.remove(segments[2]);
    } else {
      item.set(segments[2], value.deepCopy());
    }
  }

  /** Removes fields with null values from a patched record so {@link #normalize} can drop them. */
  public static void dropNulls(ObjectNode rec) {
    for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
      if (it.next().getValue().isNull()) {
        it.remove();
      }
    }
  }
}
