package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.HostRecord;
import org.jspecify.annotations.Nullable;

/**
 * What the rules ask the host about the quote lines (ConnectWise forecast items, {@link HostFields.QuoteLine}) they
 * pull: whether the host has a product for a catalog item, and how a pulled line reads once the host stored it.
 * The host's quote line adapter usually implements it; give it to
 * {@link ProfileSyncRules.Builder#quoteLines(HostQuoteLines)}.
 *
 * <p>Why: core fingerprints the host record the rules map a forecast item to, and compares it with the record the
 * adapter reads back on the next push. A host that fills in more on a line than the forecast item says (its
 * product's name and code, the line's position, the tax category's taxability, the document's status) would see
 * every pulled line as changed and write it back to ConnectWise, unless the rules map to that stored shape.
 *
 * <p>Implementations must be thread-safe.
 */
public interface HostQuoteLines {

  /**
   * Tells whether the host has a product for a catalog item, so a pulled line selling it can be stored. A line
   * selling an inactive catalog item the host has no product for is out of the pull's scope (the products flow does
   * not pull inactive items either); a line selling an active one the host lacks fails with a missing reference.
   *
   * @param catalogItemId the catalog item id
   * @param identifier the catalog item identifier, or {@code null}
   * @return whether the host can store a line selling it
   */
  boolean knowsProduct(int catalogItemId, @Nullable String identifier);

  /**
   * Shapes a forecast item the rules mapped into the record the host will read back once the line is stored.
   *
   * @param mapped the rules' host record, with {@code parentHostId} set to the opportunity when it is linked
   * @param catalogItemId the forecast item's catalog item id, or {@code null} if it has none
   * @return the record as the host will store it
   * @throws io.cwsync.core.CwsyncException naming the field when the line cannot be stored
   */
  HostRecord pulled(HostRecord mapped, @Nullable Integer catalogItemId);

  /**
   * Returns the default: lines are stored as mapped, and the host knows a catalog item's product only when the
   * products flow linked one.
   *
   * @return the default
   */
  static HostQuoteLines asMapped() {
    return AsMapped.INSTANCE;
  }
}

/** The {@link HostQuoteLines#asMapped()} singleton. */
enum AsMapped implements HostQuoteLines {
  INSTANCE;

  @Override
  public boolean knowsProduct(int catalogItemId, @Nullable String identifier) {
    return false;
  }

  @Override
  public HostRecord pulled(HostRecord mapped, @Nullable Integer catalogItemId) {
    return requireNonNull(mapped, "mapped == null");
  }
}
