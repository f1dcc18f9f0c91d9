package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ConnectWise member, an internal user ({@code system/members}).
 *
 * <p>Immutable and thread-safe. Every component is nullable: ConnectWise omits null properties, and a
 * write sends only the non-null ones. Unknown properties are ignored when reading. Build one for a write
 * with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>Secrets the schema exposes ({@code password}, {@code token}) are deliberately not modelled.
 * {@code employeeIdentifer} is spelled as ConnectWise spells it.
 *
 * @param id the record id
 * @param identifier ConnectWise {@code identifier}
 * @param firstName ConnectWise {@code firstName}
 * @param middleInitial ConnectWise {@code middleInitial}
 * @param lastName ConnectWise {@code lastName}
 * @param title ConnectWise {@code title}
 * @param inactiveFlag ConnectWise {@code inactiveFlag}
 * @param inactiveDate ConnectWise {@code inactiveDate}
 * @param disableOnlineFlag ConnectWise {@code disableOnlineFlag}
 * @param licenseClass ConnectWise {@code licenseClass}
 * @param notes ConnectWise {@code notes}
 * @param employeeIdentifer ConnectWise {@code employeeIdentifer}
 * @param vendorNumber ConnectWise {@code vendorNumber}
 * @param officeEmail ConnectWise {@code officeEmail}
 * @param mobileEmail ConnectWise {@code mobileEmail}
 * @param homeEmail ConnectWise {@code homeEmail}
 * @param defaultEmail ConnectWise {@code defaultEmail}
 * @param primaryEmail ConnectWise {@code primaryEmail}
 * @param officePhone ConnectWise {@code officePhone}
 * @param officeExtension ConnectWise {@code officeExtension}
 * @param mobilePhone ConnectWise {@code mobilePhone}
 * @param mobileExtension ConnectWise {@code mobileExtension}
 * @param homePhone ConnectWise {@code homePhone}
 * @param homeExtension ConnectWise {@code homeExtension}
 * @param defaultPhone ConnectWise {@code defaultPhone}
 * @param securityRole ConnectWise {@code securityRole}
 * @param type ConnectWise {@code type}
 * @param timeZone ConnectWise {@code timeZone}
 * @param structureLevel ConnectWise {@code structureLevel}
 * @param securityLocation ConnectWise {@code securityLocation}
 * @param defaultLocation ConnectWise {@code defaultLocation}
 * @param defaultDepartment ConnectWise {@code defaultDepartment}
 * @param reportsTo ConnectWise {@code reportsTo}
 * @param workRole ConnectWise {@code workRole}
 * @param workType ConnectWise {@code workType}
 * @param timeApprover ConnectWise {@code timeApprover}
 * @param expenseApprover ConnectWise {@code expenseApprover}
 * @param hireDate ConnectWise {@code hireDate}
 * @param country ConnectWise {@code country}
 * @param adminFlag ConnectWise {@code adminFlag}
 * @param hourlyCost ConnectWise {@code hourlyCost}
 * @param hourlyRate ConnectWise {@code hourlyRate}
 * @param dailyCapacity ConnectWise {@code dailyCapacity}
 * @param salesDefaultLocation ConnectWise {@code salesDefaultLocation}
 * @param serviceDefaultBoard ConnectWise {@code serviceDefaultBoard}
 * @param calendar ConnectWise {@code calendar}
 * @param partnerPortalFlag ConnectWise {@code partnerPortalFlag}
 * @param info the {@code _info} metadata (last update instant, hrefs)
 * @param customFields the custom field values (a write replaces the whole array)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(
    @Nullable Integer id,
    @Nullable String identifier,
    @Nullable String firstName,
    @Nullable String middleInitial,
    @Nullable String lastName,
    @Nullable String title,
    @Nullable Boolean inactiveFlag,
    @Nullable Instant inactiveDate,
    @Nullable Boolean disableOnlineFlag,
    @Nullable String licenseClass,
    @Nullable String notes,
    @Nullable String employeeIdentifer,
    @Nullable String vendorNumber,
    @Nullable String officeEmail,
    @Nullable String mobileEmail,
    @Nullable String homeEmail,
    @Nullable String defaultEmail,
    @Nullable String primaryEmail,
    @Nullable String officePhone,
    @Nullable String officeExtension,
    @Nullable String mobilePhone,
    @Nullable String mobileExtension,
    @Nullable String homePhone,
    @Nullable String homeExtension,
    @Nullable String defaultPhone,
    @Nullable Reference securityRole,
    @Nullable Reference type,
    @Nullable Reference timeZone,
    @Nullable Reference structureLevel,
    @Nullable Reference securityLocation,
    @Nullable Reference defaultLocation,
    @Nullable Reference defaultDepartment,
    @Nullable Reference reportsTo,
    @Nullable Reference workRole,
    @Nullable Reference workType,
    @Nullable Reference timeApprover,
    @Nullable Reference expenseApprover,
    @Nullable Instant hireDate,
    @Nullable Reference country,
    @Nullable Boolean adminFlag,
    @Nullable BigDecimal hourlyCost,
    @Nullable BigDecimal hourlyRate,
    @Nullable BigDecimal dailyCapacity,
    @Nullable Reference salesDefaultLocation,
    @Nullable Reference serviceDefaultBoard,
    @Nullable Reference calendar,
    @Nullable Boolean partnerPortalFlag,
    @JsonProperty("_info") @Nullable Info info,
    @Nullable List<CustomField> customFields) implements ConnectWiseRecord {

  /** Copies the lists so that the record stays immutable. */
  public Member {
    customFields = Copies.list(customFields);
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

  /** Builder of {@link Member}; not thread-safe. Every setter accepts {@code null} (property unset). */
  public static final class Builder {
    private @Nullable Integer id;
    private @Nullable String identifier;
    private @Nullable String firstName;
    private @Nullable String middleInitial;
    private @Nullable String lastName;
    private @Nullable String title;
    private @Nullable Boolean inactiveFlag;
    private @Nullable Instant inactiveDate;
    private @Nullable Boolean disableOnlineFlag;
    private @Nullable String licenseClass;
    private @Nullable String notes;
    private @Nullable String employeeIdentifer;
    private @Nullable String vendorNumber;
    private @Nullable String officeEmail;
    private @Nullable String mobileEmail;
    private @Nullable String homeEmail;
    private @Nullable String defaultEmail;
    private @Nullable String primaryEmail;
    private @Nullable String officePhone;
    private @Nullable String officeExtension;
    private @Nullable String mobilePhone;
    private @Nullable String mobileExtension;
    private @Nullable String homePhone;
    private @Nullable String homeExtension;
    private @Nullable String defaultPhone;
    private @Nullable Reference securityRole;
    private @Nullable Reference type;
    private @Nullable Reference timeZone;
    private @Nullable Reference structureLevel;
    private @Nullable Reference securityLocation;
    private @Nullable Reference defaultLocation;
    private @Nullable Reference defaultDepartment;
    private @Nullable Reference reportsTo;
    private @Nullable Reference workRole;
    private @Nullable Reference workType;
    private @Nullable Reference timeApprover;
    private @Nullable Reference expenseApprover;
    private @Nullable Instant hireDate;
    private @Nullable Reference country;
    private @Nullable Boolean adminFlag;
    private @Nullable BigDecimal hourlyCost;
    private @Nullable BigDecimal hourlyRate;
    private @Nullable BigDecimal dailyCapacity;
    private @Nullable Reference salesDefaultLocation;
    private @Nullable Reference serviceDefaultBoard;
    private @Nullable Reference calendar;
    private @Nullable Boolean partnerPortalFlag;
    private @Nullable Info info;
    private @Nullable List<CustomField> customFields;

    private Builder() {}

    private Builder(Member source) {
      this.id = source.id;
      this.identifier = source.identifier;
      this.firstName = source.firstName;
      this.middleInitial = source.middleInitial;
      this.lastName = source.lastName;
      this.title = source.title;
      this.inactiveFlag = source.inactiveFlag;
      this.inactiveDate = source.inactiveDate;
      this.disableOnlineFlag = source.disableOnlineFlag;
      this.licenseClass = source.licenseClass;
      this.notes = source.notes;
      this.employeeIdentifer = source.employeeIdentifer;
      this.vendorNumber = source.vendorNumber;
      this.officeEmail = source.officeEmail;
      this.mobileEmail = source.mobileEmail;
      this.homeEmail = source.homeEmail;
      this.defaultEmail = source.defaultEmail;
      this.primaryEmail = source.primaryEmail;
      this.officePhone = source.officePhone;
      this.officeExtension = source.officeExtension;
      this.mobilePhone = source.mobilePhone;
      this.mobileExtension = source.mobileExtension;
      this.homePhone = source.homePhone;
      this.homeExtension = source.homeExtension;
      this.defaultPhone = source.defaultPhone;
      this.securityRole = source.securityRole;
      this.type = source.type;
      this.timeZone = source.timeZone;
      this.structureLevel = source.structureLevel;
      this.securityLocation = source.securityLocation;
      this.defaultLocation = source.defaultLocation;
      this.defaultDepartment = source.defaultDepartment;
      this.reportsTo = source.reportsTo;
      this.workRole = source.workRole;
      this.workType = source.workType;
      this.timeApprover = source.timeApprover;
      this.expenseApprover = source.expenseApprover;
      this.hireDate = source.hireDate;
      this.country = source.country;
      this.adminFlag = source.adminFlag;
      this.hourlyCost = source.hourlyCost;
      this.hourlyRate = source.hourlyRate;
      this.dailyCapacity = source.dailyCapacity;
      this.salesDefaultLocation = source.salesDefaultLocation;
      this.serviceDefaultBoard = source.serviceDefaultBoard;
      this.calendar = source.calendar;
      this.partnerPortalFlag = source.partnerPortalFlag;
      this.info = source.info;
      this.customFields = source.customFields;
    }

    /**
     * Sets {@link Member#id()}.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(@Nullable Integer id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Member#identifier()}.
     *
     * @param identifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identifier(@Nullable String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets {@link Member#firstName()}.
     *
     * @param firstName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets {@link Member#middleInitial()}.
     *
     * @param middleInitial the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder middleInitial(@Nullable String middleInitial) {
      this.middleInitial = middleInitial;
      return this;
    }

    /**
     * Sets {@link Member#lastName()}.
     *
     * @param lastName the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets {@link Member#title()}.
     *
     * @param title the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link Member#inactiveFlag()}.
     *
     * @param inactiveFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveFlag(@Nullable Boolean inactiveFlag) {
      this.inactiveFlag = inactiveFlag;
      return this;
    }

    /**
     * Sets {@link Member#inactiveDate()}.
     *
     * @param inactiveDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder inactiveDate(@Nullable Instant inactiveDate) {
      this.inactiveDate = inactiveDate;
      return this;
    }

    /**
     * Sets {@link Member#disableOnlineFlag()}.
     *
     * @param disableOnlineFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder disableOnlineFlag(@Nullable Boolean disableOnlineFlag) {
      this.disableOnlineFlag = disableOnlineFlag;
      return this;
    }

    /**
     * Sets {@link Member#licenseClass()}.
     *
     * @param licenseClass the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder licenseClass(@Nullable String licenseClass) {
      this.licenseClass = licenseClass;
      return this;
    }

    /**
     * Sets {@link Member#notes()}.
     *
     * @param notes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link Member#employeeIdentifer()}.
     *
     * @param employeeIdentifer the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder employeeIdentifer(@Nullable String employeeIdentifer) {
      this.employeeIdentifer = employeeIdentifer;
      return this;
    }

    /**
     * Sets {@link Member#vendorNumber()}.
     *
     * @param vendorNumber the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder vendorNumber(@Nullable String vendorNumber) {
      this.vendorNumber = vendorNumber;
      return this;
    }

    /**
     * Sets {@link Member#officeEmail()}.
     *
     * @param officeEmail the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder officeEmail(@Nullable String officeEmail) {
      this.officeEmail = officeEmail;
      return this;
    }

    /**
     * Sets {@link Member#mobileEmail()}.
     *
     * @param mobileEmail the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder mobileEmail(@Nullable String mobileEmail) {
      this.mobileEmail = mobileEmail;
      return this;
    }

    /**
     * Sets {@link Member#homeEmail()}.
     *
     * @param homeEmail the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder homeEmail(@Nullable String homeEmail) {
      this.homeEmail = homeEmail;
      return this;
    }

    /**
     * Sets {@link Member#defaultEmail()}.
     *
     * @param defaultEmail the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultEmail(@Nullable String defaultEmail) {
      this.defaultEmail = defaultEmail;
      return this;
    }

    /**
     * Sets {@link Member#primaryEmail()}.
     *
     * @param primaryEmail the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder primaryEmail(@Nullable String primaryEmail) {
      this.primaryEmail = primaryEmail;
      return this;
    }

    /**
     * Sets {@link Member#officePhone()}.
     *
     * @param officePhone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder officePhone(@Nullable String officePhone) {
      this.officePhone = officePhone;
      return this;
    }

    /**
     * Sets {@link Member#officeExtension()}.
     *
     * @param officeExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder officeExtension(@Nullable String officeExtension) {
      this.officeExtension = officeExtension;
      return this;
    }

    /**
     * Sets {@link Member#mobilePhone()}.
     *
     * @param mobilePhone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder mobilePhone(@Nullable String mobilePhone) {
      this.mobilePhone = mobilePhone;
      return this;
    }

    /**
     * Sets {@link Member#mobileExtension()}.
     *
     * @param mobileExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder mobileExtension(@Nullable String mobileExtension) {
      this.mobileExtension = mobileExtension;
      return this;
    }

    /**
     * Sets {@link Member#homePhone()}.
     *
     * @param homePhone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder homePhone(@Nullable String homePhone) {
      this.homePhone = homePhone;
      return this;
    }

    /**
     * Sets {@link Member#homeExtension()}.
     *
     * @param homeExtension the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder homeExtension(@Nullable String homeExtension) {
      this.homeExtension = homeExtension;
      return this;
    }

    /**
     * Sets {@link Member#defaultPhone()}.
     *
     * @param defaultPhone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultPhone(@Nullable String defaultPhone) {
      this.defaultPhone = defaultPhone;
      return this;
    }

    /**
     * Sets {@link Member#securityRole()}.
     *
     * @param securityRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder securityRole(@Nullable Reference securityRole) {
      this.securityRole = securityRole;
      return this;
    }

    /**
     * Sets {@link Member#type()}.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(@Nullable Reference type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@link Member#timeZone()}.
     *
     * @param timeZone the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeZone(@Nullable Reference timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    /**
     * Sets {@link Member#structureLevel()}.
     *
     * @param structureLevel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder structureLevel(@Nullable Reference structureLevel) {
      this.structureLevel = structureLevel;
      return this;
    }

    /**
     * Sets {@link Member#securityLocation()}.
     *
     * @param securityLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder securityLocation(@Nullable Reference securityLocation) {
      this.securityLocation = securityLocation;
      return this;
    }

    /**
     * Sets {@link Member#defaultLocation()}.
     *
     * @param defaultLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultLocation(@Nullable Reference defaultLocation) {
      this.defaultLocation = defaultLocation;
      return this;
    }

    /**
     * Sets {@link Member#defaultDepartment()}.
     *
     * @param defaultDepartment the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder defaultDepartment(@Nullable Reference defaultDepartment) {
      this.defaultDepartment = defaultDepartment;
      return this;
    }

    /**
     * Sets {@link Member#reportsTo()}.
     *
     * @param reportsTo the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder reportsTo(@Nullable Reference reportsTo) {
      this.reportsTo = reportsTo;
      return this;
    }

    /**
     * Sets {@link Member#workRole()}.
     *
     * @param workRole the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workRole(@Nullable Reference workRole) {
      this.workRole = workRole;
      return this;
    }

    /**
     * Sets {@link Member#workType()}.
     *
     * @param workType the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder workType(@Nullable Reference workType) {
      this.workType = workType;
      return this;
    }

    /**
     * Sets {@link Member#timeApprover()}.
     *
     * @param timeApprover the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder timeApprover(@Nullable Reference timeApprover) {
      this.timeApprover = timeApprover;
      return this;
    }

    /**
     * Sets {@link Member#expenseApprover()}.
     *
     * @param expenseApprover the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expenseApprover(@Nullable Reference expenseApprover) {
      this.expenseApprover = expenseApprover;
      return this;
    }

    /**
     * Sets {@link Member#hireDate()}.
     *
     * @param hireDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hireDate(@Nullable Instant hireDate) {
      this.hireDate = hireDate;
      return this;
    }

    /**
     * Sets {@link Member#country()}.
     *
     * @param country the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable Reference country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link Member#adminFlag()}.
     *
     * @param adminFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder adminFlag(@Nullable Boolean adminFlag) {
      this.adminFlag = adminFlag;
      return this;
    }

    /**
     * Sets {@link Member#hourlyCost()}.
     *
     * @param hourlyCost the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hourlyCost(@Nullable BigDecimal hourlyCost) {
      this.hourlyCost = hourlyCost;
      return this;
    }

    /**
     * Sets {@link Member#hourlyRate()}.
     *
     * @param hourlyRate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hourlyRate(@Nullable BigDecimal hourlyRate) {
      this.hourlyRate = hourlyRate;
      return this;
    }

    /**
     * Sets {@link Member#dailyCapacity()}.
     *
     * @param dailyCapacity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder dailyCapacity(@Nullable BigDecimal dailyCapacity) {
      this.dailyCapacity = dailyCapacity;
      return this;
    }

    /**
     * Sets {@link Member#salesDefaultLocation()}.
     *
     * @param salesDefaultLocation the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder salesDefaultLocation(@Nullable Reference salesDefaultLocation) {
      this.salesDefaultLocation = salesDefaultLocation;
      return this;
    }

    /**
     * Sets {@link Member#serviceDefaultBoard()}.
     *
     * @param serviceDefaultBoard the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder serviceDefaultBoard(@Nullable Reference serviceDefaultBoard) {
      this.serviceDefaultBoard = serviceDefaultBoard;
      return this;
    }

    /**
     * Sets {@link Member#calendar()}.
     *
     * @param calendar the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder calendar(@Nullable Reference calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets {@link Member#partnerPortalFlag()}.
     *
     * @param partnerPortalFlag the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder partnerPortalFlag(@Nullable Boolean partnerPortalFlag) {
      this.partnerPortalFlag = partnerPortalFlag;
      return this;
    }

    /**
     * Sets {@link Member#info()}.
     *
     * @param info the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder info(@Nullable Info info) {
      this.info = info;
      return this;
    }

    /**
     * Sets {@link Member#customFields()}.
     *
     * @param customFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder customFields(@Nullable List<CustomField> customFields) {
      this.customFields = customFields;
      return this;
    }

    /**
     * Builds the Member.
     *
     * @return a new immutable {@link Member}
     */
    public Member build() {
      return new Member(id, identifier, firstName, middleInitial, lastName, title, inactiveFlag, inactiveDate, disableOnlineFlag, licenseClass, notes, employeeIdentifer, vendorNumber, officeEmail, mobileEmail, homeEmail, defaultEmail, primaryEmail, officePhone, officeExtension, mobilePhone, mobileExtension, homePhone, homeExtension, defaultPhone, securityRole, type, timeZone, structureLevel, securityLocation, defaultLocation, defaultDepartment, reportsTo, workRole, workType, timeApprover, expenseApprover, hireDate, country, adminFlag, hourlyCost, hourlyRate, dailyCapacity, salesDefaultLocation, serviceDefaultBoard, calendar, partnerPortalFlag, info, customFields);
    }
  }
}
