package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sales opportunity ({@code sales/opportunities}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code locationId} and {@code businessUnitId} are plain integers, not references, and with
 * {@code expectedCloseDate} are "required on updates" by ConnectWise.
 *
 * @param id the record id
 * @param name ConnectWise {@code name}
 * @param expectedCloseDate ConnectWise {@code expectedCloseDate}
 * @param type ConnectWise {@code type}
 * @param stage ConnectWise {@code stage}
 * @param status ConnectWise {@code status}
 * @param priority ConnectWise {@code priority}
 * @param notes ConnectWise {@code notes}
 * @param probability ConnectWise {@code probability}
 * @param source ConnectWise {@code source}
 * @param rating ConnectWise {@code rating}
 * @param campaign ConnectWise {@code campaign}
 * @param primarySalesRep ConnectWise {@code primarySalesRep}
 * @param secondarySalesRep ConnectWise {@code secondarySalesRep}
 * @param locationId ConnectWise {@code locationId}
 * @param businessUnitId ConnectWise {@code businessUnitId}
 * @param company ConnectWise {@code company}
 * @param contact ConnectWise {@code contact}
 * @param site ConnectWise {@code site}
 * @param customerPO ConnectWise {@code customerPO}
 * @param pipelineChangeDate ConnectWise {@code pipelineChangeDate}
 * @param dateBecameLead ConnectWise {@code dateBecameLead}
 * @param closedDate ConnectWise {@code closedDate}
 * @param closedBy ConnectWise {@code closedBy}
 * @param totalSalesTax ConnectWise {@code totalSalesTax}
 * @param shipToCompany ConnectWise {@code shipToCompany}
 * @param shipToContact ConnectWise {@code shipToContact}
 * @param shipToSite ConnectWise {@code shipToSite}
 * @param billToCompany ConnectWise {@code billToCompany}
 * @param billToContact ConnectWise {@code billToContact}
 * @param billToSite ConnectWise {@code billToSite}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param taxCode ConnectWise {@code taxCode}
 * @param currency ConnectWise {@code currency}
 * @param companyLocationId ConnectWise {@code companyLocationId}
 * @param technicalContact ConnectWise {@code technicalContact}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Opportunity(
    @Nullable Integer id,
    @Nullable String name,
    @Nullable Instant expectedCloseDate,
    @Nullable Reference type,
    @Nullable Reference stage,
    @Nullable Reference status,
    @Nullable Reference priority,
    @Nullable String notes,
    @Nullable Reference probability,
    @Nullable String source,
    @Nullable Reference rating,
    @Nullable Reference campaign,
    @Nullable Reference primarySalesRep,
    @Nullable Reference secondarySalesRep,
    @Nullable Integer locationId,
    @Nullable Integer businessUnitId,
    @Nullable Reference company,
    @Nullable Reference contact,
    @Nullable Reference site,
    @Nullable String customerPO,
    @Nullable Instant pipelineChangeDate,
    @Nullable Instant dateBecameLead,
    @Nullable Instant closedDate,
    @Nullable Reference closedBy,
    @Nullable BigDecimal totalSalesTax,
    @Nullable Reference shipToCompany,
    @Nullable Reference shipToContact,
    @Nullable Reference shipToSite,
    @Nullable Reference billToCompany,
    @Nullable Reference billToContact,
    @Nullable Reference billToSite,
    @Nullable Reference billingTerms,
    @Nullable Reference taxCode,
    @Nullable Reference currency,
    @Nullable Integer companyLocationId,
    @Nullable Reference technicalContact,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Opportunity {
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

  /** Builder of {@link Opportunity}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String name;
    private @Nullable Instant expectedCloseDate;
    private @Nullable Reference type;
    private @Nullable Reference stage;
    private @Nullable Reference status;
    private @Nullable Reference priority;
    private @Nullable String notes;
    private @Nullable Reference probability;
    private @Nullable String source;
    private @Nullable Reference rating;
    private @Nullable Reference campaign;
    private @Nullable Reference primarySalesRep;
    private @Nullable Reference secondarySalesRep;
    private @Nullable Integer locationId;
    private @Nullable Integer businessUnitId;
    private @Nullable Reference company;
    private @Nullable Reference contact;
    private @Nullable Reference site;
    private @Nullable String customerPO;
    private @Nullable Instant pipelineChangeDate;
    private @Nullable Instant dateBecameLead;
    private @Nullable Instant closedDate;
    private @Nullable Reference closedBy;
    private @Nullable BigDecimal totalSalesTax;
    private @Nullable Reference shipToCompany;
    private @Nullable Reference shipToContact;
    private @Nullable Reference shipToSite;
    private @Nullable Reference billToCompany;
    private @Nullable Reference billToContact;
    private @Nullable Reference billToSite;
    private @Nullable Reference billingTerms;
    private @Nullable Reference taxCode;
    private @Nullable Reference currency;
    private @Nullable Integer companyLocationId;
    private @Nullable Reference technicalContact;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Opportunity source) {
      this.id = source.id;
      this.name = source.name;
      this.expectedCloseDate = source.expectedCloseDate;
      this.type = source.type;
      this.stage = source.stage;
      this.status = source.status;
      this.priority = source.priority;
      this.notes = source.notes;
      this.probability = source.probability;
      this.source = source.source;
      this.rating = source.rating;
      this.campaign = source.campaign;
      this.primarySalesRep = source.primarySalesRep;
      this.secondarySalesRep = source.secondarySalesRep;
      this.locationId = source.locationId;
      this.businessUnitId = source.businessUnitId;
      this.company = source.company;
      this.contact = source.contact;
      this.site = source.site;
      this.customerPO = source.customerPO;
      this.pipelineChangeDate = source.pipelineChangeDate;
      this.dateBecameLead = source.dateBecameLead;
      this.closedDate = source.closedDate;
      this.closedBy = source.closedBy;
      this.totalSalesTax = source.totalSalesTax;
      this.shipToCompany = source.shipToCompany;
      this.shipToContact = source.shipToContact;
      this.shipToSite = source.shipToSite;
      this.billToCompany = source.billToCompany;
      this.billToContact = source.billToContact;
      this.billToSite = source.billToSite;
      this.billingTerms = source.billingTerms;
      this.taxCode = source.taxCode;
      this.currency = source.currency;
      this.companyLocationId = source.companyLocationId;
      this.technicalContact = source.technicalContact;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Opportunity#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Opportunity#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Opportunity#expectedCloseDate()}.
     *
     * @param expectedCloseDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expectedCloseDate(@Nullable Instant expectedCloseDate) {
      this.expectedCloseDate = expectedCloseDate;
      return this;
    }

    /**
     * Sets {@link Opportunity#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Opportunity#stage()}.
     *
     * @param stage the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder stage(@Nullable Reference stage) {
      this.stage = stage;
      return this;
    }

    /**
     * Sets {@link Opportunity#status()}.
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable Reference status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link Opportunity#priority()}.
     *
     * @param priority the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder priority(@Nullable Reference priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets {@link Opportunity#notes()}.
     *
     * @param notes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link Opportunity#probability()}.
     *
     * @param probability the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder probability(@Nullable Reference probability) {
      this.probability = probability;
      return this;
    }

    /**
     * Sets {@link Opportunity#source()}.
     *
     * @param source the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder source(@Nullable String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets {@link Opportunity#rating()}.
     *
     * @param rating the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder rating(@Nullable Reference rating) {
      this.rating = rating;
      return this;
    }

    /**
     * Sets {@link Opportunity#campaign()}.
     *
     * @param campaign the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder campaign(@Nullable Reference campaign) {
      this.campaign = campaign;
      return this;
    }

    /**
     * Sets {@link Opportunity#primarySalesRep()}.
     *
     * @param primarySalesRep the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder primarySalesRep(@Nullable Reference primarySalesRep) {
      this.primarySalesRep = primarySalesRep;
      return this;
    }

    /**
     * Sets {@link Opportunity#secondarySalesRep()}.
     *
     * @param secondarySalesRep the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder secondarySalesRep(@Nullable Reference secondarySalesRep) {
      this.secondarySalesRep = secondarySalesRep;
      return this;
    }

    /**
     * Sets {@link Opportunity#locationId()}.
     *
     * @param locationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationId(@Nullable Integer locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * Sets {@link Opportunity#businessUnitId()}.
     *
     * @param businessUnitId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder businessUnitId(@Nullable Integer businessUnitId) {
      this.businessUnitId = businessUnitId;
      return this;
    }

    /**
     * Sets {@link Opportunity#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link Opportunity#contact()}.
     *
     * @param contact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder contact(@Nullable Reference contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Sets {@link Opportunity#site()}.
     *
     * @param site the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder site(@Nullable Reference site) {
      this.site = site;
      return this;
    }

    /**
     * Sets {@link Opportunity#customerPO()}.
     *
     * @param customerPO the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerPO(@Nullable String customerPO) {
      this.customerPO = customerPO;
      return this;
    }

    /**
     * Sets {@link Opportunity#pipelineChangeDate()}.
     *
     * @param pipelineChangeDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder pipelineChangeDate(@Nullable Instant pipelineChangeDate) {
      this.pipelineChangeDate = pipelineChangeDate;
      return this;
    }

    /**
     * Sets {@link Opportunity#dateBecameLead()}.
     *
     * @param dateBecameLead the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dateBecameLead(@Nullable Instant dateBecameLead) {
      this.dateBecameLead = dateBecameLead;
      return this;
    }

    /**
     * Sets {@link Opportunity#closedDate()}.
     *
     * @param closedDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedDate(@Nullable Instant closedDate) {
      this.closedDate = closedDate;
      return this;
    }

    /**
     * Sets {@link Opportunity#closedBy()}.
     *
     * @param closedBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder closedBy(@Nullable Reference closedBy) {
      this.closedBy = closedBy;
      return this;
    }

    /**
     * Sets {@link Opportunity#totalSalesTax()}.
     *
     * @param totalSalesTax the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder totalSalesTax(@Nullable BigDecimal totalSalesTax) {
      this.totalSalesTax = totalSalesTax;
      return this;
    }

    /**
     * Sets {@link Opportunity#shipToCompany()}.
     *
     * @param shipToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToCompany(@Nullable Reference shipToCompany) {
      this.shipToCompany = shipToCompany;
      return this;
    }

    /**
     * Sets {@link Opportunity#shipToContact()}.
     *
     * @param shipToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToContact(@Nullable Reference shipToContact) {
      this.shipToContact = shipToContact;
      return this;
    }

    /**
     * Sets {@link Opportunity#shipToSite()}.
     *
     * @param shipToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipToSite(@Nullable Reference shipToSite) {
      this.shipToSite = shipToSite;
      return this;
    }

    /**
     * Sets {@link Opportunity#billToCompany()}.
     *
     * @param billToCompany the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToCompany(@Nullable Reference billToCompany) {
      this.billToCompany = billToCompany;
      return this;
    }

    /**
     * Sets {@link Opportunity#billToContact()}.
     *
     * @param billToContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToContact(@Nullable Reference billToContact) {
      this.billToContact = billToContact;
      return this;
    }

    /**
     * Sets {@link Opportunity#billToSite()}.
     *
     * @param billToSite the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billToSite(@Nullable Reference billToSite) {
      this.billToSite = billToSite;
      return this;
    }

    /**
     * Sets {@link Opportunity#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link Opportunity#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link Opportunity#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Opportunity#companyLocationId()}.
     *
     * @param companyLocationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder companyLocationId(@Nullable Integer companyLocationId) {
      this.companyLocationId = companyLocationId;
      return this;
    }

    /**
     * Sets {@link Opportunity#technicalContact()}.
     *
     * @param technicalContact the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder technicalContact(@Nullable Reference technicalContact) {
      this.technicalContact = technicalContact;
      return this;
    }

    /**
     * Sets {@link Opportunity#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Opportunity#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Opportunity.
     *
     * @return a new immutable {@link Opportunity}
     */
    public Opportunity build() {
      return new Opportunity(id, name, expectedCloseDate, type, stage, status, priority, notes, probability, source, rating, campaign, primarySalesRep, secondarySalesRep, locationId, businessUnitId, company, contact, site, customerPO, pipelineChangeDate, dateBecameLead, closedDate, closedBy, totalSalesTax, shipToCompany, shipToContact, shipToSite, billToCompany, billToContact, billToSite, billingTerms, taxCode, currency, companyLocationId, technicalContact, info, customFields);
    }
  }
}
