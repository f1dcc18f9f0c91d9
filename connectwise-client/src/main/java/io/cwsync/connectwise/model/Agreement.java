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
@ModelBuilder
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
  public static AgreementBuilder builder() {
    return AgreementBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public AgreementBuilder toBuilder() {
    return AgreementBuilder.builder(this);
  }
}
