package io.cwsync.connectwise.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the unauthenticated codebase discovery call {@code GET https://{site}/login/companyinfo/{company}}.
 *
 * <p>Unlike the REST API this body is PascalCase: {@code {"CompanyName":"Acme","Codebase":"v2025_1/",
 * "VersionCode":"v2025.1","VersionNumber":"v4.6.12345","CompanyID":"acme","IsCloud":true}}. {@code IsCloud}
 * arrives as a boolean or as the string {@code "True"}; both are read. ConnectWise answers a JSON
 * {@code null} for an unknown company, which the client turns into an error. Not an API resource, so it has
 * no {@link io.cwsync.connectwise.Resource}; a singleton document, so {@link #id()} and {@link #info()} are
 * always {@code null}. Immutable and thread-safe; every component is nullable.
 *
 * @param companyName the company's display name ({@code CompanyName})
 * @param codebase the codebase path segment, ending in {@code /} ({@code Codebase}), e.g. {@code v2025_1/}
 * @param versionCode the version code ({@code VersionCode})
 * @param versionNumber the version number ({@code VersionNumber})
 * @param companyId the login company id ({@code CompanyID})
 * @param isCloud whether the company is hosted by ConnectWise ({@code IsCloud})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyInfo(
    @JsonProperty("CompanyName") @Nullable String companyName,
    @JsonProperty("Codebase") @Nullable String codebase,
    @JsonProperty("VersionCode") @Nullable String versionCode,
    @JsonProperty("VersionNumber") @Nullable String versionNumber,
    @JsonProperty("CompanyID") @Nullable String companyId,
    @JsonProperty("IsCloud") @Nullable Boolean isCloud) implements ConnectWiseRecord {

  /**
   * Always {@code null}: the company info document has no record id.
   *
   * @return {@code null}
   */
  @Override
  @JsonIgnore
  public @Nullable Integer id() {
    return null;
  }

  /**
   * Always {@code null}: the company info document has no {@code _info}.
   *
   * @return {@code null}
   */
  @Override
  @JsonIgnore
  public @Nullable Info info() {
    return null;
  }
}
