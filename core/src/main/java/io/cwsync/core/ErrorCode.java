package io.cwsync.core;

/**
 * A stable, machine-readable reason carried by every {@link CwsyncException}. Core defines {@link CoreErrorCode};
 * {@code mapping} and hosts may add their own enums implementing this interface.
 *
 * <p>Implementations must be immutable.
 */
public interface ErrorCode {

  /**
   * Returns the code's stable name, such as {@code "MAPPING_FAILED"}, used in audit entries and reports.
   *
   * @return the code; never blank
   */
  String code();

  /**
   * Returns whether a later attempt at the same record may succeed without anyone changing it (a transient cause).
   *
   * @return true if the coordinator should retry with backoff; false to park on the first report
   */
  default boolean retryable() {
    return false;
  }
}
