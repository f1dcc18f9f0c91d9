package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice ({@code finance/invoices}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param invoiceNumber ConnectWise {@code invoiceNumber}
 * @param type ConnectWise {@code type}
 * @param status ConnectWise {@code status}
 * @param company ConnectWise {@code company}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param shipToCompany ConnectWise {@code shipToCompany}
 * @param accountNumber ConnectWise {@code accountNumber}
 * @param applyToType ConnectWise {@code applyToType}
 * @param applyToId ConnectWise {@code applyToId}
 * @param attention ConnectWise {@code attention}
 * @param shipToAttention ConnectWise {@code shipToAttention}
 * @param billingSite ConnectWise {@code billingSite}
 * @param billingSiteAddressLine1 ConnectWise {@code billingSiteAddressLine1}
 * @param billingSiteAddressLine2 ConnectWise {@code billingSiteAddressLine2}
 * @param billingSiteCity ConnectWise {@code billingSiteCity}
 * @param billingSiteState ConnectWise {@code billingSiteState}
 * @param billingSiteZip ConnectWise {@code billingSiteZip}
 * @param billingSiteCountry ConnectWise {@code billingSiteCountry}
 * @param shippingSite ConnectWise {@code shippingSite}
 * @param shippingSiteAddressLine1 ConnectWise {@code shippingSiteAddressLine1}
 * @param shippingSiteAddressLine2 ConnectWise {@code shippingSiteAddressLine2}
 * @param shippingSiteCity ConnectWise {@code shippingSiteCity}
 * @param shippingSiteState ConnectWise {@code shippingSiteState}
 * @param shippingSiteZip ConnectWise {@code shippingSiteZip}
 * @param shippingSiteCountry ConnectWise {@code shippingSiteCountry}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param reference ConnectWise {@code reference}
 * @param customerPO ConnectWise {@code customerPO}
 * @param templateSetupId ConnectWise {@code templateSetupId}
 * @param invoiceTemplate ConnectWise {@code invoiceTemplate}
 * @param emailTemplateId ConnectWise {@code emailTemplateId}
 * @param addToBatchEmailList ConnectWise {@code addToBatchEmailList}
 * @param date ConnectWise {@code date}
 * @param restrictDownpaymentFlag ConnectWise {@code restrictDownpaymentFlag}
 * @param locationId ConnectWise {@code locationId}
 * @param location ConnectWise {@code location}
 * @param departmentId ConnectWise {@code departmentId}
 * @param department ConnectWise {@code department}
 * @param territoryId ConnectWise {@code territoryId}
 * @param territory ConnectWise {@code territory}
 * @param topComment ConnectWise {@code topComment}
 * @param bottomComment ConnectWise {@code bottomComment}
 * @param taxableFlag ConnectWise {@code taxableFlag}
 * @param taxCode ConnectWise {@code taxCode}
 * @param internalNotes ConnectWise {@code internalNotes}
 * @param downpaymentPreviouslyTaxedFlag ConnectWise {@code downpaymentPreviouslyTaxedFlag}
 * @param serviceTotal ConnectWise {@code serviceTotal}
 * @param overrideDownPaymentAmountFlag ConnectWise {@code overrideDownPaymentAmountFlag}
 * @param currency ConnectWise {@code currency}
 * @param dueDate ConnectWise {@code dueDate}
 * @param expenseTotal ConnectWise {@code expenseTotal}
 * @param productTotal ConnectWise {@code productTotal}
 * @param previousProgressApplied ConnectWise {@code previousProgressApplied}
 * @param serviceAdjustmentAmount ConnectWise {@code serviceAdjustmentAmount}
 * @param agreementAmount ConnectWise {@code agreementAmount}
 * @param downpaymentApplied ConnectWise {@code downpaymentApplied}
 * @param subtotal ConnectWise {@code subtotal}
 * @param total ConnectWise {@code total}
 * @param remainingDownpayment ConnectWise {@code remainingDownpayment}
 * @param salesTax ConnectWise {@code salesTax}
 * @param adjustmentReason ConnectWise {@code adjustmentReason}
 * @param adjustedBy ConnectWise {@code adjustedBy}
 * @param closedBy ConnectWise {@code closedBy}
 * @param payments ConnectWise {@code payments}
 * @param credits ConnectWise {@code credits}
 * @param balance ConnectWise {@code balance}
 * @param specialInvoiceFlag ConnectWise {@code specialInvoiceFlag}
 * @param billingSetupReference ConnectWise {@code billingSetupReference}
 * @param ticket ConnectWise {@code ticket}
 * @param project ConnectWise {@code project}
 * @param phase ConnectWise {@code phase}
 * @param salesOrder ConnectWise {@code salesOrder}
 * @param agreement ConnectWise {@code agreement}
 * @param glBatch ConnectWise {@code glBatch}
 * @param unbatchedBatch ConnectWise {@code unbatchedBatch}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invoice(
    @Nullable Integer id,
    @Nullable String invoiceNumber,
    @Nullable String type,
    @Nullable Reference status,
    @Nullable Reference company,
    @Nullable Reference billToCompany,
    @Nullable Reference shipToCompany,
    @Nullable String accountNumber,
    @Nullable String applyToType,
    @Nullable Integer applyToId,
    @Nullable String attention,
    @Nullable String shipToAttention,
    @Nullable Reference billingSite,
    @Nullable String billingSiteAddressLine1,
    @Nullable String billingSiteAddressLine2,
    @Nullable String billingSiteCity,
    @Nullable String billingSiteState,
    @Nullable String billingSiteZip,
    @Nullable String billingSiteCountry,
    @Nullable Reference shippingSite,
    @Nullable String shippingSiteAddressLine1,
    @Nullable String shippingSiteAddressLine2,
    @Nullable String shippingSiteCity,
    @Nullable String shippingSiteState,
    @Nullable String shippingSiteZip,
    @Nullable String shippingSiteCountry,
    @Nullable Reference billingTerms,
    @Nullable String reference,
    @Nullable String customerPO,
    @Nullable Integer templateSetupId,
    @Nullable Reference invoiceTemplate,
    @Nullable Integer emailTemplateId,
    @Nullable Boolean addToBatchEmailList,
    @Nullable Instant date,
    @Nullable Boolean restrictDownpaymentFlag,
    @Nullable Integer locationId,
    @Nullable Reference location,
    @Nullable Integer departmentId,
    @Nullable Reference department,
    @Nullable Integer territoryId,
    @Nullable Reference territory,
    @Nullable String topComment,
    @Nullable String bottomComment,
    @Nullable Boolean taxableFlag,
    @Nullable Reference taxCode,
    @Nullable String internalNotes,
    @Nullable Boolean downpaymentPreviouslyTaxedFlag,
    @Nullable BigDecimal serviceTotal,
    @Nullable Boolean overrideDownPaymentAmountFlag,
    @Nullable Reference currency,
    @Nullable Instant dueDate,
    @Nullable BigDecimal expenseTotal,
    @Nullable BigDecimal productTotal,
    @Nullable BigDecimal previousProgressApplied,
    @Nullable BigDecimal serviceAdjustmentAmount,
    @Nullable BigDecimal agreementAmount,
    @Nullable BigDecimal downpaymentApplied,
    @Nullable BigDecimal subtotal,
    @Nullable BigDecimal total,
    @Nullable BigDecimal remainingDownpayment,
    @Nullable BigDecimal salesTax,
    @Nullable String adjustmentReason,
    @Nullable String adjustedBy,
    @Nullable String closedBy,
    @Nullable BigDecimal payments,
    @Nullable BigDecimal credits,
    @Nullable BigDecimal balance,
    @Nullable Boolean specialInvoiceFlag,
    @Nullable Reference billingSetupReference,
    @Nullable Reference ticket,
    @Nullable Reference project,
    @Nullable Reference phase,
    @Nullable Reference salesOrder,
    @Nullable Reference agreement,
    @Nullable Reference glBatch,
    @Nullable Reference unbatchedBatch,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Invoice {
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

  /** Builder of {@link Invoice}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String invoiceNumber;
    private @Nullable String type;
    private @Nullable Reference status;
    private @Nullable Reference company;
    private @Nullable Reference billToCompany;
    private @Nullable Reference shipToCompany;
    private @Nullable String accountNumber;
    private @Nullable String applyToType;
    private @Nullable Integer applyToId;
    private @Nullable String attention;
    private @Nullable String shipToAttention;
    private @Nullable Reference billingSite;
    private @Nullable String billingSiteAddressLine1;
    private @Nullable String billingSiteAddressLine2;
    private @Nullable String billingSiteCity;
    private @Nullable String billingSiteState;
    private @Nullable String billingSiteZip;
    private @Nullable String billingSiteCountry;
    private @Nullable Reference shippingSite;
    private @Nullable String shippingSiteAddressLine1;
    private @Nullable String shippingSiteAddressLine2;
    private @Nullable String shippingSiteCity;
    private @Nullable String shippingSiteState;
    private @Nullable String shippingSiteZip;
    private @Nullable String shippingSiteCountry;
    private @Nullable Reference billingTerms;
    private @Nullable String reference;
    private @Nullable String customerPO;
    private @Nullable Integer templateSetupId;
    private @Nullable Reference invoiceTemplate;
    private @Nullable Integer emailTemplateId;
    private @Nullable Boolean addToBatchEmailList;
    private @Nullable Instant date;
    private @Nullable Boolean restrictDownpaymentFlag;
    private @Nullable Integer locationId;
    private @Nullable Reference location;
    private @Nullable Integer departmentId;
    private @Nullable Reference department;
    private @Nullable Integer territoryId;
    private @Nullable Reference territory;
    private @Nullable String topComment;
    private @Nullable String bottomComment;
    private @Nullable Boolean taxableFlag;
    private @Nullable Reference taxCode;
    private @Nullable String internalNotes;
    private @Nullable Boolean downpaymentPreviouslyTaxedFlag;
    private @Nullable BigDecimal serviceTotal;
    private @Nullable Boolean overrideDownPaymentAmountFlag;
    private @Nullable Reference currency;
    private @Nullable Instant dueDate;
    private @Nullable BigDecimal expenseTotal;
    private @Nullable BigDecimal productTotal;
    private @Nullable BigDecimal previousProgressApplied;
    private @Nullable BigDecimal serviceAdjustmentAmount;
    private @Nullable BigDecimal agreementAmount;
    private @Nullable BigDecimal downpaymentApplied;
    private @Nullable BigDecimal subtotal;
    private @Nullable BigDecimal total;
    private @Nullable BigDecimal remainingDownpayment;
    private @Nullable BigDecimal salesTax;
    private @Nullable String adjustmentReason;
    private @Nullable String adjustedBy;
    private @Nullable String closedBy;
    private @Nullable BigDecimal payments;
    private @Nullable BigDecimal credits;
    private @Nullable BigDecimal balance;
    private @Nullable Boolean specialInvoiceFlag;
    private @Nullable Reference billingSetupReference;
    private @Nullable Reference ticket;
    private @Nullable Reference project;
    private @Nullable Reference phase;
    private @Nullable Reference salesOrder;
    private @Nullable Reference agreement;
    private @Nullable Reference glBatch;
    private @Nullable Reference unbatchedBatch;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Invoice source) {
      this.id = source.id;
      this.invoiceNumber = source.invoiceNumber;
      this.type = source.type;
      this.status = source.status;
      this.company = source.company;
      this.billToCompany = source.billToCompany;
      this.shipToCompany = source.shipToCompany;
      this.accountNumber = source.accountNumber;
      this.applyToType = source.applyToType;
      this.applyToId = source.applyToId;
      this.attention = source.attention;
      this.shipToAttention = source.shipToAttention;
      this.billingSite = source.billingSite;
      this.billingSiteAddressLine1 = source.billingSiteAddressLine1;
      this.billingSiteAddressLine2 = source.billingSiteAddressLine2;
      this.billingSiteCity = source.billingSiteCity;
      this.billingSiteState = source.billingSiteState;
      this.billingSiteZip = source.billingSiteZip;
      this.billingSiteCountry = source.billingSiteCountry;
      this.shippingSite = source.shippingSite;
      this.shippingSiteAddressLine1 = source.shippingSiteAddressLine1;
      this.shippingSiteAddressLine2 = source.shippingSiteAddressLine2;
      this.shippingSiteCity = source.shippingSiteCity;
      this.shippingSiteState = source.shippingSiteState;
      this.shippingSiteZip = source.shippingSiteZip;
      this.shippingSiteCountry = source.shippingSiteCountry;
      this.billingTerms = source.billingTerms;
      this.reference = source.reference;
      this.customerPO = source.customerPO;
      this.templateSetupId = source.templateSetupId;
      this.invoiceTemplate = source.invoiceTemplate;
      this.emailTemplateId = source.emailTemplateId;
      this.addToBatchEmailList = source.addToBatchEmailList;
      this.date = source.date;
      this.restrictDownpaymentFlag = source.restrictDownpaymentFlag;
      this.locationId = source.locationId;
      this.location = source.location;
      this.departmentId = source.departmentId;
      this.department = source.department;
      this.territoryId = source.territoryId;
      this.territory = source.territory;
      this.topComment = source.topComment;
      this.bottomComment = source.bottomComment;
      this.taxableFlag = source.taxableFlag;
      this.taxCode = source.taxCode;
      this.internalNotes = source.internalNotes;
      this.downpaymentPreviouslyTaxedFlag = source.downpaymentPreviouslyTaxedFlag;
      this.serviceTotal = source.serviceTotal;
      this.overrideDownPaymentAmountFlag = source.overrideDownPaymentAmountFlag;
      this.currency = source.currency;
      this.dueDate = source.dueDate;
      this.expenseTotal = source.expenseTotal;
      this.productTotal = source.productTotal;
      this.previousProgressApplied = source.previousProgressApplied;
      this.serviceAdjustmentAmount = source.serviceAdjustmentAmount;
      this.agreementAmount = source.agreementAmount;
      this.downpaymentApplied = source.downpaymentApplied;
      this.subtotal = source.subtotal;
      this.total = source.total;
      this.remainingDownpayment = source.remainingDownpayment;
      this.salesTax = source.salesTax;
      this.adjustmentReason = source.adjustmentReason;
      this.adjustedBy = source.adjustedBy;
      this.closedBy = source.closedBy;
      this.payments = source.payments;
      this.credits = source.credits;
      this.balance = source.balance;
      this.specialInvoiceFlag = source.specialInvoiceFlag;
      this.billingSetupReference = source.billingSetupReference;
      this.ticket = source.ticket;
      this.project = source.project;
      this.phase = source.phase;
      this.salesOrder = source.salesOrder;
      this.agreement = source.agreement;
      this.glBatch = source.glBatch;
      this.unbatchedBatch = source.unbatchedBatch;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Invoice#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Invoice#invoiceNumber()}.
     *
     * @param invoiceNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceNumber(@Nullable String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Sets {@link Invoice#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Invoice#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link Invoice#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link Invoice#billToCompany()}.
     *
     * @param billToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToCompany(@Nullable Reference billToCompany) {
      this.billToCompany = billToCompany;
      return this;
    }

    /**
     * Sets {@link Invoice#shipToCompany()}.
     *
     * @param shipToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToCompany(@Nullable Reference shipToCompany) {
      this.shipToCompany = shipToCompany;
      return this;
    }

    /**
     * Sets {@link Invoice#accountNumber()}.
     *
     * @param accountNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder accountNumber(@Nullable String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /**
     * Sets {@link Invoice#applyToType()}.
     *
     * @param applyToType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applyToType(@Nullable String applyToType) {
      this.applyToType = applyToType;
      return this;
    }

    /**
     * Sets {@link Invoice#applyToId()}.
     *
     * @param applyToId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applyToId(@Nullable Integer applyToId) {
      this.applyToId = applyToId;
      return this;
    }

    /**
     * Sets {@link Invoice#attention()}.
     *
     * @param attention the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder attention(@Nullable String attention) {
      this.attention = attention;
      return this;
    }

    /**
     * Sets {@link Invoice#shipToAttention()}.
     *
     * @param shipToAttention the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToAttention(@Nullable String shipToAttention) {
      this.shipToAttention = shipToAttention;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSite()}.
     *
     * @param billingSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSite(@Nullable Reference billingSite) {
      this.billingSite = billingSite;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteAddressLine1()}.
     *
     * @param billingSiteAddressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteAddressLine1(@Nullable String billingSiteAddressLine1) {
      this.billingSiteAddressLine1 = billingSiteAddressLine1;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteAddressLine2()}.
     *
     * @param billingSiteAddressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteAddressLine2(@Nullable String billingSiteAddressLine2) {
      this.billingSiteAddressLine2 = billingSiteAddressLine2;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteCity()}.
     *
     * @param billingSiteCity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteCity(@Nullable String billingSiteCity) {
      this.billingSiteCity = billingSiteCity;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteState()}.
     *
     * @param billingSiteState the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteState(@Nullable String billingSiteState) {
      this.billingSiteState = billingSiteState;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteZip()}.
     *
     * @param billingSiteZip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteZip(@Nullable String billingSiteZip) {
      this.billingSiteZip = billingSiteZip;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSiteCountry()}.
     *
     * @param billingSiteCountry the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSiteCountry(@Nullable String billingSiteCountry) {
      this.billingSiteCountry = billingSiteCountry;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSite()}.
     *
     * @param shippingSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSite(@Nullable Reference shippingSite) {
      this.shippingSite = shippingSite;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteAddressLine1()}.
     *
     * @param shippingSiteAddressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteAddressLine1(@Nullable String shippingSiteAddressLine1) {
      this.shippingSiteAddressLine1 = shippingSiteAddressLine1;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteAddressLine2()}.
     *
     * @param shippingSiteAddressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteAddressLine2(@Nullable String shippingSiteAddressLine2) {
      this.shippingSiteAddressLine2 = shippingSiteAddressLine2;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteCity()}.
     *
     * @param shippingSiteCity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteCity(@Nullable String shippingSiteCity) {
      this.shippingSiteCity = shippingSiteCity;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteState()}.
     *
     * @param shippingSiteState the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteState(@Nullable String shippingSiteState) {
      this.shippingSiteState = shippingSiteState;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteZip()}.
     *
     * @param shippingSiteZip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteZip(@Nullable String shippingSiteZip) {
      this.shippingSiteZip = shippingSiteZip;
      return this;
    }

    /**
     * Sets {@link Invoice#shippingSiteCountry()}.
     *
     * @param shippingSiteCountry the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shippingSiteCountry(@Nullable String shippingSiteCountry) {
      this.shippingSiteCountry = shippingSiteCountry;
      return this;
    }

    /**
     * Sets {@link Invoice#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link Invoice#reference()}.
     *
     * @param reference the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets {@link Invoice#customerPO()}.
     *
     * @param customerPO the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerPO(@Nullable String customerPO) {
      this.customerPO = customerPO;
      return this;
    }

    /**
     * Sets {@link Invoice#templateSetupId()}.
     *
     * @param templateSetupId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder templateSetupId(@Nullable Integer templateSetupId) {
      this.templateSetupId = templateSetupId;
      return this;
    }

    /**
     * Sets {@link Invoice#invoiceTemplate()}.
     *
     * @param invoiceTemplate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceTemplate(@Nullable Reference invoiceTemplate) {
      this.invoiceTemplate = invoiceTemplate;
      return this;
    }

    /**
     * Sets {@link Invoice#emailTemplateId()}.
     *
     * @param emailTemplateId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailTemplateId(@Nullable Integer emailTemplateId) {
      this.emailTemplateId = emailTemplateId;
      return this;
    }

    /**
     * Sets {@link Invoice#addToBatchEmailList()}.
     *
     * @param addToBatchEmailList the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addToBatchEmailList(@Nullable Boolean addToBatchEmailList) {
      this.addToBatchEmailList = addToBatchEmailList;
      return this;
    }

    /**
     * Sets {@link Invoice#date()}.
     *
     * @param date the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder date(@Nullable Instant date) {
      this.date = date;
      return this;
    }

    /**
     * Sets {@link Invoice#restrictDownpaymentFlag()}.
     *
     * @param restrictDownpaymentFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder restrictDownpaymentFlag(@Nullable Boolean restrictDownpaymentFlag) {
      this.restrictDownpaymentFlag = restrictDownpaymentFlag;
      return this;
    }

    /**
     * Sets {@link Invoice#locationId()}.
     *
     * @param locationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationId(@Nullable Integer locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * Sets {@link Invoice#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link Invoice#departmentId()}.
     *
     * @param departmentId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder departmentId(@Nullable Integer departmentId) {
      this.departmentId = departmentId;
      return this;
    }

    /**
     * Sets {@link Invoice#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link Invoice#territoryId()}.
     *
     * @param territoryId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territoryId(@Nullable Integer territoryId) {
      this.territoryId = territoryId;
      return this;
    }

    /**
     * Sets {@link Invoice#territory()}.
     *
     * @param territory the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territory(@Nullable Reference territory) {
      this.territory = territory;
      return this;
    }

    /**
     * Sets {@link Invoice#topComment()}.
     *
     * @param topComment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder topComment(@Nullable String topComment) {
      this.topComment = topComment;
      return this;
    }

    /**
     * Sets {@link Invoice#bottomComment()}.
     *
     * @param bottomComment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder bottomComment(@Nullable String bottomComment) {
      this.bottomComment = bottomComment;
      return this;
    }

    /**
     * Sets {@link Invoice#taxableFlag()}.
     *
     * @param taxableFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxableFlag(@Nullable Boolean taxableFlag) {
      this.taxableFlag = taxableFlag;
      return this;
    }

    /**
     * Sets {@link Invoice#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link Invoice#internalNotes()}.
     *
     * @param internalNotes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalNotes(@Nullable String internalNotes) {
      this.internalNotes = internalNotes;
      return this;
    }

    /**
     * Sets {@link Invoice#downpaymentPreviouslyTaxedFlag()}.
     *
     * @param downpaymentPreviouslyTaxedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder downpaymentPreviouslyTaxedFlag(@Nullable Boolean downpaymentPreviouslyTaxedFlag) {
      this.downpaymentPreviouslyTaxedFlag = downpaymentPreviouslyTaxedFlag;
      return this;
    }

    /**
     * Sets {@link Invoice#serviceTotal()}.
     *
     * @param serviceTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serviceTotal(@Nullable BigDecimal serviceTotal) {
      this.serviceTotal = serviceTotal;
      return this;
    }

    /**
     * Sets {@link Invoice#overrideDownPaymentAmountFlag()}.
     *
     * @param overrideDownPaymentAmountFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideDownPaymentAmountFlag(@Nullable Boolean overrideDownPaymentAmountFlag) {
      this.overrideDownPaymentAmountFlag = overrideDownPaymentAmountFlag;
      return this;
    }

    /**
     * Sets {@link Invoice#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Invoice#dueDate()}.
     *
     * @param dueDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dueDate(@Nullable Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets {@link Invoice#expenseTotal()}.
     *
     * @param expenseTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expenseTotal(@Nullable BigDecimal expenseTotal) {
      this.expenseTotal = expenseTotal;
      return this;
    }

    /**
     * Sets {@link Invoice#productTotal()}.
     *
     * @param productTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productTotal(@Nullable BigDecimal productTotal) {
      this.productTotal = productTotal;
      return this;
    }

    /**
     * Sets {@link Invoice#previousProgressApplied()}.
     *
     * @param previousProgressApplied the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder previousProgressApplied(@Nullable BigDecimal previousProgressApplied) {
      this.previousProgressApplied = previousProgressApplied;
      return this;
    }

    /**
     * Sets {@link Invoice#serviceAdjustmentAmount()}.
     *
     * @param serviceAdjustmentAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serviceAdjustmentAmount(@Nullable BigDecimal serviceAdjustmentAmount) {
      this.serviceAdjustmentAmount = serviceAdjustmentAmount;
      return this;
    }

    /**
     * Sets {@link Invoice#agreementAmount()}.
     *
     * @param agreementAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementAmount(@Nullable BigDecimal agreementAmount) {
      this.agreementAmount = agreementAmount;
      return this;
    }

    /**
     * Sets {@link Invoice#downpaymentApplied()}.
     *
     * @param downpaymentApplied the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder downpaymentApplied(@Nullable BigDecimal downpaymentApplied) {
      this.downpaymentApplied = downpaymentApplied;
      return this;
    }

    /**
     * Sets {@link Invoice#subtotal()}.
     *
     * @param subtotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subtotal(@Nullable BigDecimal subtotal) {
      this.subtotal = subtotal;
      return this;
    }

    /**
     * Sets {@link Invoice#total()}.
     *
     * @param total the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder total(@Nullable BigDecimal total) {
      this.total = total;
      return this;
    }

    /**
     * Sets {@link Invoice#remainingDownpayment()}.
     *
     * @param remainingDownpayment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder remainingDownpayment(@Nullable BigDecimal remainingDownpayment) {
      this.remainingDownpayment = remainingDownpayment;
      return this;
    }

    /**
     * Sets {@link Invoice#salesTax()}.
     *
     * @param salesTax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesTax(@Nullable BigDecimal salesTax) {
      this.salesTax = salesTax;
      return this;
    }

    /**
     * Sets {@link Invoice#adjustmentReason()}.
     *
     * @param adjustmentReason the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder adjustmentReason(@Nullable String adjustmentReason) {
      this.adjustmentReason = adjustmentReason;
      return this;
    }

    /**
     * Sets {@link Invoice#adjustedBy()}.
     *
     * @param adjustedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder adjustedBy(@Nullable String adjustedBy) {
      this.adjustedBy = adjustedBy;
      return this;
    }

    /**
     * Sets {@link Invoice#closedBy()}.
     *
     * @param closedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedBy(@Nullable String closedBy) {
      this.closedBy = closedBy;
      return this;
    }

    /**
     * Sets {@link Invoice#payments()}.
     *
     * @param payments the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder payments(@Nullable BigDecimal payments) {
      this.payments = payments;
      return this;
    }

    /**
     * Sets {@link Invoice#credits()}.
     *
     * @param credits the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder credits(@Nullable BigDecimal credits) {
      this.credits = credits;
      return this;
    }

    /**
     * Sets {@link Invoice#balance()}.
     *
     * @param balance the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder balance(@Nullable BigDecimal balance) {
      this.balance = balance;
      return this;
    }

    /**
     * Sets {@link Invoice#specialInvoiceFlag()}.
     *
     * @param specialInvoiceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder specialInvoiceFlag(@Nullable Boolean specialInvoiceFlag) {
      this.specialInvoiceFlag = specialInvoiceFlag;
      return this;
    }

    /**
     * Sets {@link Invoice#billingSetupReference()}.
     *
     * @param billingSetupReference the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSetupReference(@Nullable Reference billingSetupReference) {
      this.billingSetupReference = billingSetupReference;
      return this;
    }

    /**
     * Sets {@link Invoice#ticket()}.
     *
     * @param ticket the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticket(@Nullable Reference ticket) {
      this.ticket = ticket;
      return this;
    }

    /**
     * Sets {@link Invoice#project()}.
     *
     * @param project the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder project(@Nullable Reference project) {
      this.project = project;
      return this;
    }

    /**
     * Sets {@link Invoice#phase()}.
     *
     * @param phase the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phase(@Nullable Reference phase) {
      this.phase = phase;
      return this;
    }

    /**
     * Sets {@link Invoice#salesOrder()}.
     *
     * @param salesOrder the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesOrder(@Nullable Reference salesOrder) {
      this.salesOrder = salesOrder;
      return this;
    }

    /**
     * Sets {@link Invoice#agreement()}.
     *
     * @param agreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreement(@Nullable Reference agreement) {
      this.agreement = agreement;
      return this;
    }

    /**
     * Sets {@link Invoice#glBatch()}.
     *
     * @param glBatch the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder glBatch(@Nullable Reference glBatch) {
      this.glBatch = glBatch;
      return this;
    }

    /**
     * Sets {@link Invoice#unbatchedBatch()}.
     *
     * @param unbatchedBatch the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder unbatchedBatch(@Nullable Reference unbatchedBatch) {
      this.unbatchedBatch = unbatchedBatch;
      return this;
    }

    /**
     * Sets {@link Invoice#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Invoice#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Invoice.
     *
     * @return a new immutable {@link Invoice}
     */
    public Invoice build() {
      return new Invoice(id, invoiceNumber, type, status, company, billToCompany, shipToCompany, accountNumber, applyToType, applyToId, attention, shipToAttention, billingSite, billingSiteAddressLine1, billingSiteAddressLine2, billingSiteCity, billingSiteState, billingSiteZip, billingSiteCountry, shippingSite, shippingSiteAddressLine1, shippingSiteAddressLine2, shippingSiteCity, shippingSiteState, shippingSiteZip, shippingSiteCountry, billingTerms, reference, customerPO, templateSetupId, invoiceTemplate, emailTemplateId, addToBatchEmailList, date, restrictDownpaymentFlag, locationId, location, departmentId, department, territoryId, territory, topComment, bottomComment, taxableFlag, taxCode, internalNotes, downpaymentPreviouslyTaxedFlag, serviceTotal, overrideDownPaymentAmountFlag, currency, dueDate, expenseTotal, productTotal, previousProgressApplied, serviceAdjustmentAmount, agreementAmount, downpaymentApplied, subtotal, total, remainingDownpayment, salesTax, adjustmentReason, adjustedBy, closedBy, payments, credits, balance, specialInvoiceFlag, billingSetupReference, ticket, project, phase, salesOrder, agreement, glBatch, unbatchedBatch, info, customFields);
    }
  }
}
