package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service ticket ({@code service/tickets}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>The {@code initial*} text fields are accepted on create only and never returned.
 *
 * @param id the record id
 * @param summary ConnectWise {@code summary}
 * @param recordType ConnectWise {@code recordType}
 * @param board ConnectWise {@code board}
 * @param status ConnectWise {@code status}
 * @param workRole ConnectWise {@code workRole}
 * @param workType ConnectWise {@code workType}
 * @param company ConnectWise {@code company}
 * @param site ConnectWise {@code site}
 * @param siteName ConnectWise {@code siteName}
 * @param addressLine1 ConnectWise {@code addressLine1}
 * @param addressLine2 ConnectWise {@code addressLine2}
 * @param city ConnectWise {@code city}
 * @param stateIdentifier ConnectWise {@code stateIdentifier}
 * @param zip ConnectWise {@code zip}
 * @param country ConnectWise {@code country}
 * @param contact ConnectWise {@code contact}
 * @param contactName ConnectWise {@code contactName}
 * @param contactPhoneNumber ConnectWise {@code contactPhoneNumber}
 * @param contactPhoneExtension ConnectWise {@code contactPhoneExtension}
 * @param contactEmailAddress ConnectWise {@code contactEmailAddress}
 * @param type ConnectWise {@code type}
 * @param subType ConnectWise {@code subType}
 * @param item ConnectWise {@code item}
 * @param team ConnectWise {@code team}
 * @param owner ConnectWise {@code owner}
 * @param priority ConnectWise {@code priority}
 * @param serviceLocation ConnectWise {@code serviceLocation}
 * @param source ConnectWise {@code source}
 * @param requiredDate ConnectWise {@code requiredDate}
 * @param budgetHours ConnectWise {@code budgetHours}
 * @param opportunity ConnectWise {@code opportunity}
 * @param agreement ConnectWise {@code agreement}
 * @param agreementType ConnectWise {@code agreementType}
 * @param severity ConnectWise {@code severity}
 * @param impact ConnectWise {@code impact}
 * @param externalXRef ConnectWise {@code externalXRef}
 * @param poNumber ConnectWise {@code poNumber}
 * @param knowledgeBaseCategoryId ConnectWise {@code knowledgeBaseCategoryId}
 * @param knowledgeBaseSubCategoryId ConnectWise {@code knowledgeBaseSubCategoryId}
 * @param allowAllClientsPortalView ConnectWise {@code allowAllClientsPortalView}
 * @param customerUpdatedFlag ConnectWise {@code customerUpdatedFlag}
 * @param automaticEmailContactFlag ConnectWise {@code automaticEmailContactFlag}
 * @param automaticEmailResourceFlag ConnectWise {@code automaticEmailResourceFlag}
 * @param automaticEmailCcFlag ConnectWise {@code automaticEmailCcFlag}
 * @param automaticEmailCc ConnectWise {@code automaticEmailCc}
 * @param initialDescription ConnectWise {@code initialDescription}
 * @param initialInternalAnalysis ConnectWise {@code initialInternalAnalysis}
 * @param initialResolution ConnectWise {@code initialResolution}
 * @param initialDescriptionFrom ConnectWise {@code initialDescriptionFrom}
 * @param contactEmailLookup ConnectWise {@code contactEmailLookup}
 * @param processNotifications ConnectWise {@code processNotifications}
 * @param skipCallback ConnectWise {@code skipCallback}
 * @param closedDate ConnectWise {@code closedDate}
 * @param closedBy ConnectWise {@code closedBy}
 * @param closedFlag ConnectWise {@code closedFlag}
 * @param actualHours ConnectWise {@code actualHours}
 * @param approved ConnectWise {@code approved}
 * @param estimatedExpenseCost ConnectWise {@code estimatedExpenseCost}
 * @param estimatedExpenseRevenue ConnectWise {@code estimatedExpenseRevenue}
 * @param estimatedProductCost ConnectWise {@code estimatedProductCost}
 * @param estimatedProductRevenue ConnectWise {@code estimatedProductRevenue}
 * @param estimatedTimeCost ConnectWise {@code estimatedTimeCost}
 * @param estimatedTimeRevenue ConnectWise {@code estimatedTimeRevenue}
 * @param billingMethod ConnectWise {@code billingMethod}
 * @param billingAmount ConnectWise {@code billingAmount}
 * @param hourlyRate ConnectWise {@code hourlyRate}
 * @param subBillingMethod ConnectWise {@code subBillingMethod}
 * @param subBillingAmount ConnectWise {@code subBillingAmount}
 * @param subDateAccepted ConnectWise {@code subDateAccepted}
 * @param dateResolved ConnectWise {@code dateResolved}
 * @param dateResplan ConnectWise {@code dateResplan}
 * @param dateResponded ConnectWise {@code dateResponded}
 * @param resolveMinutes ConnectWise {@code resolveMinutes}
 * @param resPlanMinutes ConnectWise {@code resPlanMinutes}
 * @param respondMinutes ConnectWise {@code respondMinutes}
 * @param respondByGoalUTC ConnectWise {@code respondByGoalUTC}
 * @param resplanGoalUTC ConnectWise {@code resplanGoalUTC}
 * @param resolutionGoalUTC ConnectWise {@code resolutionGoalUTC}
 * @param escalationLastUpdateMinutes ConnectWise {@code escalationLastUpdateMinutes}
 * @param isInSla ConnectWise {@code isInSla}
 * @param knowledgeBaseLinkId ConnectWise {@code knowledgeBaseLinkId}
 * @param resources ConnectWise {@code resources}
 * @param parentTicketId ConnectWise {@code parentTicketId}
 * @param hasChildTicket ConnectWise {@code hasChildTicket}
 * @param hasMergedChildTicketFlag ConnectWise {@code hasMergedChildTicketFlag}
 * @param knowledgeBaseLinkType ConnectWise {@code knowledgeBaseLinkType}
 * @param billTime ConnectWise {@code billTime}
 * @param billExpenses ConnectWise {@code billExpenses}
 * @param billProducts ConnectWise {@code billProducts}
 * @param predecessorType ConnectWise {@code predecessorType}
 * @param predecessorId ConnectWise {@code predecessorId}
 * @param predecessorClosedFlag ConnectWise {@code predecessorClosedFlag}
 * @param lagDays ConnectWise {@code lagDays}
 * @param lagNonworkingDaysFlag ConnectWise {@code lagNonworkingDaysFlag}
 * @param estimatedStartDate ConnectWise {@code estimatedStartDate}
 * @param duration ConnectWise {@code duration}
 * @param location ConnectWise {@code location}
 * @param department ConnectWise {@code department}
 * @param sla ConnectWise {@code sla}
 * @param slaStatus ConnectWise {@code slaStatus}
 * @param requestForChangeFlag ConnectWise {@code requestForChangeFlag}
 * @param currency ConnectWise {@code currency}
 * @param mergedParentTicket ConnectWise {@code mergedParentTicket}
 * @param integratorTags ConnectWise {@code integratorTags}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param escalationStartDateUTC ConnectWise {@code escalationStartDateUTC}
 * @param escalationLevel ConnectWise {@code escalationLevel}
 * @param minutesBeforeWaiting ConnectWise {@code minutesBeforeWaiting}
 * @param respondedSkippedMinutes ConnectWise {@code respondedSkippedMinutes}
 * @param resplanSkippedMinutes ConnectWise {@code resplanSkippedMinutes}
 * @param respondedHours ConnectWise {@code respondedHours}
 * @param respondedBy ConnectWise {@code respondedBy}
 * @param resplanHours ConnectWise {@code resplanHours}
 * @param resplanBy ConnectWise {@code resplanBy}
 * @param resolutionHours ConnectWise {@code resolutionHours}
 * @param resolvedBy ConnectWise {@code resolvedBy}
 * @param minutesWaiting ConnectWise {@code minutesWaiting}
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ticket(
    @Nullable Integer id,
    @Nullable String summary,
    @Nullable String recordType,
    @Nullable Reference board,
    @Nullable Reference status,
    @Nullable Reference workRole,
    @Nullable Reference workType,
    @Nullable Reference company,
    @Nullable Reference site,
    @Nullable String siteName,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String stateIdentifier,
    @Nullable String zip,
    @Nullable Reference country,
    @Nullable Reference contact,
    @Nullable String contactName,
    @Nullable String contactPhoneNumber,
    @Nullable String contactPhoneExtension,
    @Nullable String contactEmailAddress,
    @Nullable Reference type,
    @Nullable Reference subType,
    @Nullable Reference item,
    @Nullable Reference team,
    @Nullable Reference owner,
    @Nullable Reference priority,
    @Nullable Reference serviceLocation,
    @Nullable Reference source,
    @Nullable Instant requiredDate,
    @Nullable BigDecimal budgetHours,
    @Nullable Reference opportunity,
    @Nullable Reference agreement,
    @Nullable String agreementType,
    @Nullable String severity,
    @Nullable String impact,
    @Nullable String externalXRef,
    @Nullable String poNumber,
    @Nullable Integer knowledgeBaseCategoryId,
    @Nullable Integer knowledgeBaseSubCategoryId,
    @Nullable Boolean allowAllClientsPortalView,
    @Nullable Boolean customerUpdatedFlag,
    @Nullable Boolean automaticEmailContactFlag,
    @Nullable Boolean automaticEmailResourceFlag,
    @Nullable Boolean automaticEmailCcFlag,
    @Nullable String automaticEmailCc,
    @Nullable String initialDescription,
    @Nullable String initialInternalAnalysis,
    @Nullable String initialResolution,
    @Nullable String initialDescriptionFrom,
    @Nullable String contactEmailLookup,
    @Nullable Boolean processNotifications,
    @Nullable Boolean skipCallback,
    @Nullable Instant closedDate,
    @Nullable String closedBy,
    @Nullable Boolean closedFlag,
    @Nullable BigDecimal actualHours,
    @Nullable Boolean approved,
    @Nullable BigDecimal estimatedExpenseCost,
    @Nullable BigDecimal estimatedExpenseRevenue,
    @Nullable BigDecimal estimatedProductCost,
    @Nullable BigDecimal estimatedProductRevenue,
    @Nullable BigDecimal estimatedTimeCost,
    @Nullable BigDecimal estimatedTimeRevenue,
    @Nullable String billingMethod,
    @Nullable BigDecimal billingAmount,
    @Nullable BigDecimal hourlyRate,
    @Nullable String subBillingMethod,
    @Nullable BigDecimal subBillingAmount,
    @Nullable String subDateAccepted,
    @Nullable Instant dateResolved,
    @Nullable Instant dateResplan,
    @Nullable Instant dateResponded,
    @Nullable Integer resolveMinutes,
    @Nullable Integer resPlanMinutes,
    @Nullable Integer respondMinutes,
    @Nullable Instant respondByGoalUTC,
    @Nullable Instant resplanGoalUTC,
    @Nullable Instant resolutionGoalUTC,
    @Nullable Integer escalationLastUpdateMinutes,
    @Nullable Boolean isInSla,
    @Nullable Integer knowledgeBaseLinkId,
    @Nullable String resources,
    @Nullable Integer parentTicketId,
    @Nullable Boolean hasChildTicket,
    @Nullable Boolean hasMergedChildTicketFlag,
    @Nullable String knowledgeBaseLinkType,
    @Nullable String billTime,
    @Nullable String billExpenses,
    @Nullable String billProducts,
    @Nullable String predecessorType,
    @Nullable Integer predecessorId,
    @Nullable Boolean predecessorClosedFlag,
    @Nullable Integer lagDays,
    @Nullable Boolean lagNonworkingDaysFlag,
    @Nullable Instant estimatedStartDate,
    @Nullable Integer duration,
    @Nullable Reference location,
    @Nullable Reference department,
    @Nullable Reference sla,
    @Nullable String slaStatus,
    @Nullable Boolean requestForChangeFlag,
    @Nullable Reference currency,
    @Nullable Reference mergedParentTicket,
    @Nullable List<String> integratorTags,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable String escalationStartDateUTC,
    @Nullable Integer escalationLevel,
    @Nullable Integer minutesBeforeWaiting,
    @Nullable Integer respondedSkippedMinutes,
    @Nullable Integer resplanSkippedMinutes,
    @Nullable BigDecimal respondedHours,
    @Nullable String respondedBy,
    @Nullable BigDecimal resplanHours,
    @Nullable String resplanBy,
    @Nullable BigDecimal resolutionHours,
    @Nullable String resolvedBy,
    @Nullable Integer minutesWaiting,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Ticket {
    integratorTags = Copies.list(integratorTags);
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

  /** Builder of {@link Ticket}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String summary;
    private @Nullable String recordType;
    private @Nullable Reference board;
    private @Nullable Reference status;
    private @Nullable Reference workRole;
    private @Nullable Reference workType;
    private @Nullable Reference company;
    private @Nullable Reference site;
    private @Nullable String siteName;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable String stateIdentifier;
    private @Nullable String zip;
    private @Nullable Reference country;
    private @Nullable Reference contact;
    private @Nullable String contactName;
    private @Nullable String contactPhoneNumber;
    private @Nullable String contactPhoneExtension;
    private @Nullable String contactEmailAddress;
    private @Nullable Reference type;
    private @Nullable Reference subType;
    private @Nullable Reference item;
    private @Nullable Reference team;
    private @Nullable Reference owner;
    private @Nullable Reference priority;
    private @Nullable Reference serviceLocation;
    private @Nullable Reference source;
    private @Nullable Instant requiredDate;
    private @Nullable BigDecimal budgetHours;
    private @Nullable Reference opportunity;
    private @Nullable Reference agreement;
    private @Nullable String agreementType;
    private @Nullable String severity;
    private @Nullable String impact;
    private @Nullable String externalXRef;
    private @Nullable String poNumber;
    private @Nullable Integer knowledgeBaseCategoryId;
    private @Nullable Integer knowledgeBaseSubCategoryId;
    private @Nullable Boolean allowAllClientsPortalView;
    private @Nullable Boolean customerUpdatedFlag;
    private @Nullable Boolean automaticEmailContactFlag;
    private @Nullable Boolean automaticEmailResourceFlag;
    private @Nullable Boolean automaticEmailCcFlag;
    private @Nullable String automaticEmailCc;
    private @Nullable String initialDescription;
    private @Nullable String initialInternalAnalysis;
    private @Nullable String initialResolution;
    private @Nullable String initialDescriptionFrom;
    private @Nullable String contactEmailLookup;
    private @Nullable Boolean processNotifications;
    private @Nullable Boolean skipCallback;
    private @Nullable Instant closedDate;
    private @Nullable String closedBy;
    private @Nullable Boolean closedFlag;
    private @Nullable BigDecimal actualHours;
    private @Nullable Boolean approved;
    private @Nullable BigDecimal estimatedExpenseCost;
    private @Nullable BigDecimal estimatedExpenseRevenue;
    private @Nullable BigDecimal estimatedProductCost;
    private @Nullable BigDecimal estimatedProductRevenue;
    private @Nullable BigDecimal estimatedTimeCost;
    private @Nullable BigDecimal estimatedTimeRevenue;
    private @Nullable String billingMethod;
    private @Nullable BigDecimal billingAmount;
    private @Nullable BigDecimal hourlyRate;
    private @Nullable String subBillingMethod;
    private @Nullable BigDecimal subBillingAmount;
    private @Nullable String subDateAccepted;
    private @Nullable Instant dateResolved;
    private @Nullable Instant dateResplan;
    private @Nullable Instant dateResponded;
    private @Nullable Integer resolveMinutes;
    private @Nullable Integer resPlanMinutes;
    private @Nullable Integer respondMinutes;
    private @Nullable Instant respondByGoalUTC;
    private @Nullable Instant resplanGoalUTC;
    private @Nullable Instant resolutionGoalUTC;
    private @Nullable Integer escalationLastUpdateMinutes;
    private @Nullable Boolean isInSla;
    private @Nullable Integer knowledgeBaseLinkId;
    private @Nullable String resources;
    private @Nullable Integer parentTicketId;
    private @Nullable Boolean hasChildTicket;
    private @Nullable Boolean hasMergedChildTicketFlag;
    private @Nullable String knowledgeBaseLinkType;
    private @Nullable String billTime;
    private @Nullable String billExpenses;
    private @Nullable String billProducts;
    private @Nullable String predecessorType;
    private @Nullable Integer predecessorId;
    private @Nullable Boolean predecessorClosedFlag;
    private @Nullable Integer lagDays;
    private @Nullable Boolean lagNonworkingDaysFlag;
    private @Nullable Instant estimatedStartDate;
    private @Nullable Integer duration;
    private @Nullable Reference location;
    private @Nullable Reference department;
    private @Nullable Reference sla;
    private @Nullable String slaStatus;
    private @Nullable Boolean requestForChangeFlag;
    private @Nullable Reference currency;
    private @Nullable Reference mergedParentTicket;
    private @Nullable List<String> integratorTags;
    private @Nullable Info info;
    private @Nullable String escalationStartDateUTC;
    private @Nullable Integer escalationLevel;
    private @Nullable Integer minutesBeforeWaiting;
    private @Nullable Integer respondedSkippedMinutes;
    private @Nullable Integer resplanSkippedMinutes;
    private @Nullable BigDecimal respondedHours;
    private @Nullable String respondedBy;
    private @Nullable BigDecimal resplanHours;
    private @Nullable String resplanBy;
    private @Nullable BigDecimal resolutionHours;
    private @Nullable String resolvedBy;
    private @Nullable Integer minutesWaiting;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Ticket source) {
      this.id = source.id;
      this.summary = source.summary;
      this.recordType = source.recordType;
      this.board = source.board;
      this.status = source.status;
      this.workRole = source.workRole;
      this.workType = source.workType;
      this.company = source.company;
      this.site = source.site;
      this.siteName = source.siteName;
      this.addressLine1 = source.addressLine1;
      this.addressLine2 = source.addressLine2;
      this.city = source.city;
      this.stateIdentifier = source.stateIdentifier;
      this.zip = source.zip;
      this.country = source.country;
      this.contact = source.contact;
      this.contactName = source.contactName;
      this.contactPhoneNumber = source.contactPhoneNumber;
      this.contactPhoneExtension = source.contactPhoneExtension;
      this.contactEmailAddress = source.contactEmailAddress;
      this.type = source.type;
      this.subType = source.subType;
      this.item = source.item;
      this.team = source.team;
      this.owner = source.owner;
      this.priority = source.priority;
      this.serviceLocation = source.serviceLocation;
      this.source = source.source;
      this.requiredDate = source.requiredDate;
      this.budgetHours = source.budgetHours;
      this.opportunity = source.opportunity;
      this.agreement = source.agreement;
      this.agreementType = source.agreementType;
      this.severity = source.severity;
      this.impact = source.impact;
      this.externalXRef = source.externalXRef;
      this.poNumber = source.poNumber;
      this.knowledgeBaseCategoryId = source.knowledgeBaseCategoryId;
      this.knowledgeBaseSubCategoryId = source.knowledgeBaseSubCategoryId;
      this.allowAllClientsPortalView = source.allowAllClientsPortalView;
      this.customerUpdatedFlag = source.customerUpdatedFlag;
      this.automaticEmailContactFlag = source.automaticEmailContactFlag;
      this.automaticEmailResourceFlag = source.automaticEmailResourceFlag;
      this.automaticEmailCcFlag = source.automaticEmailCcFlag;
      this.automaticEmailCc = source.automaticEmailCc;
      this.initialDescription = source.initialDescription;
      this.initialInternalAnalysis = source.initialInternalAnalysis;
      this.initialResolution = source.initialResolution;
      this.initialDescriptionFrom = source.initialDescriptionFrom;
      this.contactEmailLookup = source.contactEmailLookup;
      this.processNotifications = source.processNotifications;
      this.skipCallback = source.skipCallback;
      this.closedDate = source.closedDate;
      this.closedBy = source.closedBy;
      this.closedFlag = source.closedFlag;
      this.actualHours = source.actualHours;
      this.approved = source.approved;
      this.estimatedExpenseCost = source.estimatedExpenseCost;
      this.estimatedExpenseRevenue = source.estimatedExpenseRevenue;
      this.estimatedProductCost = source.estimatedProductCost;
      this.estimatedProductRevenue = source.estimatedProductRevenue;
      this.estimatedTimeCost = source.estimatedTimeCost;
      this.estimatedTimeRevenue = source.estimatedTimeRevenue;
      this.billingMethod = source.billingMethod;
      this.billingAmount = source.billingAmount;
      this.hourlyRate = source.hourlyRate;
      this.subBillingMethod = source.subBillingMethod;
      this.subBillingAmount = source.subBillingAmount;
      this.subDateAccepted = source.subDateAccepted;
      this.dateResolved = source.dateResolved;
      this.dateResplan = source.dateResplan;
      this.dateResponded = source.dateResponded;
      this.resolveMinutes = source.resolveMinutes;
      this.resPlanMinutes = source.resPlanMinutes;
      this.respondMinutes = source.respondMinutes;
      this.respondByGoalUTC = source.respondByGoalUTC;
      this.resplanGoalUTC = source.resplanGoalUTC;
      this.resolutionGoalUTC = source.resolutionGoalUTC;
      this.escalationLastUpdateMinutes = source.escalationLastUpdateMinutes;
      this.isInSla = source.isInSla;
      this.knowledgeBaseLinkId = source.knowledgeBaseLinkId;
      this.resources = source.resources;
      this.parentTicketId = source.parentTicketId;
      this.hasChildTicket = source.hasChildTicket;
      this.hasMergedChildTicketFlag = source.hasMergedChildTicketFlag;
      this.knowledgeBaseLinkType = source.knowledgeBaseLinkType;
      this.billTime = source.billTime;
      this.billExpenses = source.billExpenses;
      this.billProducts = source.billProducts;
      this.predecessorType = source.predecessorType;
      this.predecessorId = source.predecessorId;
      this.predecessorClosedFlag = source.predecessorClosedFlag;
      this.lagDays = source.lagDays;
      this.lagNonworkingDaysFlag = source.lagNonworkingDaysFlag;
      this.estimatedStartDate = source.estimatedStartDate;
      this.duration = source.duration;
      this.location = source.location;
      this.department = source.department;
      this.sla = source.sla;
      this.slaStatus = source.slaStatus;
      this.requestForChangeFlag = source.requestForChangeFlag;
      this.currency = source.currency;
      this.mergedParentTicket = source.mergedParentTicket;
      this.integratorTags = source.integratorTags;
      this.info = source.info;
      this.escalationStartDateUTC = source.escalationStartDateUTC;
      this.escalationLevel = source.escalationLevel;
      this.minutesBeforeWaiting = source.minutesBeforeWaiting;
      this.respondedSkippedMinutes = source.respondedSkippedMinutes;
      this.resplanSkippedMinutes = source.resplanSkippedMinutes;
      this.respondedHours = source.respondedHours;
      this.respondedBy = source.respondedBy;
      this.resplanHours = source.resplanHours;
      this.resplanBy = source.resplanBy;
      this.resolutionHours = source.resolutionHours;
      this.resolvedBy = source.resolvedBy;
      this.minutesWaiting = source.minutesWaiting;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Ticket#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Ticket#summary()}.
     *
     * @param summary the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets {@link Ticket#recordType()}.
     *
     * @param recordType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recordType(@Nullable String recordType) {
      this.recordType = recordType;
      return this;
    }

    /**
     * Sets {@link Ticket#board()}.
     *
     * @param board the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder board(@Nullable Reference board) {
      this.board = board;
      return this;
    }

    /**
     * Sets {@link Ticket#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link Ticket#workRole()}.
     *
     * @param workRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRole(@Nullable Reference workRole) {
      this.workRole = workRole;
      return this;
    }

    /**
     * Sets {@link Ticket#workType()}.
     *
     * @param workType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workType(@Nullable Reference workType) {
      this.workType = workType;
      return this;
    }

    /**
     * Sets {@link Ticket#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link Ticket#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link Ticket#siteName()}.
     *
     * @param siteName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder siteName(@Nullable String siteName) {
      this.siteName = siteName;
      return this;
    }

    /**
     * Sets {@link Ticket#addressLine1()}.
     *
     * @param addressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@link Ticket#addressLine2()}.
     *
     * @param addressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@link Ticket#city()}.
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link Ticket#stateIdentifier()}.
     *
     * @param stateIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder stateIdentifier(@Nullable String stateIdentifier) {
      this.stateIdentifier = stateIdentifier;
      return this;
    }

    /**
     * Sets {@link Ticket#zip()}.
     *
     * @param zip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@link Ticket#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link Ticket#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link Ticket#contactName()}.
     *
     * @param contactName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactName(@Nullable String contactName) {
      this.contactName = contactName;
      return this;
    }

    /**
     * Sets {@link Ticket#contactPhoneNumber()}.
     *
     * @param contactPhoneNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactPhoneNumber(@Nullable String contactPhoneNumber) {
      this.contactPhoneNumber = contactPhoneNumber;
      return this;
    }

    /**
     * Sets {@link Ticket#contactPhoneExtension()}.
     *
     * @param contactPhoneExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactPhoneExtension(@Nullable String contactPhoneExtension) {
      this.contactPhoneExtension = contactPhoneExtension;
      return this;
    }

    /**
     * Sets {@link Ticket#contactEmailAddress()}.
     *
     * @param contactEmailAddress the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactEmailAddress(@Nullable String contactEmailAddress) {
      this.contactEmailAddress = contactEmailAddress;
      return this;
    }

    /**
     * Sets {@link Ticket#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Ticket#subType()}.
     *
     * @param subType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subType(@Nullable Reference subType) {
      this.subType = subType;
      return this;
    }

    /**
     * Sets {@link Ticket#item()}.
     *
     * @param item the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder item(@Nullable Reference item) {
      this.item = item;
      return this;
    }

    /**
     * Sets {@link Ticket#team()}.
     *
     * @param team the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder team(@Nullable Reference team) {
      this.team = team;
      return this;
    }

    /**
     * Sets {@link Ticket#owner()}.
     *
     * @param owner the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder owner(@Nullable Reference owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets {@link Ticket#priority()}.
     *
     * @param priority the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder priority(@Nullable Reference priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@link Ticket#serviceLocation()}.
     *
     * @param serviceLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serviceLocation(@Nullable Reference serviceLocation) {
      this.serviceLocation = serviceLocation;
      return this;
    }

    /**
     * Sets {@link Ticket#source()}.
     *
     * @param source the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder source(@Nullable Reference source) {
      this.source = source;
      return this;
    }

    /**
     * Sets {@link Ticket#requiredDate()}.
     *
     * @param requiredDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder requiredDate(@Nullable Instant requiredDate) {
      this.requiredDate = requiredDate;
      return this;
    }

    /**
     * Sets {@link Ticket#budgetHours()}.
     *
     * @param budgetHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder budgetHours(@Nullable BigDecimal budgetHours) {
      this.budgetHours = budgetHours;
      return this;
    }

    /**
     * Sets {@link Ticket#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link Ticket#agreement()}.
     *
     * @param agreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreement(@Nullable Reference agreement) {
      this.agreement = agreement;
      return this;
    }

    /**
     * Sets {@link Ticket#agreementType()}.
     *
     * @param agreementType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementType(@Nullable String agreementType) {
      this.agreementType = agreementType;
      return this;
    }

    /**
     * Sets {@link Ticket#severity()}.
     *
     * @param severity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder severity(@Nullable String severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets {@link Ticket#impact()}.
     *
     * @param impact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder impact(@Nullable String impact) {
      this.impact = impact;
      return this;
    }

    /**
     * Sets {@link Ticket#externalXRef()}.
     *
     * @param externalXRef the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder externalXRef(@Nullable String externalXRef) {
      this.externalXRef = externalXRef;
      return this;
    }

    /**
     * Sets {@link Ticket#poNumber()}.
     *
     * @param poNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder poNumber(@Nullable String poNumber) {
      this.poNumber = poNumber;
      return this;
    }

    /**
     * Sets {@link Ticket#knowledgeBaseCategoryId()}.
     *
     * @param knowledgeBaseCategoryId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseCategoryId(@Nullable Integer knowledgeBaseCategoryId) {
      this.knowledgeBaseCategoryId = knowledgeBaseCategoryId;
      return this;
    }

    /**
     * Sets {@link Ticket#knowledgeBaseSubCategoryId()}.
     *
     * @param knowledgeBaseSubCategoryId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseSubCategoryId(@Nullable Integer knowledgeBaseSubCategoryId) {
      this.knowledgeBaseSubCategoryId = knowledgeBaseSubCategoryId;
      return this;
    }

    /**
     * Sets {@link Ticket#allowAllClientsPortalView()}.
     *
     * @param allowAllClientsPortalView the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder allowAllClientsPortalView(@Nullable Boolean allowAllClientsPortalView) {
      this.allowAllClientsPortalView = allowAllClientsPortalView;
      return this;
    }

    /**
     * Sets {@link Ticket#customerUpdatedFlag()}.
     *
     * @param customerUpdatedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerUpdatedFlag(@Nullable Boolean customerUpdatedFlag) {
      this.customerUpdatedFlag = customerUpdatedFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#automaticEmailContactFlag()}.
     *
     * @param automaticEmailContactFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailContactFlag(@Nullable Boolean automaticEmailContactFlag) {
      this.automaticEmailContactFlag = automaticEmailContactFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#automaticEmailResourceFlag()}.
     *
     * @param automaticEmailResourceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailResourceFlag(@Nullable Boolean automaticEmailResourceFlag) {
      this.automaticEmailResourceFlag = automaticEmailResourceFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#automaticEmailCcFlag()}.
     *
     * @param automaticEmailCcFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailCcFlag(@Nullable Boolean automaticEmailCcFlag) {
      this.automaticEmailCcFlag = automaticEmailCcFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#automaticEmailCc()}.
     *
     * @param automaticEmailCc the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailCc(@Nullable String automaticEmailCc) {
      this.automaticEmailCc = automaticEmailCc;
      return this;
    }

    /**
     * Sets {@link Ticket#initialDescription()}.
     *
     * @param initialDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialDescription(@Nullable String initialDescription) {
      this.initialDescription = initialDescription;
      return this;
    }

    /**
     * Sets {@link Ticket#initialInternalAnalysis()}.
     *
     * @param initialInternalAnalysis the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialInternalAnalysis(@Nullable String initialInternalAnalysis) {
      this.initialInternalAnalysis = initialInternalAnalysis;
      return this;
    }

    /**
     * Sets {@link Ticket#initialResolution()}.
     *
     * @param initialResolution the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialResolution(@Nullable String initialResolution) {
      this.initialResolution = initialResolution;
      return this;
    }

    /**
     * Sets {@link Ticket#initialDescriptionFrom()}.
     *
     * @param initialDescriptionFrom the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialDescriptionFrom(@Nullable String initialDescriptionFrom) {
      this.initialDescriptionFrom = initialDescriptionFrom;
      return this;
    }

    /**
     * Sets {@link Ticket#contactEmailLookup()}.
     *
     * @param contactEmailLookup the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactEmailLookup(@Nullable String contactEmailLookup) {
      this.contactEmailLookup = contactEmailLookup;
      return this;
    }

    /**
     * Sets {@link Ticket#processNotifications()}.
     *
     * @param processNotifications the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder processNotifications(@Nullable Boolean processNotifications) {
      this.processNotifications = processNotifications;
      return this;
    }

    /**
     * Sets {@link Ticket#skipCallback()}.
     *
     * @param skipCallback the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder skipCallback(@Nullable Boolean skipCallback) {
      this.skipCallback = skipCallback;
      return this;
    }

    /**
     * Sets {@link Ticket#closedDate()}.
     *
     * @param closedDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedDate(@Nullable Instant closedDate) {
      this.closedDate = closedDate;
      return this;
    }

    /**
     * Sets {@link Ticket#closedBy()}.
     *
     * @param closedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedBy(@Nullable String closedBy) {
      this.closedBy = closedBy;
      return this;
    }

    /**
     * Sets {@link Ticket#closedFlag()}.
     *
     * @param closedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedFlag(@Nullable Boolean closedFlag) {
      this.closedFlag = closedFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#actualHours()}.
     *
     * @param actualHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder actualHours(@Nullable BigDecimal actualHours) {
      this.actualHours = actualHours;
      return this;
    }

    /**
     * Sets {@link Ticket#approved()}.
     *
     * @param approved the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder approved(@Nullable Boolean approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedExpenseCost()}.
     *
     * @param estimatedExpenseCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedExpenseCost(@Nullable BigDecimal estimatedExpenseCost) {
      this.estimatedExpenseCost = estimatedExpenseCost;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedExpenseRevenue()}.
     *
     * @param estimatedExpenseRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedExpenseRevenue(@Nullable BigDecimal estimatedExpenseRevenue) {
      this.estimatedExpenseRevenue = estimatedExpenseRevenue;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedProductCost()}.
     *
     * @param estimatedProductCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedProductCost(@Nullable BigDecimal estimatedProductCost) {
      this.estimatedProductCost = estimatedProductCost;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedProductRevenue()}.
     *
     * @param estimatedProductRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedProductRevenue(@Nullable BigDecimal estimatedProductRevenue) {
      this.estimatedProductRevenue = estimatedProductRevenue;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedTimeCost()}.
     *
     * @param estimatedTimeCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedTimeCost(@Nullable BigDecimal estimatedTimeCost) {
      this.estimatedTimeCost = estimatedTimeCost;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedTimeRevenue()}.
     *
     * @param estimatedTimeRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedTimeRevenue(@Nullable BigDecimal estimatedTimeRevenue) {
      this.estimatedTimeRevenue = estimatedTimeRevenue;
      return this;
    }

    /**
     * Sets {@link Ticket#billingMethod()}.
     *
     * @param billingMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingMethod(@Nullable String billingMethod) {
      this.billingMethod = billingMethod;
      return this;
    }

    /**
     * Sets {@link Ticket#billingAmount()}.
     *
     * @param billingAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingAmount(@Nullable BigDecimal billingAmount) {
      this.billingAmount = billingAmount;
      return this;
    }

    /**
     * Sets {@link Ticket#hourlyRate()}.
     *
     * @param hourlyRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hourlyRate(@Nullable BigDecimal hourlyRate) {
      this.hourlyRate = hourlyRate;
      return this;
    }

    /**
     * Sets {@link Ticket#subBillingMethod()}.
     *
     * @param subBillingMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subBillingMethod(@Nullable String subBillingMethod) {
      this.subBillingMethod = subBillingMethod;
      return this;
    }

    /**
     * Sets {@link Ticket#subBillingAmount()}.
     *
     * @param subBillingAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subBillingAmount(@Nullable BigDecimal subBillingAmount) {
      this.subBillingAmount = subBillingAmount;
      return this;
    }

    /**
     * Sets {@link Ticket#subDateAccepted()}.
     *
     * @param subDateAccepted the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subDateAccepted(@Nullable String subDateAccepted) {
      this.subDateAccepted = subDateAccepted;
      return this;
    }

    /**
     * Sets {@link Ticket#dateResolved()}.
     *
     * @param dateResolved the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateResolved(@Nullable Instant dateResolved) {
      this.dateResolved = dateResolved;
      return this;
    }

    /**
     * Sets {@link Ticket#dateResplan()}.
     *
     * @param dateResplan the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateResplan(@Nullable Instant dateResplan) {
      this.dateResplan = dateResplan;
      return this;
    }

    /**
     * Sets {@link Ticket#dateResponded()}.
     *
     * @param dateResponded the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateResponded(@Nullable Instant dateResponded) {
      this.dateResponded = dateResponded;
      return this;
    }

    /**
     * Sets {@link Ticket#resolveMinutes()}.
     *
     * @param resolveMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resolveMinutes(@Nullable Integer resolveMinutes) {
      this.resolveMinutes = resolveMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#resPlanMinutes()}.
     *
     * @param resPlanMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resPlanMinutes(@Nullable Integer resPlanMinutes) {
      this.resPlanMinutes = resPlanMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#respondMinutes()}.
     *
     * @param respondMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder respondMinutes(@Nullable Integer respondMinutes) {
      this.respondMinutes = respondMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#respondByGoalUTC()}.
     *
     * @param respondByGoalUTC the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder respondByGoalUTC(@Nullable Instant respondByGoalUTC) {
      this.respondByGoalUTC = respondByGoalUTC;
      return this;
    }

    /**
     * Sets {@link Ticket#resplanGoalUTC()}.
     *
     * @param resplanGoalUTC the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resplanGoalUTC(@Nullable Instant resplanGoalUTC) {
      this.resplanGoalUTC = resplanGoalUTC;
      return this;
    }

    /**
     * Sets {@link Ticket#resolutionGoalUTC()}.
     *
     * @param resolutionGoalUTC the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resolutionGoalUTC(@Nullable Instant resolutionGoalUTC) {
      this.resolutionGoalUTC = resolutionGoalUTC;
      return this;
    }

    /**
     * Sets {@link Ticket#escalationLastUpdateMinutes()}.
     *
     * @param escalationLastUpdateMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder escalationLastUpdateMinutes(@Nullable Integer escalationLastUpdateMinutes) {
      this.escalationLastUpdateMinutes = escalationLastUpdateMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#isInSla()}.
     *
     * @param isInSla the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder isInSla(@Nullable Boolean isInSla) {
      this.isInSla = isInSla;
      return this;
    }

    /**
     * Sets {@link Ticket#knowledgeBaseLinkId()}.
     *
     * @param knowledgeBaseLinkId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseLinkId(@Nullable Integer knowledgeBaseLinkId) {
      this.knowledgeBaseLinkId = knowledgeBaseLinkId;
      return this;
    }

    /**
     * Sets {@link Ticket#resources()}.
     *
     * @param resources the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resources(@Nullable String resources) {
      this.resources = resources;
      return this;
    }

    /**
     * Sets {@link Ticket#parentTicketId()}.
     *
     * @param parentTicketId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder parentTicketId(@Nullable Integer parentTicketId) {
      this.parentTicketId = parentTicketId;
      return this;
    }

    /**
     * Sets {@link Ticket#hasChildTicket()}.
     *
     * @param hasChildTicket the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hasChildTicket(@Nullable Boolean hasChildTicket) {
      this.hasChildTicket = hasChildTicket;
      return this;
    }

    /**
     * Sets {@link Ticket#hasMergedChildTicketFlag()}.
     *
     * @param hasMergedChildTicketFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hasMergedChildTicketFlag(@Nullable Boolean hasMergedChildTicketFlag) {
      this.hasMergedChildTicketFlag = hasMergedChildTicketFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#knowledgeBaseLinkType()}.
     *
     * @param knowledgeBaseLinkType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseLinkType(@Nullable String knowledgeBaseLinkType) {
      this.knowledgeBaseLinkType = knowledgeBaseLinkType;
      return this;
    }

    /**
     * Sets {@link Ticket#billTime()}.
     *
     * @param billTime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billTime(@Nullable String billTime) {
      this.billTime = billTime;
      return this;
    }

    /**
     * Sets {@link Ticket#billExpenses()}.
     *
     * @param billExpenses the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billExpenses(@Nullable String billExpenses) {
      this.billExpenses = billExpenses;
      return this;
    }

    /**
     * Sets {@link Ticket#billProducts()}.
     *
     * @param billProducts the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billProducts(@Nullable String billProducts) {
      this.billProducts = billProducts;
      return this;
    }

    /**
     * Sets {@link Ticket#predecessorType()}.
     *
     * @param predecessorType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorType(@Nullable String predecessorType) {
      this.predecessorType = predecessorType;
      return this;
    }

    /**
     * Sets {@link Ticket#predecessorId()}.
     *
     * @param predecessorId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorId(@Nullable Integer predecessorId) {
      this.predecessorId = predecessorId;
      return this;
    }

    /**
     * Sets {@link Ticket#predecessorClosedFlag()}.
     *
     * @param predecessorClosedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorClosedFlag(@Nullable Boolean predecessorClosedFlag) {
      this.predecessorClosedFlag = predecessorClosedFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#lagDays()}.
     *
     * @param lagDays the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lagDays(@Nullable Integer lagDays) {
      this.lagDays = lagDays;
      return this;
    }

    /**
     * Sets {@link Ticket#lagNonworkingDaysFlag()}.
     *
     * @param lagNonworkingDaysFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lagNonworkingDaysFlag(@Nullable Boolean lagNonworkingDaysFlag) {
      this.lagNonworkingDaysFlag = lagNonworkingDaysFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#estimatedStartDate()}.
     *
     * @param estimatedStartDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedStartDate(@Nullable Instant estimatedStartDate) {
      this.estimatedStartDate = estimatedStartDate;
      return this;
    }

    /**
     * Sets {@link Ticket#duration()}.
     *
     * @param duration the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder duration(@Nullable Integer duration) {
      this.duration = duration;
      return this;
    }

    /**
     * Sets {@link Ticket#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link Ticket#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link Ticket#sla()}.
     *
     * @param sla the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sla(@Nullable Reference sla) {
      this.sla = sla;
      return this;
    }

    /**
     * Sets {@link Ticket#slaStatus()}.
     *
     * @param slaStatus the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder slaStatus(@Nullable String slaStatus) {
      this.slaStatus = slaStatus;
      return this;
    }

    /**
     * Sets {@link Ticket#requestForChangeFlag()}.
     *
     * @param requestForChangeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder requestForChangeFlag(@Nullable Boolean requestForChangeFlag) {
      this.requestForChangeFlag = requestForChangeFlag;
      return this;
    }

    /**
     * Sets {@link Ticket#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Ticket#mergedParentTicket()}.
     *
     * @param mergedParentTicket the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder mergedParentTicket(@Nullable Reference mergedParentTicket) {
      this.mergedParentTicket = mergedParentTicket;
      return this;
    }

    /**
     * Sets {@link Ticket#integratorTags()}.
     *
     * @param integratorTags the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder integratorTags(@Nullable List<String> integratorTags) {
      this.integratorTags = integratorTags;
      return this;
    }

    /**
     * Sets {@link Ticket#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Ticket#escalationStartDateUTC()}.
     *
     * @param escalationStartDateUTC the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder escalationStartDateUTC(@Nullable String escalationStartDateUTC) {
      this.escalationStartDateUTC = escalationStartDateUTC;
      return this;
    }

    /**
     * Sets {@link Ticket#escalationLevel()}.
     *
     * @param escalationLevel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder escalationLevel(@Nullable Integer escalationLevel) {
      this.escalationLevel = escalationLevel;
      return this;
    }

    /**
     * Sets {@link Ticket#minutesBeforeWaiting()}.
     *
     * @param minutesBeforeWaiting the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder minutesBeforeWaiting(@Nullable Integer minutesBeforeWaiting) {
      this.minutesBeforeWaiting = minutesBeforeWaiting;
      return this;
    }

    /**
     * Sets {@link Ticket#respondedSkippedMinutes()}.
     *
     * @param respondedSkippedMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder respondedSkippedMinutes(@Nullable Integer respondedSkippedMinutes) {
      this.respondedSkippedMinutes = respondedSkippedMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#resplanSkippedMinutes()}.
     *
     * @param resplanSkippedMinutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resplanSkippedMinutes(@Nullable Integer resplanSkippedMinutes) {
      this.resplanSkippedMinutes = resplanSkippedMinutes;
      return this;
    }

    /**
     * Sets {@link Ticket#respondedHours()}.
     *
     * @param respondedHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder respondedHours(@Nullable BigDecimal respondedHours) {
      this.respondedHours = respondedHours;
      return this;
    }

    /**
     * Sets {@link Ticket#respondedBy()}.
     *
     * @param respondedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder respondedBy(@Nullable String respondedBy) {
      this.respondedBy = respondedBy;
      return this;
    }

    /**
     * Sets {@link Ticket#resplanHours()}.
     *
     * @param resplanHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resplanHours(@Nullable BigDecimal resplanHours) {
      this.resplanHours = resplanHours;
      return this;
    }

    /**
     * Sets {@link Ticket#resplanBy()}.
     *
     * @param resplanBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resplanBy(@Nullable String resplanBy) {
      this.resplanBy = resplanBy;
      return this;
    }

    /**
     * Sets {@link Ticket#resolutionHours()}.
     *
     * @param resolutionHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resolutionHours(@Nullable BigDecimal resolutionHours) {
      this.resolutionHours = resolutionHours;
      return this;
    }

    /**
     * Sets {@link Ticket#resolvedBy()}.
     *
     * @param resolvedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resolvedBy(@Nullable String resolvedBy) {
      this.resolvedBy = resolvedBy;
      return this;
    }

    /**
     * Sets {@link Ticket#minutesWaiting()}.
     *
     * @param minutesWaiting the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder minutesWaiting(@Nullable Integer minutesWaiting) {
      this.minutesWaiting = minutesWaiting;
      return this;
    }

    /**
     * Sets {@link Ticket#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Ticket.
     *
     * @return a new immutable {@link Ticket}
     */
    public Ticket build() {
      return new Ticket(id, summary, recordType, board, status, workRole, workType, company, site, siteName, addressLine1, addressLine2, city, stateIdentifier, zip, country, contact, contactName, contactPhoneNumber, contactPhoneExtension, contactEmailAddress, type, subType, item, team, owner, priority, serviceLocation, source, requiredDate, budgetHours, opportunity, agreement, agreementType, severity, impact, externalXRef, poNumber, knowledgeBaseCategoryId, knowledgeBaseSubCategoryId, allowAllClientsPortalView, customerUpdatedFlag, automaticEmailContactFlag, automaticEmailResourceFlag, automaticEmailCcFlag, automaticEmailCc, initialDescription, initialInternalAnalysis, initialResolution, initialDescriptionFrom, contactEmailLookup, processNotifications, skipCallback, closedDate, closedBy, closedFlag, actualHours, approved, estimatedExpenseCost, estimatedExpenseRevenue, estimatedProductCost, estimatedProductRevenue, estimatedTimeCost, estimatedTimeRevenue, billingMethod, billingAmount, hourlyRate, subBillingMethod, subBillingAmount, subDateAccepted, dateResolved, dateResplan, dateResponded, resolveMinutes, resPlanMinutes, respondMinutes, respondByGoalUTC, resplanGoalUTC, resolutionGoalUTC, escalationLastUpdateMinutes, isInSla, knowledgeBaseLinkId, resources, parentTicketId, hasChildTicket, hasMergedChildTicketFlag, knowledgeBaseLinkType, billTime, billExpenses, billProducts, predecessorType, predecessorId, predecessorClosedFlag, lagDays, lagNonworkingDaysFlag, estimatedStartDate, duration, location, department, sla, slaStatus, requestForChangeFlag, currency, mergedParentTicket, integratorTags, info, escalationStartDateUTC, escalationLevel, minutesBeforeWaiting, respondedSkippedMinutes, resplanSkippedMinutes, respondedHours, respondedBy, resplanHours, resplanBy, resolutionHours, resolvedBy, minutesWaiting, customFields);
    }
  }
}
