package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project ticket ({@code project/tickets}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param summary ConnectWise {@code summary}
 * @param isIssueFlag ConnectWise {@code isIssueFlag}
 * @param board ConnectWise {@code board}
 * @param status ConnectWise {@code status}
 * @param workRole ConnectWise {@code workRole}
 * @param workType ConnectWise {@code workType}
 * @param project ConnectWise {@code project}
 * @param phase ConnectWise {@code phase}
 * @param wbsCode ConnectWise {@code wbsCode}
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
 * @param owner ConnectWise {@code owner}
 * @param priority ConnectWise {@code priority}
 * @param serviceLocation ConnectWise {@code serviceLocation}
 * @param source ConnectWise {@code source}
 * @param requiredDate ConnectWise {@code requiredDate}
 * @param budgetHours ConnectWise {@code budgetHours}
 * @param opportunity ConnectWise {@code opportunity}
 * @param agreement ConnectWise {@code agreement}
 * @param agreementType ConnectWise {@code agreementType}
 * @param knowledgeBaseCategoryId ConnectWise {@code knowledgeBaseCategoryId}
 * @param knowledgeBaseSubCategoryId ConnectWise {@code knowledgeBaseSubCategoryId}
 * @param knowledgeBaseLinkId ConnectWise {@code knowledgeBaseLinkId}
 * @param knowledgeBaseLinkType ConnectWise {@code knowledgeBaseLinkType}
 * @param allowAllClientsPortalView ConnectWise {@code allowAllClientsPortalView}
 * @param customerUpdatedFlag ConnectWise {@code customerUpdatedFlag}
 * @param automaticEmailContactFlag ConnectWise {@code automaticEmailContactFlag}
 * @param automaticEmailResourceFlag ConnectWise {@code automaticEmailResourceFlag}
 * @param automaticEmailCcFlag ConnectWise {@code automaticEmailCcFlag}
 * @param automaticEmailCc ConnectWise {@code automaticEmailCc}
 * @param closedDate ConnectWise {@code closedDate}
 * @param closedBy ConnectWise {@code closedBy}
 * @param closedFlag ConnectWise {@code closedFlag}
 * @param actualHours ConnectWise {@code actualHours}
 * @param approved ConnectWise {@code approved}
 * @param subBillingMethod ConnectWise {@code subBillingMethod}
 * @param subBillingAmount ConnectWise {@code subBillingAmount}
 * @param subDateAccepted ConnectWise {@code subDateAccepted}
 * @param resources ConnectWise {@code resources}
 * @param billTime ConnectWise {@code billTime}
 * @param billExpenses ConnectWise {@code billExpenses}
 * @param billProducts ConnectWise {@code billProducts}
 * @param predecessorType ConnectWise {@code predecessorType}
 * @param predecessorId ConnectWise {@code predecessorId}
 * @param predecessorClosedFlag ConnectWise {@code predecessorClosedFlag}
 * @param lagDays ConnectWise {@code lagDays}
 * @param lagNonworkingDaysFlag ConnectWise {@code lagNonworkingDaysFlag}
 * @param estimatedStartDate ConnectWise {@code estimatedStartDate}
 * @param location ConnectWise {@code location}
 * @param department ConnectWise {@code department}
 * @param duration ConnectWise {@code duration}
 * @param scheduleStartDate ConnectWise {@code scheduleStartDate}
 * @param scheduleEndDate ConnectWise {@code scheduleEndDate}
 * @param currency ConnectWise {@code currency}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param initialDescription ConnectWise {@code initialDescription}
 * @param initialInternalAnalysis ConnectWise {@code initialInternalAnalysis}
 * @param initialResolution ConnectWise {@code initialResolution}
 * @param contactEmailLookup ConnectWise {@code contactEmailLookup}
 * @param processNotifications ConnectWise {@code processNotifications}
 * @param skipCallback ConnectWise {@code skipCallback}
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectTicket(
    @Nullable Integer id,
    @Nullable String summary,
    @Nullable Boolean isIssueFlag,
    @Nullable Reference board,
    @Nullable Reference status,
    @Nullable Reference workRole,
    @Nullable Reference workType,
    @Nullable Reference project,
    @Nullable Reference phase,
    @Nullable String wbsCode,
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
    @Nullable Reference owner,
    @Nullable Reference priority,
    @Nullable Reference serviceLocation,
    @Nullable Reference source,
    @Nullable Instant requiredDate,
    @Nullable BigDecimal budgetHours,
    @Nullable Reference opportunity,
    @Nullable Reference agreement,
    @Nullable String agreementType,
    @Nullable Integer knowledgeBaseCategoryId,
    @Nullable Integer knowledgeBaseSubCategoryId,
    @Nullable Integer knowledgeBaseLinkId,
    @Nullable String knowledgeBaseLinkType,
    @Nullable Boolean allowAllClientsPortalView,
    @Nullable Boolean customerUpdatedFlag,
    @Nullable Boolean automaticEmailContactFlag,
    @Nullable Boolean automaticEmailResourceFlag,
    @Nullable Boolean automaticEmailCcFlag,
    @Nullable String automaticEmailCc,
    @Nullable Instant closedDate,
    @Nullable String closedBy,
    @Nullable Boolean closedFlag,
    @Nullable BigDecimal actualHours,
    @Nullable Boolean approved,
    @Nullable String subBillingMethod,
    @Nullable BigDecimal subBillingAmount,
    @Nullable String subDateAccepted,
    @Nullable String resources,
    @Nullable String billTime,
    @Nullable String billExpenses,
    @Nullable String billProducts,
    @Nullable String predecessorType,
    @Nullable Integer predecessorId,
    @Nullable Boolean predecessorClosedFlag,
    @Nullable Integer lagDays,
    @Nullable Boolean lagNonworkingDaysFlag,
    @Nullable Instant estimatedStartDate,
    @Nullable Reference location,
    @Nullable Reference department,
    @Nullable Integer duration,
    @Nullable Instant scheduleStartDate,
    @Nullable Instant scheduleEndDate,
    @Nullable Reference currency,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable String initialDescription,
    @Nullable String initialInternalAnalysis,
    @Nullable String initialResolution,
    @Nullable String contactEmailLookup,
    @Nullable Boolean processNotifications,
    @Nullable Boolean skipCallback,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public ProjectTicket {
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static ProjectTicketBuilder builder() {
    return ProjectTicketBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public ProjectTicketBuilder toBuilder() {
    return ProjectTicketBuilder.builder(this);
  }
}
