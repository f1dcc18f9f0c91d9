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

  /** Builder of {@link TimeEntry}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Reference company;
    private @Nullable String companyType;
    private @Nullable Integer chargeToId;
    private @Nullable String chargeToType;
    private @Nullable Reference member;
    private @Nullable Integer locationId;
    private @Nullable Integer businessUnitId;
    private @Nullable String businessGroupDesc;
    private @Nullable Reference location;
    private @Nullable Reference department;
    private @Nullable Reference workType;
    private @Nullable Reference workRole;
    private @Nullable Reference agreement;
    private @Nullable String agreementType;
    private @Nullable Reference activity;
    private @Nullable Integer opportunityRecid;
    private @Nullable String projectActivity;
    private @Nullable String territory;
    private @Nullable Instant timeStart;
    private @Nullable Instant timeEnd;
    private @Nullable BigDecimal hoursDeduct;
    private @Nullable BigDecimal actualHours;
    private @Nullable String billableOption;
    private @Nullable String notes;
    private @Nullable String internalNotes;
    private @Nullable Boolean addToDetailDescriptionFlag;
    private @Nullable Boolean addToInternalAnalysisFlag;
    private @Nullable Boolean addToResolutionFlag;
    private @Nullable Boolean emailResourceFlag;
    private @Nullable Boolean emailContactFlag;
    private @Nullable Boolean emailCcFlag;
    private @Nullable String emailCc;
    private @Nullable BigDecimal hoursBilled;
    private @Nullable BigDecimal invoiceHours;
    private @Nullable String hourlyCost;
    private @Nullable String enteredBy;
    private @Nullable Instant dateEntered;
    private @Nullable Reference invoice;
    private @Nullable BigDecimal hourlyRate;
    private @Nullable BigDecimal overageRate;
    private @Nullable BigDecimal agreementHours;
    private @Nullable BigDecimal agreementAmount;
    private @Nullable BigDecimal agreementAdjustment;
    private @Nullable BigDecimal adjustment;
    private @Nullable Integer invoiceReady;
    private @Nullable Reference timeSheet;
    private @Nullable String status;
    private @Nullable Reference ticket;
    private @Nullable Reference project;
    private @Nullable Reference phase;
    private @Nullable String ticketBoard;
    private @Nullable String ticketStatus;
    private @Nullable String ticketType;
    private @Nullable String ticketSubType;
    private @Nullable Boolean invoiceFlag;
    private @Nullable BigDecimal extendedInvoiceAmount;
    private @Nullable String locationName;
    private @Nullable Reference taxCode;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(TimeEntry source) {
      this.id = source.id;
      this.company = source.company;
      this.companyType = source.companyType;
      this.chargeToId = source.chargeToId;
      this.chargeToType = source.chargeToType;
      this.member = source.member;
      this.locationId = source.locationId;
      this.businessUnitId = source.businessUnitId;
      this.businessGroupDesc = source.businessGroupDesc;
      this.location = source.location;
      this.department = source.department;
      this.workType = source.workType;
      this.workRole = source.workRole;
      this.agreement = source.agreement;
      this.agreementType = source.agreementType;
      this.activity = source.activity;
      this.opportunityRecid = source.opportunityRecid;
      this.projectActivity = source.projectActivity;
      this.territory = source.territory;
      this.timeStart = source.timeStart;
      this.timeEnd = source.timeEnd;
      this.hoursDeduct = source.hoursDeduct;
      this.actualHours = source.actualHours;
      this.billableOption = source.billableOption;
      this.notes = source.notes;
      this.internalNotes = source.internalNotes;
      this.addToDetailDescriptionFlag = source.addToDetailDescriptionFlag;
      this.addToInternalAnalysisFlag = source.addToInternalAnalysisFlag;
      this.addToResolutionFlag = source.addToResolutionFlag;
      this.emailResourceFlag = source.emailResourceFlag;
      this.emailContactFlag = source.emailContactFlag;
      this.emailCcFlag = source.emailCcFlag;
      this.emailCc = source.emailCc;
      this.hoursBilled = source.hoursBilled;
      this.invoiceHours = source.invoiceHours;
      this.hourlyCost = source.hourlyCost;
      this.enteredBy = source.enteredBy;
      this.dateEntered = source.dateEntered;
      this.invoice = source.invoice;
      this.hourlyRate = source.hourlyRate;
      this.overageRate = source.overageRate;
      this.agreementHours = source.agreementHours;
      this.agreementAmount = source.agreementAmount;
      this.agreementAdjustment = source.agreementAdjustment;
      this.adjustment = source.adjustment;
      this.invoiceReady = source.invoiceReady;
      this.timeSheet = source.timeSheet;
      this.status = source.status;
      this.ticket = source.ticket;
      this.project = source.project;
      this.phase = source.phase;
      this.ticketBoard = source.ticketBoard;
      this.ticketStatus = source.ticketStatus;
      this.ticketType = source.ticketType;
      this.ticketSubType = source.ticketSubType;
      this.invoiceFlag = source.invoiceFlag;
      this.extendedInvoiceAmount = source.extendedInvoiceAmount;
      this.locationName = source.locationName;
      this.taxCode = source.taxCode;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link TimeEntry#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link TimeEntry#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link TimeEntry#companyType()}.
     *
     * @param companyType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyType(@Nullable String companyType) {
      this.companyType = companyType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#chargeToId()}.
     *
     * @param chargeToId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder chargeToId(@Nullable Integer chargeToId) {
      this.chargeToId = chargeToId;
      return this;
    }

    /**
     * Sets {@link TimeEntry#chargeToType()}.
     *
     * @param chargeToType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder chargeToType(@Nullable String chargeToType) {
      this.chargeToType = chargeToType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#member()}.
     *
     * @param member the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder member(@Nullable Reference member) {
      this.member = member;
      return this;
    }

    /**
     * Sets {@link TimeEntry#locationId()}.
     *
     * @param locationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationId(@Nullable Integer locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * Sets {@link TimeEntry#businessUnitId()}.
     *
     * @param businessUnitId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder businessUnitId(@Nullable Integer businessUnitId) {
      this.businessUnitId = businessUnitId;
      return this;
    }

    /**
     * Sets {@link TimeEntry#businessGroupDesc()}.
     *
     * @param businessGroupDesc the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder businessGroupDesc(@Nullable String businessGroupDesc) {
      this.businessGroupDesc = businessGroupDesc;
      return this;
    }

    /**
     * Sets {@link TimeEntry#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link TimeEntry#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link TimeEntry#workType()}.
     *
     * @param workType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workType(@Nullable Reference workType) {
      this.workType = workType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#workRole()}.
     *
     * @param workRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRole(@Nullable Reference workRole) {
      this.workRole = workRole;
      return this;
    }

    /**
     * Sets {@link TimeEntry#agreement()}.
     *
     * @param agreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreement(@Nullable Reference agreement) {
      this.agreement = agreement;
      return this;
    }

    /**
     * Sets {@link TimeEntry#agreementType()}.
     *
     * @param agreementType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementType(@Nullable String agreementType) {
      this.agreementType = agreementType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#activity()}.
     *
     * @param activity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder activity(@Nullable Reference activity) {
      this.activity = activity;
      return this;
    }

    /**
     * Sets {@link TimeEntry#opportunityRecid()}.
     *
     * @param opportunityRecid the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunityRecid(@Nullable Integer opportunityRecid) {
      this.opportunityRecid = opportunityRecid;
      return this;
    }

    /**
     * Sets {@link TimeEntry#projectActivity()}.
     *
     * @param projectActivity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder projectActivity(@Nullable String projectActivity) {
      this.projectActivity = projectActivity;
      return this;
    }

    /**
     * Sets {@link TimeEntry#territory()}.
     *
     * @param territory the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territory(@Nullable String territory) {
      this.territory = territory;
      return this;
    }

    /**
     * Sets {@link TimeEntry#timeStart()}.
     *
     * @param timeStart the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeStart(@Nullable Instant timeStart) {
      this.timeStart = timeStart;
      return this;
    }

    /**
     * Sets {@link TimeEntry#timeEnd()}.
     *
     * @param timeEnd the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeEnd(@Nullable Instant timeEnd) {
      this.timeEnd = timeEnd;
      return this;
    }

    /**
     * Sets {@link TimeEntry#hoursDeduct()}.
     *
     * @param hoursDeduct the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hoursDeduct(@Nullable BigDecimal hoursDeduct) {
      this.hoursDeduct = hoursDeduct;
      return this;
    }

    /**
     * Sets {@link TimeEntry#actualHours()}.
     *
     * @param actualHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder actualHours(@Nullable BigDecimal actualHours) {
      this.actualHours = actualHours;
      return this;
    }

    /**
     * Sets {@link TimeEntry#billableOption()}.
     *
     * @param billableOption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableOption(@Nullable String billableOption) {
      this.billableOption = billableOption;
      return this;
    }

    /**
     * Sets {@link TimeEntry#notes()}.
     *
     * @param notes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link TimeEntry#internalNotes()}.
     *
     * @param internalNotes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalNotes(@Nullable String internalNotes) {
      this.internalNotes = internalNotes;
      return this;
    }

    /**
     * Sets {@link TimeEntry#addToDetailDescriptionFlag()}.
     *
     * @param addToDetailDescriptionFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addToDetailDescriptionFlag(@Nullable Boolean addToDetailDescriptionFlag) {
      this.addToDetailDescriptionFlag = addToDetailDescriptionFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#addToInternalAnalysisFlag()}.
     *
     * @param addToInternalAnalysisFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addToInternalAnalysisFlag(@Nullable Boolean addToInternalAnalysisFlag) {
      this.addToInternalAnalysisFlag = addToInternalAnalysisFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#addToResolutionFlag()}.
     *
     * @param addToResolutionFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addToResolutionFlag(@Nullable Boolean addToResolutionFlag) {
      this.addToResolutionFlag = addToResolutionFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#emailResourceFlag()}.
     *
     * @param emailResourceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailResourceFlag(@Nullable Boolean emailResourceFlag) {
      this.emailResourceFlag = emailResourceFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#emailContactFlag()}.
     *
     * @param emailContactFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailContactFlag(@Nullable Boolean emailContactFlag) {
      this.emailContactFlag = emailContactFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#emailCcFlag()}.
     *
     * @param emailCcFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailCcFlag(@Nullable Boolean emailCcFlag) {
      this.emailCcFlag = emailCcFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#emailCc()}.
     *
     * @param emailCc the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailCc(@Nullable String emailCc) {
      this.emailCc = emailCc;
      return this;
    }

    /**
     * Sets {@link TimeEntry#hoursBilled()}.
     *
     * @param hoursBilled the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hoursBilled(@Nullable BigDecimal hoursBilled) {
      this.hoursBilled = hoursBilled;
      return this;
    }

    /**
     * Sets {@link TimeEntry#invoiceHours()}.
     *
     * @param invoiceHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceHours(@Nullable BigDecimal invoiceHours) {
      this.invoiceHours = invoiceHours;
      return this;
    }

    /**
     * Sets {@link TimeEntry#hourlyCost()}.
     *
     * @param hourlyCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hourlyCost(@Nullable String hourlyCost) {
      this.hourlyCost = hourlyCost;
      return this;
    }

    /**
     * Sets {@link TimeEntry#enteredBy()}.
     *
     * @param enteredBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder enteredBy(@Nullable String enteredBy) {
      this.enteredBy = enteredBy;
      return this;
    }

    /**
     * Sets {@link TimeEntry#dateEntered()}.
     *
     * @param dateEntered the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateEntered(@Nullable Instant dateEntered) {
      this.dateEntered = dateEntered;
      return this;
    }

    /**
     * Sets {@link TimeEntry#invoice()}.
     *
     * @param invoice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoice(@Nullable Reference invoice) {
      this.invoice = invoice;
      return this;
    }

    /**
     * Sets {@link TimeEntry#hourlyRate()}.
     *
     * @param hourlyRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hourlyRate(@Nullable BigDecimal hourlyRate) {
      this.hourlyRate = hourlyRate;
      return this;
    }

    /**
     * Sets {@link TimeEntry#overageRate()}.
     *
     * @param overageRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overageRate(@Nullable BigDecimal overageRate) {
      this.overageRate = overageRate;
      return this;
    }

    /**
     * Sets {@link TimeEntry#agreementHours()}.
     *
     * @param agreementHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementHours(@Nullable BigDecimal agreementHours) {
      this.agreementHours = agreementHours;
      return this;
    }

    /**
     * Sets {@link TimeEntry#agreementAmount()}.
     *
     * @param agreementAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementAmount(@Nullable BigDecimal agreementAmount) {
      this.agreementAmount = agreementAmount;
      return this;
    }

    /**
     * Sets {@link TimeEntry#agreementAdjustment()}.
     *
     * @param agreementAdjustment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementAdjustment(@Nullable BigDecimal agreementAdjustment) {
      this.agreementAdjustment = agreementAdjustment;
      return this;
    }

    /**
     * Sets {@link TimeEntry#adjustment()}.
     *
     * @param adjustment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder adjustment(@Nullable BigDecimal adjustment) {
      this.adjustment = adjustment;
      return this;
    }

    /**
     * Sets {@link TimeEntry#invoiceReady()}.
     *
     * @param invoiceReady the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceReady(@Nullable Integer invoiceReady) {
      this.invoiceReady = invoiceReady;
      return this;
    }

    /**
     * Sets {@link TimeEntry#timeSheet()}.
     *
     * @param timeSheet the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeSheet(@Nullable Reference timeSheet) {
      this.timeSheet = timeSheet;
      return this;
    }

    /**
     * Sets {@link TimeEntry#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link TimeEntry#ticket()}.
     *
     * @param ticket the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticket(@Nullable Reference ticket) {
      this.ticket = ticket;
      return this;
    }

    /**
     * Sets {@link TimeEntry#project()}.
     *
     * @param project the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder project(@Nullable Reference project) {
      this.project = project;
      return this;
    }

    /**
     * Sets {@link TimeEntry#phase()}.
     *
     * @param phase the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phase(@Nullable Reference phase) {
      this.phase = phase;
      return this;
    }

    /**
     * Sets {@link TimeEntry#ticketBoard()}.
     *
     * @param ticketBoard the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticketBoard(@Nullable String ticketBoard) {
      this.ticketBoard = ticketBoard;
      return this;
    }

    /**
     * Sets {@link TimeEntry#ticketStatus()}.
     *
     * @param ticketStatus the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticketStatus(@Nullable String ticketStatus) {
      this.ticketStatus = ticketStatus;
      return this;
    }

    /**
     * Sets {@link TimeEntry#ticketType()}.
     *
     * @param ticketType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticketType(@Nullable String ticketType) {
      this.ticketType = ticketType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#ticketSubType()}.
     *
     * @param ticketSubType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticketSubType(@Nullable String ticketSubType) {
      this.ticketSubType = ticketSubType;
      return this;
    }

    /**
     * Sets {@link TimeEntry#invoiceFlag()}.
     *
     * @param invoiceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceFlag(@Nullable Boolean invoiceFlag) {
      this.invoiceFlag = invoiceFlag;
      return this;
    }

    /**
     * Sets {@link TimeEntry#extendedInvoiceAmount()}.
     *
     * @param extendedInvoiceAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder extendedInvoiceAmount(@Nullable BigDecimal extendedInvoiceAmount) {
      this.extendedInvoiceAmount = extendedInvoiceAmount;
      return this;
    }

    /**
     * Sets {@link TimeEntry#locationName()}.
     *
     * @param locationName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationName(@Nullable String locationName) {
      this.locationName = locationName;
      return this;
    }

    /**
     * Sets {@link TimeEntry#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link TimeEntry#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link TimeEntry#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the TimeEntry.
     *
     * @return a new immutable {@link TimeEntry}
     */
    public TimeEntry build() {
      return new TimeEntry(id, company, companyType, chargeToId, chargeToType, member, locationId, businessUnitId, businessGroupDesc, location, department, workType, workRole, agreement, agreementType, activity, opportunityRecid, projectActivity, territory, timeStart, timeEnd, hoursDeduct, actualHours, billableOption, notes, internalNotes, addToDetailDescriptionFlag, addToInternalAnalysisFlag, addToResolutionFlag, emailResourceFlag, emailContactFlag, emailCcFlag, emailCc, hoursBilled, invoiceHours, hourlyCost, enteredBy, dateEntered, invoice, hourlyRate, overageRate, agreementHours, agreementAmount, agreementAdjustment, adjustment, invoiceReady, timeSheet, status, ticket, project, phase, ticketBoard, ticketStatus, ticketType, ticketSubType, invoiceFlag, extendedInvoiceAmount, locationName, taxCode, info, customFields);
    }
  }
}
