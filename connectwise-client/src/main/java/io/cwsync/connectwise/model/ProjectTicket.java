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

  /** Builder of {@link ProjectTicket}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String summary;
    private @Nullable Boolean isIssueFlag;
    private @Nullable Reference board;
    private @Nullable Reference status;
    private @Nullable Reference workRole;
    private @Nullable Reference workType;
    private @Nullable Reference project;
    private @Nullable Reference phase;
    private @Nullable String wbsCode;
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
    private @Nullable Reference owner;
    private @Nullable Reference priority;
    private @Nullable Reference serviceLocation;
    private @Nullable Reference source;
    private @Nullable Instant requiredDate;
    private @Nullable BigDecimal budgetHours;
    private @Nullable Reference opportunity;
    private @Nullable Reference agreement;
    private @Nullable String agreementType;
    private @Nullable Integer knowledgeBaseCategoryId;
    private @Nullable Integer knowledgeBaseSubCategoryId;
    private @Nullable Integer knowledgeBaseLinkId;
    private @Nullable String knowledgeBaseLinkType;
    private @Nullable Boolean allowAllClientsPortalView;
    private @Nullable Boolean customerUpdatedFlag;
    private @Nullable Boolean automaticEmailContactFlag;
    private @Nullable Boolean automaticEmailResourceFlag;
    private @Nullable Boolean automaticEmailCcFlag;
    private @Nullable String automaticEmailCc;
    private @Nullable Instant closedDate;
    private @Nullable String closedBy;
    private @Nullable Boolean closedFlag;
    private @Nullable BigDecimal actualHours;
    private @Nullable Boolean approved;
    private @Nullable String subBillingMethod;
    private @Nullable BigDecimal subBillingAmount;
    private @Nullable String subDateAccepted;
    private @Nullable String resources;
    private @Nullable String billTime;
    private @Nullable String billExpenses;
    private @Nullable String billProducts;
    private @Nullable String predecessorType;
    private @Nullable Integer predecessorId;
    private @Nullable Boolean predecessorClosedFlag;
    private @Nullable Integer lagDays;
    private @Nullable Boolean lagNonworkingDaysFlag;
    private @Nullable Instant estimatedStartDate;
    private @Nullable Reference location;
    private @Nullable Reference department;
    private @Nullable Integer duration;
    private @Nullable Instant scheduleStartDate;
    private @Nullable Instant scheduleEndDate;
    private @Nullable Reference currency;
    private @Nullable Info info;
    private @Nullable String initialDescription;
    private @Nullable String initialInternalAnalysis;
    private @Nullable String initialResolution;
    private @Nullable String contactEmailLookup;
    private @Nullable Boolean processNotifications;
    private @Nullable Boolean skipCallback;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(ProjectTicket source) {
      this.id = source.id;
      this.summary = source.summary;
      this.isIssueFlag = source.isIssueFlag;
      this.board = source.board;
      this.status = source.status;
      this.workRole = source.workRole;
      this.workType = source.workType;
      this.project = source.project;
      this.phase = source.phase;
      this.wbsCode = source.wbsCode;
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
      this.owner = source.owner;
      this.priority = source.priority;
      this.serviceLocation = source.serviceLocation;
      this.source = source.source;
      this.requiredDate = source.requiredDate;
      this.budgetHours = source.budgetHours;
      this.opportunity = source.opportunity;
      this.agreement = source.agreement;
      this.agreementType = source.agreementType;
      this.knowledgeBaseCategoryId = source.knowledgeBaseCategoryId;
      this.knowledgeBaseSubCategoryId = source.knowledgeBaseSubCategoryId;
      this.knowledgeBaseLinkId = source.knowledgeBaseLinkId;
      this.knowledgeBaseLinkType = source.knowledgeBaseLinkType;
      this.allowAllClientsPortalView = source.allowAllClientsPortalView;
      this.customerUpdatedFlag = source.customerUpdatedFlag;
      this.automaticEmailContactFlag = source.automaticEmailContactFlag;
      this.automaticEmailResourceFlag = source.automaticEmailResourceFlag;
      this.automaticEmailCcFlag = source.automaticEmailCcFlag;
      this.automaticEmailCc = source.automaticEmailCc;
      this.closedDate = source.closedDate;
      this.closedBy = source.closedBy;
      this.closedFlag = source.closedFlag;
      this.actualHours = source.actualHours;
      this.approved = source.approved;
      this.subBillingMethod = source.subBillingMethod;
      this.subBillingAmount = source.subBillingAmount;
      this.subDateAccepted = source.subDateAccepted;
      this.resources = source.resources;
      this.billTime = source.billTime;
      this.billExpenses = source.billExpenses;
      this.billProducts = source.billProducts;
      this.predecessorType = source.predecessorType;
      this.predecessorId = source.predecessorId;
      this.predecessorClosedFlag = source.predecessorClosedFlag;
      this.lagDays = source.lagDays;
      this.lagNonworkingDaysFlag = source.lagNonworkingDaysFlag;
      this.estimatedStartDate = source.estimatedStartDate;
      this.location = source.location;
      this.department = source.department;
      this.duration = source.duration;
      this.scheduleStartDate = source.scheduleStartDate;
      this.scheduleEndDate = source.scheduleEndDate;
      this.currency = source.currency;
      this.info = source.info;
      this.initialDescription = source.initialDescription;
      this.initialInternalAnalysis = source.initialInternalAnalysis;
      this.initialResolution = source.initialResolution;
      this.contactEmailLookup = source.contactEmailLookup;
      this.processNotifications = source.processNotifications;
      this.skipCallback = source.skipCallback;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link ProjectTicket#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#summary()}.
     *
     * @param summary the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#isIssueFlag()}.
     *
     * @param isIssueFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder isIssueFlag(@Nullable Boolean isIssueFlag) {
      this.isIssueFlag = isIssueFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#board()}.
     *
     * @param board the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder board(@Nullable Reference board) {
      this.board = board;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#workRole()}.
     *
     * @param workRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRole(@Nullable Reference workRole) {
      this.workRole = workRole;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#workType()}.
     *
     * @param workType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workType(@Nullable Reference workType) {
      this.workType = workType;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#project()}.
     *
     * @param project the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder project(@Nullable Reference project) {
      this.project = project;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#phase()}.
     *
     * @param phase the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phase(@Nullable Reference phase) {
      this.phase = phase;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#wbsCode()}.
     *
     * @param wbsCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wbsCode(@Nullable String wbsCode) {
      this.wbsCode = wbsCode;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#siteName()}.
     *
     * @param siteName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder siteName(@Nullable String siteName) {
      this.siteName = siteName;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#addressLine1()}.
     *
     * @param addressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#addressLine2()}.
     *
     * @param addressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#city()}.
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#stateIdentifier()}.
     *
     * @param stateIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder stateIdentifier(@Nullable String stateIdentifier) {
      this.stateIdentifier = stateIdentifier;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#zip()}.
     *
     * @param zip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contactName()}.
     *
     * @param contactName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactName(@Nullable String contactName) {
      this.contactName = contactName;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contactPhoneNumber()}.
     *
     * @param contactPhoneNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactPhoneNumber(@Nullable String contactPhoneNumber) {
      this.contactPhoneNumber = contactPhoneNumber;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contactPhoneExtension()}.
     *
     * @param contactPhoneExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactPhoneExtension(@Nullable String contactPhoneExtension) {
      this.contactPhoneExtension = contactPhoneExtension;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contactEmailAddress()}.
     *
     * @param contactEmailAddress the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactEmailAddress(@Nullable String contactEmailAddress) {
      this.contactEmailAddress = contactEmailAddress;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#subType()}.
     *
     * @param subType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subType(@Nullable Reference subType) {
      this.subType = subType;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#item()}.
     *
     * @param item the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder item(@Nullable Reference item) {
      this.item = item;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#owner()}.
     *
     * @param owner the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder owner(@Nullable Reference owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#priority()}.
     *
     * @param priority the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder priority(@Nullable Reference priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#serviceLocation()}.
     *
     * @param serviceLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serviceLocation(@Nullable Reference serviceLocation) {
      this.serviceLocation = serviceLocation;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#source()}.
     *
     * @param source the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder source(@Nullable Reference source) {
      this.source = source;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#requiredDate()}.
     *
     * @param requiredDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder requiredDate(@Nullable Instant requiredDate) {
      this.requiredDate = requiredDate;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#budgetHours()}.
     *
     * @param budgetHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder budgetHours(@Nullable BigDecimal budgetHours) {
      this.budgetHours = budgetHours;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#agreement()}.
     *
     * @param agreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreement(@Nullable Reference agreement) {
      this.agreement = agreement;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#agreementType()}.
     *
     * @param agreementType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementType(@Nullable String agreementType) {
      this.agreementType = agreementType;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#knowledgeBaseCategoryId()}.
     *
     * @param knowledgeBaseCategoryId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseCategoryId(@Nullable Integer knowledgeBaseCategoryId) {
      this.knowledgeBaseCategoryId = knowledgeBaseCategoryId;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#knowledgeBaseSubCategoryId()}.
     *
     * @param knowledgeBaseSubCategoryId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseSubCategoryId(@Nullable Integer knowledgeBaseSubCategoryId) {
      this.knowledgeBaseSubCategoryId = knowledgeBaseSubCategoryId;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#knowledgeBaseLinkId()}.
     *
     * @param knowledgeBaseLinkId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseLinkId(@Nullable Integer knowledgeBaseLinkId) {
      this.knowledgeBaseLinkId = knowledgeBaseLinkId;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#knowledgeBaseLinkType()}.
     *
     * @param knowledgeBaseLinkType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder knowledgeBaseLinkType(@Nullable String knowledgeBaseLinkType) {
      this.knowledgeBaseLinkType = knowledgeBaseLinkType;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#allowAllClientsPortalView()}.
     *
     * @param allowAllClientsPortalView the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder allowAllClientsPortalView(@Nullable Boolean allowAllClientsPortalView) {
      this.allowAllClientsPortalView = allowAllClientsPortalView;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#customerUpdatedFlag()}.
     *
     * @param customerUpdatedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerUpdatedFlag(@Nullable Boolean customerUpdatedFlag) {
      this.customerUpdatedFlag = customerUpdatedFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#automaticEmailContactFlag()}.
     *
     * @param automaticEmailContactFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailContactFlag(@Nullable Boolean automaticEmailContactFlag) {
      this.automaticEmailContactFlag = automaticEmailContactFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#automaticEmailResourceFlag()}.
     *
     * @param automaticEmailResourceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailResourceFlag(@Nullable Boolean automaticEmailResourceFlag) {
      this.automaticEmailResourceFlag = automaticEmailResourceFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#automaticEmailCcFlag()}.
     *
     * @param automaticEmailCcFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailCcFlag(@Nullable Boolean automaticEmailCcFlag) {
      this.automaticEmailCcFlag = automaticEmailCcFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#automaticEmailCc()}.
     *
     * @param automaticEmailCc the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder automaticEmailCc(@Nullable String automaticEmailCc) {
      this.automaticEmailCc = automaticEmailCc;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#closedDate()}.
     *
     * @param closedDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedDate(@Nullable Instant closedDate) {
      this.closedDate = closedDate;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#closedBy()}.
     *
     * @param closedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedBy(@Nullable String closedBy) {
      this.closedBy = closedBy;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#closedFlag()}.
     *
     * @param closedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedFlag(@Nullable Boolean closedFlag) {
      this.closedFlag = closedFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#actualHours()}.
     *
     * @param actualHours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder actualHours(@Nullable BigDecimal actualHours) {
      this.actualHours = actualHours;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#approved()}.
     *
     * @param approved the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder approved(@Nullable Boolean approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#subBillingMethod()}.
     *
     * @param subBillingMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subBillingMethod(@Nullable String subBillingMethod) {
      this.subBillingMethod = subBillingMethod;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#subBillingAmount()}.
     *
     * @param subBillingAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subBillingAmount(@Nullable BigDecimal subBillingAmount) {
      this.subBillingAmount = subBillingAmount;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#subDateAccepted()}.
     *
     * @param subDateAccepted the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subDateAccepted(@Nullable String subDateAccepted) {
      this.subDateAccepted = subDateAccepted;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#resources()}.
     *
     * @param resources the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resources(@Nullable String resources) {
      this.resources = resources;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#billTime()}.
     *
     * @param billTime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billTime(@Nullable String billTime) {
      this.billTime = billTime;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#billExpenses()}.
     *
     * @param billExpenses the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billExpenses(@Nullable String billExpenses) {
      this.billExpenses = billExpenses;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#billProducts()}.
     *
     * @param billProducts the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billProducts(@Nullable String billProducts) {
      this.billProducts = billProducts;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#predecessorType()}.
     *
     * @param predecessorType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorType(@Nullable String predecessorType) {
      this.predecessorType = predecessorType;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#predecessorId()}.
     *
     * @param predecessorId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorId(@Nullable Integer predecessorId) {
      this.predecessorId = predecessorId;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#predecessorClosedFlag()}.
     *
     * @param predecessorClosedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder predecessorClosedFlag(@Nullable Boolean predecessorClosedFlag) {
      this.predecessorClosedFlag = predecessorClosedFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#lagDays()}.
     *
     * @param lagDays the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lagDays(@Nullable Integer lagDays) {
      this.lagDays = lagDays;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#lagNonworkingDaysFlag()}.
     *
     * @param lagNonworkingDaysFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lagNonworkingDaysFlag(@Nullable Boolean lagNonworkingDaysFlag) {
      this.lagNonworkingDaysFlag = lagNonworkingDaysFlag;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#estimatedStartDate()}.
     *
     * @param estimatedStartDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder estimatedStartDate(@Nullable Instant estimatedStartDate) {
      this.estimatedStartDate = estimatedStartDate;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#duration()}.
     *
     * @param duration the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder duration(@Nullable Integer duration) {
      this.duration = duration;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#scheduleStartDate()}.
     *
     * @param scheduleStartDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder scheduleStartDate(@Nullable Instant scheduleStartDate) {
      this.scheduleStartDate = scheduleStartDate;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#scheduleEndDate()}.
     *
     * @param scheduleEndDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder scheduleEndDate(@Nullable Instant scheduleEndDate) {
      this.scheduleEndDate = scheduleEndDate;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#initialDescription()}.
     *
     * @param initialDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialDescription(@Nullable String initialDescription) {
      this.initialDescription = initialDescription;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#initialInternalAnalysis()}.
     *
     * @param initialInternalAnalysis the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialInternalAnalysis(@Nullable String initialInternalAnalysis) {
      this.initialInternalAnalysis = initialInternalAnalysis;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#initialResolution()}.
     *
     * @param initialResolution the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder initialResolution(@Nullable String initialResolution) {
      this.initialResolution = initialResolution;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#contactEmailLookup()}.
     *
     * @param contactEmailLookup the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contactEmailLookup(@Nullable String contactEmailLookup) {
      this.contactEmailLookup = contactEmailLookup;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#processNotifications()}.
     *
     * @param processNotifications the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder processNotifications(@Nullable Boolean processNotifications) {
      this.processNotifications = processNotifications;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#skipCallback()}.
     *
     * @param skipCallback the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder skipCallback(@Nullable Boolean skipCallback) {
      this.skipCallback = skipCallback;
      return this;
    }

    /**
     * Sets {@link ProjectTicket#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the ProjectTicket.
     *
     * @return a new immutable {@link ProjectTicket}
     */
    public ProjectTicket build() {
      return new ProjectTicket(id, summary, isIssueFlag, board, status, workRole, workType, project, phase, wbsCode, company, site, siteName, addressLine1, addressLine2, city, stateIdentifier, zip, country, contact, contactName, contactPhoneNumber, contactPhoneExtension, contactEmailAddress, type, subType, item, owner, priority, serviceLocation, source, requiredDate, budgetHours, opportunity, agreement, agreementType, knowledgeBaseCategoryId, knowledgeBaseSubCategoryId, knowledgeBaseLinkId, knowledgeBaseLinkType, allowAllClientsPortalView, customerUpdatedFlag, automaticEmailContactFlag, automaticEmailResourceFlag, automaticEmailCcFlag, automaticEmailCc, closedDate, closedBy, closedFlag, actualHours, approved, subBillingMethod, subBillingAmount, subDateAccepted, resources, billTime, billExpenses, billProducts, predecessorType, predecessorId, predecessorClosedFlag, lagDays, lagNonworkingDaysFlag, estimatedStartDate, location, department, duration, scheduleStartDate, scheduleEndDate, currency, info, initialDescription, initialInternalAnalysis, initialResolution, contactEmailLookup, processNotifications, skipCallback, customFields);
    }
  }
}
