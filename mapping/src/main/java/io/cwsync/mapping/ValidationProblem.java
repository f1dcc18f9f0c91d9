package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

/**
 * One problem found by {@link ProfileValidator}: which setting, and what to do about it.
 *
 * <p>Thread-safe (immutable record).
 *
 * @param code the problem kind
 * @param settingPath the setting's path in the profile JSON, e.g. {@code stageMapping.stages.Won}
 * @param message the problem in words a user can act on, naming the offending value
 */
public record ValidationProblem(MappingErrorCode code, String settingPath, String message) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ValidationProblem {
    requireNonNull(code, "code == null");
    requireNonNull(settingPath, "settingPath == null");
    requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return settingPath + ": " + message + " [" + code + "]";
  }
}
