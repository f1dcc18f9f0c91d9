package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.cwsync.core.CwsyncException;
import io.cwsync.mapping.internal.Errors;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a {@link SyncProfile} as JSON, so a host can store it in its own database.
 *
 * <p>The document is the profile record as Jackson writes records: one object per section, named like
 * the section accessors ({@code selection} is {@code sync}). It carries a {@code version}; this library
 * writes {@link SyncProfile#CURRENT_VERSION} and reads every version up to it (properties missing from an
 * older document take their defaults). Reading is strict: an unknown property, a wrong type or a value a
 * builder setter rejects fails with a {@code CwsyncException} ({@link MappingErrorCode#INVALID_PROFILE_JSON})
 * naming the property path, such as {@code stageMapping.stages.Won}. Writing is deterministic (sets and
 * maps sorted), so equal profiles give equal text.
 *
 * <p>Design notes: reading lays the document over the JSON of a default profile, lets Jackson bind the
 * records (types, unknown properties), then replays the result through {@link SyncProfile.Builder}, whose
 * setters check the values; every error message is made in {@link #error}, {@link #typeError} or the
 * replay below. Thread-safe (stateless).
 */
public final class SyncProfileJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .addModule(strictValues())
      .build();

  private SyncProfileJson() {}

  /**
   * Writes a profile as pretty-printed JSON.
   *
   * @param profile the profile
   * @return the JSON text
   * @throws NullPointerException if {@code profile} is null
   */
  public static String write(SyncProfile profile) {
    requireNonNull(profile, "profile == null");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a profile", e);
    }
  }

  /**
   * Reads a profile written by {@link #write(SyncProfile)} (this or an older version).
   *
   * @param json the JSON text
   * @return the profile
   * @throws NullPointerException if {@code json} is null
   * @throws io.cwsync.core.CwsyncException ({@link MappingErrorCode#INVALID_PROFILE_JSON}) if the
   *     text is not valid JSON, has an unknown property, a wrong type, a newer version, or a value a
   *     setting rejects; the message names the property path
   */
  public static SyncProfile read(String json) {
    requireNonNull(json, "json == null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw Errors.profileJson("profile is not valid JSON: " + cutMessage(String.valueOf(e.getOriginalMessage())));
    }
    if (root == null || !root.isObject()) {
      throw Errors.profileJson("profile JSON must be an object");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
      throw Errors.profileJson("version is required and must be a whole number, got "
          + (version == null ? "nothing" : cut(version)));
    }
    int v = version.intValue();
    if (v < 1 || v > SyncProfile.CURRENT_VERSION) {
      throw Errors.profileJson(v < 1 ? "version: profile version " + v + " is not supported: this library reads "
          + "versions 1 to " + SyncProfile.CURRENT_VERSION : "version " + v + " was written by a newer cwsync; "
          + "this library reads profile versions up to " + SyncProfile.CURRENT_VERSION);
    }
    // Older versions are upgraded on read: what they lack takes the current defaults.
    ObjectNode document = MAPPER.valueToTree(SyncProfile.builder().build());
    overlay(document, (ObjectNode) root);
    SyncProfile stored;
    try {
      stored = MAPPER.treeToValue(document, SyncProfile.class);
    } catch (JsonMappingException e) {
      throw error(e, document);
    } catch (JsonProcessingException e) {
      throw Errors.profileJson("profile is not valid JSON: " + cutMessage(String.valueOf(e.getOriginalMessage())));
    }
    return SyncProfile.builder().replay(stored, (property, setter) -> {
      try {
        setter.run();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw Errors.profileJson(cutMessage(property) + ": " + cutMessage(String.valueOf(e.getMessage())));
      }
    }).build();
  }

  /** Lays {@code document} over {@code base}, object into object; anything else replaces. */
  private static void overlay(ObjectNode base, ObjectNode document) {
    Iterator<Map.Entry<String, JsonNode>> it = document.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode old = base.get(e.getKey());
      if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode d) {
        overlay(o, d);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }

  // ---- error messages: every one names the property path

  private static CwsyncException error(JsonMappingException e, JsonNode document) {
    StringBuilder path = new StringBuilder();
    JsonNode value = document;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        // A property name is payload too (a tax rate is a key): quoted cut like a value.
        path.append(path.length() == 0 ? "" : ".").append(cut(r.getFieldName()));
        value = value.path(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
        value = value.path(r.getIndex());
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PropertyException p) {
        String at = p.property().isEmpty() ? path.toString()
            : path.length() == 0 ? p.property() : path + "." + p.property();
        return Errors.profileJson(at + ": " + cutMessage(String.valueOf(p.getMessage())));
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      return Errors.profileJson("unknown property '" + path + "'");
    }
    if (e.getCause() != null) { // a record constructor refused the value
      return Errors.profileJson(path + ": " + cutMessage(String.valueOf(e.getCause().getMessage())));
    }
    return typeError(path.toString(), e.getPath().isEmpty() ? null
        : e.getPath().get(e.getPath().size() - 1).getFrom(), value, e);
  }

  private static CwsyncException typeError(String path, @Nullable Object parent, JsonNode value,
      JsonMappingException e) {
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        ? m.getTargetType() : null;
    String expected;
    if (target == null) {
      expected = "present";
    } else if (target == Boolean.class || target == boolean.class) {
      expected = "true or false";
    } else if (target == String.class) {
      expected = "a string";
    } else if (Set.class.isAssignableFrom(target)) {
      expected = "an array of strings";
    } else if (Collection.class.isAssignableFrom(target)) {
      expected = "an array";
    } else if (target == int.class || target == Integer.class) {
      expected = "a whole number";
    } else {
      expected = "an object";
    }
    return Errors.profileJson(path + " must be " + expected + ", got " + describe(value));
  }

  /** The offending value as the message quotes it: cut, since a profile value may be megabytes. */
  private static String describe(JsonNode value) {
    return value.isMissingNode() ? "nothing" : cut(value);
  }

  /** The longest value quoted in an error; a profile value may be megabytes. */
  private static final int QUOTED = 64;

  /** A value fit to quote in an error: its first characters and its length, e.g. {@code "aaaa…(1048576 chars)"}. */
  static String cut(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…(" + s.length() + " chars)";
  }

  /** A setter's message or a property path, which may quote a value, cut to a length fit for a log line. */
  private static String cutMessage(String message) {
    return message.length() <= 4 * QUOTED ? message
        : message.substring(0, 4 * QUOTED) + "…(" + message.length() + " chars)";
  }

  // ---- value forms: strict types, ISO-8601 text for time, sorted sets and plain tax rates

  private static SimpleModule strictValues() {
    SimpleDeserializers d = new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
          BeanDescription beanDesc) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return text(type, s -> {
          int i = names.indexOf(s);
          if (i < 0) {
            throw new PropertyException("", "'" + cut(s) + "' is not one of " + names);
          }
          return type.getEnumConstants()[i];
        });
      }
    };
    d.addDeserializer(String.class, strict(JsonToken.VALUE_STRING, String.class, JsonParser::getText));
    d.addDeserializer(Boolean.class, strict(null, Boolean.class, JsonParser::getBooleanValue));
    d.addDeserializer(boolean.class, strict(null, boolean.class, JsonParser::getBooleanValue));
    d.addDeserializer(Instant.class, text(Instant.class, s -> {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw new PropertyException("", "'" + cut(s) + "' is not a UTC instant such as 2025-01-31T08:00:00Z");
      }
    }));
    d.addDeserializer(Duration.class, text(Duration.class, s -> {
      try {
        return Duration.parse(s);
      } catch (DateTimeParseException e) {
        throw new PropertyException("", "'" + cut(s) + "' is not an ISO-8601 duration such as PT15M");
      }
    }));
    SimpleModule m = new SimpleModule("cwsync-profile");
    m.setDeserializers(d);
    m.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
    m.addSerializer(Duration.class, new ToStringSerializer<>(Duration.class));
    m.addKeySerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
      @Override
      public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeFieldName(value.toPlainString());
      }
    });
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Set<String>> sets = (Class) Set.class;
    m.addSerializer(sets, new StdSerializer<>(sets) {
      @Override
      public void serialize(Set<String> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartArray();
        for (String s : new TreeSet<>(value)) {
          gen.writeString(s);
        }
        gen.writeEndArray();
      }
    });
    return m;
  }

  /** A deserializer that takes only {@code token} (any scalar when null) and refuses other JSON. */
  private static <T> JsonDeserializer<T> strict(@Nullable JsonToken token, Class<?> type, Reader<T> read) {
    return new JsonDeserializer<>() {
      @Override
      @SuppressWarnings("unchecked")
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        boolean ok = token != null ? p.hasToken(token)
            : p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE);
        return ok ? read.read(p) : (T) ctxt.handleUnexpectedToken(type, p);
      }
    };
  }

  private static <T> JsonDeserializer<T> text(Class<?> type, Function<String, T> parse) {
    return strict(JsonToken.VALUE_STRING, type, p -> parse.apply(p.getText()));
  }

  /** Reads one value from the parser's current token. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** Writes a value as its {@code toString()}: ISO-8601 for instants and durations. */
  private static final class ToStringSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    ToStringSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }
}
