package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.requireArgument;
import static io.cwsync.mapping.Checks.requireState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cwsync.connectwise.InvalidValueException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How host tax rates relate to ConnectWise tax codes.
 *
 * <p>Rates are percentages ({@code 8.25} for 8.25%) and are normalised (trailing zeros stripped) so
 * that {@code 8.250} and {@code 8.25} are one key. Thread-safe (immutable record).
 *
 * @param mode import tax codes, or map rates
 * @param rates host tax rate (percent) to ConnectWise tax code identifier, used in
 *     {@link TaxMode#MAP_TAX_RATES}
 * @param taxableCategory name of the taxable category created per imported tax region
 * @param nonTaxableCategory name of the 0% category created per imported tax region
 */
public record TaxMapping(
    TaxMode mode, Map<BigDecimal, String> rates, String taxableCategory, String nonTaxableCategory) {

  /**
   * Copies and normalises the rates.
   *
   * @throws NullPointerException if an argument or entry is null
   * @throws IllegalArgumentException if two rates are equal after normalisation
   */
  public TaxMapping {
    requireNonNull(mode, "mode == null");
    requireNonNull(rates, "rates == null");
    Map<BigDecimal, String> normal = new LinkedHashMap<>();
    rates.forEach((rate, code) -> {
      BigDecimal key = normalise(requireNonNull(rate, "rate == null"));
      if (normal.put(key, requireNonNull(code, "tax code == null")) != null) {
        throw new IllegalArgumentException("tax rate " + key.toPlainString() + "% is mapped twice");
      }
    });
    rates = Map.copyOf(normal);
    requireNonNull(taxableCategory, "taxableCategory == null");
    requireNonNull(nonTaxableCategory, "nonTaxableCategory == null");
  }

  /**
   * Returns the defaults: import tax codes, categories {@code Taxable} and {@code Non-Taxable}.
   *
   * @return the defaults
   */
  public static TaxMapping defaults() {
    return new TaxMapping(TaxMode.IMPORT_TAX_CODES, Map.of(), "Taxable", "Non-Taxable");
  }

  /**
   * Normalises a rate for use as a key: trailing zeros stripped, never in exponent form.
   *
   * @param rate a percentage
   * @return the normalised rate
   */
  public static BigDecimal normalise(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Reads the JSON form, whose rate keys are text such as {@code "8.25"}. */
  @JsonCreator
  static TaxMapping fromJson(@JsonProperty("mode") TaxMode mode, @JsonProperty("rates") Map<String, String> rates,
      @JsonProperty("taxableCategory") String taxableCategory,
      @JsonProperty("nonTaxableCategory") String nonTaxableCategory) {
    Map<BigDecimal, String> parsed = new LinkedHashMap<>();
    requireNonNull(rates, "rates == null").forEach((rate, code) -> {
      BigDecimal percent;
      try {
        percent = new BigDecimal(rate);
      } catch (NumberFormatException e) {
        throw new PropertyException("rates." + SyncProfileJson.cut(rate),
            "'" + SyncProfileJson.cut(rate) + "' is not a tax rate in percent");
      }
      // Bounded before anything normalises or renders it: setScale of 1e999999999 exhausts memory.
      try {
        InvalidValueException.requireBounded("taxMapping.rates", percent);
      } catch (InvalidValueException e) {
        throw new PropertyException("rates." + SyncProfileJson.cut(rate), e.getMessage());
      }
      parsed.put(percent, code);
    });
    return new TaxMapping(mode, parsed, taxableCategory, nonTaxableCategory);
  }

  /** Sets the tax mapping of a {@link SyncProfile.Builder#taxMapping section}; not thread-safe. */
  public static final class Builder {
    private TaxMode mode = TaxMode.IMPORT_TAX_CODES;
    private final Map<BigDecimal, String> rates = new LinkedHashMap<>();
    private String taxableCategory = "Taxable";
    private String nonTaxableCategory = "Non-Taxable";

    Builder() {}

    void replay(TaxMapping from, Replay r) {
      r.set("mode", () -> this.mode = requireNonNull(from.mode(), "mode == null"));
      new TreeMap<>(from.rates()).forEach((rate, code) -> r.set("rates." + rate.toPlainString(),
          () -> mapTaxRate(rate, code)));
      r.set("taxableCategory", () -> taxCategoryNames(from.taxableCategory(), from.nonTaxableCategory()));
    }

    /**
     * Imports ConnectWise tax codes as host tax regions (the default).
     *
     * @return this builder
     * @throws IllegalStateException if tax rate mappings exist
     */
    public Builder importTaxCodes() {
      requireState(rates.isEmpty(), "tax codes cannot be imported while %s tax rate mapping(s) exist",
          rates.size());
      this.mode = TaxMode.IMPORT_TAX_CODES;
      return this;
    }

    /**
     * Sets the names of the two categories created for each imported tax region.
     *
     * @param taxable name of the category at the tax code's rate
     * @param nonTaxable name of the 0% category
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or both are equal
     */
    public Builder taxCategoryNames(String taxable, String nonTaxable) {
      nonBlank(taxable, "taxable category");
      nonBlank(nonTaxable, "non-taxable category");
      requireArgument(!taxable.equalsIgnoreCase(nonTaxable),
          "taxable and non-taxable categories need different names, both are '%s'", taxable);
      this.taxableCategory = taxable;
      this.nonTaxableCategory = nonTaxable;
      return this;
    }

    /**
     * Maps a host tax rate to a ConnectWise tax code and selects {@link TaxMode#MAP_TAX_RATES}.
     *
     * @param ratePercent host tax rate in percent, between 0 and 100
     * @param taxCode ConnectWise tax code identifier
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rate is out of range or the code is blank
     * @throws IllegalStateException if the rate is already mapped
     */
    public Builder mapTaxRate(BigDecimal ratePercent, String taxCode) {
      requireNonNull(ratePercent, "ratePercent == null");
      nonBlank(taxCode, "tax code");
      // Bounded before anything renders it: toPlainString or setScale of 1e999999999 exhausts memory.
      InvalidValueException.requireBounded("taxMapping.rates", ratePercent);
      requireArgument(ratePercent.signum() >= 0 && ratePercent.compareTo(BigDecimal.valueOf(100)) <= 0,
          "tax rate must be between 0 and 100 percent, got %s", ratePercent.toPlainString());
      BigDecimal key = normalise(ratePercent);
      requireState(!rates.containsKey(key), "tax rate %s%% is already mapped to tax code '%s'",
          key.toPlainString(), rates.get(key));
      mode = TaxMode.MAP_TAX_RATES;
      rates.put(key, taxCode);
      return this;
    }

    TaxMapping build() {
      return new TaxMapping(mode, rates, taxableCategory, nonTaxableCategory);
    }
  }
}
