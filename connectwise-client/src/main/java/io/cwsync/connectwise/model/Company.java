package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ConnectWise company ({@code company/companies}): a client, prospect or vendor.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param identifier ConnectWise {@code identifier}
 * @param name ConnectWise {@code name}
 * @param status ConnectWise {@code status}
 * @param addressLine1 ConnectWise {@code addressLine1}
 * @param addressLine2 ConnectWise {@code addressLine2}
 * @param city ConnectWise {@code city}
 * @param state ConnectWise {@code state}
 * @param zip ConnectWise {@code zip}
 * @param country ConnectWise {@code country}
 * @param phoneNumber ConnectWise {@code phoneNumber}
 * @param faxNumber ConnectWise {@code faxNumber}
 * @param website ConnectWise {@code website}
 * @param territory ConnectWise {@code territory}
 * @param market ConnectWise {@code market}
 * @param accountNumber ConnectWise {@code accountNumber}
 * @param defaultContact ConnectWise {@code defaultContact}
 * @param dateAcquired ConnectWise {@code dateAcquired}
 * @param sicCode ConnectWise {@code sicCode}
 * @param parentCompany ConnectWise {@code parentCompany}
 * @param annualRevenue ConnectWise {@code annualRevenue}
 * @param creditLimit ConnectWise {@code creditLimit}
 * @param additionalDebt ConnectWise {@code additionalDebt}
 * @param numberOfEmployees ConnectWise {@code numberOfEmployees}
 * @param yearEstablished ConnectWise {@code yearEstablished}
 * @param revenueYear ConnectWise {@code revenueYear}
 * @param ownershipType ConnectWise {@code ownershipType}
 * @param timeZoneSetup ConnectWise {@code timeZoneSetup}
 * @param leadSource ConnectWise {@code leadSource}
 * @param leadFlag ConnectWise {@code leadFlag}
 * @param unsubscribeFlag ConnectWise {@code unsubscribeFlag}
 * @param calendar ConnectWise {@code calendar}
 * @param userDefinedField1 ConnectWise {@code userDefinedField1}
 * @param userDefinedField2 ConnectWise {@code userDefinedField2}
 * @param userDefinedField3 ConnectWise {@code userDefinedField3}
 * @param userDefinedField4 ConnectWise {@code userDefinedField4}
 * @param userDefinedField5 ConnectWise {@code userDefinedField5}
 * @param userDefinedField6 ConnectWise {@code userDefinedField6}
 * @param userDefinedField7 ConnectWise {@code userDefinedField7}
 * @param userDefinedField8 ConnectWise {@code userDefinedField8}
 * @param userDefinedField9 ConnectWise {@code userDefinedField9}
 * @param userDefinedField10 ConnectWise {@code userDefinedField10}
 * @param vendorIdentifier ConnectWise {@code vendorIdentifier}
 * @param taxIdentifier ConnectWise {@code taxIdentifier}
 * @param taxCode ConnectWise {@code taxCode}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param invoiceTemplate ConnectWise {@code invoiceTemplate}
 * @param pricingSchedule ConnectWise {@code pricingSchedule}
 * @param companyEntityType ConnectWise {@code companyEntityType}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param billingSite ConnectWise {@code billingSite}
 * @param billingContact ConnectWise {@code billingContact}
 * @param invoiceDeliveryMethod ConnectWise {@code invoiceDeliveryMethod}
 * @param emailTemplate ConnectWise {@code emailTemplate}
 * @param invoiceToEmailAddress ConnectWise {@code invoiceToEmailAddress}
 * @param invoiceCCEmailAddress ConnectWise {@code invoiceCCEmailAddress}
 * @param deletedFlag ConnectWise {@code deletedFlag}
 * @param dateDeleted ConnectWise {@code dateDeleted}
 * @param deletedBy ConnectWise {@code deletedBy}
 * @param facebookUrl ConnectWise {@code facebookUrl}
 * @param twitterUrl ConnectWise {@code twitterUrl}
 * @param linkedInUrl ConnectWise {@code linkedInUrl}
 * @param currency ConnectWise {@code currency}
 * @param territoryManager ConnectWise {@code territoryManager}
 * @param resellerIdentifier ConnectWise {@code resellerIdentifier}
 * @param isVendorFlag ConnectWise {@code isVendorFlag}
 * @param types ConnectWise {@code types}
 * @param site ConnectWise {@code site}
 * @param integratorTags ConnectWise {@code integratorTags}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Company(
    @Nullable Integer id,
    @Nullable String identifier,
    @Nullable String name,
    @Nullable Reference status,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zip,
    @Nullable Reference country,
    @Nullable String phoneNumber,
    @Nullable String faxNumber,
    @Nullable String website,
    @Nullable Reference territory,
    @Nullable Reference market,
    @Nullable String accountNumber,
    @Nullable Reference defaultContact,
    @Nullable Instant dateAcquired,
    @Nullable Reference sicCode,
    @Nullable Reference parentCompany,
    @Nullable BigDecimal annualRevenue,
    @Nullable BigDecimal creditLimit,
    @Nullable BigDecimal additionalDebt,
    @Nullable Integer numberOfEmployees,
    @Nullable Integer yearEstablished,
    @Nullable Integer revenueYear,
    @Nullable Reference ownershipType,
    @Nullable Reference timeZoneSetup,
    @Nullable String leadSource,
    @Nullable Boolean leadFlag,
    @Nullable Boolean unsubscribeFlag,
    @Nullable Reference calendar,
    @Nullable String userDefinedField1,
    @Nullable String userDefinedField2,
    @Nullable String userDefinedField3,
    @Nullable String userDefinedField4,
    @Nullable String userDefinedField5,
    @Nullable String userDefinedField6,
    @Nullable String userDefinedField7,
    @Nullable String userDefinedField8,
    @Nullable String userDefinedField9,
    @Nullable String userDefinedField10,
    @Nullable String vendorIdentifier,
    @Nullable String taxIdentifier,
    @Nullable Reference taxCode,
    @Nullable Reference billingTerms,
    @Nullable Reference invoiceTemplate,
    @Nullable Reference pricingSchedule,
    @Nullable Reference companyEntityType,
    @Nullable Reference billToCompany,
    @Nullable Reference billingSite,
    @Nullable Reference billingContact,
    @Nullable Reference invoiceDeliveryMethod,
    @Nullable Reference emailTemplate,
    @Nullable String invoiceToEmailAddress,
    @Nullable String invoiceCCEmailAddress,
    @Nullable Boolean deletedFlag,
    @Nullable Instant dateDeleted,
    @Nullable String deletedBy,
    @Nullable String facebookUrl,
    @Nullable String twitterUrl,
    @Nullable String linkedInUrl,
    @Nullable Reference currency,
    @Nullable Reference territoryManager,
    @Nullable String resellerIdentifier,
    @Nullable Boolean isVendorFlag,
    @Nullable List<Reference> types,
    @Nullable Reference site,
    @Nullable List<String> integratorTags,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Company {
    types = Copies.list(types);
    integratorTags = Copies.list(integratorTags);
    customFields = Copies.list(customFields);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static CompanyBuilder builder() {
    return CompanyBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CompanyBuilder toBuilder() {
    return CompanyBuilder.builder(this);
  }
}
