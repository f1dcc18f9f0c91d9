package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Identifies one tenant: one ConnectWise connection paired with one host account. Every store key starts with it.
 *
 * @param value the host's identifier for the tenant; non-blank
 */
public record TenantId(String value) implements Comparable<TenantId> {

  /**
   * Validates the value.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public TenantId {
    requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("tenant id must not be blank");
    }
  }

  /**
   * Returns the tenant id for {@code value}.
   *
   * @param value the identifier; non-blank
   * @return the tenant id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
