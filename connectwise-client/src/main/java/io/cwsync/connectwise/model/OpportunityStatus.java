package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity status ({@code sales/opportunities/statuses}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param wonFlag ConnectWise {@code wonFlag}
 * @param lostFlag ConnectWise {@code lostFlag}
 * @param closedFlag ConnectWise {@code closedFlag}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param defaultFlag ConnectWise {@code defaultFlag}
 * @param enteredBy ConnectWise {@code enteredBy}
 * @param dateEntered ConnectWise {@code dateEntered}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param connectWiseId ConnectWise {@code connectWiseId}
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityStatus(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Boolean wonFlag,
    @Nullable Boolean lostFlag,
    @Nullable Boolean closedFlag,
    @Nullable Boolean inactiveFlag,
    @Nullable Boolean defaultFlag,
    @Nullable String enteredBy,
    @Nullable Instant dateEntered,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable String connectWiseId) implements ConnectWiseRecord {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static OpportunityStatusBuilder builder() {
    return OpportunityStatusBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public OpportunityStatusBuilder toBuilder() {
    return OpportunityStatusBuilder.builder(this);
  }
}
