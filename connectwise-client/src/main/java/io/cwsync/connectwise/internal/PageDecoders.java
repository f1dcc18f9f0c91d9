package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.model.ConnectWiseJson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
      ArrayWalk<T> walk = new ArrayWalk<>(reader, body);
      walk.run();
      return new PageDecoder.Decoded<>(walk.items, walk.failures);
    };
  }

  /**
   * One decoding of an array body. Design note: a failure inside an element leaves the parser in that element, so
   * the walk skips to its end and goes on. A failure while tokenising (a value beyond the reader's limits) leaves
   * the parser unusable: the element's end is then found by {@link DecodeFailures#SCANNER} and a new parser starts after it,
   * over {@code '[' + rest of the body}, with {@code shift} mapping its offsets back to the body.
   */
  private static final class ArrayWalk<T> {
    final ObjectReader reader;
    final byte[] body;
    final List<T> items = new ArrayList<>();
    final List<ElementFailure> failures = new ArrayList<>(0);
    int index = -1;

    ArrayWalk(ObjectReader reader, byte[] body) {
      this.reader = reader;
      this.body = body;
    }

    void run() throws IOException {
      byte[] data = body;
      int shift = 0;
      boolean first = true;
      while (true) {
        int resumeAt = walk(data, shift, first);
        if (resumeAt < 0) {
          return;
        }
        first = false;
        int next = afterComma(resumeAt);
        data = new byte[body.length - next + 1];
        data[0] = '[';
        System.arraycopy(body, next, data, 1, body.length - next);
        shift = next - 1;
      }
    }

    /** Walks the array in {@code data}; returns -1 at its end, or the body offset after an element to resume at. */
    private int walk(byte[] data, int shift, boolean first) throws IOException {
      try (JsonParser p = ConnectWiseJson.mapper().getFactory().createParser(data)) {
        JsonToken t = p.nextToken();
        if (first && (t == null || t == JsonToken.VALUE_NULL)) {
          return -1;
        }
        if (t != JsonToken.START_ARRAY) {
          throw new JsonParseException(p, "expected a JSON array of records but found " + t);
        }
        JsonStreamContext array = p.getParsingContext();
        while (true) {
          int before = (int) p.currentLocation().getByteOffset() + shift;
          try {
            t = p.nextToken();
          } catch (StreamConstraintsException e) {
            // The element itself is a value beyond the limits (a bare huge number, say).
            index++;
            int start = afterComma(before);
            int end = endOfElement(start);
            failures.add(DecodeFailures.of(index, body, start, end, e));
            return end;
          }
          if (t == JsonToken.END_ARRAY) {
            return -1;
          }
          if (t == null) {
            throw new JsonParseException(p, "the list ends before its closing ']'");
          }
          index++;
          int start = (int) p.currentTokenLocation().getByteOffset() + shift;
          try {
            if (t == JsonToken.START_OBJECT) {
              try {
                items.add(reader.readValue(p));
              } catch (IOException | RuntimeException e) {
                if (DecodeFailures.isBodyBroken(e) || DecodeFailures.isParserStuck(e)) {
                  throw e;
                }
                skipRestOfElement(p, array);
                failures.add(DecodeFailures.of(index, body, start, (int) p.currentLocation().getByteOffset() + shift,
                    e));
              }
            } else if (t != JsonToken.VALUE_NULL) {
              p.skipChildren();
              failures.add(DecodeFailures.notAnObject(index, body, start,
                  (int) p.currentLocation().getByteOffset() + shift, t));
            }
          } catch (IOException | RuntimeException e) {
            if (!DecodeFailures.isParserStuck(e)) {
              throw e;
            }
            int end = endOfElement(start);
            failures.add(DecodeFailures.of(index, body, start, end, e, nameAt(p)));
            return end;
          }
        }
      }
    }

    /** The name of the field the parser stopped at, if it can tell. */
    private static @Nullable String nameAt(JsonParser p) {
      try {
        return p.currentName();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /** The offset just after the element starting at {@code start}, found without the reader's limits. */
    private int endOfElement(int start) throws IOException {
      // Read as the first element of '[' + the rest, so that a bare number may be followed by a comma.
      byte[] rest = new byte[body.length - start + 1];
      rest[0] = '[';
      System.arraycopy(body, start, rest, 1, body.length - start);
      try (JsonParser q = DecodeFailures.SCANNER.createParser(rest)) {
        q.nextToken();
        if (q.nextToken() == null) {
          throw new JsonParseException(q, "the list ends inside a record");
        }
        q.skipChildren();
        return start - 1 + (int) q.currentLocation().getByteOffset();
      }
    }

    /** The offset of the first byte after {@code from} that is neither whitespace nor the one separating comma. */
    private int afterComma(int from) {
      int i = from;
      boolean comma = false;
      while (i < body.length) {
        byte b = body[i];
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || (b == ',' && !comma)) {
          comma |= b == ',';
          i++;
        } else {
          break;
        }
      }
      return i;
    }
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
