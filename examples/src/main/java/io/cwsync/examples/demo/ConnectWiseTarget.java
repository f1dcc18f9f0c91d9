package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A real ConnectWise Manage (or any server at a base URL) the demo connects to instead of the
 * simulator.
 *
 * @param site the UI site, such as {@code na.myconnectwise.net}, or {@code null} when a base URL is given
 * @param baseUrl the full API base URL (on-premise or test server), or {@code null} for the cloud site's
 * @param companyId the login company
 * @param publicKey the API member's public key
 * @param privateKey the API member's private key; never printed
 * @param clientId the integration's client id
 */
public record ConnectWiseTarget(
    @Nullable String site,
    @Nullable String baseUrl,
    String companyId,
    String publicKey,
    String privateKey,
    String clientId) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a credential is null
   * @throws IllegalArgumentException if neither site nor base URL is given
   */
  public ConnectWiseTarget {
    requireNonNull(companyId, "companyId == null");
    requireNonNull(publicKey, "publicKey == null");
    requireNonNull(privateKey, "privateKey == null");
    requireNonNull(clientId, "clientId == null");
    if (site == null && baseUrl == null) {
      throw new IllegalArgumentException("a ConnectWise target needs a site or a base URL");
    }
  }

  /**
   * Returns where the demo connects, for messages: the base URL, or the site with {@code https://}
   * added only when it has no scheme of its own (a site may be given as {@code na.myconnectwise.net} or
   * {@code http://127.0.0.1:8080}).
   */
  public String where() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String s = requireNonNull(site, "site");
    return s.contains("://") ? s : "https://" + s;
  }

  /**
   * Returns a hint when the base URL lacks ConnectWise's API path ({@code /v4_6_release/apis/3.0}), a
   * common mistake that otherwise ends in a bare 404; {@code null} when it has it or no base URL is given.
   */
  public @Nullable String baseUrlHint() {
    if (baseUrl == null || baseUrl.contains("/apis/3.0")) {
      return null;
    }
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return "--base-url " + baseUrl + " has no API path: ConnectWise's API base URL ends in /v4_6_release/apis/3.0/"
        + " (for example " + trimmed + "/v4_6_release/apis/3.0/); for a cloud or on-premise site give"
        + " --site <host> instead and the codebase is discovered";
  }

  /** Returns the target without its private key. */
  @Override
  public String toString() {
    return "ConnectWiseTarget{" + where() + ", company=" + companyId + ", publicKey=" + publicKey
        + ", privateKey=***, clientId=" + clientId + "}";
  }
}
