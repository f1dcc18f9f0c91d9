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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder of {@link Callback}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String description;
    private @Nullable String url;
    private @Nullable Integer objectId;
    private @Nullable String type;
    private @Nullable String level;
    private @Nullable Integer memberId;
    private @Nullable String payloadVersion;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Boolean isSelfSuppressedFlag;
    private @Nullable Info info;

    private Builder() {}

    private Builder(Callback source) {
      this.id = source.id;
      this.description = source.description;
      this.url = source.url;
      this.objectId = source.objectId;
      this.type = source.type;
      this.level = source.level;
      this.memberId = source.memberId;
      this.payloadVersion = source.payloadVersion;
      this.inactiveFlag = source.inactiveFlag;
      this.isSelfSuppressedFlag = source.isSelfSuppressedFlag;
      this.info = source.info;
    }

    /**
     * Sets {@link Callback#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Callback#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link Callback#url()}.
     *
     * @param url the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets {@link Callback#objectId()}.
     *
     * @param objectId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder objectId(@Nullable Integer objectId) {
      this.objectId = objectId;
      return this;
    }

    /**
     * Sets {@link Callback#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Callback#level()}.
     *
     * @param level the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder level(@Nullable String level) {
      this.level = level;
      return this;
    }

    /**
     * Sets {@link Callback#memberId()}.
     *
     * @param memberId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder memberId(@Nullable Integer memberId) {
      this.memberId = memberId;
      return this;
    }

    /**
     * Sets {@link Callback#payloadVersion()}.
     *
     * @param payloadVersion the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder payloadVersion(@Nullable String payloadVersion) {
      this.payloadVersion = payloadVersion;
      return this;
    }

    /**
     * Sets {@link Callback#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link Callback#isSelfSuppressedFlag()}.
     *
     * @param isSelfSuppressedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder isSelfSuppressedFlag(@Nullable Boolean isSelfSuppressedFlag) {
      this.isSelfSuppressedFlag = isSelfSuppressedFlag;
      return this;
    }

    /**
     * Sets {@link Callback#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the Callback.
     *
     * @return a new immutable {@link Callback}
     */
    public Callback build() {
      return new Callback(id, description, url, objectId, type, level, memberId, payloadVersion, inactiveFlag, isSelfSuppressedFlag, info);
    }
  }
}
