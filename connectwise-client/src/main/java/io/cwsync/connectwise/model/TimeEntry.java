package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A time entry ({@code time/entries}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param company ConnectWise {@code company}
 * @param companyType ConnectWise {@code companyType}
 * @param chargeToId ConnectWise {@code chargeToId}
 * @param chargeToType ConnectWise {@code chargeToType}
 * @param member ConnectWise {@code member}
 * @param locationId ConnectWise {@code locationId}
 * @param businessUnitId ConnectWise {@code businessUnitId}
 * @param businessGroupDesc ConnectWise {@code businessGroupDesc}
 * @param location ConnectWise {@code location}
 * @param department ConnectWise {@code department}
 * @param workType ConnectWise {@code workType}
 * @param workRole ConnectWise {@code workRole}
 * @param agreement ConnectWise {@code agreement}
 * @param agreementType ConnectWise {@code agreementType}
 * @param activity ConnectWise {@code activity}
 * @param opportunityRecid ConnectWise {@code opportunityRecid}
 * @param projectActivity ConnectWise {@code projectActivity}
 * @param territory ConnectWise {@code territory}
 * @param timeStart ConnectWise {@code timeStart}
 * @param timeEnd ConnectWise {@code timeEnd}
 * @param hoursDeduct ConnectWise {@code hoursDeduct}
 * @param actualHours ConnectWise {@code actualHours}
 * @param billableOption ConnectWise {@code billableOption}
 * @param notes ConnectWise {@code notes}
 * @param internalNotes ConnectWise {@code internalNotes}
 * @param addToDetailDescriptionFlag ConnectWise {@code addToDetailDescriptionFlag}
 * @param addToInternalAnalysisFlag ConnectWise {@code addToInternalAnalysisFlag}
 * @param addToResolutionFlag ConnectWise {@code addToResolutionFlag}
 * @param emailResourceFlag ConnectWise {@code emailResourceFlag}
 * @param emailContactFlag ConnectWise {@code emailContactFlag}
 * @param emailCcFlag ConnectWise {@code emailCcFlag}
 * @param emailCc ConnectWise {@code emailCc}
 * @param hoursBilled ConnectWise {@code hoursBilled}
 * @param invoiceHours ConnectWise {@code invoiceHours}
 * @param hourlyCost ConnectWise {@code hourlyCost}
 * @param enteredBy ConnectWise {@code enteredBy}
 * @param dateEntered ConnectWise {@code dateEntered}
 * @param invoice ConnectWise {@code invoice}
 * @param hourlyRate ConnectWise {@code hourlyRate}
 * @param overageRate ConnectWise {@code overageRate}
 * @param agreementHours ConnectWise {@code agreementHours}
 * @param agreementAmount ConnectWise {@code agreementAmount}
 * @param agreementAdjustment ConnectWise {@code agreementAdjustment}
 * @param adjustment ConnectWise {@code adjustment}
 * @param invoiceReady ConnectWise {@code invoiceReady}
 * @param timeSheet ConnectWise {@code timeSheet}
 * @param status ConnectWise {@code status}
 * @param ticket ConnectWise {@code ticket}
 * @param project ConnectWise {@code project}
 * @param phase ConnectWise {@code phase}
 * @param ticketBoard ConnectWise {@code ticketBoard}
 * @param ticketStatus ConnectWise {@code ticketStatus}
 * @param ticketType ConnectWise {@code ticketType}
 * @param ticketSubType ConnectWise {@code ticketSubType}
 * @param invoiceFlag ConnectWise {@code invoiceFlag}
 * @param extendedInvoiceAmount ConnectWise {@code extendedInvoiceAmount}
 * @param locationName ConnectWise {@code locationName}
 * @param taxCode ConnectWise {@code taxCode}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeEntry(
    @Nullable Integer id,
    @Nullable Reference company,
    @Nullable String companyType,
    @Nullable Integer chargeToId,
    @Nullable String chargeToType,
    @Nullable Reference member,
    @Nullable Integer locationId,
    @Nullable Integer businessUnitId,
    @Nullable String businessGroupDesc,
    @Nullable Reference location,
    @Nullable Reference department,
    @Nullable Reference workType,
    @Nullable Reference workRole,
    @Nullable Reference agreement,
    @Nullable String agreementType,
    @Nullable Reference activity,
    @Nullable Integer opportunityRecid,
    @Nullable String projectActivity,
    @Nullable String territory,
    @Nullable Instant timeStart,
    @Nullable Instant timeEnd,
    @Nullable BigDecimal hoursDeduct,
    @Nullable BigDecimal actualHours,
    @Nullable String billableOption,
    @Nullable String notes,
    @Nullable String internalNotes,
    @Nullable Boolean addToDetailDescriptionFlag,
    @Nullable Boolean addToInternalAnalysisFlag,
    @Nullable Boolean addToResolutionFlag,
    @Nullable Boolean emailResourceFlag,
    @Nullable Boolean emailContactFlag,
    @Nullable Boolean emailCcFlag,
    @Nullable String emailCc,
    @Nullable BigDecimal hoursBilled,
    @Nullable BigDecimal invoiceHours,
    @Nullable String hourlyCost,
    @Nullable String enteredBy,
    @Nullable Instant dateEntered,
    @Nullable Reference invoice,
    @Nullable BigDecimal hourlyRate,
    @Nullable BigDecimal overageRate,
    @Nullable BigDecimal agreementHours,
    @Nullable BigDecimal agreementAmount,
    @Nullable BigDecimal agreementAdjustment,
    @Nullable BigDecimal adjustment,
    @Nullable Integer invoiceReady,
    @Nullable Reference timeSheet,
    @Nullable String status,
    @Nullable Reference ticket,
    @Nullable Reference project,
    @Nullable Reference phase,
    @Nullable String ticketBoard,
    @Nullable String ticketStatus,
    @Nullable String ticketType,
    @Nullable String ticketSubType,
    @Nullable Boolean invoiceFlag,
    @Nullable BigDecimal extendedInvoiceAmount,
    @Nullable String locationName,
    @Nullable Reference taxCode,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public TimeEntry {
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static TimeEntryBuilder builder() {
    return TimeEntryBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public TimeEntryBuilder toBuilder() {
    return TimeEntryBuilder.builder(this);
  }
}
