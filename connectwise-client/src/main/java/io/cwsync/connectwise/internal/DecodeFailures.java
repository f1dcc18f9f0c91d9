package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.DecodeFailureHandler;
import io.cwsync.connectwise.InvalidValueException;
import io.cwsync.connectwise.RecordDecodeException;
import io.cwsync.connectwise.model.ConnectWiseJson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure to read one element of a page into an {@link ElementFailure}: the field path and a reason built
 * from the exception's type and target type only, never from its message, because Jackson's messages quote the
 * offending value (the payload may hold personal data or megabytes).
 */
public final class DecodeFailures {
  private static final Logger LOG = LoggerFactory.getLogger("io.cwsync.connectwise.decode");
  private static final int MAX_NAME = 64;
  /**
   * Reads past values the shared reader refuses to tokenise (number text beyond its limit, very deep nesting): to
   * find where a failed element ends, and its id and date; nothing else is converted.
   */
  static final JsonFactory SCANNER = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(Integer.MAX_VALUE).build())
      .build();

  /** The default handler: one WARN line per unreadable element. */
  public static final DecodeFailureHandler LOGGING = f -> LOG.warn("{}", f.message());

  /** Strict mode: the first unreadable element ends the walk. */
  public static final DecodeFailureHandler STRICT = f -> {
    throw new RecordDecodeException(f);
  };

  private DecodeFailures() {}

  /**
   * Whether a failure means the body itself is broken (not JSON), so nothing after it can be read; anything
   * else concerns one element only.
   */
  static boolean isBodyBroken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParseException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether a failure happened while the parser was tokenising a value beyond its limits (number text, string
   * length, nesting): the parser cannot go on from there, but the body may well be fine.
   */
  static boolean isParserStuck(Throwable e) {
    return find(e, StreamConstraintsException.class) != null;
  }

  /** The failure of element {@code index}, whose raw JSON is {@code body[start, end)}. */
  static ElementFailure of(int index, byte[] body, int start, int end, Throwable e) {
    return of(index, body, start, end, e, null);
  }

  /**
   * The failure of element {@code index}, whose raw JSON is {@code body[start, end)}; {@code fallbackField} names
   * the field when the exception carries no path (a value the parser refused to tokenise).
   */
  static ElementFailure of(int index, byte[] body, int start, int end, Throwable e, @Nullable String fallbackField) {
    Long id = null;
    Instant lastUpdated = null;
    // Token by token, converting nothing but the id and _info.lastUpdated: the element may hold values the shared
    // reader refuses (megabytes of digits), and only these two are needed.
    try (JsonParser p = SCANNER.createParser(body, start, end - start)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if ("id".equals(name)) {
            id = id(v, p.getText());
          } else if ("_info".equals(name) && v == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              JsonToken w = p.nextToken();
              if ("lastUpdated".equals(key) && w == JsonToken.VALUE_STRING) {
                lastUpdated = instant(p.getText());
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Whatever was found before the element stopped making sense is kept.
    }
    String field = field(e);
    if (field == null) {
      field = fallbackField;
    }
    String what = reason(e);
    return new ElementFailure(index, id, lastUpdated, field, field == null ? what : field + ": " + what,
        fingerprint(body, start, end));
  }

  private static @Nullable Long id(JsonToken token, String text) {
    if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) && text.matches("\\d{1,18}")) {
      return Long.parseLong(text);
    }
    return null;
  }

  private static @Nullable Instant instant(String text) {
    if (text.length() > 40) {
      return null;
    }
    try {
      return ConnectWiseJson.mapper().convertValue(TextNode.valueOf(text), Instant.class);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The failure of element {@code index} of a tree-decoded page. */
  static ElementFailure of(int index, @Nullable JsonNode node, Throwable e) {
    byte[] raw = node == null ? new byte[0] : node.toString().getBytes(StandardCharsets.UTF_8);
    return of(index, node, fingerprint(raw, 0, raw.length), e);
  }

  private static ElementFailure of(int index, @Nullable JsonNode node, String fingerprint, Throwable e) {
    String field = field(e);
    String what = reason(e);
    return new ElementFailure(index, id(node), lastUpdated(node), field,
        field == null ? what : field + ": " + what, fingerprint);
  }

  /** A non-object element where a record belongs. */
  static ElementFailure notAnObject(int index, byte[] body, int start, int end, JsonToken token) {
    return new ElementFailure(index, null, null, null, "not a record (JSON object) but " + describe(token),
        fingerprint(body, start, end));
  }

  static ElementFailure notAnObject(int index, JsonNode node) {
    byte[] raw = node.toString().getBytes(StandardCharsets.UTF_8);
    return new ElementFailure(index, null, null, null, "not a record (JSON object) but "
        + describe(node.asToken()), fingerprint(raw, 0, raw.length));
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> String.valueOf(t);
    };
  }

  /** The field path of a databind failure ({@code _info.lastUpdated}, {@code customFields[2].value}). */
  static @Nullable String field(Throwable e) {
    InvalidValueException invalid = find(e, InvalidValueException.class);
    JsonMappingException m = find(e, JsonMappingException.class);
    StringBuilder b = new StringBuilder();
    if (m != null) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          if (b.length() > 0) {
            b.append('.');
          }
          String name = r.getFieldName();
          b.append(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name);
        } else if (r.getIndex() >= 0) {
          b.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    if (b.length() == 0 && invalid != null) {
      return invalid.field();
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** What was wrong, from the exception's type and target type; never the value. */
  static String reason(Throwable e) {
    InvalidValueException invalid = find(e, InvalidValueException.class);
    if (invalid != null) {
      return invalid.reason();
    }
    if (find(e, StreamConstraintsException.class) != null) {
      return "value too long (beyond the reader's limits)";
    }
    if (find(e, InputCoercionException.class) != null) {
      return "number out of range";
    }
    MismatchedInputException mismatch = find(e, MismatchedInputException.class);
    if (mismatch != null) {
      Class<?> target = mismatch.getTargetType();
      if (mismatch instanceof InvalidFormatException f && f.getOriginalMessage() != null
          && f.getOriginalMessage().contains("out of range")) {
        return "number out of range";
      }
      return target == null ? "unreadable value" : "not " + kind(target);
    }
    return "unreadable value";
  }

  private static String kind(Class<?> t) {
    if (Temporal.class.isAssignableFrom(t) || t == Instant.class || t == LocalDate.class
        || t == OffsetDateTime.class) {
      return "a date";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "a boolean";
    }
    if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class || t == double.class
        || t == float.class || t == short.class) {
      return "a number";
    }
    if (t == String.class || t == Character.class || t == char.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(t) || t.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(t) || JsonNode.class.isAssignableFrom(t)) {
      return "an object";
    }
    return "an object (" + t.getSimpleName() + ")";
  }

  private static <X extends Throwable> @Nullable X find(Throwable e, Class<X> type) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static @Nullable Long id(@Nullable JsonNode node) {
    JsonNode id = node == null ? null : node.get("id");
    if (id == null) {
      return null;
    }
    if (id.isIntegralNumber() && id.canConvertToLong()) {
      return id.longValue();
    }
    if (id.isTextual() && id.textValue().matches("\\d{1,18}")) {
      return Long.parseLong(id.textValue());
    }
    return null;
  }

  private static @Nullable Instant lastUpdated(@Nullable JsonNode node) {
    JsonNode t = node == null ? null : node.path("_info").get("lastUpdated");
    if (t == null || !t.isTextual() || t.textValue().length() > 40) {
      return null;
    }
    try {
      return ConnectWiseJson.mapper().convertValue(t, Instant.class);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String fingerprint(byte[] body, int start, int end) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(body, start, Math.max(0, end - start));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }
}
