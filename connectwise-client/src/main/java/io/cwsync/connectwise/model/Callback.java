package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A callback (webhook) registration ({@code system/callbacks}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code type} and {@code level} are strings ({@code "Company"}, {@code "Owner"}); ConnectWise also accepts
 * lower case. {@code objectId} is {@code 1} for level Owner. {@code memberId} is read-only.
 *
 * @param id the record id
 * @param description ConnectWise {@code description}
 * @param url ConnectWise {@code url}
 * @param objectId ConnectWise {@code objectId}
 * @param type ConnectWise {@code type}
 * @param level ConnectWise {@code level}
 * @param memberId ConnectWise {@code memberId}
 * @param payloadVersion ConnectWise {@code payloadVersion}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param isSelfSuppressedFlag ConnectWise {@code isSelfSuppressedFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Callback(
    @Nullable Integer id,
    @Nullable String description,
    @Nullable String url,
    @Nullable Integer objectId,
    @Nullable String type,
    @Nullable String level,
    @Nullable Integer memberId,
    @Nullable String payloadVersion,
    @Nullable Boolean inactiveFlag,
    @Nullable Boolean isSelfSuppressedFlag,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static CallbackBuilder builder() {
    return CallbackBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CallbackBuilder toBuilder() {
    return CallbackBuilder.builder(this);
  }
}
