package io.cwsync.mapping;

import io.cwsync.core.ErrorCode;

/**
 * Error codes of the mapping module: profile validation problems, profile JSON errors and per-record
 * mapping errors.
 *
 * <p>Implements core's {@link ErrorCode}, so hosts see them on {@code CwsyncException}. Thread-safe
 * (immutable enum).
 */
public enum MappingErrorCode implements ErrorCode {
  /** The profile JSON cannot be read (syntax, unknown property, wrong type, newer version). */
  INVALID_PROFILE_JSON,
  /** The profile has validation problems and cannot start a sync. */
  PROFILE_INVALID,
  /** A ConnectWise stage named in the profile does not exist. */
  UNKNOWN_STAGE,
  /** A ConnectWise opportunity status named in the profile does not exist. */
  UNKNOWN_STATUS,
  /** One ConnectWise stage is chosen for two or more host stages. */
  STAGE_CHOSEN_TWICE,
  /** One ConnectWise status is chosen for two or more host stages. */
  STATUS_CHOSEN_TWICE,
  /** A ConnectWise location named in the profile does not exist. */
  UNKNOWN_LOCATION,
  /** A ConnectWise department (business unit) named in the profile does not exist. */
  UNKNOWN_DEPARTMENT,
  /** A ConnectWise opportunity rating named in the profile does not exist. */
  UNKNOWN_RATING,
  /** A ConnectWise product type named in the profile does not exist. */
  UNKNOWN_PRODUCT_TYPE,
  /** A ConnectWise product category named in the profile does not exist. */
  UNKNOWN_CATEGORY,
  /** A ConnectWise product subcategory named in the profile does not exist. */
  UNKNOWN_SUBCATEGORY,
  /** A subcategory is paired with a category it does not belong to. */
  SUBCATEGORY_NOT_IN_CATEGORY,
  /** A ConnectWise tax code named in the profile does not exist. */
  UNKNOWN_TAX_CODE,
  /** A host tax rate is mapped to a tax code with a different rate. */
  TAX_RATE_MISMATCH,
  /** A ConnectWise member named in the profile does not exist. */
  UNKNOWN_MEMBER,
  /** One host technician is chosen for two or more ConnectWise members. */
  TECHNICIAN_CHOSEN_TWICE,
  /** A custom field caption named in the profile does not exist. */
  UNKNOWN_CUSTOM_FIELD,
  /** Product names map to descriptions but no host field maps to the required identifier. */
  IDENTIFIER_FIELD_MISSING,
  /** A setting that other settings need is not set. */
  MISSING_SETTING,
  /** Two settings contradict each other. */
  CONFLICTING_SETTINGS,
  /** A natural key uses a ConnectWise field that cannot identify a record. */
  INVALID_NATURAL_KEY,
  /** A field rule names a field the engine does not map. */
  UNKNOWN_FIELD,
  /** A record's value has no mapping in the profile. */
  UNMAPPED_VALUE,
  /** A record's value cannot be converted (wrong type or format). */
  INVALID_VALUE,
  /** A record lacks a value the target system requires. */
  MISSING_VALUE,
  /** A record refers to a ConnectWise or host record that is not linked or does not exist. */
  UNKNOWN_REFERENCE;

  @Override
  public String code() {
    return name();
  }

  /**
   * Returns whether retrying the same record later may succeed: only for
   * {@link #UNKNOWN_REFERENCE}, which clears once the referenced record is synced.
   *
   * @return whether the error is retryable
   */
  @Override
  public boolean retryable() {
    return this == UNKNOWN_REFERENCE;
  }
}
