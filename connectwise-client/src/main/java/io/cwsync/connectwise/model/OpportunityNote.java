package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A note on an opportunity ({@code sales/opportunities/{parentId}/notes}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param opportunityId ConnectWise {@code opportunityId}
 * @param type ConnectWise {@code type}
 * @param text ConnectWise {@code text}
 * @param flagged ConnectWise {@code flagged}
 * @param enteredBy ConnectWise {@code enteredBy}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpportunityNote(
    @Nullable Integer id,
    @Nullable Integer opportunityId,
    @Nullable Reference type,
    @Nullable String text,
    @Nullable Boolean flagged,
    @Nullable String enteredBy,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static OpportunityNoteBuilder builder() {
    return OpportunityNoteBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public OpportunityNoteBuilder toBuilder() {
    return OpportunityNoteBuilder.builder(this);
  }
}
