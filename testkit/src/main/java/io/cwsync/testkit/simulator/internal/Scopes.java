package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@link Condition.Scope}s of the three condition parameters. */
public final class Scopes {

  private static final Set<String> INFO_ALIASES =
      Set.of("lastUpdated", "dateEntered", "updatedBy", "enteredBy");
  private static final Set<String> REF_FIELDS = Set.of("id", "name", "identifier", "summary");
  private static final Set<String> CUSTOM_FIELD_PROPERTIES = Set.of("id", "caption", "type",
      "entryMethod", "numberOfDecimals", "value", "connectWiseId");

  private Scopes() {}

  private static ApiError unknown(String parameter, String[] path) {
    return ApiError.badQuery(parameter, String.join("/", path) + " is not a recognized name.");
  }

  /** Fields of the records of one resource, references resolved through the store. */
  public static Condition.Scope record(ResourceDef def, Store store) {
    return new Condition.Scope() {
      @Override
      public void validate(String[] path, String parameter) {
        FieldKind kind = def.kind(path[0]);
        if (kind == null) {
          if (path.length == 1 && INFO_ALIASES.contains(path[0])) {
            return;
          }
          throw unknown(parameter, path);
        }
        switch (kind) {
          case REF -> {
            if (path.length != 2 || !REF_FIELDS.contains(path[1])) {
              throw unknown(parameter, path);
            }
          }
          case OBJECT -> {
            if (path.length < 2 || (path[0].equals("_info") && !INFO_ALIASES.contains(path[1]))) {
              throw unknown(parameter, path);
            }
          }
          case OBJECT_ARRAY, INT_ARRAY, STRING_ARRAY, CUSTOM_FIELDS ->
              throw ApiError.badQuery(parameter, String.join("/", path)
                  + " is a collection; use childConditions or customFieldConditions.");
          default -> {
            if (path.length != 1) {
              throw unknown(parameter, path);
            }
          }
        }
      }

      @Override
      public @Nullable JsonNode resolve(ObjectNode record, String[] path) {
        JsonNode first = record.get(path[0]);
        if (first == null && path.length == 1 && def.kind(path[0]) == null) {
          JsonNode info = record.get("_info");
          return info == null ? null : info.get(path[0]);
        }
        if (path.length == 1 || first == null) {
          return first;
        }
        if (!path[1].equals("id") && def.kind(path[0]) == FieldKind.REF) {
          String target = def.refTargets().get(path[0]);
          JsonNode id = first.get("id");
          if (target != null && id != null) {
            return store.refView(target, id.intValue()).get(path[1]);
          }
        }
        JsonNode node = first;
        for (int i = 1; i < path.length && node != null; i++) {
          node = node.get(path[i]);
        }
        return node;
      }
    };
  }

  /** Fields of the elements of one collection field ({@code communicationItems/value}). */
  public static Condition.Scope child(ResourceDef def) {
    return new Condition.Scope() {
      @Override
      public void validate(String[] path, String parameter) {
        if (def.kind(path[0]) != FieldKind.OBJECT_ARRAY || path.length < 2) {
          throw unknown(parameter, path);
        }
      }

      @Override
      public @Nullable JsonNode resolve(ObjectNode element, String[] path) {
        JsonNode node = element;
        for (int i = 1; i < path.length && node != null; i++) {
          node = node.get(path[i]);
        }
        return node;
      }
    };
  }

  /** Properties of one custom field value ({@code caption="X" and value != null}). */
  public static Condition.Scope customField() {
    return new Condition.Scope() {
      @Override
      public void validate(String[] path, String parameter) {
        if (path.length != 1 || !CUSTOM_FIELD_PROPERTIES.contains(path[0])) {
          throw unknown(parameter, path);
        }
      }

      @Override
      public @Nullable JsonNode resolve(ObjectNode element, String[] path) {
        return element.get(path[0]);
      }
    };
  }
}
