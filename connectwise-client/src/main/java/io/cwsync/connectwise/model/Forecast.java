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

  /** Builder of {@link Forecast}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable List<ForecastItem> forecastItems;
    private @Nullable BigDecimal recurringTotal;
    private @Nullable Integer expectedProbability;
    private @Nullable Reference taxCode;
    private @Nullable Reference billingTerms;
    private @Nullable Reference currency;
    private @Nullable Info info;

    private Builder() {}

    private Builder(Forecast source) {
      this.id = source.id;
      this.forecastItems = source.forecastItems;
      this.recurringTotal = source.recurringTotal;
      this.expectedProbability = source.expectedProbability;
      this.taxCode = source.taxCode;
      this.billingTerms = source.billingTerms;
      this.currency = source.currency;
      this.info = source.info;
    }

    /**
     * Sets {@link Forecast#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Forecast#forecastItems()}.
     *
     * @param forecastItems the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder forecastItems(@Nullable List<ForecastItem> forecastItems) {
      this.forecastItems = forecastItems;
      return this;
    }

    /**
     * Sets {@link Forecast#recurringTotal()}.
     *
     * @param recurringTotal the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder recurringTotal(@Nullable BigDecimal recurringTotal) {
      this.recurringTotal = recurringTotal;
      return this;
    }

    /**
     * Sets {@link Forecast#expectedProbability()}.
     *
     * @param expectedProbability the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expectedProbability(@Nullable Integer expectedProbability) {
      this.expectedProbability = expectedProbability;
      return this;
    }

    /**
     * Sets {@link Forecast#taxCode()}.
     *
     * @param taxCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder taxCode(@Nullable Reference taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets {@link Forecast#billingTerms()}.
     *
     * @param billingTerms the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder billingTerms(@Nullable Reference billingTerms) {
      this.billingTerms = billingTerms;
      return this;
    }

    /**
     * Sets {@link Forecast#currency()}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable Reference currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets {@link Forecast#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the Forecast.
     *
     * @return a new immutable {@link Forecast}
     */
    public Forecast build() {
      return new Forecast(id, forecastItems, recurringTotal, expectedProbability, taxCode, billingTerms, currency, info);
    }
  }
}
