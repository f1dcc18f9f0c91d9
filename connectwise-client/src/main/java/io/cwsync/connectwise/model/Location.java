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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder of {@link Location}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable Integer ownerLevelId;
    private @Nullable Reference structureLevel;
    private @Nullable String name;
    private @Nullable Reference manager;
    private @Nullable Reference reportsTo;
    private @Nullable String salesRep;
    private @Nullable Reference timeZoneSetup;
    private @Nullable Reference calendar;
    private @Nullable String overrideAddressLine1;
    private @Nullable String overrideAddressLine2;
    private @Nullable String overrideCity;
    private @Nullable String overrideState;
    private @Nullable String overrideZip;
    private @Nullable Reference overrideCountry;
    private @Nullable String overridePhoneNumber;
    private @Nullable String overrideFaxNumber;
    private @Nullable String owaUrl;
    private @Nullable String payrollXref;
    private @Nullable Boolean locationFlag;
    private @Nullable Boolean clientFlag;
    private @Nullable List<Integer> workRoleIds;
    private @Nullable List<Integer> departmentIds;
    private @Nullable Info info;

    private Builder() {}

    private Builder(Location source) {
      this.id = source.id;
      this.ownerLevelId = source.ownerLevelId;
      this.structureLevel = source.structureLevel;
      this.name = source.name;
      this.manager = source.manager;
      this.reportsTo = source.reportsTo;
      this.salesRep = source.salesRep;
      this.timeZoneSetup = source.timeZoneSetup;
      this.calendar = source.calendar;
      this.overrideAddressLine1 = source.overrideAddressLine1;
      this.overrideAddressLine2 = source.overrideAddressLine2;
      this.overrideCity = source.overrideCity;
      this.overrideState = source.overrideState;
      this.overrideZip = source.overrideZip;
      this.overrideCountry = source.overrideCountry;
      this.overridePhoneNumber = source.overridePhoneNumber;
      this.overrideFaxNumber = source.overrideFaxNumber;
      this.owaUrl = source.owaUrl;
      this.payrollXref = source.payrollXref;
      this.locationFlag = source.locationFlag;
      this.clientFlag = source.clientFlag;
      this.workRoleIds = source.workRoleIds;
      this.departmentIds = source.departmentIds;
      this.info = source.info;
    }

    /**
     * Sets {@link Location#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Location#ownerLevelId()}.
     *
     * @param ownerLevelId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder ownerLevelId(@Nullable Integer ownerLevelId) {
      this.ownerLevelId = ownerLevelId;
      return this;
    }

    /**
     * Sets {@link Location#structureLevel()}.
     *
     * @param structureLevel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder structureLevel(@Nullable Reference structureLevel) {
      this.structureLevel = structureLevel;
      return this;
    }

    /**
     * Sets {@link Location#name()}.
     *
     * @param name the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Location#manager()}.
     *
     * @param manager the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder manager(@Nullable Reference manager) {
      this.manager = manager;
      return this;
    }

    /**
     * Sets {@link Location#reportsTo()}.
     *
     * @param reportsTo the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder reportsTo(@Nullable Reference reportsTo) {
      this.reportsTo = reportsTo;
      return this;
    }

    /**
     * Sets {@link Location#salesRep()}.
     *
     * @param salesRep the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesRep(@Nullable String salesRep) {
      this.salesRep = salesRep;
      return this;
    }

    /**
     * Sets {@link Location#timeZoneSetup()}.
     *
     * @param timeZoneSetup the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeZoneSetup(@Nullable Reference timeZoneSetup) {
      this.timeZoneSetup = timeZoneSetup;
      return this;
    }

    /**
     * Sets {@link Location#calendar()}.
     *
     * @param calendar the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calendar(@Nullable Reference calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets {@link Location#overrideAddressLine1()}.
     *
     * @param overrideAddressLine1 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideAddressLine1(@Nullable String overrideAddressLine1) {
      this.overrideAddressLine1 = overrideAddressLine1;
      return this;
    }

    /**
     * Sets {@link Location#overrideAddressLine2()}.
     *
     * @param overrideAddressLine2 the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideAddressLine2(@Nullable String overrideAddressLine2) {
      this.overrideAddressLine2 = overrideAddressLine2;
      return this;
    }

    /**
     * Sets {@link Location#overrideCity()}.
     *
     * @param overrideCity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideCity(@Nullable String overrideCity) {
      this.overrideCity = overrideCity;
      return this;
    }

    /**
     * Sets {@link Location#overrideState()}.
     *
     * @param overrideState the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideState(@Nullable String overrideState) {
      this.overrideState = overrideState;
      return this;
    }

    /**
     * Sets {@link Location#overrideZip()}.
     *
     * @param overrideZip the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideZip(@Nullable String overrideZip) {
      this.overrideZip = overrideZip;
      return this;
    }

    /**
     * Sets {@link Location#overrideCountry()}.
     *
     * @param overrideCountry the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideCountry(@Nullable Reference overrideCountry) {
      this.overrideCountry = overrideCountry;
      return this;
    }

    /**
     * Sets {@link Location#overridePhoneNumber()}.
     *
     * @param overridePhoneNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overridePhoneNumber(@Nullable String overridePhoneNumber) {
      this.overridePhoneNumber = overridePhoneNumber;
      return this;
    }

    /**
     * Sets {@link Location#overrideFaxNumber()}.
     *
     * @param overrideFaxNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder overrideFaxNumber(@Nullable String overrideFaxNumber) {
      this.overrideFaxNumber = overrideFaxNumber;
      return this;
    }

    /**
     * Sets {@link Location#owaUrl()}.
     *
     * @param owaUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder owaUrl(@Nullable String owaUrl) {
      this.owaUrl = owaUrl;
      return this;
    }

    /**
     * Sets {@link Location#payrollXref()}.
     *
     * @param payrollXref the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder payrollXref(@Nullable String payrollXref) {
      this.payrollXref = payrollXref;
      return this;
    }

    /**
     * Sets {@link Location#locationFlag()}.
     *
     * @param locationFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locationFlag(@Nullable Boolean locationFlag) {
      this.locationFlag = locationFlag;
      return this;
    }

    /**
     * Sets {@link Location#clientFlag()}.
     *
     * @param clientFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder clientFlag(@Nullable Boolean clientFlag) {
      this.clientFlag = clientFlag;
      return this;
    }

    /**
     * Sets {@link Location#workRoleIds()}.
     *
     * @param workRoleIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRoleIds(@Nullable List<Integer> workRoleIds) {
      this.workRoleIds = workRoleIds;
      return this;
    }

    /**
     * Sets {@link Location#departmentIds()}.
     *
     * @param departmentIds the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder departmentIds(@Nullable List<Integer> departmentIds) {
      this.departmentIds = departmentIds;
      return this;
    }

    /**
     * Sets {@link Location#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Builds the Location.
     *
     * @return a new immutable {@link Location}
     */
    public Location build() {
      return new Location(id, ownerLevelId, structureLevel, name, manager, reportsTo, salesRep, timeZoneSetup, calendar, overrideAddressLine1, overrideAddressLine2, overrideCity, overrideState, overrideZip, overrideCountry, overridePhoneNumber, overrideFaxNumber, owaUrl, payrollXref, locationFlag, clientFlag, workRoleIds, departmentIds, info);
    }
  }
}
