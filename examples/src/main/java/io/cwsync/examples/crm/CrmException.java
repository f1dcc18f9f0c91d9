package io.cwsync.examples.crm;

/**
 * Unchecked failure of the example CRM's database, naming the operation and record that failed.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what failed, naming the table and record
   * @param cause the JDBC failure, or {@code null}
   */
  public CrmException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception with a message only.
   *
   * @param message what failed, naming the table and record
   */
  public CrmException(String message) {
    super(message);
  }
}
