package io.cwsync.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes a link's snapshot (normalised values: strings, booleans, numbers, instants, dates, host references, maps
 * and lists) as JSON that keeps each value's Java type, so a snapshot read back equals the one written ({@code 12.50}
 * stays a {@link BigDecimal} of scale 2, an instant stays an {@link Instant}). Strings and booleans are plain JSON;
 * every other value is an object with one tag key. Values of other types are stored as their {@code toString()},
 * which is what core's fingerprint normalisation turns them into anyway.
 *
 * <p>Stateless and thread-safe.
 */
final class SnapshotCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SnapshotCodec() {
  }

  static String encode(Map<String, Object> snapshot) {
    if (snapshot.isEmpty()) {
      return "{}";
    }
    try {
      return JSON.writeValueAsString(encodeMap(snapshot));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a link snapshot", e);
    }
  }

  static Map<String, Object> decode(String json) {
    if (json.equals("{}")) {
      return Map.of();
    }
    try {
      return decodeMap(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable link snapshot in the database", e);
    }
  }

  private static ObjectNode encodeMap(Map<?, ?> map) {
    ObjectNode o = NODES.objectNode();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      o.set(String.valueOf(e.getKey()), encodeValue(e.getValue()));
    }
    return o;
  }

  private static JsonNode encodeValue(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof BigDecimal bd) {
      return tagged("n", NODES.textNode(bd.toString()));
    }
    if (v instanceof Long l) {
      return tagged("l", NODES.numberNode(l));
    }
    if (v instanceof Integer i) {
      return tagged("i", NODES.numberNode(i));
    }
    if (v instanceof Instant i) {
      return tagged("t", NODES.textNode(i.toString()));
    }
    if (v instanceof LocalDate d) {
      return tagged("d", NODES.textNode(d.toString()));
    }
    if (v instanceof HostRef r) {
      ArrayNode a = NODES.arrayNode();
      a.add(r.type().name());
      a.add(r.hostId());
      return tagged("ref", a);
    }
    if (v instanceof Map<?, ?> m) {
      return tagged("m", encodeMap(m));
    }
    if (v instanceof Collection<?> c) {
      ArrayNode a = NODES.arrayNode();
      for (Object o : c) {
        a.add(encodeValue(o));
      }
      return a;
    }
    return NODES.textNode(v.toString());
  }

  private static ObjectNode tagged(String tag, JsonNode value) {
    ObjectNode o = NODES.objectNode();
    o.set(tag, value);
    return o;
  }

  private static Map<String, Object> decodeMap(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Object v = decodeValue(e.getValue());
      if (v != null) {
        out.put(e.getKey(), v);
      }
    }
    return out;
  }

  private static Object decodeValue(JsonNode n) {
    if (n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>(n.size());
      for (JsonNode x : n) {
        out.add(decodeValue(x));
      }
      return List.copyOf(out);
    }
    Map.Entry<String, JsonNode> tag = n.fields().next();
    JsonNode v = tag.getValue();
    return switch (tag.getKey()) {
      case "n" -> new BigDecimal(v.textValue());
      case "l" -> v.longValue();
      case "i" -> v.intValue();
      case "t" -> Instant.parse(v.textValue());
      case "d" -> LocalDate.parse(v.textValue());
      case "ref" -> new HostRef(EntityType.of(v.get(0).textValue()), v.get(1).textValue());
      case "m" -> java.util.Collections.unmodifiableMap(decodeMap(v));
      default -> throw new IllegalStateException("unknown snapshot value tag " + tag.getKey());
    };
  }
}
