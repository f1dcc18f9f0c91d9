package io.cwsync.testkit.simulator;

import static java.util.Objects.requireNonNull;

/**
 * An API member the simulator accepts: its member identifier (written to {@code _info/updatedBy})
 * and its key pair.
 *
 * @param identifier member identifier, e.g. {@code cwsync}
 * @param publicKey API public key
 * @param privateKey API private key; never printed by {@link #toString()}
 */
public record ApiMember(String identifier, String publicKey, String privateKey) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if any component is blank
   */
  public ApiMember {
    requireNonNull(identifier, "identifier == null");
    requireNonNull(publicKey, "publicKey == null");
    requireNonNull(privateKey, "privateKey == null");
    if (identifier.isBlank() || publicKey.isBlank() || privateKey.isBlank()) {
      throw new IllegalArgumentException("member identifier and keys must not be blank");
    }
  }

  @Override
  public String toString() {
    return "ApiMember[identifier=" + identifier + ", publicKey=" + publicKey + ", privateKey=***]";
  }
}
