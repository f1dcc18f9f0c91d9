package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note on a service or project ticket ({@code service/tickets/{parentId}/notes},
 * {@code project/tickets/{parentId}/notes}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param ticketId ConnectWise {@code ticketId}
 * @param text ConnectWise {@code text}
 * @param detailDescriptionFlag ConnectWise {@code detailDescriptionFlag}
 * @param internalAnalysisFlag ConnectWise {@code internalAnalysisFlag}
 * @param resolutionFlag ConnectWise {@code resolutionFlag}
 * @param issueFlag ConnectWise {@code issueFlag}
 * @param member ConnectWise {@code member}
 * @param contact ConnectWise {@code contact}
 * @param customerUpdatedFlag ConnectWise {@code customerUpdatedFlag}
 * @param processNotifications ConnectWise {@code processNotifications}
 * @param dateCreated ConnectWise {@code dateCreated}
 * @param createdBy ConnectWise {@code createdBy}
 * @param internalFlag ConnectWise {@code internalFlag}
 * @param externalFlag ConnectWise {@code externalFlag}
 * @param sentimentScore ConnectWise {@code sentimentScore}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketNote(
    @Nullable Integer id,
    @Nullable Integer ticketId,
    @Nullable String text,
    @Nullable Boolean detailDescriptionFlag,
    @Nullable Boolean internalAnalysisFlag,
    @Nullable Boolean resolutionFlag,
    @Nullable Boolean issueFlag,
    @Nullable Reference member,
    @Nullable Reference contact,
    @Nullable Boolean customerUpdatedFlag,
    @Nullable Boolean processNotifications,
    @Nullable Instant dateCreated,
    @Nullable String createdBy,
    @Nullable Boolean internalFlag,
    @Nullable Boolean externalFlag,
    @Nullable BigDecimal sentimentScore,
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

  /** Builder of {@link TicketNote}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Integer ticketId;
    private @Nullable String text;
    private @Nullable Boolean detailDescriptionFlag;
    private @Nullable Boolean internalAnalysisFlag;
    private @Nullable Boolean resolutionFlag;
    private @Nullable Boolean issueFlag;
    private @Nullable Reference member;
    private @Nullable Reference contact;
    private @Nullable Boolean customerUpdatedFlag;
    private @Nullable Boolean processNotifications;
    private @Nullable Instant dateCreated;
    private @Nullable String createdBy;
    private @Nullable Boolean internalFlag;
    private @Nullable Boolean externalFlag;
    private @Nullable BigDecimal sentimentScore;
    private @Nullable Info info;

    private Builder() {}

    private Builder(TicketNote source) {
      this.id = source.id;
      this.ticketId = source.ticketId;
      this.text = source.text;
      this.detailDescriptionFlag = source.detailDescriptionFlag;
      this.internalAnalysisFlag = source.internalAnalysisFlag;
      this.resolutionFlag = source.resolutionFlag;
      this.issueFlag = source.issueFlag;
      this.member = source.member;
      this.contact = source.contact;
      this.customerUpdatedFlag = source.customerUpdatedFlag;
      this.processNotifications = source.processNotifications;
      this.dateCreated = source.dateCreated;
      this.createdBy = source.createdBy;
      this.internalFlag = source.internalFlag;
      this.externalFlag = source.externalFlag;
      this.sentimentScore = source.sentimentScore;
      this.info = source.info;
    }

    /**
     * Sets {@link TicketNote#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link TicketNote#ticketId()}.
     *
     * @param ticketId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticketId(@Nullable Integer ticketId) {
      this.ticketId = ticketId;
      return this;
    }

    /**
     * Sets {@link TicketNote#text()}.
     *
     * @param text the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@link TicketNote#detailDescriptionFlag()}.
     *
     * @param detailDescriptionFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder detailDescriptionFlag(@Nullable Boolean detailDescriptionFlag) {
      this.detailDescriptionFlag = detailDescriptionFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#internalAnalysisFlag()}.
     *
     * @param internalAnalysisFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalAnalysisFlag(@Nullable Boolean internalAnalysisFlag) {
      this.internalAnalysisFlag = internalAnalysisFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#resolutionFlag()}.
     *
     * @param resolutionFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resolutionFlag(@Nullable Boolean resolutionFlag) {
      this.resolutionFlag = resolutionFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#issueFlag()}.
     *
     * @param issueFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder issueFlag(@Nullable Boolean issueFlag) {
      this.issueFlag = issueFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#member()}.
     *
     * @param member the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder member(@Nullable Reference member) {
      this.member = member;
      return this;
    }

    /**
     * Sets {@link TicketNote#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link TicketNote#customerUpdatedFlag()}.
     *
     * @param customerUpdatedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerUpdatedFlag(@Nullable Boolean customerUpdatedFlag) {
      this.customerUpdatedFlag = customerUpdatedFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#processNotifications()}.
     *
     * @param processNotifications the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder processNotifications(@Nullable Boolean processNotifications) {
      this.processNotifications = processNotifications;
      return this;
    }

    /**
     * Sets {@link TicketNote#dateCreated()}.
     *
     * @param dateCreated the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateCreated(@Nullable Instant dateCreated) {
      this.dateCreated = dateCreated;
      return this;
    }

    /**
     * Sets {@link TicketNote#createdBy()}.
     *
     * @param createdBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder createdBy(@Nullable String createdBy) {
      this.createdBy = createdBy;
      return this;
    }

    /**
     * Sets {@link TicketNote#internalFlag()}.
     *
     * @param internalFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalFlag(@Nullable Boolean internalFlag) {
      this.internalFlag = internalFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#externalFlag()}.
     *
     * @param externalFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder externalFlag(@Nullable Boolean externalFlag) {
      this.externalFlag = externalFlag;
      return this;
    }

    /**
     * Sets {@link TicketNote#sentimentScore()}.
     *
     * @param sentimentScore the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sentimentScore(@Nullable BigDecimal sentimentScore) {
      this.sentimentScore = sentimentScore;
      return this;
    }

    /**
     * Sets {@link TicketNote#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the TicketNote.
     *
     * @return a new immutable {@link TicketNote}
     */
    public TicketNote build() {
      return new TicketNote(id, ticketId, text, detailDescriptionFlag, internalAnalysisFlag, resolutionFlag, issueFlag, member, contact, customerUpdatedFlag, processNotifications, dateCreated, createdBy, internalFlag, externalFlag, sentimentScore, info);
    }
  }
}
