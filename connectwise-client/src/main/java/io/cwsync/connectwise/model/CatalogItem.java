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
@ModelBuilder
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
  public static CatalogItemBuilder builder() {
    return CatalogItemBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public CatalogItemBuilder toBuilder() {
    return CatalogItemBuilder.builder(this);
  }
}
