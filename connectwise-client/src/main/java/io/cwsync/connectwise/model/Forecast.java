package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forecast of an opportunity ({@code sales/opportunities/{parentId}/forecast}): a wrapper of
 * {@link ForecastItem}s.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>The list endpoint is typed as an array of forecasts but has been seen answering a single object;
 * {@link io.cwsync.connectwise.Resources#FORECAST_ITEMS} reads both. The revenue summary objects are not modelled.
 *
 * @param id the record id
 * @param forecastItems ConnectWise {@code forecastItems}
 * @param recurringTotal ConnectWise {@code recurringTotal}
 * @param expectedProbability ConnectWise {@code expectedProbability}
 * @param taxCode ConnectWise {@code taxCode}
 * @param billingTerms ConnectWise {@code billingTerms}
 * @param currency ConnectWise {@code currency}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Forecast(
    @Nullable Integer id,
    @Nullable List<ForecastItem> forecastItems,
    @Nullable BigDecimal recurringTotal,
    @Nullable Integer expectedProbability,
    @Nullable Reference taxCode,
    @Nullable Reference billingTerms,
    @Nullable Reference currency,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Forecast {
    forecastItems = Copies.list(forecastItems);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static ForecastBuilder builder() {
    return ForecastBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public ForecastBuilder toBuilder() {
    return ForecastBuilder.builder(this);
  }
}
