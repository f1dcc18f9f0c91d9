package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

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
}
