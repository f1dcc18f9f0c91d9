package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A system location ({@code system/locations}); used as a company {@code territory} and as
 * an opportunity {@code locationId}.
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * @param id the record id
 * @param ownerLevelId ConnectWise {@code ownerLevelId}
 * @param structureLevel ConnectWise {@code structureLevel}
 * @param name ConnectWise {@code name}
 * @param manager ConnectWise {@code manager}
 * @param reportsTo ConnectWise {@code reportsTo}
 * @param salesRep ConnectWise {@code salesRep}
 * @param timeZoneSetup ConnectWise {@code timeZoneSetup}
 * @param calendar ConnectWise {@code calendar}
 * @param overrideAddressLine1 ConnectWise {@code overrideAddressLine1}
 * @param overrideAddressLine2 ConnectWise {@code overrideAddressLine2}
 * @param overrideCity ConnectWise {@code overrideCity}
 * @param overrideState ConnectWise {@code overrideState}
 * @param overrideZip ConnectWise {@code overrideZip}
 * @param overrideCountry ConnectWise {@code overrideCountry}
 * @param overridePhoneNumber ConnectWise {@code overridePhoneNumber}
 * @param overrideFaxNumber ConnectWise {@code overrideFaxNumber}
 * @param owaUrl ConnectWise {@code owaUrl}
 * @param payrollXref ConnectWise {@code payrollXref}
 * @param locationFlag ConnectWise {@code locationFlag}
 * @param clientFlag ConnectWise {@code clientFlag}
 * @param workRoleIds ConnectWise {@code workRoleIds}
 * @param departmentIds ConnectWise {@code departmentIds}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 */
@ModelBuilder
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
    @Nullable Integer id,
    @Nullable Integer ownerLevelId,
    @Nullable Reference structureLevel,
    @Nullable String name,
    @Nullable Reference manager,
    @Nullable Reference reportsTo,
    @Nullable String salesRep,
    @Nullable Reference timeZoneSetup,
    @Nullable Reference calendar,
    @Nullable String overrideAddressLine1,
    @Nullable String overrideAddressLine2,
    @Nullable String overrideCity,
    @Nullable String overrideState,
    @Nullable String overrideZip,
    @Nullable Reference overrideCountry,
    @Nullable String overridePhoneNumber,
    @Nullable String overrideFaxNumber,
    @Nullable String owaUrl,
    @Nullable String payrollXref,
    @Nullable Boolean locationFlag,
    @Nullable Boolean clientFlag,
    @Nullable List<Integer> workRoleIds,
    @Nullable List<Integer> departmentIds,
    @JsonProperty("_info") @Nullable Info info) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Location {
    workRoleIds = Copies.list(workRoleIds);
    departmentIds = Copies.list(departmentIds);
  }

  /**
   * Starts an empty builder, for a create.
   *
   * @return a new builder with every property unset
   */
  public static LocationBuilder builder() {
    return LocationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public LocationBuilder toBuilder() {
    return LocationBuilder.builder(this);
  }
}
