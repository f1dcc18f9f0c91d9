package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.model.ConnectWiseJson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The list-body shapes ConnectWise uses, decoded element by element: one element that does not fit its model
 * (a wrong type, an unreadable date, a non-object) becomes an {@link ElementFailure} and the rest of the page is
 * read; only a body that is not JSON fails as a whole.
 */
public final class PageDecoders {
  private PageDecoders() {}

  /**
   * A JSON array of records, decoded element by element straight from the body's bytes (no tree in between, so
   * a page costs only its records). The body is held as bytes so that an unreadable element can be looked at
   * again afterwards for its id and fingerprint; the happy path reads each element once.
   *
   * @param type the record type
   * @param <T> the record type
   * @return the decoder
   */
  public static <T> PageDecoder<T> array(JavaType type) {
    ObjectReader reader = ConnectWiseJson.mapper().readerFor(type);
    return body -> {
      List<T> out = new ArrayList<>();
      List<ElementFailure> failures = new ArrayList<>(0);
      try (JsonParser p = ConnectWiseJson.mapper().getFactory().createParser(body)) {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.VALUE_NULL) {
          return new PageDecoder.Decoded<>(out, failures);
        }
        if (t != JsonToken.START_ARRAY) {
          throw new JsonParseException(p, "expected a JSON array of records but found " + t);
        }
        JsonStreamContext array = p.getParsingContext();
        int index = -1;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new JsonParseException(p, "the list ends before its closing ']'");
          }
          index++;
          int start = (int) p.currentTokenLocation().getByteOffset();
          if (t == JsonToken.START_OBJECT) {
            try {
              out.add(reader.readValue(p));
            } catch (IOException | RuntimeException e) {
              if (DecodeFailures.isBodyBroken(e)) {
                throw e;
              }
              skipRestOfElement(p, array);
              failures.add(DecodeFailures.of(index, body, start, (int) p.currentLocation().getByteOffset(), e));
            }
          } else if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            failures.add(DecodeFailures.notAnObject(index, body, start, (int) p.currentLocation().getByteOffset(),
                t));
          }
        }
      }
      return new PageDecoder.Decoded<>(out, failures);
    };
  }

  /**
   * Moves the parser to the closing brace of the element that failed, wherever inside it the failure left the
   * parser: the element is done once the parser is back in the array's context.
   */
  private static void skipRestOfElement(JsonParser p, JsonStreamContext array) throws IOException {
    while (p.getParsingContext() != array) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "the list ends inside a record");
      }
    }
  }

  /**
   * The forecast list, which may answer an object {@code {"forecastItems":[...]}}, an array of such
   * objects, or an array of items; all three become the flat list of items. Each item is read on its own, so
   * one unreadable item becomes a failure (its index counts items across wrappers).
   *
   * @param type the item type
   * @param <T> the item type
   * @return the decoder
   */
  public static <T> PageDecoder<T> forecast(JavaType type) {
    ObjectReader reader = ConnectWiseJson.mapper().readerFor(type);
    return body -> {
      JsonNode root = ConnectWiseJson.mapper().readTree(body);
      Sink<T> out = new Sink<>(reader);
      if (root == null || root.isNull() || root.isMissingNode()) {
        return out.decoded();
      }
      if (root.isObject()) {
        addWrapped(root, out);
      } else if (root.isArray()) {
        for (JsonNode e : root) {
          if (e.isObject() && e.has("forecastItems")) {
            addWrapped(e, out);
          } else {
            out.add(e);
          }
        }
      }
      return out.decoded();
    };
  }

  private static <T> void addWrapped(JsonNode wrapper, Sink<T> out) {
    JsonNode items = wrapper.get("forecastItems");
    if (items == null || items.isNull()) {
      if (wrapper.has("id") && !wrapper.has("forecastItems")) {
        out.add(wrapper);
      }
      return;
    }
    for (JsonNode item : items) {
      out.add(item);
    }
  }

  /** Collects items and failures of a tree-decoded page. */
  private static final class Sink<T> {
    private final ObjectReader reader;
    private final List<T> items = new ArrayList<>();
    private final List<ElementFailure> failures = new ArrayList<>(0);
    private int index = -1;

    Sink(ObjectReader reader) {
      this.reader = reader;
    }

    void add(JsonNode node) {
      index++;
      if (node.isNull()) {
        return;
      }
      if (!node.isObject()) {
        failures.add(DecodeFailures.notAnObject(index, node));
        return;
      }
      try {
        items.add(reader.readValue(node));
      } catch (IOException | RuntimeException e) {
        failures.add(DecodeFailures.of(index, node, e));
      }
    }

    PageDecoder.Decoded<T> decoded() {
      return new PageDecoder.Decoded<>(items, failures);
    }
  }
}
