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

  /** Returns where the demo connects, for messages: the base URL or the site. */
  public String where() {
    return baseUrl != null ? baseUrl : "https://" + site;
  }

  /** Returns the target without its private key. */
  @Override
  public String toString() {
    return "ConnectWiseTarget{" + where() + ", company=" + companyId + ", publicKey=" + publicKey
        + ", privateKey=***, clientId=" + clientId + "}";
  }
}
