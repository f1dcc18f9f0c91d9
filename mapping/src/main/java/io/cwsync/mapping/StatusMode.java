package io.cwsync.mapping;

/**
 * How the ConnectWise opportunity status is derived from, and written back to, the host.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum StatusMode {
  /** Host stages map to ConnectWise stages and, separately, to ConnectWise statuses. */
  STAGE_MAPPING,
  /**
   * The "CW Status" custom field mode: only stages are mapped; the ConnectWise status name travels in
   * a host custom field (by default called {@code CW Status}) in both directions.
   */
  CW_STATUS_CUSTOM_FIELD
}
