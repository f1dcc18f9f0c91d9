package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How to reach one tenant's ConnectWise: the API base URL or site, and the API member's keys.
 *
 * <p>{@link #toString()} never shows the private key.
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

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if neither {@code baseUrl} nor {@code site} is given
   */
  public ConnectionSettings {
    requireNonNull(companyId, "companyId == null");
    requireNonNull(publicKey, "publicKey == null");
    requireNonNull(privateKey, "privateKey == null");
    requireNonNull(clientId, "clientId == null");
    if (baseUrl == null && site == null) {
      throw new IllegalArgumentException("baseUrl or site required");
    }
  }

  @Override
  public String toString() {
    return "ConnectionSettings[baseUrl=" + baseUrl + ", site=" + site + ", companyId=" + companyId + ", publicKey="
        + publicKey + ", privateKey=<redacted>, clientId=" + clientId + "]";
  }
}
