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
@ModelBuilder
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
  public static MemberBuilder builder() {
    return MemberBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values, to derive a changed copy.
   *
   * @return a new builder initialised from this record
   */
  public MemberBuilder toBuilder() {
    return MemberBuilder.builder(this);
  }
}
