package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product catalog item ({@code procurement/catalog}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param identifier ConnectWise {@code identifier}
 * @param description ConnectWise {@code description}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param subcategory ConnectWise {@code subcategory}
 * @param type ConnectWise {@code type}
 * @param productClass ConnectWise {@code productClass}
 * @param serializedFlag ConnectWise {@code serializedFlag}
 * @param serializedCostFlag ConnectWise {@code serializedCostFlag}
 * @param phaseProductFlag ConnectWise {@code phaseProductFlag}
 * @param unitOfMeasure ConnectWise {@code unitOfMeasure}
 * @param minStockLevel ConnectWise {@code minStockLevel}
 * @param price ConnectWise {@code price}
 * @param cost ConnectWise {@code cost}
 * @param priceAttribute ConnectWise {@code priceAttribute}
 * @param taxableFlag ConnectWise {@code taxableFlag}
 * @param dropShipFlag ConnectWise {@code dropShipFlag}
 * @param specialOrderFlag ConnectWise {@code specialOrderFlag}
 * @param customerDescription ConnectWise {@code customerDescription}
 * @param manufacturer ConnectWise {@code manufacturer}
 * @param manufacturerPartNumber ConnectWise {@code manufacturerPartNumber}
 * @param vendor ConnectWise {@code vendor}
 * @param vendorSku ConnectWise {@code vendorSku}
 * @param notes ConnectWise {@code notes}
 * @param integrationXRef ConnectWise {@code integrationXRef}
 * @param sla ConnectWise {@code sla}
 * @param entityType ConnectWise {@code entityType}
 * @param recurringFlag ConnectWise {@code recurringFlag}
 * @param recurringRevenue ConnectWise {@code recurringRevenue}
 * @param recurringCost ConnectWise {@code recurringCost}
 * @param recurringOneTimeFlag ConnectWise {@code recurringOneTimeFlag}
 * @param recurringBillCycle ConnectWise {@code recurringBillCycle}
 * @param recurringCycleType ConnectWise {@code recurringCycleType}
 * @param calculatedPriceFlag ConnectWise {@code calculatedPriceFlag}
 * @param calculatedCostFlag ConnectWise {@code calculatedCostFlag}
 * @param category ConnectWise {@code category}
 * @param calculatedPrice ConnectWise {@code calculatedPrice}
 * @param calculatedCost ConnectWise {@code calculatedCost}
 * @param billableOption ConnectWise {@code billableOption}
 * @param connectWiseID ConnectWise {@code connectWiseID}
 * @param agreementType ConnectWise {@code agreementType}
 * @param markupPercentage ConnectWise {@code markupPercentage}
 * @param markupFlag ConnectWise {@code markupFlag}
 * @param autoUpdateUnitCostFlag ConnectWise {@code autoUpdateUnitCostFlag}
 * @param autoUpdateUnitPriceFlag ConnectWise {@code autoUpdateUnitPriceFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogItem(
    @Nullable Integer id,
    @Nullable String identifier,
    @Nullable String description,
    @Nullable Boolean inactiveFlag,
    @Nullable Reference subcategory,
    @Nullable Reference type,
    @Nullable String productClass,
    @Nullable Boolean serializedFlag,
    @Nullable Boolean serializedCostFlag,
    @Nullable Boolean phaseProductFlag,
    @Nullable Reference unitOfMeasure,
    @Nullable Integer minStockLevel,
    @Nullable BigDecimal price,
    @Nullable BigDecimal cost,
    @Nullable String priceAttribute,
    @Nullable Boolean taxableFlag,
    @Nullable Boolean dropShipFlag,
    @Nullable Boolean specialOrderFlag,
    @Nullable String customerDescription,
    @Nullable Reference manufacturer,
    @Nullable String manufacturerPartNumber,
    @Nullable Reference vendor,
    @Nullable String vendorSku,
    @Nullable String notes,
    @Nullable String integrationXRef,
    @Nullable Reference sla,
    @Nullable Reference entityType,
    @Nullable Boolean recurringFlag,
    @Nullable BigDecimal recurringRevenue,
    @Nullable BigDecimal recurringCost,
    @Nullable Boolean recurringOneTimeFlag,
    @Nullable Reference recurringBillCycle,
    @Nullable String recurringCycleType,
    @Nullable Boolean calculatedPriceFlag,
    @Nullable Boolean calculatedCostFlag,
    @Nullable Reference category,
    @Nullable BigDecimal calculatedPrice,
    @Nullable BigDecimal calculatedCost,
    @Nullable String billableOption,
    @Nullable String connectWiseID,
    @Nullable Reference agreementType,
    @Nullable BigDecimal markupPercentage,
    @Nullable Boolean markupFlag,
    @Nullable Boolean autoUpdateUnitCostFlag,
    @Nullable Boolean autoUpdateUnitPriceFlag,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public CatalogItem {
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

  /** Builder of {@link CatalogItem}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String identifier;
    private @Nullable String description;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Reference subcategory;
    private @Nullable Reference type;
    private @Nullable String productClass;
    private @Nullable Boolean serializedFlag;
    private @Nullable Boolean serializedCostFlag;
    private @Nullable Boolean phaseProductFlag;
    private @Nullable Reference unitOfMeasure;
    private @Nullable Integer minStockLevel;
    private @Nullable BigDecimal price;
    private @Nullable BigDecimal cost;
    private @Nullable String priceAttribute;
    private @Nullable Boolean taxableFlag;
    private @Nullable Boolean dropShipFlag;
    private @Nullable Boolean specialOrderFlag;
    private @Nullable String customerDescription;
    private @Nullable Reference manufacturer;
    private @Nullable String manufacturerPartNumber;
    private @Nullable Reference vendor;
    private @Nullable String vendorSku;
    private @Nullable String notes;
    private @Nullable String integrationXRef;
    private @Nullable Reference sla;
    private @Nullable Reference entityType;
    private @Nullable Boolean recurringFlag;
    private @Nullable BigDecimal recurringRevenue;
    private @Nullable BigDecimal recurringCost;
    private @Nullable Boolean recurringOneTimeFlag;
    private @Nullable Reference recurringBillCycle;
    private @Nullable String recurringCycleType;
    private @Nullable Boolean calculatedPriceFlag;
    private @Nullable Boolean calculatedCostFlag;
    private @Nullable Reference category;
    private @Nullable BigDecimal calculatedPrice;
    private @Nullable BigDecimal calculatedCost;
    private @Nullable String billableOption;
    private @Nullable String connectWiseID;
    private @Nullable Reference agreementType;
    private @Nullable BigDecimal markupPercentage;
    private @Nullable Boolean markupFlag;
    private @Nullable Boolean autoUpdateUnitCostFlag;
    private @Nullable Boolean autoUpdateUnitPriceFlag;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(CatalogItem source) {
      this.id = source.id;
      this.identifier = source.identifier;
      this.description = source.description;
      this.inactiveFlag = source.inactiveFlag;
      this.subcategory = source.subcategory;
      this.type = source.type;
      this.productClass = source.productClass;
      this.serializedFlag = source.serializedFlag;
      this.serializedCostFlag = source.serializedCostFlag;
      this.phaseProductFlag = source.phaseProductFlag;
      this.unitOfMeasure = source.unitOfMeasure;
      this.minStockLevel = source.minStockLevel;
      this.price = source.price;
      this.cost = source.cost;
      this.priceAttribute = source.priceAttribute;
      this.taxableFlag = source.taxableFlag;
      this.dropShipFlag = source.dropShipFlag;
      this.specialOrderFlag = source.specialOrderFlag;
      this.customerDescription = source.customerDescription;
      this.manufacturer = source.manufacturer;
      this.manufacturerPartNumber = source.manufacturerPartNumber;
      this.vendor = source.vendor;
      this.vendorSku = source.vendorSku;
      this.notes = source.notes;
      this.integrationXRef = source.integrationXRef;
      this.sla = source.sla;
      this.entityType = source.entityType;
      this.recurringFlag = source.recurringFlag;
      this.recurringRevenue = source.recurringRevenue;
      this.recurringCost = source.recurringCost;
      this.recurringOneTimeFlag = source.recurringOneTimeFlag;
      this.recurringBillCycle = source.recurringBillCycle;
      this.recurringCycleType = source.recurringCycleType;
      this.calculatedPriceFlag = source.calculatedPriceFlag;
      this.calculatedCostFlag = source.calculatedCostFlag;
      this.category = source.category;
      this.calculatedPrice = source.calculatedPrice;
      this.calculatedCost = source.calculatedCost;
      this.billableOption = source.billableOption;
      this.connectWiseID = source.connectWiseID;
      this.agreementType = source.agreementType;
      this.markupPercentage = source.markupPercentage;
      this.markupFlag = source.markupFlag;
      this.autoUpdateUnitCostFlag = source.autoUpdateUnitCostFlag;
      this.autoUpdateUnitPriceFlag = source.autoUpdateUnitPriceFlag;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link CatalogItem#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link CatalogItem#identifier()}.
     *
     * @param identifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identifier(@Nullable String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets {@link CatalogItem#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link CatalogItem#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#subcategory()}.
     *
     * @param subcategory the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subcategory(@Nullable Reference subcategory) {
      this.subcategory = subcategory;
      return this;
    }

    /**
     * Sets {@link CatalogItem#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link CatalogItem#productClass()}.
     *
     * @param productClass the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productClass(@Nullable String productClass) {
      this.productClass = productClass;
      return this;
    }

    /**
     * Sets {@link CatalogItem#serializedFlag()}.
     *
     * @param serializedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serializedFlag(@Nullable Boolean serializedFlag) {
      this.serializedFlag = serializedFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#serializedCostFlag()}.
     *
     * @param serializedCostFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serializedCostFlag(@Nullable Boolean serializedCostFlag) {
      this.serializedCostFlag = serializedCostFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#phaseProductFlag()}.
     *
     * @param phaseProductFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phaseProductFlag(@Nullable Boolean phaseProductFlag) {
      this.phaseProductFlag = phaseProductFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#unitOfMeasure()}.
     *
     * @param unitOfMeasure the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder unitOfMeasure(@Nullable Reference unitOfMeasure) {
      this.unitOfMeasure = unitOfMeasure;
      return this;
    }

    /**
     * Sets {@link CatalogItem#minStockLevel()}.
     *
     * @param minStockLevel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder minStockLevel(@Nullable Integer minStockLevel) {
      this.minStockLevel = minStockLevel;
      return this;
    }

    /**
     * Sets {@link CatalogItem#price()}.
     *
     * @param price the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder price(@Nullable BigDecimal price) {
      this.price = price;
      return this;
    }

    /**
     * Sets {@link CatalogItem#cost()}.
     *
     * @param cost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cost(@Nullable BigDecimal cost) {
      this.cost = cost;
      return this;
    }

    /**
     * Sets {@link CatalogItem#priceAttribute()}.
     *
     * @param priceAttribute the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder priceAttribute(@Nullable String priceAttribute) {
      this.priceAttribute = priceAttribute;
      return this;
    }

    /**
     * Sets {@link CatalogItem#taxableFlag()}.
     *
     * @param taxableFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxableFlag(@Nullable Boolean taxableFlag) {
      this.taxableFlag = taxableFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#dropShipFlag()}.
     *
     * @param dropShipFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dropShipFlag(@Nullable Boolean dropShipFlag) {
      this.dropShipFlag = dropShipFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#specialOrderFlag()}.
     *
     * @param specialOrderFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder specialOrderFlag(@Nullable Boolean specialOrderFlag) {
      this.specialOrderFlag = specialOrderFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#customerDescription()}.
     *
     * @param customerDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerDescription(@Nullable String customerDescription) {
      this.customerDescription = customerDescription;
      return this;
    }

    /**
     * Sets {@link CatalogItem#manufacturer()}.
     *
     * @param manufacturer the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder manufacturer(@Nullable Reference manufacturer) {
      this.manufacturer = manufacturer;
      return this;
    }

    /**
     * Sets {@link CatalogItem#manufacturerPartNumber()}.
     *
     * @param manufacturerPartNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder manufacturerPartNumber(@Nullable String manufacturerPartNumber) {
      this.manufacturerPartNumber = manufacturerPartNumber;
      return this;
    }

    /**
     * Sets {@link CatalogItem#vendor()}.
     *
     * @param vendor the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendor(@Nullable Reference vendor) {
      this.vendor = vendor;
      return this;
    }

    /**
     * Sets {@link CatalogItem#vendorSku()}.
     *
     * @param vendorSku the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendorSku(@Nullable String vendorSku) {
      this.vendorSku = vendorSku;
      return this;
    }

    /**
     * Sets {@link CatalogItem#notes()}.
     *
     * @param notes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link CatalogItem#integrationXRef()}.
     *
     * @param integrationXRef the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder integrationXRef(@Nullable String integrationXRef) {
      this.integrationXRef = integrationXRef;
      return this;
    }

    /**
     * Sets {@link CatalogItem#sla()}.
     *
     * @param sla the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sla(@Nullable Reference sla) {
      this.sla = sla;
      return this;
    }

    /**
     * Sets {@link CatalogItem#entityType()}.
     *
     * @param entityType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder entityType(@Nullable Reference entityType) {
      this.entityType = entityType;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringFlag()}.
     *
     * @param recurringFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringFlag(@Nullable Boolean recurringFlag) {
      this.recurringFlag = recurringFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringRevenue()}.
     *
     * @param recurringRevenue the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringRevenue(@Nullable BigDecimal recurringRevenue) {
      this.recurringRevenue = recurringRevenue;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringCost()}.
     *
     * @param recurringCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringCost(@Nullable BigDecimal recurringCost) {
      this.recurringCost = recurringCost;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringOneTimeFlag()}.
     *
     * @param recurringOneTimeFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringOneTimeFlag(@Nullable Boolean recurringOneTimeFlag) {
      this.recurringOneTimeFlag = recurringOneTimeFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringBillCycle()}.
     *
     * @param recurringBillCycle the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringBillCycle(@Nullable Reference recurringBillCycle) {
      this.recurringBillCycle = recurringBillCycle;
      return this;
    }

    /**
     * Sets {@link CatalogItem#recurringCycleType()}.
     *
     * @param recurringCycleType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringCycleType(@Nullable String recurringCycleType) {
      this.recurringCycleType = recurringCycleType;
      return this;
    }

    /**
     * Sets {@link CatalogItem#calculatedPriceFlag()}.
     *
     * @param calculatedPriceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedPriceFlag(@Nullable Boolean calculatedPriceFlag) {
      this.calculatedPriceFlag = calculatedPriceFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#calculatedCostFlag()}.
     *
     * @param calculatedCostFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedCostFlag(@Nullable Boolean calculatedCostFlag) {
      this.calculatedCostFlag = calculatedCostFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#category()}.
     *
     * @param category the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder category(@Nullable Reference category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@link CatalogItem#calculatedPrice()}.
     *
     * @param calculatedPrice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedPrice(@Nullable BigDecimal calculatedPrice) {
      this.calculatedPrice = calculatedPrice;
      return this;
    }

    /**
     * Sets {@link CatalogItem#calculatedCost()}.
     *
     * @param calculatedCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedCost(@Nullable BigDecimal calculatedCost) {
      this.calculatedCost = calculatedCost;
      return this;
    }

    /**
     * Sets {@link CatalogItem#billableOption()}.
     *
     * @param billableOption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableOption(@Nullable String billableOption) {
      this.billableOption = billableOption;
      return this;
    }

    /**
     * Sets {@link CatalogItem#connectWiseID()}.
     *
     * @param connectWiseID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder connectWiseID(@Nullable String connectWiseID) {
      this.connectWiseID = connectWiseID;
      return this;
    }

    /**
     * Sets {@link CatalogItem#agreementType()}.
     *
     * @param agreementType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementType(@Nullable Reference agreementType) {
      this.agreementType = agreementType;
      return this;
    }

    /**
     * Sets {@link CatalogItem#markupPercentage()}.
     *
     * @param markupPercentage the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder markupPercentage(@Nullable BigDecimal markupPercentage) {
      this.markupPercentage = markupPercentage;
      return this;
    }

    /**
     * Sets {@link CatalogItem#markupFlag()}.
     *
     * @param markupFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder markupFlag(@Nullable Boolean markupFlag) {
      this.markupFlag = markupFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#autoUpdateUnitCostFlag()}.
     *
     * @param autoUpdateUnitCostFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder autoUpdateUnitCostFlag(@Nullable Boolean autoUpdateUnitCostFlag) {
      this.autoUpdateUnitCostFlag = autoUpdateUnitCostFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#autoUpdateUnitPriceFlag()}.
     *
     * @param autoUpdateUnitPriceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder autoUpdateUnitPriceFlag(@Nullable Boolean autoUpdateUnitPriceFlag) {
      this.autoUpdateUnitPriceFlag = autoUpdateUnitPriceFlag;
      return this;
    }

    /**
     * Sets {@link CatalogItem#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link CatalogItem#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the CatalogItem.
     *
     * @return a new immutable {@link CatalogItem}
     */
    public CatalogItem build() {
      return new CatalogItem(id, identifier, description, inactiveFlag, subcategory, type, productClass, serializedFlag, serializedCostFlag, phaseProductFlag, unitOfMeasure, minStockLevel, price, cost, priceAttribute, taxableFlag, dropShipFlag, specialOrderFlag, customerDescription, manufacturer, manufacturerPartNumber, vendor, vendorSku, notes, integrationXRef, sla, entityType, recurringFlag, recurringRevenue, recurringCost, recurringOneTimeFlag, recurringBillCycle, recurringCycleType, calculatedPriceFlag, calculatedCostFlag, category, calculatedPrice, calculatedCost, billableOption, connectWiseID, agreementType, markupPercentage, markupFlag, autoUpdateUnitCostFlag, autoUpdateUnitPriceFlag, info, customFields);
    }
  }
}
