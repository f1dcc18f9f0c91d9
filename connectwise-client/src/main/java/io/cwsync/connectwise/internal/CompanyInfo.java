package io.cwsync.connectwise.internal;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code login/companyinfo/{company}} (PascalCase on the wire).
 *
 * @param companyName the company's display name, or {@code null}
 * @param codebase the codebase, normalized to end in {@code /}
 * @param versionCode the version code, or {@code null}
 * @param versionNumber the version number, or {@code null}
 * @param companyId the company id, or {@code null}
 * @param isCloud whether the site is cloud hosted ({@code "True"} and {@code true} both occur)
 */
public record CompanyInfo(@Nullable String companyName, String codebase, @Nullable String versionCode,
    @Nullable String versionNumber, @Nullable String companyId, boolean isCloud) {}
