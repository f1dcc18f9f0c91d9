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
@ModelBuilder
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
  public static TicketBuilder builder() {
    return TicketBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public TicketBuilder toBuilder() {
    return TicketBuilder.builder(this);
  }
}
