package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One product inside a bundle, with how many of it one bundle holds.
 *
 * @param bundleId the bundle product's CRM id
 * @param productId the component product's CRM id
 * @param quantity how many per bundle
 */
public record BundleComponent(long bundleId, long productId, BigDecimal quantity) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code quantity} is null
   * @throws IllegalArgumentException if {@code quantity} is not positive
   */
  public BundleComponent {
    requireNonNull(quantity, "quantity == null");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("bundle component quantity must be positive: " + quantity);
    }
  }
}
