package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.model.ConnectWiseJson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The list-body shapes ConnectWise uses. */
public final class PageDecoders {
  private PageDecoders() {}

  /**
   * A JSON array of records, decoded element by element straight from the stream (no tree in
   * between, so a page costs only its records).
   *
   * @param type the record type
   * @param <T> the record type
   * @return the decoder
   */
  public static <T> PageDecoder<T> array(JavaType type) {
    ObjectReader reader = ConnectWiseJson.mapper().readerFor(type);
    return in -> {
      List<T> out = new ArrayList<>();
      try (JsonParser p = ConnectWiseJson.mapper().getFactory().createParser(in)) {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.VALUE_NULL) {
          return out;
        }
        if (t != JsonToken.START_ARRAY) {
          throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a JSON array of records but found " + t);
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == JsonToken.START_OBJECT) {
            out.add(reader.readValue(p));
          } else if (t != JsonToken.VALUE_NULL) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a record (JSON object) but found " + t);
          }
        }
      }
      return out;
    };
  }

  /**
   * The forecast list, which may answer an object {@code {"forecastItems":[...]}}, an array of such
   * objects, or an array of items; all three become the flat list of items.
   *
   * @param type the item type
   * @param <T> the item type
   * @return the decoder
   */
  public static <T> PageDecoder<T> forecast(JavaType type) {
    ObjectReader reader = ConnectWiseJson.mapper().readerFor(type);
    return in -> {
      JsonNode root = ConnectWiseJson.mapper().readTree(in);
      List<T> out = new ArrayList<>();
      if (root == null || root.isNull() || root.isMissingNode()) {
        return out;
      }
      if (root.isObject()) {
        addWrapped(root, reader, out);
      } else if (root.isArray()) {
        for (JsonNode e : root) {
          if (e.isObject() && e.has("forecastItems")) {
            addWrapped(e, reader, out);
          } else if (e.isObject()) {
            out.add(reader.readValue(e));
          }
        }
      }
      return out;
    };
  }

  private static <T> void addWrapped(JsonNode wrapper, ObjectReader reader, List<T> out) throws IOException {
    JsonNode items = wrapper.get("forecastItems");
    if (items == null || items.isNull()) {
      if (wrapper.has("id") && !wrapper.has("forecastItems")) {
        out.add(reader.readValue(wrapper));
      }
      return;
    }
    for (JsonNode item : items) {
      out.add(reader.readValue(item));
    }
  }
}
