package io.cwsync.examples.erp;

import org.jspecify.annotations.Nullable;

/**
 * An item template for a ConnectWise product type: items are created from it only when it has an
 * inventory or an expense code, and a sales code.
 *
 * @param productType the ConnectWise product type
 * @param inventoryCode the inventory code, or {@code null}
 * @param expenseCode the expense code, or {@code null}
 * @param salesCode the sales code, or {@code null}
 */
public record ItemTemplate(String productType, @Nullable String inventoryCode, @Nullable String expenseCode,
    @Nullable String salesCode) {

  /** Returns whether an item can be created from this template (the seed's coding rule). */
  public boolean fullyCoded() {
    return (inventoryCode != null || expenseCode != null) && salesCode != null;
  }
}
