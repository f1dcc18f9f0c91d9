package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nullableNonBlank;

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

  /**
   * Sets the opportunity defaults of a {@link SyncProfile.Builder#opportunityDefaults section}; not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String location;
    private @Nullable String businessUnit;
    private @Nullable String rating;
    private @Nullable String stage;
    private @Nullable String status;

    Builder() {}

    void replay(OpportunityDefaults from, Replay r) {
      r.set("location", () -> defaultLocation(from.location()));
      r.set("businessUnit", () -> defaultBusinessUnit(from.businessUnit()));
      r.set("rating", () -> defaultRating(from.rating()));
      r.set("stage", () -> defaultStage(from.stage()));
      r.set("status", () -> defaultStatus(from.status()));
    }

    /**
     * Sets the ConnectWise location for opportunities created in ConnectWise.
     *
     * @param location location name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultLocation(@Nullable String location) {
      this.location = nullableNonBlank(location, "default location");
      return this;
    }

    /**
     * Sets the ConnectWise department (business unit) for opportunities created in ConnectWise.
     *
     * @param businessUnit department name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultBusinessUnit(@Nullable String businessUnit) {
      this.businessUnit = nullableNonBlank(businessUnit, "default business unit");
      return this;
    }

    /**
     * Sets the ConnectWise rating for opportunities created in ConnectWise.
     *
     * @param rating rating name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultRating(@Nullable String rating) {
      this.rating = nullableNonBlank(rating, "default rating");
      return this;
    }

    /**
     * Sets the ConnectWise stage used for host stages without a stage mapping.
     *
     * @param stage stage name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultStage(@Nullable String stage) {
      this.stage = nullableNonBlank(stage, "default stage");
      return this;
    }

    /**
     * Sets the ConnectWise status used for host stages without a status mapping.
     *
     * @param status status name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultStatus(@Nullable String status) {
      this.status = nullableNonBlank(status, "default status");
      return this;
    }

    OpportunityDefaults build() {
      return new OpportunityDefaults(location, businessUnit, rating, stage, status);
    }
  }
}
