package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import io.cwsync.connectwise.InvalidValueException;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson configuration for ConnectWise JSON, lenient by design, shared by the client and anyone
 * reading ConnectWise payloads (callbacks, fixtures).
 *
 * <p>Reading tolerates what real servers send and strict clients choke on: unknown properties (ConnectWise
 * adds fields at any time), booleans as strings ({@code "True"}, {@code "false"}), date-times with or
 * without zone or fraction and bare dates (read as UTC), unknown enum values (read as {@code null}), empty
 * strings for numbers (read as absent), a single object where an array is expected (the forecast endpoint),
 * and NUL characters in strings (stripped). Numbers with a fraction become {@link java.math.BigDecimal} in
 * trees. Writing omits null properties and writes date-times as {@code 2018-06-14T15:21:50Z}.
 *
 * <p>{@link #mapper()} returns one shared instance; Jackson mappers are thread-safe once configured. Do not
 * reconfigure it: take {@link #newMapper()} to customise a copy.
 */
public final class ConnectWiseJson {

  /** The longest number text the parser accepts. */
  private static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * System property that turns the decoding fast paths off (references bound by Jackson's creator, {@code _info}
   * through a map), so that {@code DecodeCpuBenchmark} can measure before and after in one build. Read once.
   */
  static final String GENERAL_DECODING_PROPERTY = "cwsync.decode.general";

  private static final boolean GENERAL_DECODING = Boolean.getBoolean(GENERAL_DECODING_PROPERTY);

  private static final ObjectMapper SHARED = newMapper();

  private ConnectWiseJson() {}

  /**
   * Returns the shared, configured mapper.
   *
   * @return the mapper; thread-safe, must not be reconfigured
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /**
   * Creates a new mapper with the ConnectWise configuration, for callers that need to customise it.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    SimpleModule lenient = new SimpleModule("cwsync-connectwise-lenient");
    lenient.addDeserializer(String.class, new NulStrippingStringDeserializer());
    lenient.addDeserializer(Boolean.class, new LenientBooleanDeserializer(Boolean.class));
    lenient.addDeserializer(Boolean.TYPE, new LenientBooleanDeserializer(Boolean.TYPE));
    lenient.addDeserializer(Instant.class, new LenientInstantDeserializer());
    lenient.addDeserializer(Info.class, new InfoDeserializer());
    lenient.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    lenient.addSerializer(Instant.class, new InstantSerializer());
    if (!GENERAL_DECODING) {
      lenient.setDeserializerModifier(new FastReferences());
    }
    // Number text beyond 1,000 characters is refused by the parser (Jackson's default, set here so it stays).
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .nodeFactory(new BoundedNodeFactory())
        .addModule(new JavaTimeModule())
        .addModule(lenient) // registered after JavaTimeModule so its Instant handling wins
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        // Keep 712.50 as sent: custom field values and money must round-trip unchanged.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    // An empty string where a number or date is expected means "no value" in ConnectWise data.
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }

  /**
   * Reads {@link BigDecimal}s, refusing a scale or precision beyond {@value InvalidValueException#MAX_DIGITS}
   * digits: {@code 1e999999999} is eleven characters and cheap to hold, but rendering it ({@code toPlainString},
   * {@code setScale}) builds a billion digits. Refused here, the record is reported as unreadable, naming the
   * field, instead of exhausting memory wherever it is used.
   */
  private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;
    private static final NumberDeserializers.BigDecimalDeserializer STANDARD =
        NumberDeserializers.BigDecimalDeserializer.instance;

    BoundedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal v = STANDARD.deserialize(p, ctxt);
      if (v != null && !InvalidValueException.isBounded(v)) {
        throw new InvalidValueException(describe(p), "is a number out of range (scale or precision beyond "
            + InvalidValueException.MAX_DIGITS + " digits)");
      }
      return v;
    }
  }

  /** Builds trees whose decimal numbers are bounded like {@link BoundedDecimalDeserializer}'s. */
  private static final class BoundedNodeFactory extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueNode numberNode(@Nullable BigDecimal v) {
      if (v != null && !InvalidValueException.isBounded(v)) {
        throw new InvalidValueException("(number)", "is a number out of range (scale or precision beyond "
            + InvalidValueException.MAX_DIGITS + " digits)");
      }
      return super.numberNode(v);
    }
  }

  /** Strips NUL characters, which ConnectWise data can contain and databases refuse. */
  private static final class NulStrippingStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    NulStrippingStringDeserializer() {
      super(String.class);
    }

    @Override
    public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return Lenient.stripNul(p.getText());
      }
      if (p.currentToken() != null && p.currentToken().isScalarValue()) {
        String text = p.getValueAsString();
        return text == null ? null : Lenient.stripNul(text);
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }

  /** Reads JSON booleans, and the strings and 0/1 numbers some ConnectWise bodies use. */
  private static final class LenientBooleanDeserializer extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    LenientBooleanDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    public @Nullable Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
        try {
          return Lenient.parseBoolean(p.getText(), describe(p));
        } catch (IllegalArgumentException e) {
          return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, p.getText(), e.getMessage());
        }
      }
      return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }
  }

  /** Reads ConnectWise date-times leniently, see {@link Lenient#parseInstant}. */
  private static final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    LenientInstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        // The canonical form first; the property description is built only for the general path.
        Instant canonical = Lenient.parseCanonicalInstant(text);
        if (canonical != null) {
          return canonical;
        }
        try {
          return Lenient.parseInstant(text, describe(p));
        } catch (IllegalArgumentException e) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
        }
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
  }

  /**
   * Reads {@code _info} objects straight from the parser into the map {@link Info#fromJson} takes, with the
   * same untyped values Jackson's map binding would produce. Why: every record and most references carry an
   * {@code _info}; binding it through the delegating creator (a map deserializer, then a reflective call)
   * was a visible share of decoding a page.
   */
  private static final class InfoDeserializer extends StdDeserializer<Info> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private transient @Nullable JsonDeserializer<Object> values;

    InfoDeserializer() {
      super(Info.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      values = ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
    }

    @Override
    public @Nullable Info deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      Map<String, @Nullable Object> raw;
      if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
        JsonDeserializer<Object> deser = values;
        if (deser == null) {
          deser = ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
        }
        if (!GENERAL_DECODING) {
          return readObject(p, ctxt, t, deser);
        }
        raw = new LinkedHashMap<>();
        if (t == JsonToken.START_OBJECT) {
          t = p.nextToken();
        }
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          raw.put(name, v == JsonToken.VALUE_NULL ? null : deser.deserialize(p, ctxt));
        }
      } else {
        // Not an object: whatever the map binding makes of it, as the creator would have received.
        raw = ctxt.readValue(p, ctxt.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        if (raw == null) {
          return null;
        }
      }
      try {
        return Info.fromJson(raw);
      } catch (IllegalArgumentException e) {
        // Name the date that is wrong: the path then reads _info.lastUpdated.
        String message = String.valueOf(e.getMessage());
        for (String key : new String[] {"lastUpdated", "dateEntered"}) {
          if (message.startsWith("_info." + key + " ")) {
            // The message keeps the lenient parser's (direct mapper users see the value, as before); the
            // client's DecodeFailure is built from the type and path only.
            InvalidFormatException bad = InvalidFormatException.from(p, message, null, Instant.class);
            bad.prependPath(Info.class, key);
            throw bad;
          }
        }
        throw ctxt.instantiationException(Info.class, e);
      }
    }

    /**
     * Reads an {@code _info} object into its typed values and {@code others} directly, with what
     * {@link Info#fromJson} makes of the same map: nulls carry nothing, non-string values keep their text, NULs are
     * stripped, a later duplicate key wins. No intermediate map, and the canonical date form is parsed by hand.
     */
    private static Info readObject(JsonParser p, DeserializationContext ctxt, JsonToken first,
        JsonDeserializer<Object> deser) throws IOException {
      Instant lastUpdated = null;
      Instant dateEntered = null;
      String updatedBy = null;
      String enteredBy = null;
      Map<String, String> others = null;
      JsonToken t = first == JsonToken.START_OBJECT ? p.nextToken() : first;
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        String text;
        if (v == JsonToken.VALUE_STRING) {
          text = Lenient.stripNul(p.getText());
        } else if (v == JsonToken.VALUE_NULL) {
          text = null;
        } else {
          Object value = deser.deserialize(p, ctxt);
          text = value == null ? null : Lenient.stripNul(String.valueOf(value));
        }
        switch (name) {
          case "lastUpdated" -> lastUpdated = text == null ? null : instant(p, text, "lastUpdated");
          case "dateEntered" -> dateEntered = text == null ? null : instant(p, text, "dateEntered");
          case "updatedBy" -> updatedBy = text;
          case "enteredBy" -> enteredBy = text;
          default -> {
            if (text != null) {
              if (others == null) {
                others = new LinkedHashMap<>(4);
              }
              others.put(name, text);
            } else if (others != null) {
              others.remove(name);
            }
          }
        }
      }
      return new Info(lastUpdated, dateEntered, updatedBy, enteredBy, others == null ? Map.of() : others);
    }

    /** An {@code _info} date-time, failing as the map path does: naming {@code _info.<key>}. */
    private static @Nullable Instant instant(JsonParser p, String text, String key) throws IOException {
      Instant canonical = Lenient.parseCanonicalInstant(text);
      if (canonical != null) {
        return canonical;
      }
      try {
        return Lenient.parseInstant(text, "_info." + key);
      } catch (IllegalArgumentException e) {
        InvalidFormatException bad = InvalidFormatException.from(p, String.valueOf(e.getMessage()), null,
            Instant.class);
        bad.prependPath(Info.class, key);
        throw bad;
      }
    }
  }

  /** Puts {@link ReferenceDeserializer} in front of Jackson's own for {@link Reference}. */
  private static final class FastReferences extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      return beanDesc.getBeanClass() == Reference.class ? new ReferenceDeserializer(deserializer) : deserializer;
    }
  }

  /**
   * Reads a {@link Reference} object field by field into its constructor. Why: a full record carries about twenty
   * references, and Jackson's creator binding (a property buffer, a hash lookup per property, a reflective
   * constructor call) made them a large share of decoding a page. Values are read by the same deserializers Jackson
   * would use, and a failure is wrapped with the same path ({@code Reference.id}); anything that is not an object
   * (a number, an empty string, an array) goes to Jackson's own deserializer, so its errors and coercions are
   * unchanged.
   */
  private static final class ReferenceDeserializer extends StdDeserializer<Reference>
      implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<?> standard;
    private transient @Nullable JsonDeserializer<Object> ids;
    private transient @Nullable JsonDeserializer<Object> strings;
    private transient @Nullable JsonDeserializer<Object> infos;

    ReferenceDeserializer(JsonDeserializer<?> standard) {
      super(Reference.class);
      this.standard = standard;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      if (standard instanceof ResolvableDeserializer r) {
        r.resolve(ctxt);
      }
      ids = ctxt.findRootValueDeserializer(ctxt.constructType(Integer.class));
      strings = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
      infos = ctxt.findRootValueDeserializer(ctxt.constructType(Info.class));
    }

    @Override
    public @Nullable Reference deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      JsonDeserializer<Object> idDeser = ids;
      JsonDeserializer<Object> stringDeser = strings;
      JsonDeserializer<Object> infoDeser = infos;
      if ((t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT)
          || idDeser == null || stringDeser == null || infoDeser == null) {
        return (Reference) standard.deserialize(p, ctxt);
      }
      Integer id = null;
      String name = null;
      String identifier = null;
      Info info = null;
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      }
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        try {
          switch (field) {
            case "id" -> id = v == JsonToken.VALUE_NULL ? null : (Integer) idDeser.deserialize(p, ctxt);
            case "name" -> name = v == JsonToken.VALUE_NULL ? null : (String) stringDeser.deserialize(p, ctxt);
            case "identifier" ->
                identifier = v == JsonToken.VALUE_NULL ? null : (String) stringDeser.deserialize(p, ctxt);
            case "_info" -> info = v == JsonToken.VALUE_NULL ? null : (Info) infoDeser.deserialize(p, ctxt);
            default -> p.skipChildren();
          }
        } catch (Exception e) {
          throw wrapped(e, field, ctxt);
        }
      }
      return new Reference(id, name, identifier, info);
    }

    /** As Jackson's bean deserializer wraps a property's failure (BeanDeserializerBase.wrapAndThrow). */
    private static JsonMappingException wrapped(Exception e, String field, DeserializationContext ctxt)
        throws IOException {
      boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
      if (e instanceof IOException io && (!wrap || !(e instanceof com.fasterxml.jackson.core.JacksonException))) {
        throw io;
      }
      if (!wrap && e instanceof RuntimeException re) {
        throw re;
      }
      return JsonMappingException.wrapWithPath(e, Reference.class, field);
    }
  }

  /** Writes {@code 2018-06-14T15:21:50Z}, the form ConnectWise itself sends. */
  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(Lenient.formatInstant(value));
    }
  }

  private static String describe(JsonParser p) throws IOException {
    String name = p.currentName();
    return name == null ? "value" : "property '" + name + "'";
  }
}
