package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A tax region of the CRM (a ConnectWise tax code once synced). Each region has two categories, see
 * {@link TaxCategory}.
 *
 * @param id the CRM id; {@code 0} before the row is saved
 * @param name the region name, unique
 * @param rate the taxable rate in percent (8.25 for 8.25%, as ConnectWise states tax rates)
 * @param cwTaxCodeId the linked ConnectWise tax code id, or {@code null}
 * @param syncOptOut the user's "do not sync this region" switch
 * @param tracking when and by whom the row last changed
 */
public record TaxRegion(
    long id, String name, BigDecimal rate, @Nullable Integer cwTaxCodeId, boolean syncOptOut, Tracking tracking) {
  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the rate is negative or at least 100
   */
  public TaxRegion {
    requireNonNull(name, "name == null");
    requireNonNull(rate, "rate == null");
    requireNonNull(tracking, "tracking == null");
    if (rate.signum() < 0 || rate.compareTo(ONE_HUNDRED) >= 0) {
      throw new IllegalArgumentException("tax region '" + name + "' rate must be a percentage in [0, 100): " + rate);
    }
  }

  /**
   * Returns an unsaved region.
   *
   * @param name the name
   * @param rate the taxable rate in percent
   * @return a draft to pass to {@link TaxRepository#insert}
   */
  public static TaxRegion draft(String name, BigDecimal rate) {
    return new TaxRegion(0, name, rate, null, false, Tracking.unsaved());
  }

  /** Returns a copy with another rate. */
  public TaxRegion withRate(BigDecimal newRate) {
    return new TaxRegion(id, name, newRate, cwTaxCodeId, syncOptOut, tracking);
  }
}
