package io.cwsync.examples.erp;

import org.jspecify.annotations.Nullable;

/** A failure of the example ERP's database: an SQL error, a missing row or a broken constraint. */
public final class ErpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the record
   */
  public ErpException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed, naming the record
   * @param cause the SQL error
   */
  public ErpException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
