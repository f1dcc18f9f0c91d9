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

  /** Builder of {@link Company}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String identifier;
    private @Nullable String name;
    private @Nullable Reference status;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable String state;
    private @Nullable String zip;
    private @Nullable Reference country;
    private @Nullable String phoneNumber;
    private @Nullable String faxNumber;
    private @Nullable String website;
    private @Nullable Reference territory;
    private @Nullable Reference market;
    private @Nullable String accountNumber;
    private @Nullable Reference defaultContact;
    private @Nullable Instant dateAcquired;
    private @Nullable Reference sicCode;
    private @Nullable Reference parentCompany;
    private @Nullable BigDecimal annualRevenue;
    private @Nullable BigDecimal creditLimit;
    private @Nullable BigDecimal additionalDebt;
    private @Nullable Integer numberOfEmployees;
    private @Nullable Integer yearEstablished;
    private @Nullable Integer revenueYear;
    private @Nullable Reference ownershipType;
    private @Nullable Reference timeZoneSetup;
    private @Nullable String leadSource;
    private @Nullable Boolean leadFlag;
    private @Nullable Boolean unsubscribeFlag;
    private @Nullable Reference calendar;
    private @Nullable String userDefinedField1;
    private @Nullable String userDefinedField2;
    private @Nullable String userDefinedField3;
    private @Nullable String userDefinedField4;
    private @Nullable String userDefinedField5;
    private @Nullable String userDefinedField6;
    private @Nullable String userDefinedField7;
    private @Nullable String userDefinedField8;
    private @Nullable String userDefinedField9;
    private @Nullable String userDefinedField10;
    private @Nullable String vendorIdentifier;
    private @Nullable String taxIdentifier;
    private @Nullable Reference taxCode;
    private @Nullable Reference billingTerms;
    private @Nullable Reference invoiceTemplate;
    private @Nullable Reference pricingSchedule;
    private @Nullable Reference companyEntityType;
    private @Nullable Reference billToCompany;
    private @Nullable Reference billingSite;
    private @Nullable Reference billingContact;
    private @Nullable Reference invoiceDeliveryMethod;
    private @Nullable Reference emailTemplate;
    private @Nullable String invoiceToEmailAddress;
    private @Nullable String invoiceCCEmailAddress;
    private @Nullable Boolean deletedFlag;
    private @Nullable Instant dateDeleted;
    private @Nullable String deletedBy;
    private @Nullable String facebookUrl;
    private @Nullable String twitterUrl;
    private @Nullable String linkedInUrl;
    private @Nullable Reference currency;
    private @Nullable Reference territoryManager;
    private @Nullable String resellerIdentifier;
    private @Nullable Boolean isVendorFlag;
    private @Nullable List<Reference> types;
    private @Nullable Reference site;
    private @Nullable List<String> integratorTags;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Company source) {
      this.id = source.id;
      this.identifier = source.identifier;
      this.name = source.name;
      this.status = source.status;
      this.addressLine1 = source.addressLine1;
      this.addressLine2 = source.addressLine2;
      this.city = source.city;
      this.state = source.state;
      this.zip = source.zip;
      this.country = source.country;
      this.phoneNumber = source.phoneNumber;
      this.faxNumber = source.faxNumber;
      this.website = source.website;
      this.territory = source.territory;
      this.market = source.market;
      this.accountNumber = source.accountNumber;
      this.defaultContact = source.defaultContact;
      this.dateAcquired = source.dateAcquired;
      this.sicCode = source.sicCode;
      this.parentCompany = source.parentCompany;
      this.annualRevenue = source.annualRevenue;
      this.creditLimit = source.creditLimit;
      this.additionalDebt = source.additionalDebt;
      this.numberOfEmployees = source.numberOfEmployees;
      this.yearEstablished = source.yearEstablished;
      this.revenueYear = source.revenueYear;
      this.ownershipType = source.ownershipType;
      this.timeZoneSetup = source.timeZoneSetup;
      this.leadSource = source.leadSource;
      this.leadFlag = source.leadFlag;
      this.unsubscribeFlag = source.unsubscribeFlag;
      this.calendar = source.calendar;
      this.userDefinedField1 = source.userDefinedField1;
      this.userDefinedField2 = source.userDefinedField2;
      this.userDefinedField3 = source.userDefinedField3;
      this.userDefinedField4 = source.userDefinedField4;
      this.userDefinedField5 = source.userDefinedField5;
      this.userDefinedField6 = source.userDefinedField6;
      this.userDefinedField7 = source.userDefinedField7;
      this.userDefinedField8 = source.userDefinedField8;
      this.userDefinedField9 = source.userDefinedField9;
      this.userDefinedField10 = source.userDefinedField10;
      this.vendorIdentifier = source.vendorIdentifier;
      this.taxIdentifier = source.taxIdentifier;
      this.taxCode = source.taxCode;
      this.billingTerms = source.billingTerms;
      this.invoiceTemplate = source.invoiceTemplate;
      this.pricingSchedule = source.pricingSchedule;
      this.companyEntityType = source.companyEntityType;
      this.billToCompany = source.billToCompany;
      this.billingSite = source.billingSite;
      this.billingContact = source.billingContact;
      this.invoiceDeliveryMethod = source.invoiceDeliveryMethod;
      this.emailTemplate = source.emailTemplate;
      this.invoiceToEmailAddress = source.invoiceToEmailAddress;
      this.invoiceCCEmailAddress = source.invoiceCCEmailAddress;
      this.deletedFlag = source.deletedFlag;
      this.dateDeleted = source.dateDeleted;
      this.deletedBy = source.deletedBy;
      this.facebookUrl = source.facebookUrl;
      this.twitterUrl = source.twitterUrl;
      this.linkedInUrl = source.linkedInUrl;
      this.currency = source.currency;
      this.territoryManager = source.territoryManager;
      this.resellerIdentifier = source.resellerIdentifier;
      this.isVendorFlag = source.isVendorFlag;
      this.types = source.types;
      this.site = source.site;
      this.integratorTags = source.integratorTags;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Company#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Company#identifier()}.
     *
     * @param identifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identifier(@Nullable String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets {@link Company#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Company#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link Company#addressLine1()}.
     *
     * @param addressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine1(@Nullable String addressLine1) {
      this.addressLine1 = addressLine1;
      return this;
    }

    /**
     * Sets {@link Company#addressLine2()}.
     *
     * @param addressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addressLine2(@Nullable String addressLine2) {
      this.addressLine2 = addressLine2;
      return this;
    }

    /**
     * Sets {@link Company#city()}.
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(@Nullable String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link Company#state()}.
     *
     * @param state the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder state(@Nullable String state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@link Company#zip()}.
     *
     * @param zip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder zip(@Nullable String zip) {
      this.zip = zip;
      return this;
    }

    /**
     * Sets {@link Company#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link Company#phoneNumber()}.
     *
     * @param phoneNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * Sets {@link Company#faxNumber()}.
     *
     * @param faxNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder faxNumber(@Nullable String faxNumber) {
      this.faxNumber = faxNumber;
      return this;
    }

    /**
     * Sets {@link Company#website()}.
     *
     * @param website the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder website(@Nullable String website) {
      this.website = website;
      return this;
    }

    /**
     * Sets {@link Company#territory()}.
     *
     * @param territory the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territory(@Nullable Reference territory) {
      this.territory = territory;
      return this;
    }

    /**
     * Sets {@link Company#market()}.
     *
     * @param market the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder market(@Nullable Reference market) {
      this.market = market;
      return this;
    }

    /**
     * Sets {@link Company#accountNumber()}.
     *
     * @param accountNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder accountNumber(@Nullable String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /**
     * Sets {@link Company#defaultContact()}.
     *
     * @param defaultContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultContact(@Nullable Reference defaultContact) {
      this.defaultContact = defaultContact;
      return this;
    }

    /**
     * Sets {@link Company#dateAcquired()}.
     *
     * @param dateAcquired the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateAcquired(@Nullable Instant dateAcquired) {
      this.dateAcquired = dateAcquired;
      return this;
    }

    /**
     * Sets {@link Company#sicCode()}.
     *
     * @param sicCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sicCode(@Nullable Reference sicCode) {
      this.sicCode = sicCode;
      return this;
    }

    /**
     * Sets {@link Company#parentCompany()}.
     *
     * @param parentCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder parentCompany(@Nullable Reference parentCompany) {
      this.parentCompany = parentCompany;
      return this;
    }

    /**
     * Sets {@link Company#annualRevenue()}.
     *
     * @param annualRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder annualRevenue(@Nullable BigDecimal annualRevenue) {
      this.annualRevenue = annualRevenue;
      return this;
    }

    /**
     * Sets {@link Company#creditLimit()}.
     *
     * @param creditLimit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder creditLimit(@Nullable BigDecimal creditLimit) {
      this.creditLimit = creditLimit;
      return this;
    }

    /**
     * Sets {@link Company#additionalDebt()}.
     *
     * @param additionalDebt the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder additionalDebt(@Nullable BigDecimal additionalDebt) {
      this.additionalDebt = additionalDebt;
      return this;
    }

    /**
     * Sets {@link Company#numberOfEmployees()}.
     *
     * @param numberOfEmployees the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder numberOfEmployees(@Nullable Integer numberOfEmployees) {
      this.numberOfEmployees = numberOfEmployees;
      return this;
    }

    /**
     * Sets {@link Company#yearEstablished()}.
     *
     * @param yearEstablished the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder yearEstablished(@Nullable Integer yearEstablished) {
      this.yearEstablished = yearEstablished;
      return this;
    }

    /**
     * Sets {@link Company#revenueYear()}.
     *
     * @param revenueYear the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder revenueYear(@Nullable Integer revenueYear) {
      this.revenueYear = revenueYear;
      return this;
    }

    /**
     * Sets {@link Company#ownershipType()}.
     *
     * @param ownershipType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ownershipType(@Nullable Reference ownershipType) {
      this.ownershipType = ownershipType;
      return this;
    }

    /**
     * Sets {@link Company#timeZoneSetup()}.
     *
     * @param timeZoneSetup the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeZoneSetup(@Nullable Reference timeZoneSetup) {
      this.timeZoneSetup = timeZoneSetup;
      return this;
    }

    /**
     * Sets {@link Company#leadSource()}.
     *
     * @param leadSource the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder leadSource(@Nullable String leadSource) {
      this.leadSource = leadSource;
      return this;
    }

    /**
     * Sets {@link Company#leadFlag()}.
     *
     * @param leadFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder leadFlag(@Nullable Boolean leadFlag) {
      this.leadFlag = leadFlag;
      return this;
    }

    /**
     * Sets {@link Company#unsubscribeFlag()}.
     *
     * @param unsubscribeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder unsubscribeFlag(@Nullable Boolean unsubscribeFlag) {
      this.unsubscribeFlag = unsubscribeFlag;
      return this;
    }

    /**
     * Sets {@link Company#calendar()}.
     *
     * @param calendar the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calendar(@Nullable Reference calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField1()}.
     *
     * @param userDefinedField1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField1(@Nullable String userDefinedField1) {
      this.userDefinedField1 = userDefinedField1;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField2()}.
     *
     * @param userDefinedField2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField2(@Nullable String userDefinedField2) {
      this.userDefinedField2 = userDefinedField2;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField3()}.
     *
     * @param userDefinedField3 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField3(@Nullable String userDefinedField3) {
      this.userDefinedField3 = userDefinedField3;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField4()}.
     *
     * @param userDefinedField4 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField4(@Nullable String userDefinedField4) {
      this.userDefinedField4 = userDefinedField4;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField5()}.
     *
     * @param userDefinedField5 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField5(@Nullable String userDefinedField5) {
      this.userDefinedField5 = userDefinedField5;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField6()}.
     *
     * @param userDefinedField6 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField6(@Nullable String userDefinedField6) {
      this.userDefinedField6 = userDefinedField6;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField7()}.
     *
     * @param userDefinedField7 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField7(@Nullable String userDefinedField7) {
      this.userDefinedField7 = userDefinedField7;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField8()}.
     *
     * @param userDefinedField8 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField8(@Nullable String userDefinedField8) {
      this.userDefinedField8 = userDefinedField8;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField9()}.
     *
     * @param userDefinedField9 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField9(@Nullable String userDefinedField9) {
      this.userDefinedField9 = userDefinedField9;
      return this;
    }

    /**
     * Sets {@link Company#userDefinedField10()}.
     *
     * @param userDefinedField10 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder userDefinedField10(@Nullable String userDefinedField10) {
      this.userDefinedField10 = userDefinedField10;
      return this;
    }

    /**
     * Sets {@link Company#vendorIdentifier()}.
     *
     * @param vendorIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendorIdentifier(@Nullable String vendorIdentifier) {
      this.vendorIdentifier = vendorIdentifier;
      return this;
    }

    /**
     * Sets {@link Company#taxIdentifier()}.
     *
     * @param taxIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxIdentifier(@Nullable String taxIdentifier) {
      this.taxIdentifier = taxIdentifier;
      return this;
    }

    /**
     * Sets {@link Company#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link Company#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link Company#invoiceTemplate()}.
     *
     * @param invoiceTemplate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceTemplate(@Nullable Reference invoiceTemplate) {
      this.invoiceTemplate = invoiceTemplate;
      return this;
    }

    /**
     * Sets {@link Company#pricingSchedule()}.
     *
     * @param pricingSchedule the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder pricingSchedule(@Nullable Reference pricingSchedule) {
      this.pricingSchedule = pricingSchedule;
      return this;
    }

    /**
     * Sets {@link Company#companyEntityType()}.
     *
     * @param companyEntityType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyEntityType(@Nullable Reference companyEntityType) {
      this.companyEntityType = companyEntityType;
      return this;
    }

    /**
     * Sets {@link Company#billToCompany()}.
     *
     * @param billToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToCompany(@Nullable Reference billToCompany) {
      this.billToCompany = billToCompany;
      return this;
    }

    /**
     * Sets {@link Company#billingSite()}.
     *
     * @param billingSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingSite(@Nullable Reference billingSite) {
      this.billingSite = billingSite;
      return this;
    }

    /**
     * Sets {@link Company#billingContact()}.
     *
     * @param billingContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingContact(@Nullable Reference billingContact) {
      this.billingContact = billingContact;
      return this;
    }

    /**
     * Sets {@link Company#invoiceDeliveryMethod()}.
     *
     * @param invoiceDeliveryMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceDeliveryMethod(@Nullable Reference invoiceDeliveryMethod) {
      this.invoiceDeliveryMethod = invoiceDeliveryMethod;
      return this;
    }

    /**
     * Sets {@link Company#emailTemplate()}.
     *
     * @param emailTemplate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder emailTemplate(@Nullable Reference emailTemplate) {
      this.emailTemplate = emailTemplate;
      return this;
    }

    /**
     * Sets {@link Company#invoiceToEmailAddress()}.
     *
     * @param invoiceToEmailAddress the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceToEmailAddress(@Nullable String invoiceToEmailAddress) {
      this.invoiceToEmailAddress = invoiceToEmailAddress;
      return this;
    }

    /**
     * Sets {@link Company#invoiceCCEmailAddress()}.
     *
     * @param invoiceCCEmailAddress the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceCCEmailAddress(@Nullable String invoiceCCEmailAddress) {
      this.invoiceCCEmailAddress = invoiceCCEmailAddress;
      return this;
    }

    /**
     * Sets {@link Company#deletedFlag()}.
     *
     * @param deletedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder deletedFlag(@Nullable Boolean deletedFlag) {
      this.deletedFlag = deletedFlag;
      return this;
    }

    /**
     * Sets {@link Company#dateDeleted()}.
     *
     * @param dateDeleted the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateDeleted(@Nullable Instant dateDeleted) {
      this.dateDeleted = dateDeleted;
      return this;
    }

    /**
     * Sets {@link Company#deletedBy()}.
     *
     * @param deletedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder deletedBy(@Nullable String deletedBy) {
      this.deletedBy = deletedBy;
      return this;
    }

    /**
     * Sets {@link Company#facebookUrl()}.
     *
     * @param facebookUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder facebookUrl(@Nullable String facebookUrl) {
      this.facebookUrl = facebookUrl;
      return this;
    }

    /**
     * Sets {@link Company#twitterUrl()}.
     *
     * @param twitterUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder twitterUrl(@Nullable String twitterUrl) {
      this.twitterUrl = twitterUrl;
      return this;
    }

    /**
     * Sets {@link Company#linkedInUrl()}.
     *
     * @param linkedInUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder linkedInUrl(@Nullable String linkedInUrl) {
      this.linkedInUrl = linkedInUrl;
      return this;
    }

    /**
     * Sets {@link Company#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Company#territoryManager()}.
     *
     * @param territoryManager the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder territoryManager(@Nullable Reference territoryManager) {
      this.territoryManager = territoryManager;
      return this;
    }

    /**
     * Sets {@link Company#resellerIdentifier()}.
     *
     * @param resellerIdentifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder resellerIdentifier(@Nullable String resellerIdentifier) {
      this.resellerIdentifier = resellerIdentifier;
      return this;
    }

    /**
     * Sets {@link Company#isVendorFlag()}.
     *
     * @param isVendorFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder isVendorFlag(@Nullable Boolean isVendorFlag) {
      this.isVendorFlag = isVendorFlag;
      return this;
    }

    /**
     * Sets {@link Company#types()}.
     *
     * @param types the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder types(@Nullable List<Reference> types) {
      this.types = types;
      return this;
    }

    /**
     * Sets {@link Company#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link Company#integratorTags()}.
     *
     * @param integratorTags the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder integratorTags(@Nullable List<String> integratorTags) {
      this.integratorTags = integratorTags;
      return this;
    }

    /**
     * Sets {@link Company#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Company#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Company.
     *
     * @return a new immutable {@link Company}
     */
    public Company build() {
      return new Company(id, identifier, name, status, addressLine1, addressLine2, city, state, zip, country, phoneNumber, faxNumber, website, territory, market, accountNumber, defaultContact, dateAcquired, sicCode, parentCompany, annualRevenue, creditLimit, additionalDebt, numberOfEmployees, yearEstablished, revenueYear, ownershipType, timeZoneSetup, leadSource, leadFlag, unsubscribeFlag, calendar, userDefinedField1, userDefinedField2, userDefinedField3, userDefinedField4, userDefinedField5, userDefinedField6, userDefinedField7, userDefinedField8, userDefinedField9, userDefinedField10, vendorIdentifier, taxIdentifier, taxCode, billingTerms, invoiceTemplate, pricingSchedule, companyEntityType, billToCompany, billingSite, billingContact, invoiceDeliveryMethod, emailTemplate, invoiceToEmailAddress, invoiceCCEmailAddress, deletedFlag, dateDeleted, deletedBy, facebookUrl, twitterUrl, linkedInUrl, currency, territoryManager, resellerIdentifier, isVendorFlag, types, site, integratorTags, info, customFields);
    }
  }
}
