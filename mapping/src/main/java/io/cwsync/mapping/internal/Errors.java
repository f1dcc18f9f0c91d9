package io.cwsync.mapping.internal;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.MappingErrorCode;
import org.jspecify.annotations.Nullable;

/** Factory for the exceptions the mapping module throws, so the exception type lives in one place. */
public final class Errors {
  private Errors() {}

  /**
   * Returns the error for an unreadable profile document.
   *
   * @param message what is wrong, naming the property path
   * @return the exception to throw
   */
  public static CwsyncException profileJson(String message) {
    return error(MappingErrorCode.INVALID_PROFILE_JSON, message);
  }

  /**
   * Returns an exception with a mapping error code.
   *
   * @param code the code
   * @param message the message
   * @return the exception to throw
   */
  public static CwsyncException error(MappingErrorCode code, String message) {
    return new CwsyncException(code, message);
  }

  /**
   * Returns a mapping error for one record and field.
   *
   * @param code the code
   * @param type the record's entity type
   * @param recordId the record's id (host or ConnectWise), or null for a record not created yet
   * @param field the field, or null when the record as a whole is at fault
   * @param message what is wrong, naming the value
   * @return the exception to throw
   */
  public static CwsyncException record(MappingErrorCode code, EntityType type,
      @Nullable String recordId, @Nullable String field, String message) {
    return new CwsyncException(code, message, type, recordId, field, null);
  }
}
