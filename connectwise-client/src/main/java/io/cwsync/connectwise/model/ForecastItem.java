package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an opportunity forecast ({@code sales/opportunities/{parentId}/forecast/{id}}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param forecastDescription ConnectWise {@code forecastDescription}
 * @param opportunity ConnectWise {@code opportunity}
 * @param quantity ConnectWise {@code quantity}
 * @param bill ConnectWise {@code bill}
 * @param quantityCancelled ConnectWise {@code quantityCancelled}
 * @param teStatusID ConnectWise {@code teStatusID}
 * @param billingLogRecID ConnectWise {@code billingLogRecID}
 * @param convertedRecID ConnectWise {@code convertedRecID}
 * @param convertedAGRDetailRecID ConnectWise {@code convertedAGRDetailRecID}
 * @param status ConnectWise {@code status}
 * @param catalogItem ConnectWise {@code catalogItem}
 * @param productDescription ConnectWise {@code productDescription}
 * @param productClass ConnectWise {@code productClass}
 * @param revenue ConnectWise {@code revenue}
 * @param cost ConnectWise {@code cost}
 * @param margin ConnectWise {@code margin}
 * @param percentage ConnectWise {@code percentage}
 * @param includeFlag ConnectWise {@code includeFlag}
 * @param quoteWerksDocNo ConnectWise {@code quoteWerksDocNo}
 * @param quoteWerksDocName ConnectWise {@code quoteWerksDocName}
 * @param quoteWerksQuantity ConnectWise {@code quoteWerksQuantity}
 * @param forecastType ConnectWise {@code forecastType}
 * @param linkFlag ConnectWise {@code linkFlag}
 * @param recurringRevenue ConnectWise {@code recurringRevenue}
 * @param recurringCost ConnectWise {@code recurringCost}
 * @param recurringDateStart ConnectWise {@code recurringDateStart}
 * @param recurringDateEnd ConnectWise {@code recurringDateEnd}
 * @param billCycle ConnectWise {@code billCycle}
 * @param cycleBasis ConnectWise {@code cycleBasis}
 * @param cycles ConnectWise {@code cycles}
 * @param recurringFlag ConnectWise {@code recurringFlag}
 * @param sequenceNumber ConnectWise {@code sequenceNumber}
 * @param subNumber ConnectWise {@code subNumber}
 * @param taxableFlag ConnectWise {@code taxableFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForecastItem(
    @Nullable Integer id,
    @Nullable String forecastDescription,
    @Nullable Reference opportunity,
    @Nullable BigDecimal quantity,
    @Nullable String bill,
    @Nullable BigDecimal quantityCancelled,
    @Nullable Integer teStatusID,
    @Nullable Integer billingLogRecID,
    @Nullable Integer convertedRecID,
    @Nullable Integer convertedAGRDetailRecID,
    @Nullable Reference status,
    @Nullable Reference catalogItem,
    @Nullable String productDescription,
    @Nullable String productClass,
    @Nullable BigDecimal revenue,
    @Nullable BigDecimal cost,
    @Nullable BigDecimal margin,
    @Nullable Integer percentage,
    @Nullable Boolean includeFlag,
    @Nullable String quoteWerksDocNo,
    @Nullable String quoteWerksDocName,
    @Nullable Integer quoteWerksQuantity,
    @Nullable String forecastType,
    @Nullable Boolean linkFlag,
    @Nullable BigDecimal recurringRevenue,
    @Nullable BigDecimal recurringCost,
    @Nullable Instant recurringDateStart,
    @Nullable Instant recurringDateEnd,
    @Nullable Reference billCycle,
    @Nullable String cycleBasis,
    @Nullable Integer cycles,
    @Nullable Boolean recurringFlag,
    @Nullable BigDecimal sequenceNumber,
    @Nullable Integer subNumber,
    @Nullable Boolean taxableFlag,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static ForecastItemBuilder builder() {
    return ForecastItemBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public ForecastItemBuilder toBuilder() {
    return ForecastItemBuilder.builder(this);
  }
}
