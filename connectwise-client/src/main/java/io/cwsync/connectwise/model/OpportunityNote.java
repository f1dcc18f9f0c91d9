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

  /** Builder of {@link OpportunityNote}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Integer opportunityId;
    private @Nullable Reference type;
    private @Nullable String text;
    private @Nullable Boolean flagged;
    private @Nullable String enteredBy;
    private @Nullable Info info;

    private Builder() {}

    private Builder(OpportunityNote source) {
      this.id = source.id;
      this.opportunityId = source.opportunityId;
      this.type = source.type;
      this.text = source.text;
      this.flagged = source.flagged;
      this.enteredBy = source.enteredBy;
      this.info = source.info;
    }

    /**
     * Sets {@link OpportunityNote#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#opportunityId()}.
     *
     * @param opportunityId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunityId(@Nullable Integer opportunityId) {
      this.opportunityId = opportunityId;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#text()}.
     *
     * @param text the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#flagged()}.
     *
     * @param flagged the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder flagged(@Nullable Boolean flagged) {
      this.flagged = flagged;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#enteredBy()}.
     *
     * @param enteredBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder enteredBy(@Nullable String enteredBy) {
      this.enteredBy = enteredBy;
      return this;
    }

    /**
     * Sets {@link OpportunityNote#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the OpportunityNote.
     *
     * @return a new immutable {@link OpportunityNote}
     */
    public OpportunityNote build() {
      return new OpportunityNote(id, opportunityId, type, text, flagged, enteredBy, info);
    }
  }
}
