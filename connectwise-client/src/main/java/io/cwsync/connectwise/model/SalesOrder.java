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

  /** Builder of {@link SalesOrder}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Reference company;
    private @Nullable Reference contact;
    private @Nullable String phone;
    private @Nullable String phoneExt;
    private @Nullable String email;
    private @Nullable Reference site;
    private @Nullable Reference status;
    private @Nullable Reference opportunity;
    private @Nullable Instant orderDate;
    private @Nullable Instant dueDate;
    private @Nullable Reference billingTerms;
    private @Nullable Reference taxCode;
    private @Nullable String poNumber;
    private @Nullable Reference location;
    private @Nullable Reference department;
    private @Nullable Reference salesRep;
    private @Nullable String notes;
    private @Nullable Boolean billClosedFlag;
    private @Nullable Boolean billShippedFlag;
    private @Nullable Boolean restrictDownpaymentFlag;
    private @Nullable String description;
    private @Nullable Boolean topCommentFlag;
    private @Nullable Boolean bottomCommentFlag;
    private @Nullable Reference shipToCompany;
    private @Nullable Reference shipToContact;
    private @Nullable Reference shipToSite;
    private @Nullable Reference billToCompany;
    private @Nullable Reference billToContact;
    private @Nullable Reference billToSite;
    private @Nullable List<Integer> productIds;
    private @Nullable List<Integer> documentIds;
    private @Nullable List<Integer> invoiceIds;
    private @Nullable List<Integer> configIds;
    private @Nullable BigDecimal total;
    private @Nullable BigDecimal taxTotal;
    private @Nullable Reference currency;
    private @Nullable Reference companyLocation;
    private @Nullable BigDecimal subTotal;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(SalesOrder source) {
      this.id = source.id;
      this.company = source.company;
      this.contact = source.contact;
      this.phone = source.phone;
      this.phoneExt = source.phoneExt;
      this.email = source.email;
      this.site = source.site;
      this.status = source.status;
      this.opportunity = source.opportunity;
      this.orderDate = source.orderDate;
      this.dueDate = source.dueDate;
      this.billingTerms = source.billingTerms;
      this.taxCode = source.taxCode;
      this.poNumber = source.poNumber;
      this.location = source.location;
      this.department = source.department;
      this.salesRep = source.salesRep;
      this.notes = source.notes;
      this.billClosedFlag = source.billClosedFlag;
      this.billShippedFlag = source.billShippedFlag;
      this.restrictDownpaymentFlag = source.restrictDownpaymentFlag;
      this.description = source.description;
      this.topCommentFlag = source.topCommentFlag;
      this.bottomCommentFlag = source.bottomCommentFlag;
      this.shipToCompany = source.shipToCompany;
      this.shipToContact = source.shipToContact;
      this.shipToSite = source.shipToSite;
      this.billToCompany = source.billToCompany;
      this.billToContact = source.billToContact;
      this.billToSite = source.billToSite;
      this.productIds = source.productIds;
      this.documentIds = source.documentIds;
      this.invoiceIds = source.invoiceIds;
      this.configIds = source.configIds;
      this.total = source.total;
      this.taxTotal = source.taxTotal;
      this.currency = source.currency;
      this.companyLocation = source.companyLocation;
      this.subTotal = source.subTotal;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link SalesOrder#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link SalesOrder#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link SalesOrder#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link SalesOrder#phone()}.
     *
     * @param phone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets {@link SalesOrder#phoneExt()}.
     *
     * @param phoneExt the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phoneExt(@Nullable String phoneExt) {
      this.phoneExt = phoneExt;
      return this;
    }

    /**
     * Sets {@link SalesOrder#email()}.
     *
     * @param email the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets {@link SalesOrder#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link SalesOrder#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link SalesOrder#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link SalesOrder#orderDate()}.
     *
     * @param orderDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder orderDate(@Nullable Instant orderDate) {
      this.orderDate = orderDate;
      return this;
    }

    /**
     * Sets {@link SalesOrder#dueDate()}.
     *
     * @param dueDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dueDate(@Nullable Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link SalesOrder#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link SalesOrder#poNumber()}.
     *
     * @param poNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder poNumber(@Nullable String poNumber) {
      this.poNumber = poNumber;
      return this;
    }

    /**
     * Sets {@link SalesOrder#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link SalesOrder#department()}.
     *
     * @param department the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder department(@Nullable Reference department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@link SalesOrder#salesRep()}.
     *
     * @param salesRep the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesRep(@Nullable Reference salesRep) {
      this.salesRep = salesRep;
      return this;
    }

    /**
     * Sets {@link SalesOrder#notes()}.
     *
     * @param notes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billClosedFlag()}.
     *
     * @param billClosedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billClosedFlag(@Nullable Boolean billClosedFlag) {
      this.billClosedFlag = billClosedFlag;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billShippedFlag()}.
     *
     * @param billShippedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billShippedFlag(@Nullable Boolean billShippedFlag) {
      this.billShippedFlag = billShippedFlag;
      return this;
    }

    /**
     * Sets {@link SalesOrder#restrictDownpaymentFlag()}.
     *
     * @param restrictDownpaymentFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder restrictDownpaymentFlag(@Nullable Boolean restrictDownpaymentFlag) {
      this.restrictDownpaymentFlag = restrictDownpaymentFlag;
      return this;
    }

    /**
     * Sets {@link SalesOrder#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link SalesOrder#topCommentFlag()}.
     *
     * @param topCommentFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder topCommentFlag(@Nullable Boolean topCommentFlag) {
      this.topCommentFlag = topCommentFlag;
      return this;
    }

    /**
     * Sets {@link SalesOrder#bottomCommentFlag()}.
     *
     * @param bottomCommentFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder bottomCommentFlag(@Nullable Boolean bottomCommentFlag) {
      this.bottomCommentFlag = bottomCommentFlag;
      return this;
    }

    /**
     * Sets {@link SalesOrder#shipToCompany()}.
     *
     * @param shipToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToCompany(@Nullable Reference shipToCompany) {
      this.shipToCompany = shipToCompany;
      return this;
    }

    /**
     * Sets {@link SalesOrder#shipToContact()}.
     *
     * @param shipToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToContact(@Nullable Reference shipToContact) {
      this.shipToContact = shipToContact;
      return this;
    }

    /**
     * Sets {@link SalesOrder#shipToSite()}.
     *
     * @param shipToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToSite(@Nullable Reference shipToSite) {
      this.shipToSite = shipToSite;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billToCompany()}.
     *
     * @param billToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToCompany(@Nullable Reference billToCompany) {
      this.billToCompany = billToCompany;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billToContact()}.
     *
     * @param billToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToContact(@Nullable Reference billToContact) {
      this.billToContact = billToContact;
      return this;
    }

    /**
     * Sets {@link SalesOrder#billToSite()}.
     *
     * @param billToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToSite(@Nullable Reference billToSite) {
      this.billToSite = billToSite;
      return this;
    }

    /**
     * Sets {@link SalesOrder#productIds()}.
     *
     * @param productIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productIds(@Nullable List<Integer> productIds) {
      this.productIds = productIds;
      return this;
    }

    /**
     * Sets {@link SalesOrder#documentIds()}.
     *
     * @param documentIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder documentIds(@Nullable List<Integer> documentIds) {
      this.documentIds = documentIds;
      return this;
    }

    /**
     * Sets {@link SalesOrder#invoiceIds()}.
     *
     * @param invoiceIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceIds(@Nullable List<Integer> invoiceIds) {
      this.invoiceIds = invoiceIds;
      return this;
    }

    /**
     * Sets {@link SalesOrder#configIds()}.
     *
     * @param configIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder configIds(@Nullable List<Integer> configIds) {
      this.configIds = configIds;
      return this;
    }

    /**
     * Sets {@link SalesOrder#total()}.
     *
     * @param total the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder total(@Nullable BigDecimal total) {
      this.total = total;
      return this;
    }

    /**
     * Sets {@link SalesOrder#taxTotal()}.
     *
     * @param taxTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxTotal(@Nullable BigDecimal taxTotal) {
      this.taxTotal = taxTotal;
      return this;
    }

    /**
     * Sets {@link SalesOrder#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link SalesOrder#companyLocation()}.
     *
     * @param companyLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyLocation(@Nullable Reference companyLocation) {
      this.companyLocation = companyLocation;
      return this;
    }

    /**
     * Sets {@link SalesOrder#subTotal()}.
     *
     * @param subTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subTotal(@Nullable BigDecimal subTotal) {
      this.subTotal = subTotal;
      return this;
    }

    /**
     * Sets {@link SalesOrder#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link SalesOrder#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the SalesOrder.
     *
     * @return a new immutable {@link SalesOrder}
     */
    public SalesOrder build() {
      return new SalesOrder(id, company, contact, phone, phoneExt, email, site, status, opportunity, orderDate, dueDate, billingTerms, taxCode, poNumber, location, department, salesRep, notes, billClosedFlag, billShippedFlag, restrictDownpaymentFlag, description, topCommentFlag, bottomCommentFlag, shipToCompany, shipToContact, shipToSite, billToCompany, billToContact, billToSite, productIds, documentIds, invoiceIds, configIds, total, taxTotal, currency, companyLocation, subTotal, info, customFields);
    }
  }
}
