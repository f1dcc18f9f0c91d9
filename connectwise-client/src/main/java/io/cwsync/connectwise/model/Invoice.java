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
@ModelBuilder
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
  public static InvoiceBuilder builder() {
    return InvoiceBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public InvoiceBuilder toBuilder() {
    return InvoiceBuilder.builder(this);
  }
}
