package io.cwsync.mapping.internal;

import io.cwsync.connectwise.model.TaxCode;
import java.math.BigDecimal;

/** Tax code rate arithmetic shared by reference data loading and tax region mapping. */
public final class CatalogRates {
  private CatalogRates() {}

  /**
   * Returns the combined rate of a tax code in percent: the sum of its six levels (unset levels
   * count as zero), normalised.
   *
   * @param code the tax code
   * @return the rate in percent
   */
  public static BigDecimal rate(TaxCode code) {
    return CatalogMapper.rate(code);
  }
}
