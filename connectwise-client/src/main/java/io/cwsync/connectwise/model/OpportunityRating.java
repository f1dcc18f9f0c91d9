package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity rating ({@code sales/opportunities/ratings}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param sortOrder ConnectWise {@code sortOrder}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityRating(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Integer sortOrder,
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

  /** Builder of {@link OpportunityRating}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable Integer sortOrder;
    private @Nullable Info info;

    private Builder() {}

    private Builder(OpportunityRating source) {
      this.id = source.id;
      this.name = source.name;
      this.sortOrder = source.sortOrder;
      this.info = source.info;
    }

    /**
     * Sets {@link OpportunityRating#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link OpportunityRating#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link OpportunityRating#sortOrder()}.
     *
     * @param sortOrder the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sortOrder(@Nullable Integer sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * Sets {@link OpportunityRating#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the OpportunityRating.
     *
     * @return a new immutable {@link OpportunityRating}
     */
    public OpportunityRating build() {
      return new OpportunityRating(id, name, sortOrder, info);
    }
  }
}
