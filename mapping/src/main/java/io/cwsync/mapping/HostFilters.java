package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.replace;
import static io.cwsync.mapping.Checks.sorted;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashSet;
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
    @JsonIgnore @Nullable String optOutField,
    @JsonIgnore @Nullable String optOutValue) {

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

  /** The opt-out as the profile JSON nests it, {@code "optOut":{"field":...,"value":...}}. */
  record OptOut(@Nullable String field, @Nullable String value) {}

  @JsonProperty("optOut")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Nullable OptOut optOut() {
    return optOutField == null ? null : new OptOut(optOutField, optOutValue);
  }

  @JsonCreator
  static HostFilters fromJson(@JsonProperty("customerTypes") Set<String> customerTypes,
      @JsonProperty("contractTypes") Set<String> contractTypes,
      @JsonProperty("branches") Set<String> branches, @JsonProperty("optOut") @Nullable OptOut optOut) {
    if (optOut != null && (optOut.field() == null || optOut.value() == null)) {
      throw new PropertyException("optOut", "optOut needs both field and value");
    }
    return optOut == null ? new HostFilters(customerTypes, contractTypes, branches, null, null)
        : new HostFilters(customerTypes, contractTypes, branches, optOut.field(), optOut.value());
  }

  /** Sets the host filters of a {@link SyncProfile.Builder#hostFilters section}; not thread-safe. */
  public static final class Builder {
    private final Set<String> customerTypes = new LinkedHashSet<>();
    private final Set<String> contractTypes = new LinkedHashSet<>();
    private final Set<String> branches = new LinkedHashSet<>();
    private @Nullable String optOutField;
    private @Nullable String optOutValue;

    Builder() {}

    void replay(HostFilters from, Replay r) {
      r.set("customerTypes", () -> customerTypes(sorted(from.customerTypes())));
      r.set("contractTypes", () -> contractTypes(sorted(from.contractTypes())));
      r.set("branches", () -> branches(sorted(from.branches())));
      if (from.optOutField() != null && from.optOutValue() != null) {
        r.set("optOut", () -> optOut(from.optOutField(), from.optOutValue()));
      }
    }

    /**
     * Only syncs host customers with one of these customer types (ERP; replaces earlier values).
     *
     * @param values customer types
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder customerTypes(String... values) {
      replace(customerTypes, "customer type", values);
      return this;
    }

    /**
     * Only syncs host customers with one of these contract types (ERP; replaces earlier values).
     *
     * @param values contract types
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder contractTypes(String... values) {
      replace(contractTypes, "contract type", values);
      return this;
    }

    /**
     * Only syncs host customers of one of these branch numbers (ERP; replaces earlier values).
     *
     * @param values branch numbers
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder branches(String... values) {
      replace(branches, "branch", values);
      return this;
    }

    /**
     * Opts a host record out of the sync when {@code field} holds {@code value} (compared
     * case-insensitively), e.g. {@code optOut("ZCJ_SyncToCW", "No")}.
     *
     * @param field host field name
     * @param value opt-out value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public Builder optOut(String field, String value) {
      this.optOutField = nonBlank(field, "opt-out field");
      this.optOutValue = nonBlank(value, "opt-out value");
      return this;
    }

    /**
     * Removes the per-record opt-out field.
     *
     * @return this builder
     */
    public Builder noOptOut() {
      this.optOutField = null;
      this.optOutValue = null;
      return this;
    }

    HostFilters build() {
      return new HostFilters(customerTypes, contractTypes, branches, optOutField, optOutValue);
    }
  }
}
