package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How to reach one tenant's ConnectWise: the API base URL or site, and the API member's keys.
 *
 * <p>Create one with a named factory rather than the six positional strings:
 *
 * <pre>{@code
 * ConnectionSettings cloud = ConnectionSettings.cloud("na.myconnectwise.net", "acme", pub, priv, clientId);
 * ConnectionSettings onPrem = ConnectionSettings.onPremise(
 *     "https://cw.example.com/v4_6_release/apis/3.0/", "acme", pub, priv, clientId);
 * }</pre>
 *
 * <p>{@link #toString()} never shows the private key, nor the user-info ({@code user:password@}) of
 * {@code baseUrl} or {@code site}.
 *
 * @param baseUrl the full API base URL (such as {@code https://api-na.myconnectwise.net/v4_6_release/apis/3.0/});
 *     null to derive it from {@code site}
 * @param site the ConnectWise site (such as {@code na.myconnectwise.net}); null when {@code baseUrl} is given
 * @param companyId the login company id
 * @param publicKey the API member's public key
 * @param privateKey the API member's private key (a secret)
 * @param clientId the integration's client id
 */
public record ConnectionSettings(@Nullable String baseUrl, @Nullable String site, String companyId,
    String publicKey, String privateKey, String clientId) {

  private static final java.util.regex.Pattern USER_INFO =
      java.util.regex.Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?[^/?#@\\s]*@");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if neither {@code baseUrl} nor {@code site} is given
   * @deprecated six positional strings are easy to swap; use {@link #cloud} or {@link #onPremise}. A record's
   *     canonical constructor cannot be hidden, so it stays, deprecated.
   */
  @Deprecated(since = "0.1.0")
  public ConnectionSettings {
    requireNonNull(companyId, "companyId == null");
    requireNonNull(publicKey, "publicKey == null");
    requireNonNull(privateKey, "privateKey == null");
    requireNonNull(clientId, "clientId == null");
    if (baseUrl == null && site == null) {
      throw new IllegalArgumentException("baseUrl or site required");
    }
  }

  /**
   * Settings for a ConnectWise site whose API codebase is discovered through {@code login/companyinfo}: a cloud
   * site such as {@code na.myconnectwise.net} (the client calls its {@code api-} host), or an on-premise host
   * name when its codebase should be discovered too.
   *
   * @param site the site host, optionally with scheme and port
   * @param companyId the login company id
   * @param publicKey the API member's public key
   * @param privateKey the API member's private key (a secret)
   * @param clientId the integration's client id
   * @return the settings
   * @throws NullPointerException if any argument is null
   */
  @SuppressWarnings("deprecation")
  public static ConnectionSettings cloud(String site, String companyId, String publicKey, String privateKey,
      String clientId) {
    return new ConnectionSettings(null, requireNonNull(site, "site == null"), companyId, publicKey, privateKey,
        clientId);
  }

  /**
   * Settings for a fixed API base URL, used as given with no codebase discovery: an on-premise server (or a test
   * double such as the testkit's simulator).
   *
   * @param baseUrl the full API base URL, such as {@code https://cw.example.com/v4_6_release/apis/3.0/}
   * @param companyId the login company id
   * @param publicKey the API member's public key
   * @param privateKey the API member's private key (a secret)
   * @param clientId the integration's client id
   * @return the settings
   * @throws NullPointerException if any argument is null
   */
  @SuppressWarnings("deprecation")
  public static ConnectionSettings onPremise(String baseUrl, String companyId, String publicKey, String privateKey,
      String clientId) {
    return new ConnectionSettings(requireNonNull(baseUrl, "baseUrl == null"), null, companyId, publicKey,
        privateKey, clientId);
  }

  @Override
  public String toString() {
    return "ConnectionSettings[baseUrl=" + withoutUserInfo(baseUrl) + ", site=" + withoutUserInfo(site)
        + ", companyId=" + companyId + ", publicKey="
        + publicKey + ", privateKey=<redacted>, clientId=" + clientId + "]";
  }

  /** {@code https://user:pass@host/} becomes {@code https://***@host/}: a pasted URL may carry a password. */
  private static @Nullable String withoutUserInfo(@Nullable String url) {
    return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1***@");
  }
}
