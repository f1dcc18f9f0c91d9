package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.requireState;

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

  /**
   * Sets the selection switches of a {@link SyncProfile.Builder#selection section}; not thread-safe.
   * The product update switches need products on, and products cannot be turned off under them.
   */
  public static final class Builder {
    private boolean companiesContactsOpportunities = true;
    private boolean products;
    private boolean pullProductUpdates;
    private boolean pushProductUpdates;

    Builder() {}

    void replay(SyncSelection from, Replay r) {
      r.set("companiesContactsOpportunities",
          () -> syncCompaniesContactsOpportunities(from.companiesContactsOpportunities()));
      r.set("products", () -> syncProducts(from.products()));
      r.set("pullProductUpdates", () -> pullProductUpdates(from.pullProductUpdates()));
      r.set("pushProductUpdates", () -> pushProductUpdates(from.pushProductUpdates()));
    }

    /**
     * Sets whether ConnectWise companies, contacts and opportunities are synced (on by default).
     *
     * @param sync whether to sync them
     * @return this builder
     */
    public Builder syncCompaniesContactsOpportunities(boolean sync) {
      this.companiesContactsOpportunities = sync;
      return this;
    }

    /**
     * Sets whether all products (ConnectWise catalog items) are synced (off by default).
     *
     * @param sync whether to sync products
     * @return this builder
     * @throws IllegalStateException if turned off while a product update switch is on
     */
    public Builder syncProducts(boolean sync) {
      requireState(sync || !(pullProductUpdates || pushProductUpdates),
          "products cannot be turned off while pulling (%s) or pushing (%s) product updates is on",
          pullProductUpdates, pushProductUpdates);
      this.products = sync;
      return this;
    }

    /**
     * Sets whether updates made to products in ConnectWise are pulled.
     *
     * @param pull whether to pull product updates
     * @return this builder
     * @throws IllegalStateException if turned on while products are not synced
     */
    public Builder pullProductUpdates(boolean pull) {
      requireState(!pull || products, "pulling product updates needs syncProducts(true) first");
      this.pullProductUpdates = pull;
      return this;
    }

    /**
     * Sets whether updates made to products in the host are pushed.
     *
     * @param push whether to push product updates
     * @return this builder
     * @throws IllegalStateException if turned on while products are not synced
     */
    public Builder pushProductUpdates(boolean push) {
      requireState(!push || products, "pushing product updates needs syncProducts(true) first");
      this.pushProductUpdates = push;
      return this;
    }

    SyncSelection build() {
      return new SyncSelection(companiesContactsOpportunities, products, pullProductUpdates,
          pushProductUpdates);
    }
  }
}
