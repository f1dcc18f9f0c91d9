package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.InvalidValueException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cwsync.connectwise.model.ConnectWiseJson;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a body before it is sent: every string (values and names) is well-formed UTF-16 and every number is
 * within {@link InvalidValueException#MAX_DIGITS}. Why: Jackson writes an unpaired surrogate as a {@code \\uD800}
 * escape that ConnectWise stores as {@code ?}, and a number such as {@code 1e999999999} is cheap to hold but
 * exhausts memory wherever it is rendered in full. The first offending value throws, naming its field; nothing
 * is sent.
 */
public final class WriteChecks {
  /**
   * The ConnectWise mapper with plain trees, for turning values to send into trees: the shared mapper's node
   * factory refuses out-of-range numbers while reading, without knowing the field; here {@link #check} refuses
   * them naming it.
   */
  private static final ObjectMapper TREES = ConnectWiseJson.newMapper().setNodeFactory(JsonNodeFactory.instance);

  private WriteChecks() {}

  /**
   * A value to send as a tree, unchecked (see {@link #check}).
   *
   * @param value the value
   * @return the tree
   */
  public static JsonNode toTree(@Nullable Object value) {
    return TREES.valueToTree(value);
  }

  /**
   * Checks a body. A JSON Patch array names the offending operation's {@code path}.
   *
   * @param body the body
   * @throws InvalidValueException for the first value that cannot be sent
   */
  public static void check(JsonNode body) {
    if (body.isArray()) {
      int i = 0;
      for (JsonNode op : body) {
        JsonNode path = op.get("path");
        String name = path != null && path.isTextual() ? path.textValue() : "[" + i + "]";
        check(name, op.get("value") == null ? op : op.get("value"));
        i++;
      }
      return;
    }
    check("", body);
  }

  /**
   * Checks one value and everything below it.
   *
   * @param field the field holding it, for the message
   * @param value the value
   * @throws InvalidValueException for the first value that cannot be sent
   */
  public static void check(String field, JsonNode value) {
    if (value.isTextual()) {
      InvalidValueException.requireWellFormed(field, value.textValue());
    } else if (value.isBigDecimal()) {
      InvalidValueException.requireBounded(field, value.decimalValue());
    } else if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = field.isEmpty() ? e.getKey() : field + "." + e.getKey();
        InvalidValueException.requireWellFormed(field.isEmpty() ? "(name)" : field, e.getKey());
        check(name, e.getValue());
      }
    } else if (value.isArray()) {
      int i = 0;
      for (JsonNode e : value) {
        check(field + "[" + i++ + "]", e);
      }
    }
  }
}
