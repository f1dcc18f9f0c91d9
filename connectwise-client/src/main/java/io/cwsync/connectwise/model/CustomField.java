package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One custom field value on a ConnectWise record ({@code customFields[]}): the definition's id and caption
 * plus the untyped value.
 *
 * <p>Three states of {@code value} are kept apart: the key absent (Java {@code null}; ConnectWise sends an
 * empty field this way, and a write leaves it out), an explicit JSON {@code null} ({@link NullNode}; a write
 * clears the field), and a value (text, number, boolean or date text, depending on {@code type}). ConnectWise
 * only accepts the whole {@code customFields} array in a write, see {@link io.cwsync.connectwise.Patch}.
 * NUL characters are stripped from text values. Immutable and thread-safe.
 *
 * @param id the custom field definition id ({@code /system/userDefinedFields})
 * @param caption the field's caption, the name users see
 * @param type the field type ({@code Text}, {@code Number}, {@code Date}, {@code Checkbox}, ...)
 * @param entryMethod how the value is entered ({@code EntryField}, {@code List}, ...)
 * @param numberOfDecimals decimals of a number field
 * @param value the value; {@code null} when the key was absent, {@link NullNode} for an explicit null
 * @param connectWiseId ConnectWise's global id of the definition
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomField(
    @Nullable Integer id,
    @Nullable String caption,
    @Nullable String type,
    @Nullable String entryMethod,
    @Nullable Integer numberOfDecimals,
    @Nullable JsonNode value,
    @Nullable String connectWiseId) {

  /** Strips NUL characters from a text value, as for every other string read from ConnectWise. */
  public CustomField {
    if (value != null && value.isTextual() && value.textValue().indexOf('\u0000') >= 0) {
      value = JsonNodeFactory.instance.textNode(Lenient.stripNul(value.textValue()));
    }
  }

  /**
   * Creates the minimal write form {@code {"id":id,"value":value}} for a text value.
   *
   * @param id the custom field definition id
   * @param value the text, or {@code null} to clear the field (written as JSON {@code null})
   * @return the entry
   */
  public static CustomField of(int id, @Nullable String value) {
    return new CustomField(id, null, null, null, null,
        value == null ? NullNode.getInstance() : JsonNodeFactory.instance.textNode(value), null);
  }

  /**
   * Creates the minimal write form {@code {"id":id,"value":value}} for a number value.
   *
   * @param id the custom field definition id
   * @param value the number
   * @return the entry
   * @throws NullPointerException if {@code value} is null
   */
  public static CustomField of(int id, BigDecimal value) {
    java.util.Objects.requireNonNull(value, "value == null");
    return new CustomField(id, null, null, null, null, DecimalNode.valueOf(value), null);
  }

  /**
   * Creates the minimal write form {@code {"id":id,"value":value}} for a checkbox value.
   *
   * @param id the custom field definition id
   * @param value the flag
   * @return the entry
   */
  public static CustomField of(int id, boolean value) {
    return new CustomField(id, null, null, null, null, JsonNodeFactory.instance.booleanNode(value), null);
  }

  /**
   * Returns a copy with another value, keeping the definition properties.
   *
   * @param newValue the new value; {@code null} drops the key, {@link NullNode} clears the field
   * @return the changed copy
   */
  public CustomField withValue(@Nullable JsonNode newValue) {
    return new CustomField(id, caption, type, entryMethod, numberOfDecimals, newValue, connectWiseId);
  }

  /**
   * Returns whether the field has a value (the key is present and not JSON {@code null}).
   *
   * @return {@code true} when a value is set
   */
  public boolean hasValue() {
    return value != null && !value.isNull();
  }

  /**
   * Returns the value as text: the text itself, or the JSON text of a number or boolean.
   *
   * @return the text, or {@code null} when the field has no value
   */
  public @Nullable String valueAsText() {
    return hasValue() ? value.asText() : null;
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this entry's values.
   *
   * @return a new builder initialised from this entry
   */
  public Builder toBuilder() {
    return new Builder().id(id).caption(caption).type(type).entryMethod(entryMethod)
        .numberOfDecimals(numberOfDecimals).value(value).connectWiseId(connectWiseId);
  }

  /** Builder of {@link CustomField}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String caption;
    private @Nullable String type;
    private @Nullable String entryMethod;
    private @Nullable Integer numberOfDecimals;
    private @Nullable JsonNode value;
    private @Nullable String connectWiseId;

    private Builder() {}

    /**
     * Sets {@link CustomField#id()}.
     *
     * @param id the definition id
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link CustomField#caption()}.
     *
     * @param caption the caption
     * @return this builder
     */
    public Builder caption(@Nullable String caption) {
      this.caption = caption;
      return this;
    }

    /**
     * Sets {@link CustomField#type()}.
     *
     * @param type the field type
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link CustomField#entryMethod()}.
     *
     * @param entryMethod the entry method
     * @return this builder
     */
    public Builder entryMethod(@Nullable String entryMethod) {
      this.entryMethod = entryMethod;
      return this;
    }

    /**
     * Sets {@link CustomField#numberOfDecimals()}.
     *
     * @param numberOfDecimals the decimals
     * @return this builder
     */
    public Builder numberOfDecimals(@Nullable Integer numberOfDecimals) {
      this.numberOfDecimals = numberOfDecimals;
      return this;
    }

    /**
     * Sets {@link CustomField#value()}.
     *
     * @param value the value; {@code null} drops the key, {@link NullNode} clears the field
     * @return this builder
     */
    public Builder value(@Nullable JsonNode value) {
      this.value = value;
      return this;
    }

    /**
     * Sets {@link CustomField#connectWiseId()}.
     *
     * @param connectWiseId the global definition id
     * @return this builder
     */
    public Builder connectWiseId(@Nullable String connectWiseId) {
      this.connectWiseId = connectWiseId;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return a new immutable {@link CustomField}
     */
    public CustomField build() {
      return new CustomField(id, caption, type, entryMethod, numberOfDecimals, value, connectWiseId);
    }
  }
}
