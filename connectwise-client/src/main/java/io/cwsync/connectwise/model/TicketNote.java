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
@ModelBuilder
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
  public static TicketNoteBuilder builder() {
    return TicketNoteBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public TicketNoteBuilder toBuilder() {
    return TicketNoteBuilder.builder(this);
  }
}
