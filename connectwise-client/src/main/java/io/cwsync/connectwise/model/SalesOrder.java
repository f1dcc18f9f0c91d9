package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sales order ({@code sales/orders}; ConnectWise schema {@code Order}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param company ConnectWise {@code company}
 * @param contact ConnectWise {@code contact}
 * @param phone ConnectWise {@code phone}
 * @param phoneExt ConnectWise {@code phoneExt}
 * @param email ConnectWise {@code email}
 * @param site ConnectWise {@code site}
 * @param status ConnectWise {@code status}
 * @param opportunity ConnectWise {@code opportunity}
 * @param orderDate ConnectWise {@code orderDate}
 * @param dueDate ConnectWise {@code dueDate}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param taxCode ConnectWise {@code taxCode}
 * @param poNumber ConnectWise {@code poNumber}
 * @param location ConnectWise {@code location}
 * @param department ConnectWise {@code department}
 * @param salesRep ConnectWise {@code salesRep}
 * @param notes ConnectWise {@code notes}
 * @param billClosedFlag ConnectWise {@code billClosedFlag}
 * @param billShippedFlag ConnectWise {@code billShippedFlag}
 * @param restrictDownpaymentFlag ConnectWise {@code restrictDownpaymentFlag}
 * @param description ConnectWise {@code description}
 * @param topCommentFlag ConnectWise {@code topCommentFlag}
 * @param bottomCommentFlag ConnectWise {@code bottomCommentFlag}
 * @param shipToCompany ConnectWise {@code shipToCompany}
 * @param shipToContact ConnectWise {@code shipToContact}
 * @param shipToSite ConnectWise {@code shipToSite}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param billToContact ConnectWise {@code billToContact}
 * @param billToSite ConnectWise {@code billToSite}
 * @param productIds ConnectWise {@code productIds}
 * @param documentIds ConnectWise {@code documentIds}
 * @param invoiceIds ConnectWise {@code invoiceIds}
 * @param configIds ConnectWise {@code configIds}
 * @param total ConnectWise {@code total}
 * @param taxTotal ConnectWise {@code taxTotal}
 * @param currency ConnectWise {@code currency}
 * @param companyLocation ConnectWise {@code companyLocation}
 * @param subTotal ConnectWise {@code subTotal}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalesOrder(
    @Nullable Integer id,
    @Nullable Reference company,
    @Nullable Reference contact,
    @Nullable String phone,
    @Nullable String phoneExt,
    @Nullable String email,
    @Nullable Reference site,
    @Nullable Reference status,
    @Nullable Reference opportunity,
    @Nullable Instant orderDate,
    @Nullable Instant dueDate,
    @Nullable Reference billingTerms,
    @Nullable Reference taxCode,
    @Nullable String poNumber,
    @Nullable Reference location,
    @Nullable Reference department,
    @Nullable Reference salesRep,
    @Nullable String notes,
    @Nullable Boolean billClosedFlag,
    @Nullable Boolean billShippedFlag,
    @Nullable Boolean restrictDownpaymentFlag,
    @Nullable String description,
    @Nullable Boolean topCommentFlag,
    @Nullable Boolean bottomCommentFlag,
    @Nullable Reference shipToCompany,
    @Nullable Reference shipToContact,
    @Nullable Reference shipToSite,
    @Nullable Reference billToCompany,
    @Nullable Reference billToContact,
    @Nullable Reference billToSite,
    @Nullable List<Integer> productIds,
    @Nullable List<Integer> documentIds,
    @Nullable List<Integer> invoiceIds,
    @Nullable List<Integer> configIds,
    @Nullable BigDecimal total,
    @Nullable BigDecimal taxTotal,
    @Nullable Reference currency,
    @Nullable Reference companyLocation,
    @Nullable BigDecimal subTotal,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public SalesOrder {
    productIds = Copies.list(productIds);
    documentIds = Copies.list(documentIds);
    invoiceIds = Copies.list(invoiceIds);
    configIds = Copies.list(configIds);
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static SalesOrderBuilder builder() {
    return SalesOrderBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public SalesOrderBuilder toBuilder() {
    return SalesOrderBuilder.builder(this);
  }
}
