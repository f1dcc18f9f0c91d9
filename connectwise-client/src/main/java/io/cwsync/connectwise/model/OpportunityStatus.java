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

  /** Builder of {@link OpportunityStatus}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable Boolean wonFlag;
    private @Nullable Boolean lostFlag;
    private @Nullable Boolean closedFlag;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Boolean defaultFlag;
    private @Nullable String enteredBy;
    private @Nullable Instant dateEntered;
    private @Nullable Info info;
    private @Nullable String connectWiseId;

    private Builder() {}

    private Builder(OpportunityStatus source) {
      this.id = source.id;
      this.name = source.name;
      this.wonFlag = source.wonFlag;
      this.lostFlag = source.lostFlag;
      this.closedFlag = source.closedFlag;
      this.inactiveFlag = source.inactiveFlag;
      this.defaultFlag = source.defaultFlag;
      this.enteredBy = source.enteredBy;
      this.dateEntered = source.dateEntered;
      this.info = source.info;
      this.connectWiseId = source.connectWiseId;
    }

    /**
     * Sets {@link OpportunityStatus#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#wonFlag()}.
     *
     * @param wonFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wonFlag(@Nullable Boolean wonFlag) {
      this.wonFlag = wonFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#lostFlag()}.
     *
     * @param lostFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lostFlag(@Nullable Boolean lostFlag) {
      this.lostFlag = lostFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#closedFlag()}.
     *
     * @param closedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedFlag(@Nullable Boolean closedFlag) {
      this.closedFlag = closedFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#defaultFlag()}.
     *
     * @param defaultFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultFlag(@Nullable Boolean defaultFlag) {
      this.defaultFlag = defaultFlag;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#enteredBy()}.
     *
     * @param enteredBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder enteredBy(@Nullable String enteredBy) {
      this.enteredBy = enteredBy;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#dateEntered()}.
     *
     * @param dateEntered the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateEntered(@Nullable Instant dateEntered) {
      this.dateEntered = dateEntered;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link OpportunityStatus#connectWiseId()}.
     *
     * @param connectWiseId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder connectWiseId(@Nullable String connectWiseId) {
      this.connectWiseId = connectWiseId;
      return this;
    }

    /**
     * Builds the OpportunityStatus.
     *
     * @return a new immutable {@link OpportunityStatus}
     */
    public OpportunityStatus build() {
      return new OpportunityStatus(id, name, wonFlag, lostFlag, closedFlag, inactiveFlag, defaultFlag, enteredBy, dateEntered, info, connectWiseId);
    }
  }
}
