package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A product subcategory ({@code procurement/subcategories/}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param category ConnectWise {@code category}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductSubcategory(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Reference category,
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

  /** Builder of {@link ProductSubcategory}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable Reference category;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Info info;

    private Builder() {}

    private Builder(ProductSubcategory source) {
      this.id = source.id;
      this.name = source.name;
      this.category = source.category;
      this.inactiveFlag = source.inactiveFlag;
      this.info = source.info;
    }

    /**
     * Sets {@link ProductSubcategory#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link ProductSubcategory#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link ProductSubcategory#category()}.
     *
     * @param category the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder category(@Nullable Reference category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@link ProductSubcategory#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link ProductSubcategory#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the ProductSubcategory.
     *
     * @return a new immutable {@link ProductSubcategory}
     */
    public ProductSubcategory build() {
      return new ProductSubcategory(id, name, category, inactiveFlag, info);
    }
  }
}
