package io.cwsync.mapping;

/**
 * What to sync: the "Sync Filter" switches of the quoting integration.
 *
 * <p>Thread-safe (immutable record).
 *
 * @param companiesContactsOpportunities sync ConnectWise companies, contacts and opportunities (and
 *     with them quote lines, forecast items and won documents)
 * @param products sync "All Products": ConnectWise catalog items with host products
 * @param pullProductUpdates pull updates made to products in ConnectWise (new products are pulled
 *     whenever {@code products} is on)
 * @param pushProductUpdates push updates made to products in the host (new products are pushed
 *     whenever {@code products} is on and the mode pushes)
 */
public record SyncSelection(
    boolean companiesContactsOpportunities,
    boolean products,
    boolean pullProductUpdates,
    boolean pushProductUpdates) {

  /**
   * Returns the default selection: companies, contacts and opportunities on, products off.
   *
   * @return the default selection
   */
  public static SyncSelection defaults() {
    return new SyncSelection(true, false, false, false);
  }
}
