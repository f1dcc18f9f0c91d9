package io.cwsync.mapping;

/**
 * How a host bundle (a quote line with child products) is pushed to ConnectWise forecast items.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum BundleStrategy {
  /** Push the bundle product as a single product; its child products are not pushed. */
  ONE_PRODUCT,
  /** Push only the child products of the bundle, each as an individual product. */
  CHILD_PRODUCTS,
  /** Push the bundle as a bundle: the bundle line (product class {@code Bundle}) followed by its children. */
  AS_BUNDLE
}
