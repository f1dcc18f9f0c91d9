package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A sales stage ({@code sales/stages}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>The shape of {@code probability} is not pinned by a public schema, so it is kept as raw JSON.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param probability ConnectWise {@code probability}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityStage(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable JsonNode probability,
    @Nullable Boolean defaultFlag,
    @Nullable Boolean inactiveFlag,
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

  /** Builder of {@link OpportunityStage}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable JsonNode probability;
    private @Nullable Boolean defaultFlag;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Info info;

    private Builder() {}

    private Builder(OpportunityStage source) {
      this.id = source.id;
      this.name = source.name;
      this.probability = source.probability;
      this.defaultFlag = source.defaultFlag;
      this.inactiveFlag = source.inactiveFlag;
      this.info = source.info;
    }

    /**
     * Sets {@link OpportunityStage#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link OpportunityStage#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link OpportunityStage#probability()}.
     *
     * @param probability the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder probability(@Nullable JsonNode probability) {
      this.probability = probability;
      return this;
    }

    /**
     * Sets {@link OpportunityStage#defaultFlag()}.
     *
     * @param defaultFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultFlag(@Nullable Boolean defaultFlag) {
      this.defaultFlag = defaultFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStage#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStage#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the OpportunityStage.
     *
     * @return a new immutable {@link OpportunityStage}
     */
    public OpportunityStage build() {
      return new OpportunityStage(id, name, probability, defaultFlag, inactiveFlag, info);
    }
  }
}
