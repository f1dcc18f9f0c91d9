package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity type ({@code sales/opportunities/types}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param description ConnectWise {@code description}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param connectWiseId ConnectWise {@code connectWiseId}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityType(
    @Nullable Integer id,
    @Nullable String description,
    @Nullable Boolean inactiveFlag,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable String connectWiseId) implements ConnectWiseRecord {

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

  /** Builder of {@link OpportunityType}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String description;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Info info;
    private @Nullable String connectWiseId;

    private Builder() {}

    private Builder(OpportunityType source) {
      this.id = source.id;
      this.description = source.description;
      this.inactiveFlag = source.inactiveFlag;
      this.info = source.info;
      this.connectWiseId = source.connectWiseId;
    }

    /**
     * Sets {@link OpportunityType#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link OpportunityType#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link OpportunityType#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityType#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link OpportunityType#connectWiseId()}.
     *
     * @param connectWiseId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder connectWiseId(@Nullable String connectWiseId) {
      this.connectWiseId = connectWiseId;
      return this;
    }

    /**
     * Builds the OpportunityType.
     *
     * @return a new immutable {@link OpportunityType}
     */
    public OpportunityType build() {
      return new OpportunityType(id, description, inactiveFlag, info, connectWiseId);
    }
  }
}
