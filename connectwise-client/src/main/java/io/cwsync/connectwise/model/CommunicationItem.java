package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One communication item of a {@link Contact}: an e-mail address, phone or fax number.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code communicationType} is {@code Email}, {@code Phone} or {@code Fax} today; it is a string so
 * that values added later by ConnectWise do not break reading.
 *
 * @param id the record id
 * @param type ConnectWise {@code type}
 * @param value ConnectWise {@code value}
 * @param extension ConnectWise {@code extension}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param domain ConnectWise {@code domain}
 * @param communicationType ConnectWise {@code communicationType}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationItem(
    @Nullable Integer id,
    @Nullable Reference type,
    @Nullable String value,
    @Nullable String extension,
    @Nullable Boolean defaultFlag,
    @Nullable String domain,
    @Nullable String communicationType) {

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

  /** Builder of {@link CommunicationItem}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Reference type;
    private @Nullable String value;
    private @Nullable String extension;
    private @Nullable Boolean defaultFlag;
    private @Nullable String domain;
    private @Nullable String communicationType;

    private Builder() {}

    private Builder(CommunicationItem source) {
      this.id = source.id;
      this.type = source.type;
      this.value = source.value;
      this.extension = source.extension;
      this.defaultFlag = source.defaultFlag;
      this.domain = source.domain;
      this.communicationType = source.communicationType;
    }

    /**
     * Sets {@link CommunicationItem#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#value()}.
     *
     * @param value the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder value(@Nullable String value) {
      this.value = value;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#extension()}.
     *
     * @param extension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder extension(@Nullable String extension) {
      this.extension = extension;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#defaultFlag()}.
     *
     * @param defaultFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultFlag(@Nullable Boolean defaultFlag) {
      this.defaultFlag = defaultFlag;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#domain()}.
     *
     * @param domain the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder domain(@Nullable String domain) {
      this.domain = domain;
      return this;
    }

    /**
     * Sets {@link CommunicationItem#communicationType()}.
     *
     * @param communicationType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder communicationType(@Nullable String communicationType) {
      this.communicationType = communicationType;
      return this;
    }

    /**
     * Builds the CommunicationItem.
     *
     * @return a new immutable {@link CommunicationItem}
     */
    public CommunicationItem build() {
      return new CommunicationItem(id, type, value, extension, defaultFlag, domain, communicationType);
    }
  }
}
