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
@ModelBuilder
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
  public static ProductItemBuilder builder() {
    return ProductItemBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public ProductItemBuilder toBuilder() {
    return ProductItemBuilder.builder(this);
  }
}
