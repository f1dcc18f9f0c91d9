package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service agreement ({@code finance/agreements}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param type ConnectWise {@code type}
 * @param company ConnectWise {@code company}
 * @param contact ConnectWise {@code contact}
 * @param site ConnectWise {@code site}
 * @param subContractCompany ConnectWise {@code subContractCompany}
 * @param subContractContact ConnectWise {@code subContractContact}
 * @param parentAgreement ConnectWise {@code parentAgreement}
 * @param customerPO ConnectWise {@code customerPO}
 * @param location ConnectWise {@code location}
 * @param department ConnectWise {@code department}
 * @param restrictLocationFlag ConnectWise {@code restrictLocationFlag}
 * @param restrictDepartmentFlag ConnectWise {@code restrictDepartmentFlag}
 * @param startDate ConnectWise {@code startDate}
 * @param endDate ConnectWise {@code endDate}
 * @param noEndingDateFlag ConnectWise {@code noEndingDateFlag}
 * @param opportunity ConnectWise {@code opportunity}
 * @param cancelledFlag ConnectWise {@code cancelledFlag}
 * @param dateCancelled ConnectWise {@code dateCancelled}
 * @param reasonCancelled ConnectWise {@code reasonCancelled}
 * @param sla ConnectWise {@code sla}
 * @param workOrder ConnectWise {@code workOrder}
 * @param internalNotes ConnectWise {@code internalNotes}
 * @param applicationUnits ConnectWise {@code applicationUnits}
 * @param applicationLimit ConnectWise {@code applicationLimit}
 * @param applicationCycle ConnectWise {@code applicationCycle}
 * @param applicationUnlimitedFlag ConnectWise {@code applicationUnlimitedFlag}
 * @param oneTimeFlag ConnectWise {@code oneTimeFlag}
 * @param coverAgreementTime ConnectWise {@code coverAgreementTime}
 * @param coverAgreementProduct ConnectWise {@code coverAgreementProduct}
 * @param coverAgreementExpense ConnectWise {@code coverAgreementExpense}
 * @param coverSalesTax ConnectWise {@code coverSalesTax}
 * @param carryOverUnused ConnectWise {@code carryOverUnused}
 * @param allowOverruns ConnectWise {@code allowOverruns}
 * @param expiredDays ConnectWise {@code expiredDays}
 * @param limit ConnectWise {@code limit}
 * @param expireWhenZero ConnectWise {@code expireWhenZero}
 * @param chargeToFirm ConnectWise {@code chargeToFirm}
 * @param employeeCompRate ConnectWise {@code employeeCompRate}
 * @param employeeCompNotExceed ConnectWise {@code employeeCompNotExceed}
 * @param compHourlyRate ConnectWise {@code compHourlyRate}
 * @param compLimitAmount ConnectWise {@code compLimitAmount}
 * @param billingCycle ConnectWise {@code billingCycle}
 * @param billOneTimeFlag ConnectWise {@code billOneTimeFlag}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param invoicingCycle ConnectWise {@code invoicingCycle}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param billToContact ConnectWise {@code billToContact}
 * @param billToSite ConnectWise {@code billToSite}
 * @param billAmount ConnectWise {@code billAmount}
 * @param taxable ConnectWise {@code taxable}
 * @param prorateFirstBill ConnectWise {@code prorateFirstBill}
 * @param billStartDate ConnectWise {@code billStartDate}
 * @param taxCode ConnectWise {@code taxCode}
 * @param restrictDownPayment ConnectWise {@code restrictDownPayment}
 * @param prorateFlag ConnectWise {@code prorateFlag}
 * @param invoiceProratedAdditionsFlag ConnectWise {@code invoiceProratedAdditionsFlag}
 * @param invoiceDescription ConnectWise {@code invoiceDescription}
 * @param topComment ConnectWise {@code topComment}
 * @param bottomComment ConnectWise {@code bottomComment}
 * @param workRole ConnectWise {@code workRole}
 * @param workType ConnectWise {@code workType}
 * @param projectType ConnectWise {@code projectType}
 * @param invoiceTemplate ConnectWise {@code invoiceTemplate}
 * @param billTime ConnectWise {@code billTime}
 * @param billExpenses ConnectWise {@code billExpenses}
 * @param billProducts ConnectWise {@code billProducts}
 * @param billableTimeInvoice ConnectWise {@code billableTimeInvoice}
 * @param billableExpenseInvoice ConnectWise {@code billableExpenseInvoice}
 * @param billableProductInvoice ConnectWise {@code billableProductInvoice}
 * @param currency ConnectWise {@code currency}
 * @param periodType ConnectWise {@code periodType}
 * @param autoInvoiceFlag ConnectWise {@code autoInvoiceFlag}
 * @param billZeroAmountFlag ConnectWise {@code billZeroAmountFlag}
 * @param nextInvoiceDate ConnectWise {@code nextInvoiceDate}
 * @param companyLocation ConnectWise {@code companyLocation}
 * @param shipToCompany ConnectWise {@code shipToCompany}
 * @param shipToContact ConnectWise {@code shipToContact}
 * @param shipToSite ConnectWise {@code shipToSite}
 * @param agreementStatus ConnectWise {@code agreementStatus}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agreement(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Reference type,
    @Nullable Reference company,
    @Nullable Reference contact,
    @Nullable Reference site,
    @Nullable Reference subContractCompany,
    @Nullable Reference subContractContact,
    @Nullable Reference parentAgreement,
    @Nullable String customerPO,
    @Nullable Reference location,
    @Nullable Reference department,
    @Nullable Boolean restrictLocationFlag,
    @Nullable Boolean restrictDepartmentFlag,
    @Nullable Instant startDate,
    @Nullable Instant endDate,
    @Nullable Boolean noEndingDateFlag,
    @Nullable Reference opportunity,
    @Nullable Boolean cancelledFlag,
    @Nullable Instant dateCancelled,
    @Nullable String reasonCancelled,
    @Nullable Reference sla,
    @Nullable String workOrder,
    @Nullable String internalNotes,
    @Nullable String applicationUnits,
    @Nullable BigDecimal applicationLimit,
    @Nullable String applicationCycle,
    @Nullable Boolean applicationUnlimitedFlag,
    @Nullable Boolean oneTimeFlag,
    @Nullable Boolean coverAgreementTime,
    @Nullable Boolean coverAgreementProduct,
    @Nullable Boolean coverAgreementExpense,
    @Nullable Boolean coverSalesTax,
    @Nullable Boolean carryOverUnused,
    @Nullable Boolean allowOverruns,
    @Nullable Integer expiredDays,
    @Nullable Integer limit,
    @Nullable Boolean expireWhenZero,
    @Nullable Boolean chargeToFirm,
    @Nullable String employeeCompRate,
    @Nullable String employeeCompNotExceed,
    @Nullable BigDecimal compHourlyRate,
    @Nullable BigDecimal compLimitAmount,
    @Nullable Reference billingCycle,
    @Nullable Boolean billOneTimeFlag,
    @Nullable Reference billingTerms,
    @Nullable String invoicingCycle,
    @Nullable Reference billToCompany,
    @Nullable Reference billToContact,
    @Nullable Reference billToSite,
    @Nullable BigDecimal billAmount,
    @Nullable Boolean taxable,
    @Nullable BigDecimal prorateFirstBill,
    @Nullable Instant billStartDate,
    @Nullable Reference taxCode,
    @Nullable Boolean restrictDownPayment,
    @Nullable Boolean prorateFlag,
    @Nullable Boolean invoiceProratedAdditionsFlag,
    @Nullable String invoiceDescription,
    @Nullable Boolean topComment,
    @Nullable Boolean bottomComment,
    @Nullable Reference workRole,
    @Nullable Reference workType,
    @Nullable Reference projectType,
    @Nullable Reference invoiceTemplate,
    @Nullable String billTime,
    @Nullable String billExpenses,
    @Nullable String billProducts,
    @Nullable Boolean billableTimeInvoice,
    @Nullable Boolean billableExpenseInvoice,
    @Nullable Boolean billableProductInvoice,
    @Nullable Reference currency,
    @Nullable String periodType,
    @Nullable Boolean autoInvoiceFlag,
    @Nullable Boolean billZeroAmountFlag,
    @Nullable String nextInvoiceDate,
    @Nullable Reference companyLocation,
    @Nullable Reference shipToCompany,
    @Nullable Reference shipToContact,
    @Nullable Reference shipToSite,
    @Nullable String agreementStatus,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Agreement {
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

  /** Builder of {@link Agreement}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable Reference type;
    private @Nullable Reference company;
    private @Nullable Reference contact;
    private @Nullable Reference site;
    private @Nullable Reference subContractCompany;
    private @Nullable Reference subContractContact;
    private @Nullable Reference parentAgreement;
    private @Nullable String customerPO;
    private @Nullable Reference location;
    private @Nullable Reference department;
    private @Nullable Boolean restrictLocationFlag;
    private @Nullable Boolean restrictDepartmentFlag;
    private @Nullable Instant startDate;
    private @Nullable Instant endDate;
    private @Nullable Boolean noEndingDateFlag;
    private @Nullable Reference opportunity;
    private @Nullable Boolean cancelledFlag;
    private @Nullable Instant dateCancelled;
    private @Nullable String reasonCancelled;
    private @Nullable Reference sla;
    private @Nullable String workOrder;
    private @Nullable String internalNotes;
    private @Nullable String applicationUnits;
    private @Nullable BigDecimal applicationLimit;
    private @Nullable String applicationCycle;
    private @Nullable Boolean applicationUnlimitedFlag;
    private @Nullable Boolean oneTimeFlag;
    private @Nullable Boolean coverAgreementTime;
    private @Nullable Boolean coverAgreementProduct;
    private @Nullable Boolean coverAgreementExpense;
    private @Nullable Boolean coverSalesTax;
    private @Nullable Boolean carryOverUnused;
    private @Nullable Boolean allowOverruns;
    private @Nullable Integer expiredDays;
    private @Nullable Integer limit;
    private @Nullable Boolean expireWhenZero;
    private @Nullable Boolean chargeToFirm;
    private @Nullable String employeeCompRate;
    private @Nullable String employeeCompNotExceed;
    private @Nullable BigDecimal compHourlyRate;
    private @Nullable BigDecimal compLimitAmount;
    private @Nullable Reference billingCycle;
    private @Nullable Boolean billOneTimeFlag;
    private @Nullable Reference billingTerms;
    private @Nullable String invoicingCycle;
    private @Nullable Reference billToCompany;
    private @Nullable Reference billToContact;
    private @Nullable Reference billToSite;
    private @Nullable BigDecimal billAmount;
    private @Nullable Boolean taxable;
    private @Nullable BigDecimal prorateFirstBill;
    private @Nullable Instant billStartDate;
    private @Nullable Reference taxCode;
    private @Nullable Boolean restrictDownPayment;
    private @Nullable Boolean prorateFlag;
    private @Nullable Boolean invoiceProratedAdditionsFlag;
    private @Nullable String invoiceDescription;
    private @Nullable Boolean topComment;
    private @Nullable Boolean bottomComment;
    private @Nullable Reference workRole;
    private @Nullable Reference workType;
    private @Nullable Reference projectType;
    private @Nullable Reference invoiceTemplate;
    private @Nullable String billTime;
    private @Nullable String billExpenses;
    private @Nullable String billProducts;
    private @Nullable Boolean billableTimeInvoice;
    private @Nullable Boolean billableExpenseInvoice;
    private @Nullable Boolean billableProductInvoice;
    private @Nullable Reference currency;
    private @Nullable String periodType;
    private @Nullable Boolean autoInvoiceFlag;
    private @Nullable Boolean billZeroAmountFlag;
    private @Nullable String nextInvoiceDate;
    private @Nullable Reference companyLocation;
    private @Nullable Reference shipToCompany;
    private @Nullable Reference shipToContact;
    private @Nullable Reference shipToSite;
    private @Nullable String agreementStatus;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Agreement source) {
      this.id = source.id;
      this.name = source.name;
      this.type = source.type;
      this.company = source.company;
      this.contact = source.contact;
      this.site = source.site;
      this.subContractCompany = source.subContractCompany;
      this.subContractContact = source.subContractContact;
      this.parentAgreement = source.parentAgreement;
      this.customerPO = source.customerPO;
      this.location = source.location;
      this.department = source.department;
      this.restrictLocationFlag = source.restrictLocationFlag;
      this.restrictDepartmentFlag = source.restrictDepartmentFlag;
      this.startDate = source.startDate;
      this.endDate = source.endDate;
      this.noEndingDateFlag = source.noEndingDateFlag;
      this.opportunity = source.opportunity;
      this.cancelledFlag = source.cancelledFlag;
      this.dateCancelled = source.dateCancelled;
      this.reasonCancelled = source.reasonCancelled;
      this.sla = source.sla;
      this.workOrder = source.workOrder;
      this.internalNotes = source.internalNotes;
      this.applicationUnits = source.applicationUnits;
      this.applicationLimit = source.applicationLimit;
      this.applicationCycle = source.applicationCycle;
      this.applicationUnlimitedFlag = source.applicationUnlimitedFlag;
      this.oneTimeFlag = source.oneTimeFlag;
      this.coverAgreementTime = source.coverAgreementTime;
      this.coverAgreementProduct = source.coverAgreementProduct;
      this.coverAgreementExpense = source.coverAgreementExpense;
      this.coverSalesTax = source.coverSalesTax;
      this.carryOverUnused = source.carryOverUnused;
      this.allowOverruns = source.allowOverruns;
      this.expiredDays = source.expiredDays;
      this.limit = source.limit;
      this.expireWhenZero = source.expireWhenZero;
      this.chargeToFirm = source.chargeToFirm;
      this.employeeCompRate = source.employeeCompRate;
      this.employeeCompNotExceed = source.employeeCompNotExceed;
      this.compHourlyRate = source.compHourlyRate;
      this.compLimitAmount = source.compLimitAmount;
      this.billingCycle = source.billingCycle;
      this.billOneTimeFlag = source.billOneTimeFlag;
      this.billingTerms = source.billingTerms;
      this.invoicingCycle = source.invoicingCycle;
      this.billToCompany = source.billToCompany;
      this.billToContact = source.billToContact;
      this.billToSite = source.billToSite;
      this.billAmount = source.billAmount;
      this.taxable = source.taxable;
      this.prorateFirstBill = source.prorateFirstBill;
      this.billStartDate = source.billStartDate;
      this.taxCode = source.taxCode;
      this.restrictDownPayment = source.restrictDownPayment;
      this.prorateFlag = source.prorateFlag;
      this.invoiceProratedAdditionsFlag = source.invoiceProratedAdditionsFlag;
      this.invoiceDescription = source.invoiceDescription;
      this.topComment = source.topComment;
      this.bottomComment = source.bottomComment;
      this.workRole = source.workRole;
      this.workType = source.workType;
      this.projectType = source.projectType;
      this.invoiceTemplate = source.invoiceTemplate;
      this.billTime = source.billTime;
      this.billExpenses = source.billExpenses;
      this.billProducts = source.billProducts;
      this.billableTimeInvoice = source.billableTimeInvoice;
      this.billableExpenseInvoice = source.billableExpenseInvoice;
      this.billableProductInvoice = source.billableProductInvoice;
      this.currency = source.currency;
      this.periodType = source.periodType;
      this.autoInvoiceFlag = source.autoInvoiceFlag;
      this.billZeroAmountFlag = source.billZeroAmountFlag;
      this.nextInvoiceDate = source.nextInvoiceDate;
      this.companyLocation = source.companyLocation;
      this.shipToCompany = source.shipToCompany;
      this.shipToContact = source.shipToContact;
      this.shipToSite = source.shipToSite;
      this.agreementStatus = source.agreementStatus;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Agreement#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Agreement#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Agreement#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Agreement#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link Agreement#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link Agreement#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link Agreement#subContractCompany()}.
     *
     * @param subContractCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subContractCompany(@Nullable Reference subContractCompany) {
      this.subContractCompany = subContractCompany;
      return this;
    }

    /**
     * Sets {@link Agreement#subContractContact()}.
     *
     * @param subContractContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subContractContact(@Nullable Reference subContractContact) {
      this.subContractContact = subContractContact;
      return this;
    }

    /**
     * Sets {@link Agreement#parentAgreement()}.
     *
     * @param parentAgreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder parentAgreement(@Nullable Reference parentAgreement) {
      this.parentAgreement = parentAgreement;
      return this;
    }

    /**
     * Sets {@link Agreement#customerPO()}.
     *
     * @param customerPO the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerPO(@Nullable String customerPO) {
      this.customerPO = customerPO;
      return this;
    }

    /**
     * Sets {@link Agreement#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link Agreement#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link Agreement#restrictLocationFlag()}.
     *
     * @param restrictLocationFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder restrictLocationFlag(@Nullable Boolean restrictLocationFlag) {
      this.restrictLocationFlag = restrictLocationFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#restrictDepartmentFlag()}.
     *
     * @param restrictDepartmentFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder restrictDepartmentFlag(@Nullable Boolean restrictDepartmentFlag) {
      this.restrictDepartmentFlag = restrictDepartmentFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#startDate()}.
     *
     * @param startDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder startDate(@Nullable Instant startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets {@link Agreement#endDate()}.
     *
     * @param endDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder endDate(@Nullable Instant endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Sets {@link Agreement#noEndingDateFlag()}.
     *
     * @param noEndingDateFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder noEndingDateFlag(@Nullable Boolean noEndingDateFlag) {
      this.noEndingDateFlag = noEndingDateFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link Agreement#cancelledFlag()}.
     *
     * @param cancelledFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelledFlag(@Nullable Boolean cancelledFlag) {
      this.cancelledFlag = cancelledFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#dateCancelled()}.
     *
     * @param dateCancelled the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateCancelled(@Nullable Instant dateCancelled) {
      this.dateCancelled = dateCancelled;
      return this;
    }

    /**
     * Sets {@link Agreement#reasonCancelled()}.
     *
     * @param reasonCancelled the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder reasonCancelled(@Nullable String reasonCancelled) {
      this.reasonCancelled = reasonCancelled;
      return this;
    }

    /**
     * Sets {@link Agreement#sla()}.
     *
     * @param sla the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sla(@Nullable Reference sla) {
      this.sla = sla;
      return this;
    }

    /**
     * Sets {@link Agreement#workOrder()}.
     *
     * @param workOrder the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workOrder(@Nullable String workOrder) {
      this.workOrder = workOrder;
      return this;
    }

    /**
     * Sets {@link Agreement#internalNotes()}.
     *
     * @param internalNotes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalNotes(@Nullable String internalNotes) {
      this.internalNotes = internalNotes;
      return this;
    }

    /**
     * Sets {@link Agreement#applicationUnits()}.
     *
     * @param applicationUnits the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applicationUnits(@Nullable String applicationUnits) {
      this.applicationUnits = applicationUnits;
      return this;
    }

    /**
     * Sets {@link Agreement#applicationLimit()}.
     *
     * @param applicationLimit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applicationLimit(@Nullable BigDecimal applicationLimit) {
      this.applicationLimit = applicationLimit;
      return this;
    }

    /**
     * Sets {@link Agreement#applicationCycle()}.
     *
     * @param applicationCycle the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applicationCycle(@Nullable String applicationCycle) {
      this.applicationCycle = applicationCycle;
      return this;
    }

    /**
     * Sets {@link Agreement#applicationUnlimitedFlag()}.
     *
     * @param applicationUnlimitedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder applicationUnlimitedFlag(@Nullable Boolean applicationUnlimitedFlag) {
      this.applicationUnlimitedFlag = applicationUnlimitedFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#oneTimeFlag()}.
     *
     * @param oneTimeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder oneTimeFlag(@Nullable Boolean oneTimeFlag) {
      this.oneTimeFlag = oneTimeFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#coverAgreementTime()}.
     *
     * @param coverAgreementTime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder coverAgreementTime(@Nullable Boolean coverAgreementTime) {
      this.coverAgreementTime = coverAgreementTime;
      return this;
    }

    /**
     * Sets {@link Agreement#coverAgreementProduct()}.
     *
     * @param coverAgreementProduct the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder coverAgreementProduct(@Nullable Boolean coverAgreementProduct) {
      this.coverAgreementProduct = coverAgreementProduct;
      return this;
    }

    /**
     * Sets {@link Agreement#coverAgreementExpense()}.
     *
     * @param coverAgreementExpense the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder coverAgreementExpense(@Nullable Boolean coverAgreementExpense) {
      this.coverAgreementExpense = coverAgreementExpense;
      return this;
    }

    /**
     * Sets {@link Agreement#coverSalesTax()}.
     *
     * @param coverSalesTax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder coverSalesTax(@Nullable Boolean coverSalesTax) {
      this.coverSalesTax = coverSalesTax;
      return this;
    }

    /**
     * Sets {@link Agreement#carryOverUnused()}.
     *
     * @param carryOverUnused the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder carryOverUnused(@Nullable Boolean carryOverUnused) {
      this.carryOverUnused = carryOverUnused;
      return this;
    }

    /**
     * Sets {@link Agreement#allowOverruns()}.
     *
     * @param allowOverruns the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder allowOverruns(@Nullable Boolean allowOverruns) {
      this.allowOverruns = allowOverruns;
      return this;
    }

    /**
     * Sets {@link Agreement#expiredDays()}.
     *
     * @param expiredDays the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expiredDays(@Nullable Integer expiredDays) {
      this.expiredDays = expiredDays;
      return this;
    }

    /**
     * Sets {@link Agreement#limit()}.
     *
     * @param limit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets {@link Agreement#expireWhenZero()}.
     *
     * @param expireWhenZero the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expireWhenZero(@Nullable Boolean expireWhenZero) {
      this.expireWhenZero = expireWhenZero;
      return this;
    }

    /**
     * Sets {@link Agreement#chargeToFirm()}.
     *
     * @param chargeToFirm the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder chargeToFirm(@Nullable Boolean chargeToFirm) {
      this.chargeToFirm = chargeToFirm;
      return this;
    }

    /**
     * Sets {@link Agreement#employeeCompRate()}.
     *
     * @param employeeCompRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder employeeCompRate(@Nullable String employeeCompRate) {
      this.employeeCompRate = employeeCompRate;
      return this;
    }

    /**
     * Sets {@link Agreement#employeeCompNotExceed()}.
     *
     * @param employeeCompNotExceed the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder employeeCompNotExceed(@Nullable String employeeCompNotExceed) {
      this.employeeCompNotExceed = employeeCompNotExceed;
      return this;
    }

    /**
     * Sets {@link Agreement#compHourlyRate()}.
     *
     * @param compHourlyRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder compHourlyRate(@Nullable BigDecimal compHourlyRate) {
      this.compHourlyRate = compHourlyRate;
      return this;
    }

    /**
     * Sets {@link Agreement#compLimitAmount()}.
     *
     * @param compLimitAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder compLimitAmount(@Nullable BigDecimal compLimitAmount) {
      this.compLimitAmount = compLimitAmount;
      return this;
    }

    /**
     * Sets {@link Agreement#billingCycle()}.
     *
     * @param billingCycle the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingCycle(@Nullable Reference billingCycle) {
      this.billingCycle = billingCycle;
      return this;
    }

    /**
     * Sets {@link Agreement#billOneTimeFlag()}.
     *
     * @param billOneTimeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billOneTimeFlag(@Nullable Boolean billOneTimeFlag) {
      this.billOneTimeFlag = billOneTimeFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link Agreement#invoicingCycle()}.
     *
     * @param invoicingCycle the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoicingCycle(@Nullable String invoicingCycle) {
      this.invoicingCycle = invoicingCycle;
      return this;
    }

    /**
     * Sets {@link Agreement#billToCompany()}.
     *
     * @param billToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToCompany(@Nullable Reference billToCompany) {
      this.billToCompany = billToCompany;
      return this;
    }

    /**
     * Sets {@link Agreement#billToContact()}.
     *
     * @param billToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToContact(@Nullable Reference billToContact) {
      this.billToContact = billToContact;
      return this;
    }

    /**
     * Sets {@link Agreement#billToSite()}.
     *
     * @param billToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToSite(@Nullable Reference billToSite) {
      this.billToSite = billToSite;
      return this;
    }

    /**
     * Sets {@link Agreement#billAmount()}.
     *
     * @param billAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billAmount(@Nullable BigDecimal billAmount) {
      this.billAmount = billAmount;
      return this;
    }

    /**
     * Sets {@link Agreement#taxable()}.
     *
     * @param taxable the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxable(@Nullable Boolean taxable) {
      this.taxable = taxable;
      return this;
    }

    /**
     * Sets {@link Agreement#prorateFirstBill()}.
     *
     * @param prorateFirstBill the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder prorateFirstBill(@Nullable BigDecimal prorateFirstBill) {
      this.prorateFirstBill = prorateFirstBill;
      return this;
    }

    /**
     * Sets {@link Agreement#billStartDate()}.
     *
     * @param billStartDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billStartDate(@Nullable Instant billStartDate) {
      this.billStartDate = billStartDate;
      return this;
    }

    /**
     * Sets {@link Agreement#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link Agreement#restrictDownPayment()}.
     *
     * @param restrictDownPayment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder restrictDownPayment(@Nullable Boolean restrictDownPayment) {
      this.restrictDownPayment = restrictDownPayment;
      return this;
    }

    /**
     * Sets {@link Agreement#prorateFlag()}.
     *
     * @param prorateFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder prorateFlag(@Nullable Boolean prorateFlag) {
      this.prorateFlag = prorateFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#invoiceProratedAdditionsFlag()}.
     *
     * @param invoiceProratedAdditionsFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceProratedAdditionsFlag(@Nullable Boolean invoiceProratedAdditionsFlag) {
      this.invoiceProratedAdditionsFlag = invoiceProratedAdditionsFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#invoiceDescription()}.
     *
     * @param invoiceDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceDescription(@Nullable String invoiceDescription) {
      this.invoiceDescription = invoiceDescription;
      return this;
    }

    /**
     * Sets {@link Agreement#topComment()}.
     *
     * @param topComment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder topComment(@Nullable Boolean topComment) {
      this.topComment = topComment;
      return this;
    }

    /**
     * Sets {@link Agreement#bottomComment()}.
     *
     * @param bottomComment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder bottomComment(@Nullable Boolean bottomComment) {
      this.bottomComment = bottomComment;
      return this;
    }

    /**
     * Sets {@link Agreement#workRole()}.
     *
     * @param workRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRole(@Nullable Reference workRole) {
      this.workRole = workRole;
      return this;
    }

    /**
     * Sets {@link Agreement#workType()}.
     *
     * @param workType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workType(@Nullable Reference workType) {
      this.workType = workType;
      return this;
    }

    /**
     * Sets {@link Agreement#projectType()}.
     *
     * @param projectType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder projectType(@Nullable Reference projectType) {
      this.projectType = projectType;
      return this;
    }

    /**
     * Sets {@link Agreement#invoiceTemplate()}.
     *
     * @param invoiceTemplate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceTemplate(@Nullable Reference invoiceTemplate) {
      this.invoiceTemplate = invoiceTemplate;
      return this;
    }

    /**
     * Sets {@link Agreement#billTime()}.
     *
     * @param billTime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billTime(@Nullable String billTime) {
      this.billTime = billTime;
      return this;
    }

    /**
     * Sets {@link Agreement#billExpenses()}.
     *
     * @param billExpenses the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billExpenses(@Nullable String billExpenses) {
      this.billExpenses = billExpenses;
      return this;
    }

    /**
     * Sets {@link Agreement#billProducts()}.
     *
     * @param billProducts the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billProducts(@Nullable String billProducts) {
      this.billProducts = billProducts;
      return this;
    }

    /**
     * Sets {@link Agreement#billableTimeInvoice()}.
     *
     * @param billableTimeInvoice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableTimeInvoice(@Nullable Boolean billableTimeInvoice) {
      this.billableTimeInvoice = billableTimeInvoice;
      return this;
    }

    /**
     * Sets {@link Agreement#billableExpenseInvoice()}.
     *
     * @param billableExpenseInvoice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableExpenseInvoice(@Nullable Boolean billableExpenseInvoice) {
      this.billableExpenseInvoice = billableExpenseInvoice;
      return this;
    }

    /**
     * Sets {@link Agreement#billableProductInvoice()}.
     *
     * @param billableProductInvoice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableProductInvoice(@Nullable Boolean billableProductInvoice) {
      this.billableProductInvoice = billableProductInvoice;
      return this;
    }

    /**
     * Sets {@link Agreement#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Agreement#periodType()}.
     *
     * @param periodType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder periodType(@Nullable String periodType) {
      this.periodType = periodType;
      return this;
    }

    /**
     * Sets {@link Agreement#autoInvoiceFlag()}.
     *
     * @param autoInvoiceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder autoInvoiceFlag(@Nullable Boolean autoInvoiceFlag) {
      this.autoInvoiceFlag = autoInvoiceFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#billZeroAmountFlag()}.
     *
     * @param billZeroAmountFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billZeroAmountFlag(@Nullable Boolean billZeroAmountFlag) {
      this.billZeroAmountFlag = billZeroAmountFlag;
      return this;
    }

    /**
     * Sets {@link Agreement#nextInvoiceDate()}.
     *
     * @param nextInvoiceDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder nextInvoiceDate(@Nullable String nextInvoiceDate) {
      this.nextInvoiceDate = nextInvoiceDate;
      return this;
    }

    /**
     * Sets {@link Agreement#companyLocation()}.
     *
     * @param companyLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyLocation(@Nullable Reference companyLocation) {
      this.companyLocation = companyLocation;
      return this;
    }

    /**
     * Sets {@link Agreement#shipToCompany()}.
     *
     * @param shipToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToCompany(@Nullable Reference shipToCompany) {
      this.shipToCompany = shipToCompany;
      return this;
    }

    /**
     * Sets {@link Agreement#shipToContact()}.
     *
     * @param shipToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToContact(@Nullable Reference shipToContact) {
      this.shipToContact = shipToContact;
      return this;
    }

    /**
     * Sets {@link Agreement#shipToSite()}.
     *
     * @param shipToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToSite(@Nullable Reference shipToSite) {
      this.shipToSite = shipToSite;
      return this;
    }

    /**
     * Sets {@link Agreement#agreementStatus()}.
     *
     * @param agreementStatus the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementStatus(@Nullable String agreementStatus) {
      this.agreementStatus = agreementStatus;
      return this;
    }

    /**
     * Sets {@link Agreement#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Agreement#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Agreement.
     *
     * @return a new immutable {@link Agreement}
     */
    public Agreement build() {
      return new Agreement(id, name, type, company, contact, site, subContractCompany, subContractContact, parentAgreement, customerPO, location, department, restrictLocationFlag, restrictDepartmentFlag, startDate, endDate, noEndingDateFlag, opportunity, cancelledFlag, dateCancelled, reasonCancelled, sla, workOrder, internalNotes, applicationUnits, applicationLimit, applicationCycle, applicationUnlimitedFlag, oneTimeFlag, coverAgreementTime, coverAgreementProduct, coverAgreementExpense, coverSalesTax, carryOverUnused, allowOverruns, expiredDays, limit, expireWhenZero, chargeToFirm, employeeCompRate, employeeCompNotExceed, compHourlyRate, compLimitAmount, billingCycle, billOneTimeFlag, billingTerms, invoicingCycle, billToCompany, billToContact, billToSite, billAmount, taxable, prorateFirstBill, billStartDate, taxCode, restrictDownPayment, prorateFlag, invoiceProratedAdditionsFlag, invoiceDescription, topComment, bottomComment, workRole, workType, projectType, invoiceTemplate, billTime, billExpenses, billProducts, billableTimeInvoice, billableExpenseInvoice, billableProductInvoice, currency, periodType, autoInvoiceFlag, billZeroAmountFlag, nextInvoiceDate, companyLocation, shipToCompany, shipToContact, shipToSite, agreementStatus, info, customFields);
    }
  }
}
