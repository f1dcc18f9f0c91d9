package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A tax category of a region: "Taxable" at the region's rate or "Non-Taxable" at 0%. A quote line
 * carries one.
 *
 * @param id the CRM id
 * @param taxRegionId the region's CRM id
 * @param name {@value TaxRepository#TAXABLE} or {@value TaxRepository#NON_TAXABLE}
 * @param taxable whether the category taxes the line
 * @param rate the rate in percent
 */
public record TaxCategory(long id, long taxRegionId, String name, boolean taxable, BigDecimal rate) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public TaxCategory {
    requireNonNull(name, "name == null");
    requireNonNull(rate, "rate == null");
  }
}
