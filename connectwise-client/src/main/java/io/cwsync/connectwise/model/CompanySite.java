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

  /** Builder of {@link CompanySite}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable Reference stateReference;
    private @Nullable String zip;
    private @Nullable Reference country;
    private @Nullable String addressFormat;
    private @Nullable String phoneNumber;
    private @Nullable String phoneNumberExt;
    private @Nullable String faxNumber;
    private @Nullable Reference taxCode;
    private @Nullable Reference entityType;
    private @Nullable BigDecimal expenseReimbursement;
    private @Nullable Boolean primaryAddressFlag;
    private @Nullable Boolean defaultShippingFlag;
    private @Nullable Boolean defaultBillingFlag;
    private @Nullable Boolean defaultMailingFlag;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Boolean billSeparateFlag;
    private @Nullable Reference calendar;
    private @Nullable Reference timeZone;
    private @Nullable Reference company;
    private @Nullable Info info;
    private @Nullable Reference territory;
    private @Nullable Reference invoiceTemplate;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(CompanySite source) {
      this.id = source.id;
      this.name = source.name;
      this.addressLine1 = source.addressLine1;
      this.addressLine2 = source.addressLine2;
      this.city = source.city;
      this.stateReference = source.stateReference;
      this.zip = source.zip;
      this.country = source.country;
      this.addressFormat = source.addressFormat;
      this.phoneNumber = source.phoneNumber;
      this.phoneNumberExt = source.phoneNumberExt;
      this.faxNumber = source.faxNumber;
      this.taxCode = source.taxCode;
      this.entityType = source.entityType;
      this.expenseReimbursement = source.expenseReimbursement;
      this.primaryAddressFlag = source.primaryAddressFlag;
      this.defaultShippingFlag = source.defaultShippingFlag;
      this.defaultBillingFlag = source.defaultBillingFlag;
      this.defaultMailingFlag = source.defaultMailingFlag;
      this.inactiveFlag = source.inactiveFlag;
      this.billSeparateFlag = source.billSeparateFlag;
      this.calendar = source.calendar;
      this.timeZone = source.timeZone;
      this.company = source.company;
      this.info = source.info;
      this.territory = source.territory;
      this.invoiceTemplate = source.invoiceTemplate;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link CompanySite#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link CompanySite#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link CompanySite#addressLine1()}.
     *
     * @param addressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@link CompanySite#addressLine2()}.
     *
     * @param addressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@link CompanySite#city()}.
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link CompanySite#stateReference()}.
     *
     * @param stateReference the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder stateReference(@Nullable Reference stateReference) {
      this.stateReference = stateReference;
      return this;
    }

    /**
     * Sets {@link CompanySite#zip()}.
     *
     * @param zip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@link CompanySite#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link CompanySite#addressFormat()}.
     *
     * @param addressFormat the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressFormat(@Nullable String addressFormat) {
      this.addressFormat = addressFormat;
      return this;
    }

    /**
     * Sets {@link CompanySite#phoneNumber()}.
     *
     * @param phoneNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * Sets {@link CompanySite#phoneNumberExt()}.
     *
     * @param phoneNumberExt the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phoneNumberExt(@Nullable String phoneNumberExt) {
      this.phoneNumberExt = phoneNumberExt;
      return this;
    }

    /**
     * Sets {@link CompanySite#faxNumber()}.
     *
     * @param faxNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder faxNumber(@Nullable String faxNumber) {
      this.faxNumber = faxNumber;
      return this;
    }

    /**
     * Sets {@link CompanySite#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link CompanySite#entityType()}.
     *
     * @param entityType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder entityType(@Nullable Reference entityType) {
      this.entityType = entityType;
      return this;
    }

    /**
     * Sets {@link CompanySite#expenseReimbursement()}.
     *
     * @param expenseReimbursement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expenseReimbursement(@Nullable BigDecimal expenseReimbursement) {
      this.expenseReimbursement = expenseReimbursement;
      return this;
    }

    /**
     * Sets {@link CompanySite#primaryAddressFlag()}.
     *
     * @param primaryAddressFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder primaryAddressFlag(@Nullable Boolean primaryAddressFlag) {
      this.primaryAddressFlag = primaryAddressFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#defaultShippingFlag()}.
     *
     * @param defaultShippingFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultShippingFlag(@Nullable Boolean defaultShippingFlag) {
      this.defaultShippingFlag = defaultShippingFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#defaultBillingFlag()}.
     *
     * @param defaultBillingFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultBillingFlag(@Nullable Boolean defaultBillingFlag) {
      this.defaultBillingFlag = defaultBillingFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#defaultMailingFlag()}.
     *
     * @param defaultMailingFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultMailingFlag(@Nullable Boolean defaultMailingFlag) {
      this.defaultMailingFlag = defaultMailingFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#billSeparateFlag()}.
     *
     * @param billSeparateFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billSeparateFlag(@Nullable Boolean billSeparateFlag) {
      this.billSeparateFlag = billSeparateFlag;
      return this;
    }

    /**
     * Sets {@link CompanySite#calendar()}.
     *
     * @param calendar the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calendar(@Nullable Reference calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets {@link CompanySite#timeZone()}.
     *
     * @param timeZone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeZone(@Nullable Reference timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    /**
     * Sets {@link CompanySite#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link CompanySite#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link CompanySite#territory()}.
     *
     * @param territory the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territory(@Nullable Reference territory) {
      this.territory = territory;
      return this;
    }

    /**
     * Sets {@link CompanySite#invoiceTemplate()}.
     *
     * @param invoiceTemplate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceTemplate(@Nullable Reference invoiceTemplate) {
      this.invoiceTemplate = invoiceTemplate;
      return this;
    }

    /**
     * Sets {@link CompanySite#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the CompanySite.
     *
     * @return a new immutable {@link CompanySite}
     */
    public CompanySite build() {
      return new CompanySite(id, name, addressLine1, addressLine2, city, stateReference, zip, country, addressFormat, phoneNumber, phoneNumberExt, faxNumber, taxCode, entityType, expenseReimbursement, primaryAddressFlag, defaultShippingFlag, defaultBillingFlag, defaultMailingFlag, inactiveFlag, billSeparateFlag, calendar, timeZone, company, info, territory, invoiceTemplate, customFields);
    }
  }
}
