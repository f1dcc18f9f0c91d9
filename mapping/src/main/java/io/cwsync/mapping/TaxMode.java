package io.cwsync.mapping;

/**
 * How host tax settings relate to ConnectWise tax codes.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum TaxMode {
  /**
   * Import ConnectWise tax codes as host tax regions; each region gets a taxable category at the tax
   * code's rate and a non-taxable category at 0%.
   */
  IMPORT_TAX_CODES,
  /** Map host tax rates to ConnectWise tax codes, one entry per rate. */
  MAP_TAX_RATES
}
