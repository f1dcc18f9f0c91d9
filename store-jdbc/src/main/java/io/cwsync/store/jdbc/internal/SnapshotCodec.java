package io.cwsync.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private SnapshotCodec() {
  }

  /**
   * The snapshot as JSON, written straight to text (no tree in between: a pulled page encodes two snapshots per
   * record, and building a node tree for each was a sizeable share of the page's apply).
   */
  static String encode(Map<String, Object> snapshot) {
    if (snapshot.isEmpty()) {
      return "{}";
    }
    java.io.StringWriter out = new java.io.StringWriter(32 + 24 * snapshot.size());
    try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      writeMap(g, snapshot);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot encode a link snapshot", e);
    }
    return out.toString();
  }

  private static void writeMap(com.fasterxml.jackson.core.JsonGenerator g, Map<?, ?> map) throws java.io.IOException {
    g.writeStartObject();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      g.writeFieldName(String.valueOf(e.getKey()));
      writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** Strings and booleans plain, other scalars as a one-key object naming their type, lists as arrays. */
  private static void writeValue(com.fasterxml.jackson.core.JsonGenerator g, Object v) throws java.io.IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof BigDecimal || v instanceof Long || v instanceof Integer || v instanceof Instant
        || v instanceof LocalDate || v instanceof HostRef || v instanceof Map<?, ?>) {
      g.writeStartObject();
      if (v instanceof BigDecimal bd) {
        g.writeStringField("n", bd.toString());
      } else if (v instanceof Long l) {
        g.writeNumberField("l", l);
      } else if (v instanceof Integer i) {
        g.writeNumberField("i", i);
      } else if (v instanceof Instant i) {
        g.writeStringField("t", i.toString());
      } else if (v instanceof LocalDate d) {
        g.writeStringField("d", d.toString());
      } else if (v instanceof HostRef r) {
        g.writeArrayFieldStart("ref");
        g.writeString(r.type().name());
        g.writeString(r.hostId());
        g.writeEndArray();
      } else {
        g.writeFieldName("m");
        writeMap(g, (Map<?, ?>) v);
      }
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
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
