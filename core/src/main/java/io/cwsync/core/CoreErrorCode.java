package io.cwsync.core;

/** The error codes core itself raises. */
public enum CoreErrorCode implements ErrorCode {
  /** A value handed to core is not allowed (a field of a host record, a builder setting). */
  INVALID_VALUE(false),
  /** A configuration (tenant, flows, coordinator) is inconsistent; the message lists every problem. */
  INVALID_CONFIGURATION(false),
  /** Rules could not map a record; the message names the record and the field. */
  MAPPING_FAILED(false),
  /** A referenced record (an opportunity's company, a quote line's opportunity) is not linked yet. */
  MISSING_REFERENCE(true),
  /** More than one record matches a natural key, so linking would be a guess (P9); the item is parked. */
  AMBIGUOUS_MATCH(false),
  /** ConnectWise rejected the write (validation, permission): retrying the same data cannot help. */
  REJECTED(false),
  /** ConnectWise or the network failed transiently (timeout, 5xx, throttling). */
  TRANSIENT(true),
  /** The host adapter failed to read or write. */
  HOST_FAILED(true),
  /** Another writer changed the same store row first (compare-and-set lost). */
  CONCURRENT_MODIFICATION(true),
  /** This worker no longer holds the lease for the stream, so it stopped writing (G7). */
  LEASE_LOST(true),
  /** No credentials are configured for the tenant. */
  UNKNOWN_TENANT(false),
  /** A flow id does not exist for the tenant. */
  UNKNOWN_FLOW(false);

  private final boolean retryable;

  CoreErrorCode(boolean retryable) {
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
