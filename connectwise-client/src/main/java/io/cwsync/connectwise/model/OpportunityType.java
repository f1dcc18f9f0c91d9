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
@ModelBuilder
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
  public static OpportunityTypeBuilder builder() {
    return OpportunityTypeBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public OpportunityTypeBuilder toBuilder() {
    return OpportunityTypeBuilder.builder(this);
  }
}
