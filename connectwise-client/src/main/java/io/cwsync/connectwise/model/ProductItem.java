package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product line attached to an opportunity, ticket, sales order or invoice
 * ({@code procurement/products}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>{@code recurring} is kept as a raw JSON object (ConnectWise {@code ProductRecurring}).
 *
 * @param id the record id
 * @param catalogItem ConnectWise {@code catalogItem}
 * @param description ConnectWise {@code description}
 * @param sequenceNumber ConnectWise {@code sequenceNumber}
 * @param quantity ConnectWise {@code quantity}
 * @param unitOfMeasure ConnectWise {@code unitOfMeasure}
 * @param price ConnectWise {@code price}
 * @param cost ConnectWise {@code cost}
 * @param extPrice ConnectWise {@code extPrice}
 * @param extCost ConnectWise {@code extCost}
 * @param discount ConnectWise {@code discount}
 * @param margin ConnectWise {@code margin}
 * @param agreementAmount ConnectWise {@code agreementAmount}
 * @param priceMethod ConnectWise {@code priceMethod}
 * @param billableOption ConnectWise {@code billableOption}
 * @param agreement ConnectWise {@code agreement}
 * @param locationId ConnectWise {@code locationId}
 * @param location ConnectWise {@code location}
 * @param businessUnitId ConnectWise {@code businessUnitId}
 * @param businessUnit ConnectWise {@code businessUnit}
 * @param vendor ConnectWise {@code vendor}
 * @param vendorSku ConnectWise {@code vendorSku}
 * @param taxableFlag ConnectWise {@code taxableFlag}
 * @param dropshipFlag ConnectWise {@code dropshipFlag}
 * @param specialOrderFlag ConnectWise {@code specialOrderFlag}
 * @param phaseProductFlag ConnectWise {@code phaseProductFlag}
 * @param cancelledFlag ConnectWise {@code cancelledFlag}
 * @param quantityCancelled ConnectWise {@code quantityCancelled}
 * @param cancelledReason ConnectWise {@code cancelledReason}
 * @param customerDescription ConnectWise {@code customerDescription}
 * @param internalNotes ConnectWise {@code internalNotes}
 * @param productSuppliedFlag ConnectWise {@code productSuppliedFlag}
 * @param subContractorShipToId ConnectWise {@code subContractorShipToId}
 * @param subContractorAmountLimit ConnectWise {@code subContractorAmountLimit}
 * @param recurring ConnectWise {@code recurring}
 * @param sla ConnectWise {@code sla}
 * @param entityType ConnectWise {@code entityType}
 * @param ticket ConnectWise {@code ticket}
 * @param project ConnectWise {@code project}
 * @param phase ConnectWise {@code phase}
 * @param salesOrder ConnectWise {@code salesOrder}
 * @param opportunity ConnectWise {@code opportunity}
 * @param invoice ConnectWise {@code invoice}
 * @param warehouseId ConnectWise {@code warehouseId}
 * @param warehouseIdObject ConnectWise {@code warehouseIdObject}
 * @param warehouseBinId ConnectWise {@code warehouseBinId}
 * @param warehouseBinIdObject ConnectWise {@code warehouseBinIdObject}
 * @param calculatedPriceFlag ConnectWise {@code calculatedPriceFlag}
 * @param calculatedCostFlag ConnectWise {@code calculatedCostFlag}
 * @param forecastDetailId ConnectWise {@code forecastDetailId}
 * @param cancelledBy ConnectWise {@code cancelledBy}
 * @param cancelledDate ConnectWise {@code cancelledDate}
 * @param warehouse ConnectWise {@code warehouse}
 * @param warehouseBin ConnectWise {@code warehouseBin}
 * @param purchaseDate ConnectWise {@code purchaseDate}
 * @param taxCode ConnectWise {@code taxCode}
 * @param integrationXRef ConnectWise {@code integrationXRef}
 * @param listPrice ConnectWise {@code listPrice}
 * @param serialNumberIds ConnectWise {@code serialNumberIds}
 * @param serialNumbers ConnectWise {@code serialNumbers}
 * @param company ConnectWise {@code company}
 * @param forecastStatus ConnectWise {@code forecastStatus}
 * @param productClass ConnectWise {@code productClass}
 * @param needToPurchaseFlag ConnectWise {@code needToPurchaseFlag}
 * @param needToOrderQuantity ConnectWise {@code needToOrderQuantity}
 * @param minimumStockFlag ConnectWise {@code minimumStockFlag}
 * @param shipSet ConnectWise {@code shipSet}
 * @param calculatedPrice ConnectWise {@code calculatedPrice}
 * @param calculatedCost ConnectWise {@code calculatedCost}
 * @param invoiceGrouping ConnectWise {@code invoiceGrouping}
 * @param poApprovedFlag ConnectWise {@code poApprovedFlag}
 * @param uom ConnectWise {@code uom}
 * @param addComponentsFlag ConnectWise {@code addComponentsFlag}
 * @param ignorePricingSchedulesFlag ConnectWise {@code ignorePricingSchedulesFlag}
 * @param asioSubscriptionsID ConnectWise {@code asioSubscriptionsID}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param bypassForecastUpdate ConnectWise {@code bypassForecastUpdate}
 * @param wonCost ConnectWise {@code wonCost}
 * @param wonPrice ConnectWise {@code wonPrice}
 * @param wonQuantity ConnectWise {@code wonQuantity}
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductItem(
    @Nullable Integer id,
    @Nullable Reference catalogItem,
    @Nullable String description,
    @Nullable BigDecimal sequenceNumber,
    @Nullable BigDecimal quantity,
    @Nullable Reference unitOfMeasure,
    @Nullable BigDecimal price,
    @Nullable BigDecimal cost,
    @Nullable BigDecimal extPrice,
    @Nullable BigDecimal extCost,
    @Nullable BigDecimal discount,
    @Nullable BigDecimal margin,
    @Nullable BigDecimal agreementAmount,
    @Nullable String priceMethod,
    @Nullable String billableOption,
    @Nullable Reference agreement,
    @Nullable Integer locationId,
    @Nullable Reference location,
    @Nullable Integer businessUnitId,
    @Nullable Reference businessUnit,
    @Nullable Reference vendor,
    @Nullable String vendorSku,
    @Nullable Boolean taxableFlag,
    @Nullable Boolean dropshipFlag,
    @Nullable Boolean specialOrderFlag,
    @Nullable Boolean phaseProductFlag,
    @Nullable Boolean cancelledFlag,
    @Nullable BigDecimal quantityCancelled,
    @Nullable String cancelledReason,
    @Nullable String customerDescription,
    @Nullable String internalNotes,
    @Nullable Boolean productSuppliedFlag,
    @Nullable Integer subContractorShipToId,
    @Nullable BigDecimal subContractorAmountLimit,
    @Nullable JsonNode recurring,
    @Nullable Reference sla,
    @Nullable Reference entityType,
    @Nullable Reference ticket,
    @Nullable Reference project,
    @Nullable Reference phase,
    @Nullable Reference salesOrder,
    @Nullable Reference opportunity,
    @Nullable Reference invoice,
    @Nullable Integer warehouseId,
    @Nullable Reference warehouseIdObject,
    @Nullable Integer warehouseBinId,
    @Nullable Reference warehouseBinIdObject,
    @Nullable Boolean calculatedPriceFlag,
    @Nullable Boolean calculatedCostFlag,
    @Nullable Integer forecastDetailId,
    @Nullable Integer cancelledBy,
    @Nullable Instant cancelledDate,
    @Nullable String warehouse,
    @Nullable String warehouseBin,
    @Nullable Instant purchaseDate,
    @Nullable Reference taxCode,
    @Nullable String integrationXRef,
    @Nullable BigDecimal listPrice,
    @Nullable List<Integer> serialNumberIds,
    @Nullable List<String> serialNumbers,
    @Nullable Reference company,
    @Nullable Reference forecastStatus,
    @Nullable String productClass,
    @Nullable Boolean needToPurchaseFlag,
    @Nullable Integer needToOrderQuantity,
    @Nullable Boolean minimumStockFlag,
    @Nullable String shipSet,
    @Nullable BigDecimal calculatedPrice,
    @Nullable BigDecimal calculatedCost,
    @Nullable Reference invoiceGrouping,
    @Nullable Boolean poApprovedFlag,
    @Nullable String uom,
    @Nullable Boolean addComponentsFlag,
    @Nullable Boolean ignorePricingSchedulesFlag,
    @Nullable String asioSubscriptionsID,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable Boolean bypassForecastUpdate,
    @Nullable BigDecimal wonCost,
    @Nullable BigDecimal wonPrice,
    @Nullable BigDecimal wonQuantity,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public ProductItem {
    serialNumberIds = Copies.list(serialNumberIds);
    serialNumbers = Copies.list(serialNumbers);
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

  /** Builder of {@link ProductItem}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Reference catalogItem;
    private @Nullable String description;
    private @Nullable BigDecimal sequenceNumber;
    private @Nullable BigDecimal quantity;
    private @Nullable Reference unitOfMeasure;
    private @Nullable BigDecimal price;
    private @Nullable BigDecimal cost;
    private @Nullable BigDecimal extPrice;
    private @Nullable BigDecimal extCost;
    private @Nullable BigDecimal discount;
    private @Nullable BigDecimal margin;
    private @Nullable BigDecimal agreementAmount;
    private @Nullable String priceMethod;
    private @Nullable String billableOption;
    private @Nullable Reference agreement;
    private @Nullable Integer locationId;
    private @Nullable Reference location;
    private @Nullable Integer businessUnitId;
    private @Nullable Reference businessUnit;
    private @Nullable Reference vendor;
    private @Nullable String vendorSku;
    private @Nullable Boolean taxableFlag;
    private @Nullable Boolean dropshipFlag;
    private @Nullable Boolean specialOrderFlag;
    private @Nullable Boolean phaseProductFlag;
    private @Nullable Boolean cancelledFlag;
    private @Nullable BigDecimal quantityCancelled;
    private @Nullable String cancelledReason;
    private @Nullable String customerDescription;
    private @Nullable String internalNotes;
    private @Nullable Boolean productSuppliedFlag;
    private @Nullable Integer subContractorShipToId;
    private @Nullable BigDecimal subContractorAmountLimit;
    private @Nullable JsonNode recurring;
    private @Nullable Reference sla;
    private @Nullable Reference entityType;
    private @Nullable Reference ticket;
    private @Nullable Reference project;
    private @Nullable Reference phase;
    private @Nullable Reference salesOrder;
    private @Nullable Reference opportunity;
    private @Nullable Reference invoice;
    private @Nullable Integer warehouseId;
    private @Nullable Reference warehouseIdObject;
    private @Nullable Integer warehouseBinId;
    private @Nullable Reference warehouseBinIdObject;
    private @Nullable Boolean calculatedPriceFlag;
    private @Nullable Boolean calculatedCostFlag;
    private @Nullable Integer forecastDetailId;
    private @Nullable Integer cancelledBy;
    private @Nullable Instant cancelledDate;
    private @Nullable String warehouse;
    private @Nullable String warehouseBin;
    private @Nullable Instant purchaseDate;
    private @Nullable Reference taxCode;
    private @Nullable String integrationXRef;
    private @Nullable BigDecimal listPrice;
    private @Nullable List<Integer> serialNumberIds;
    private @Nullable List<String> serialNumbers;
    private @Nullable Reference company;
    private @Nullable Reference forecastStatus;
    private @Nullable String productClass;
    private @Nullable Boolean needToPurchaseFlag;
    private @Nullable Integer needToOrderQuantity;
    private @Nullable Boolean minimumStockFlag;
    private @Nullable String shipSet;
    private @Nullable BigDecimal calculatedPrice;
    private @Nullable BigDecimal calculatedCost;
    private @Nullable Reference invoiceGrouping;
    private @Nullable Boolean poApprovedFlag;
    private @Nullable String uom;
    private @Nullable Boolean addComponentsFlag;
    private @Nullable Boolean ignorePricingSchedulesFlag;
    private @Nullable String asioSubscriptionsID;
    private @Nullable Info info;
    private @Nullable Boolean bypassForecastUpdate;
    private @Nullable BigDecimal wonCost;
    private @Nullable BigDecimal wonPrice;
    private @Nullable BigDecimal wonQuantity;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(ProductItem source) {
      this.id = source.id;
      this.catalogItem = source.catalogItem;
      this.description = source.description;
      this.sequenceNumber = source.sequenceNumber;
      this.quantity = source.quantity;
      this.unitOfMeasure = source.unitOfMeasure;
      this.price = source.price;
      this.cost = source.cost;
      this.extPrice = source.extPrice;
      this.extCost = source.extCost;
      this.discount = source.discount;
      this.margin = source.margin;
      this.agreementAmount = source.agreementAmount;
      this.priceMethod = source.priceMethod;
      this.billableOption = source.billableOption;
      this.agreement = source.agreement;
      this.locationId = source.locationId;
      this.location = source.location;
      this.businessUnitId = source.businessUnitId;
      this.businessUnit = source.businessUnit;
      this.vendor = source.vendor;
      this.vendorSku = source.vendorSku;
      this.taxableFlag = source.taxableFlag;
      this.dropshipFlag = source.dropshipFlag;
      this.specialOrderFlag = source.specialOrderFlag;
      this.phaseProductFlag = source.phaseProductFlag;
      this.cancelledFlag = source.cancelledFlag;
      this.quantityCancelled = source.quantityCancelled;
      this.cancelledReason = source.cancelledReason;
      this.customerDescription = source.customerDescription;
      this.internalNotes = source.internalNotes;
      this.productSuppliedFlag = source.productSuppliedFlag;
      this.subContractorShipToId = source.subContractorShipToId;
      this.subContractorAmountLimit = source.subContractorAmountLimit;
      this.recurring = source.recurring;
      this.sla = source.sla;
      this.entityType = source.entityType;
      this.ticket = source.ticket;
      this.project = source.project;
      this.phase = source.phase;
      this.salesOrder = source.salesOrder;
      this.opportunity = source.opportunity;
      this.invoice = source.invoice;
      this.warehouseId = source.warehouseId;
      this.warehouseIdObject = source.warehouseIdObject;
      this.warehouseBinId = source.warehouseBinId;
      this.warehouseBinIdObject = source.warehouseBinIdObject;
      this.calculatedPriceFlag = source.calculatedPriceFlag;
      this.calculatedCostFlag = source.calculatedCostFlag;
      this.forecastDetailId = source.forecastDetailId;
      this.cancelledBy = source.cancelledBy;
      this.cancelledDate = source.cancelledDate;
      this.warehouse = source.warehouse;
      this.warehouseBin = source.warehouseBin;
      this.purchaseDate = source.purchaseDate;
      this.taxCode = source.taxCode;
      this.integrationXRef = source.integrationXRef;
      this.listPrice = source.listPrice;
      this.serialNumberIds = source.serialNumberIds;
      this.serialNumbers = source.serialNumbers;
      this.company = source.company;
      this.forecastStatus = source.forecastStatus;
      this.productClass = source.productClass;
      this.needToPurchaseFlag = source.needToPurchaseFlag;
      this.needToOrderQuantity = source.needToOrderQuantity;
      this.minimumStockFlag = source.minimumStockFlag;
      this.shipSet = source.shipSet;
      this.calculatedPrice = source.calculatedPrice;
      this.calculatedCost = source.calculatedCost;
      this.invoiceGrouping = source.invoiceGrouping;
      this.poApprovedFlag = source.poApprovedFlag;
      this.uom = source.uom;
      this.addComponentsFlag = source.addComponentsFlag;
      this.ignorePricingSchedulesFlag = source.ignorePricingSchedulesFlag;
      this.asioSubscriptionsID = source.asioSubscriptionsID;
      this.info = source.info;
      this.bypassForecastUpdate = source.bypassForecastUpdate;
      this.wonCost = source.wonCost;
      this.wonPrice = source.wonPrice;
      this.wonQuantity = source.wonQuantity;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link ProductItem#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link ProductItem#catalogItem()}.
     *
     * @param catalogItem the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder catalogItem(@Nullable Reference catalogItem) {
      this.catalogItem = catalogItem;
      return this;
    }

    /**
     * Sets {@link ProductItem#description()}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link ProductItem#sequenceNumber()}.
     *
     * @param sequenceNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sequenceNumber(@Nullable BigDecimal sequenceNumber) {
      this.sequenceNumber = sequenceNumber;
      return this;
    }

    /**
     * Sets {@link ProductItem#quantity()}.
     *
     * @param quantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quantity(@Nullable BigDecimal quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@link ProductItem#unitOfMeasure()}.
     *
     * @param unitOfMeasure the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder unitOfMeasure(@Nullable Reference unitOfMeasure) {
      this.unitOfMeasure = unitOfMeasure;
      return this;
    }

    /**
     * Sets {@link ProductItem#price()}.
     *
     * @param price the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder price(@Nullable BigDecimal price) {
      this.price = price;
      return this;
    }

    /**
     * Sets {@link ProductItem#cost()}.
     *
     * @param cost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cost(@Nullable BigDecimal cost) {
      this.cost = cost;
      return this;
    }

    /**
     * Sets {@link ProductItem#extPrice()}.
     *
     * @param extPrice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder extPrice(@Nullable BigDecimal extPrice) {
      this.extPrice = extPrice;
      return this;
    }

    /**
     * Sets {@link ProductItem#extCost()}.
     *
     * @param extCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder extCost(@Nullable BigDecimal extCost) {
      this.extCost = extCost;
      return this;
    }

    /**
     * Sets {@link ProductItem#discount()}.
     *
     * @param discount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder discount(@Nullable BigDecimal discount) {
      this.discount = discount;
      return this;
    }

    /**
     * Sets {@link ProductItem#margin()}.
     *
     * @param margin the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder margin(@Nullable BigDecimal margin) {
      this.margin = margin;
      return this;
    }

    /**
     * Sets {@link ProductItem#agreementAmount()}.
     *
     * @param agreementAmount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreementAmount(@Nullable BigDecimal agreementAmount) {
      this.agreementAmount = agreementAmount;
      return this;
    }

    /**
     * Sets {@link ProductItem#priceMethod()}.
     *
     * @param priceMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder priceMethod(@Nullable String priceMethod) {
      this.priceMethod = priceMethod;
      return this;
    }

    /**
     * Sets {@link ProductItem#billableOption()}.
     *
     * @param billableOption the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billableOption(@Nullable String billableOption) {
      this.billableOption = billableOption;
      return this;
    }

    /**
     * Sets {@link ProductItem#agreement()}.
     *
     * @param agreement the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder agreement(@Nullable Reference agreement) {
      this.agreement = agreement;
      return this;
    }

    /**
     * Sets {@link ProductItem#locationId()}.
     *
     * @param locationId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationId(@Nullable Integer locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * Sets {@link ProductItem#location()}.
     *
     * @param location the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder location(@Nullable Reference location) {
      this.location = location;
      return this;
    }

    /**
     * Sets {@link ProductItem#businessUnitId()}.
     *
     * @param businessUnitId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder businessUnitId(@Nullable Integer businessUnitId) {
      this.businessUnitId = businessUnitId;
      return this;
    }

    /**
     * Sets {@link ProductItem#businessUnit()}.
     *
     * @param businessUnit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder businessUnit(@Nullable Reference businessUnit) {
      this.businessUnit = businessUnit;
      return this;
    }

    /**
     * Sets {@link ProductItem#vendor()}.
     *
     * @param vendor the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendor(@Nullable Reference vendor) {
      this.vendor = vendor;
      return this;
    }

    /**
     * Sets {@link ProductItem#vendorSku()}.
     *
     * @param vendorSku the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendorSku(@Nullable String vendorSku) {
      this.vendorSku = vendorSku;
      return this;
    }

    /**
     * Sets {@link ProductItem#taxableFlag()}.
     *
     * @param taxableFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxableFlag(@Nullable Boolean taxableFlag) {
      this.taxableFlag = taxableFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#dropshipFlag()}.
     *
     * @param dropshipFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dropshipFlag(@Nullable Boolean dropshipFlag) {
      this.dropshipFlag = dropshipFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#specialOrderFlag()}.
     *
     * @param specialOrderFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder specialOrderFlag(@Nullable Boolean specialOrderFlag) {
      this.specialOrderFlag = specialOrderFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#phaseProductFlag()}.
     *
     * @param phaseProductFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phaseProductFlag(@Nullable Boolean phaseProductFlag) {
      this.phaseProductFlag = phaseProductFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#cancelledFlag()}.
     *
     * @param cancelledFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelledFlag(@Nullable Boolean cancelledFlag) {
      this.cancelledFlag = cancelledFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#quantityCancelled()}.
     *
     * @param quantityCancelled the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quantityCancelled(@Nullable BigDecimal quantityCancelled) {
      this.quantityCancelled = quantityCancelled;
      return this;
    }

    /**
     * Sets {@link ProductItem#cancelledReason()}.
     *
     * @param cancelledReason the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelledReason(@Nullable String cancelledReason) {
      this.cancelledReason = cancelledReason;
      return this;
    }

    /**
     * Sets {@link ProductItem#customerDescription()}.
     *
     * @param customerDescription the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customerDescription(@Nullable String customerDescription) {
      this.customerDescription = customerDescription;
      return this;
    }

    /**
     * Sets {@link ProductItem#internalNotes()}.
     *
     * @param internalNotes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder internalNotes(@Nullable String internalNotes) {
      this.internalNotes = internalNotes;
      return this;
    }

    /**
     * Sets {@link ProductItem#productSuppliedFlag()}.
     *
     * @param productSuppliedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productSuppliedFlag(@Nullable Boolean productSuppliedFlag) {
      this.productSuppliedFlag = productSuppliedFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#subContractorShipToId()}.
     *
     * @param subContractorShipToId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subContractorShipToId(@Nullable Integer subContractorShipToId) {
      this.subContractorShipToId = subContractorShipToId;
      return this;
    }

    /**
     * Sets {@link ProductItem#subContractorAmountLimit()}.
     *
     * @param subContractorAmountLimit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subContractorAmountLimit(@Nullable BigDecimal subContractorAmountLimit) {
      this.subContractorAmountLimit = subContractorAmountLimit;
      return this;
    }

    /**
     * Sets {@link ProductItem#recurring()}.
     *
     * @param recurring the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurring(@Nullable JsonNode recurring) {
      this.recurring = recurring;
      return this;
    }

    /**
     * Sets {@link ProductItem#sla()}.
     *
     * @param sla the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sla(@Nullable Reference sla) {
      this.sla = sla;
      return this;
    }

    /**
     * Sets {@link ProductItem#entityType()}.
     *
     * @param entityType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder entityType(@Nullable Reference entityType) {
      this.entityType = entityType;
      return this;
    }

    /**
     * Sets {@link ProductItem#ticket()}.
     *
     * @param ticket the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ticket(@Nullable Reference ticket) {
      this.ticket = ticket;
      return this;
    }

    /**
     * Sets {@link ProductItem#project()}.
     *
     * @param project the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder project(@Nullable Reference project) {
      this.project = project;
      return this;
    }

    /**
     * Sets {@link ProductItem#phase()}.
     *
     * @param phase the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder phase(@Nullable Reference phase) {
      this.phase = phase;
      return this;
    }

    /**
     * Sets {@link ProductItem#salesOrder()}.
     *
     * @param salesOrder the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesOrder(@Nullable Reference salesOrder) {
      this.salesOrder = salesOrder;
      return this;
    }

    /**
     * Sets {@link ProductItem#opportunity()}.
     *
     * @param opportunity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder opportunity(@Nullable Reference opportunity) {
      this.opportunity = opportunity;
      return this;
    }

    /**
     * Sets {@link ProductItem#invoice()}.
     *
     * @param invoice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoice(@Nullable Reference invoice) {
      this.invoice = invoice;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouseId()}.
     *
     * @param warehouseId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouseId(@Nullable Integer warehouseId) {
      this.warehouseId = warehouseId;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouseIdObject()}.
     *
     * @param warehouseIdObject the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouseIdObject(@Nullable Reference warehouseIdObject) {
      this.warehouseIdObject = warehouseIdObject;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouseBinId()}.
     *
     * @param warehouseBinId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouseBinId(@Nullable Integer warehouseBinId) {
      this.warehouseBinId = warehouseBinId;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouseBinIdObject()}.
     *
     * @param warehouseBinIdObject the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouseBinIdObject(@Nullable Reference warehouseBinIdObject) {
      this.warehouseBinIdObject = warehouseBinIdObject;
      return this;
    }

    /**
     * Sets {@link ProductItem#calculatedPriceFlag()}.
     *
     * @param calculatedPriceFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedPriceFlag(@Nullable Boolean calculatedPriceFlag) {
      this.calculatedPriceFlag = calculatedPriceFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#calculatedCostFlag()}.
     *
     * @param calculatedCostFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedCostFlag(@Nullable Boolean calculatedCostFlag) {
      this.calculatedCostFlag = calculatedCostFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#forecastDetailId()}.
     *
     * @param forecastDetailId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder forecastDetailId(@Nullable Integer forecastDetailId) {
      this.forecastDetailId = forecastDetailId;
      return this;
    }

    /**
     * Sets {@link ProductItem#cancelledBy()}.
     *
     * @param cancelledBy the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelledBy(@Nullable Integer cancelledBy) {
      this.cancelledBy = cancelledBy;
      return this;
    }

    /**
     * Sets {@link ProductItem#cancelledDate()}.
     *
     * @param cancelledDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder cancelledDate(@Nullable Instant cancelledDate) {
      this.cancelledDate = cancelledDate;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouse()}.
     *
     * @param warehouse the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouse(@Nullable String warehouse) {
      this.warehouse = warehouse;
      return this;
    }

    /**
     * Sets {@link ProductItem#warehouseBin()}.
     *
     * @param warehouseBin the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder warehouseBin(@Nullable String warehouseBin) {
      this.warehouseBin = warehouseBin;
      return this;
    }

    /**
     * Sets {@link ProductItem#purchaseDate()}.
     *
     * @param purchaseDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder purchaseDate(@Nullable Instant purchaseDate) {
      this.purchaseDate = purchaseDate;
      return this;
    }

    /**
     * Sets {@link ProductItem#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link ProductItem#integrationXRef()}.
     *
     * @param integrationXRef the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder integrationXRef(@Nullable String integrationXRef) {
      this.integrationXRef = integrationXRef;
      return this;
    }

    /**
     * Sets {@link ProductItem#listPrice()}.
     *
     * @param listPrice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder listPrice(@Nullable BigDecimal listPrice) {
      this.listPrice = listPrice;
      return this;
    }

    /**
     * Sets {@link ProductItem#serialNumberIds()}.
     *
     * @param serialNumberIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serialNumberIds(@Nullable List<Integer> serialNumberIds) {
      this.serialNumberIds = serialNumberIds;
      return this;
    }

    /**
     * Sets {@link ProductItem#serialNumbers()}.
     *
     * @param serialNumbers the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serialNumbers(@Nullable List<String> serialNumbers) {
      this.serialNumbers = serialNumbers;
      return this;
    }

    /**
     * Sets {@link ProductItem#company()}.
     *
     * @param company the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder company(@Nullable Reference company) {
      this.company = company;
      return this;
    }

    /**
     * Sets {@link ProductItem#forecastStatus()}.
     *
     * @param forecastStatus the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder forecastStatus(@Nullable Reference forecastStatus) {
      this.forecastStatus = forecastStatus;
      return this;
    }

    /**
     * Sets {@link ProductItem#productClass()}.
     *
     * @param productClass the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder productClass(@Nullable String productClass) {
      this.productClass = productClass;
      return this;
    }

    /**
     * Sets {@link ProductItem#needToPurchaseFlag()}.
     *
     * @param needToPurchaseFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder needToPurchaseFlag(@Nullable Boolean needToPurchaseFlag) {
      this.needToPurchaseFlag = needToPurchaseFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#needToOrderQuantity()}.
     *
     * @param needToOrderQuantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder needToOrderQuantity(@Nullable Integer needToOrderQuantity) {
      this.needToOrderQuantity = needToOrderQuantity;
      return this;
    }

    /**
     * Sets {@link ProductItem#minimumStockFlag()}.
     *
     * @param minimumStockFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder minimumStockFlag(@Nullable Boolean minimumStockFlag) {
      this.minimumStockFlag = minimumStockFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#shipSet()}.
     *
     * @param shipSet the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipSet(@Nullable String shipSet) {
      this.shipSet = shipSet;
      return this;
    }

    /**
     * Sets {@link ProductItem#calculatedPrice()}.
     *
     * @param calculatedPrice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedPrice(@Nullable BigDecimal calculatedPrice) {
      this.calculatedPrice = calculatedPrice;
      return this;
    }

    /**
     * Sets {@link ProductItem#calculatedCost()}.
     *
     * @param calculatedCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calculatedCost(@Nullable BigDecimal calculatedCost) {
      this.calculatedCost = calculatedCost;
      return this;
    }

    /**
     * Sets {@link ProductItem#invoiceGrouping()}.
     *
     * @param invoiceGrouping the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder invoiceGrouping(@Nullable Reference invoiceGrouping) {
      this.invoiceGrouping = invoiceGrouping;
      return this;
    }

    /**
     * Sets {@link ProductItem#poApprovedFlag()}.
     *
     * @param poApprovedFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder poApprovedFlag(@Nullable Boolean poApprovedFlag) {
      this.poApprovedFlag = poApprovedFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#uom()}.
     *
     * @param uom the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder uom(@Nullable String uom) {
      this.uom = uom;
      return this;
    }

    /**
     * Sets {@link ProductItem#addComponentsFlag()}.
     *
     * @param addComponentsFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addComponentsFlag(@Nullable Boolean addComponentsFlag) {
      this.addComponentsFlag = addComponentsFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#ignorePricingSchedulesFlag()}.
     *
     * @param ignorePricingSchedulesFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ignorePricingSchedulesFlag(@Nullable Boolean ignorePricingSchedulesFlag) {
      this.ignorePricingSchedulesFlag = ignorePricingSchedulesFlag;
      return this;
    }

    /**
     * Sets {@link ProductItem#asioSubscriptionsID()}.
     *
     * @param asioSubscriptionsID the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder asioSubscriptionsID(@Nullable String asioSubscriptionsID) {
      this.asioSubscriptionsID = asioSubscriptionsID;
      return this;
    }

    /**
     * Sets {@link ProductItem#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link ProductItem#bypassForecastUpdate()}.
     *
     * @param bypassForecastUpdate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder bypassForecastUpdate(@Nullable Boolean bypassForecastUpdate) {
      this.bypassForecastUpdate = bypassForecastUpdate;
      return this;
    }

    /**
     * Sets {@link ProductItem#wonCost()}.
     *
     * @param wonCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wonCost(@Nullable BigDecimal wonCost) {
      this.wonCost = wonCost;
      return this;
    }

    /**
     * Sets {@link ProductItem#wonPrice()}.
     *
     * @param wonPrice the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wonPrice(@Nullable BigDecimal wonPrice) {
      this.wonPrice = wonPrice;
      return this;
    }

    /**
     * Sets {@link ProductItem#wonQuantity()}.
     *
     * @param wonQuantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wonQuantity(@Nullable BigDecimal wonQuantity) {
      this.wonQuantity = wonQuantity;
      return this;
    }

    /**
     * Sets {@link ProductItem#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the ProductItem.
     *
     * @return a new immutable {@link ProductItem}
     */
    public ProductItem build() {
      return new ProductItem(id, catalogItem, description, sequenceNumber, quantity, unitOfMeasure, price, cost, extPrice, extCost, discount, margin, agreementAmount, priceMethod, billableOption, agreement, locationId, location, businessUnitId, businessUnit, vendor, vendorSku, taxableFlag, dropshipFlag, specialOrderFlag, phaseProductFlag, cancelledFlag, quantityCancelled, cancelledReason, customerDescription, internalNotes, productSuppliedFlag, subContractorShipToId, subContractorAmountLimit, recurring, sla, entityType, ticket, project, phase, salesOrder, opportunity, invoice, warehouseId, warehouseIdObject, warehouseBinId, warehouseBinIdObject, calculatedPriceFlag, calculatedCostFlag, forecastDetailId, cancelledBy, cancelledDate, warehouse, warehouseBin, purchaseDate, taxCode, integrationXRef, listPrice, serialNumberIds, serialNumbers, company, forecastStatus, productClass, needToPurchaseFlag, needToOrderQuantity, minimumStockFlag, shipSet, calculatedPrice, calculatedCost, invoiceGrouping, poApprovedFlag, uom, addComponentsFlag, ignorePricingSchedulesFlag, asioSubscriptionsID, info, bypassForecastUpdate, wonCost, wonPrice, wonQuantity, customFields);
    }
  }
}
