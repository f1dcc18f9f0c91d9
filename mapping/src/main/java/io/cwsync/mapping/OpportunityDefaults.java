package io.cwsync.mapping;

import org.jspecify.annotations.Nullable;

/**
 * Defaults for opportunities created in ConnectWise, by ConnectWise name.
 *
 * <p>The stage and status defaults apply to host stages without a stage or status mapping ("in case
 * the mapping is not given, we use the default stage and status selected"). Thread-safe (immutable
 * record).
 *
 * @param location ConnectWise location name for {@code locationId}, or {@code null}
 * @param businessUnit ConnectWise department (business unit) name for {@code businessUnitId}, or
 *     {@code null}
 * @param rating ConnectWise opportunity rating name, or {@code null}
 * @param stage ConnectWise stage for unmapped host stages, or {@code null}
 * @param status ConnectWise status for unmapped host stages, or {@code null}
 */
public record OpportunityDefaults(
    @Nullable String location,
    @Nullable String businessUnit,
    @Nullable String rating,
    @Nullable String stage,
    @Nullable String status) {

  /**
   * Returns defaults that set nothing.
   *
   * @return empty defaults
   */
  public static OpportunityDefaults none() {
    return new OpportunityDefaults(null, null, null, null, null);
  }
}
