package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A site (address) of a company ({@code company/companies/{parentId}/sites}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param addressLine1 ConnectWise {@code addressLine1}
 * @param addressLine2 ConnectWise {@code addressLine2}
 * @param city ConnectWise {@code city}
 * @param stateReference ConnectWise {@code stateReference}
 * @param zip ConnectWise {@code zip}
 * @param country ConnectWise {@code country}
 * @param addressFormat ConnectWise {@code addressFormat}
 * @param phoneNumber ConnectWise {@code phoneNumber}
 * @param phoneNumberExt ConnectWise {@code phoneNumberExt}
 * @param faxNumber ConnectWise {@code faxNumber}
 * @param taxCode ConnectWise {@code taxCode}
 * @param entityType ConnectWise {@code entityType}
 * @param expenseReimbursement ConnectWise {@code expenseReimbursement}
 * @param primaryAddressFlag ConnectWise {@code primaryAddressFlag}
 * @param defaultShippingFlag ConnectWise {@code defaultShippingFlag}
 * @param defaultBillingFlag ConnectWise {@code defaultBillingFlag}
 * @param defaultMailingFlag ConnectWise {@code defaultMailingFlag}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param billSeparateFlag ConnectWise {@code billSeparateFlag}
 * @param calendar ConnectWise {@code calendar}
 * @param timeZone ConnectWise {@code timeZone}
 * @param company ConnectWise {@code company}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param territory ConnectWise {@code territory}
 * @param invoiceTemplate ConnectWise {@code invoiceTemplate}
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanySite(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable Reference stateReference,
    @Nullable String zip,
    @Nullable Reference country,
    @Nullable String addressFormat,
    @Nullable String phoneNumber,
    @Nullable String phoneNumberExt,
    @Nullable String faxNumber,
    @Nullable Reference taxCode,
    @Nullable Reference entityType,
    @Nullable BigDecimal expenseReimbursement,
    @Nullable Boolean primaryAddressFlag,
    @Nullable Boolean defaultShippingFlag,
    @Nullable Boolean defaultBillingFlag,
    @Nullable Boolean defaultMailingFlag,
    @Nullable Boolean inactiveFlag,
    @Nullable Boolean billSeparateFlag,
    @Nullable Reference calendar,
    @Nullable Reference timeZone,
    @Nullable Reference company,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable Reference territory,
    @Nullable Reference invoiceTemplate,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public CompanySite {
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static CompanySiteBuilder builder() {
    return CompanySiteBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CompanySiteBuilder toBuilder() {
    return CompanySiteBuilder.builder(this);
  }
}
