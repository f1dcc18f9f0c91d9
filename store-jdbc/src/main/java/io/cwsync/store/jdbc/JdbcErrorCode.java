package io.cwsync.store.jdbc;

import io.cwsync.core.ErrorCode;

/** Error codes of store-jdbc, carried by {@link io.cwsync.core.CwsyncException}. */
public enum JdbcErrorCode implements ErrorCode {
  /** A store statement failed (connection lost, constraint, timeout); the coordinator retries the record or page. */
  STORE_FAILED(true),
  /** The schema could not be migrated; the message names the script. */
  MIGRATION_FAILED(false),
  /** The database is not one store-jdbc supports, or the schema is missing. */
  UNSUPPORTED_DATABASE(false);

  private final boolean retryable;

  JdbcErrorCode(boolean retryable) {
    this.retryable = retryable;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public boolean retryable() {
    return retryable;
  }
}
