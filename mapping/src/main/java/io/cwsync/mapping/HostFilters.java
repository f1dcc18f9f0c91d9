package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which host records are synced at all: the ERP integration's customer filters and the per-record
 * opt-out ("when ZCJ_SyncToCW is set to No, the sync will not update ConnectWise for this customer").
 *
 * <p>Empty sets mean "no restriction"; values compare case-insensitively. The opt-out applies to every
 * host record (also when the host sets {@code HostRecord}'s own opt-out flag). Thread-safe (immutable
 * record).
 *
 * @param customerTypes only host customers with one of these customer types
 * @param contractTypes only host customers with one of these contract types
 * @param branches only host customers of one of these branch numbers
 * @param optOutField host field that opts a record out (for example {@code ZCJ_SyncToCW}), or
 *     {@code null}
 * @param optOutValue the value of {@code optOutField} that opts out (for example {@code No}), or
 *     {@code null} exactly when {@code optOutField} is
 */
public record HostFilters(
    Set<String> customerTypes,
    Set<String> contractTypes,
    Set<String> branches,
    @Nullable String optOutField,
    @Nullable String optOutValue) {

  /**
   * Copies the sets.
   *
   * @throws NullPointerException if a set or an entry is null
   * @throws IllegalArgumentException if only one of the opt-out field and value is given
   */
  public HostFilters {
    customerTypes = Set.copyOf(requireNonNull(customerTypes, "customerTypes == null"));
    contractTypes = Set.copyOf(requireNonNull(contractTypes, "contractTypes == null"));
    branches = Set.copyOf(requireNonNull(branches, "branches == null"));
    if ((optOutField == null) != (optOutValue == null)) {
      throw new IllegalArgumentException(
          "optOutField and optOutValue go together, got field " + optOutField + " and value "
              + optOutValue);
    }
  }

  /**
   * Returns filters that restrict nothing.
   *
   * @return the empty filters
   */
  public static HostFilters none() {
    return new HostFilters(Set.of(), Set.of(), Set.of(), null, null);
  }
}
