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
@ModelBuilder
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
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static CustomFieldBuilder builder() {
    return CustomFieldBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CustomFieldBuilder toBuilder() {
    return CustomFieldBuilder.builder(this);
  }
}
