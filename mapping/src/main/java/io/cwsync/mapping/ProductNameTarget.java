package io.cwsync.mapping;

/**
 * Which ConnectWise catalog item field the host product name maps to.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum ProductNameTarget {
  /** The host product name is the catalog item {@code identifier} ("Product ID"). */
  IDENTIFIER,
  /**
   * The host product name is the catalog item {@code description}; another host field must then map
   * to the {@code identifier}, which ConnectWise requires.
   */
  DESCRIPTION
}
