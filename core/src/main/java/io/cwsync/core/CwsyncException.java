package io.cwsync.core;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The unchecked exception core and {@code mapping} throw. It carries an {@link ErrorCode} and, where known, the record
 * and the field it concerns, so an audit entry or an error report can name them.
 *
 * <p>Instances are immutable. Messages never contain credentials.
 */
public class CwsyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final @Nullable EntityType entityType;
  private final @Nullable String recordId;
  private final @Nullable String field;

  /**
   * Creates an exception about no particular record.
   *
   * @param errorCode the reason
   * @param message what went wrong, for people
   */
  public CwsyncException(ErrorCode errorCode, String message) {
    this(errorCode, message, null, null, null, null);
  }

  /**
   * Creates an exception about no particular record, with a cause.
   *
   * @param errorCode the reason
   * @param message what went wrong, for people
   * @param cause the underlying failure; may be null
   */
  public CwsyncException(ErrorCode errorCode, String message, @Nullable Throwable cause) {
    this(errorCode, message, null, null, null, cause);
  }

  /**
   * Creates an exception about one record and optionally one of its fields.
   *
   * @param errorCode the reason
   * @param message what went wrong, for people
   * @param entityType the record's entity type; may be null
   * @param recordId the record's id (host id, or ConnectWise id as text); may be null
   * @param field the field concerned; may be null
   * @param cause the underlying failure; may be null
   */
  public CwsyncException(ErrorCode errorCode, String message, @Nullable EntityType entityType,
      @Nullable String recordId, @Nullable String field, @Nullable Throwable cause) {
    super(format(requireNonNull(errorCode, "errorCode == null"), requireNonNull(message, "message == null"),
        entityType, recordId, field), cause);
    this.errorCode = errorCode;
    this.entityType = entityType;
    this.recordId = recordId;
    this.field = field;
  }

  private static String format(ErrorCode code, String message, @Nullable EntityType type, @Nullable String id,
      @Nullable String field) {
    StringBuilder sb = new StringBuilder(code.code()).append(": ").append(message);
    if (type != null || id != null) {
      sb.append(" [record ").append(type == null ? "?" : type.name()).append(' ').append(id == null ? "?" : id);
      if (field != null) {
        sb.append(", field ").append(field);
      }
      sb.append(']');
    } else if (field != null) {
      sb.append(" [field ").append(field).append(']');
    }
    return sb.toString();
  }

  /**
   * Returns the reason.
   *
   * @return the error code
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the entity type of the record concerned.
   *
   * @return the type, or null when the error concerns no record
   */
  public @Nullable EntityType entityType() {
    return entityType;
  }

  /**
   * Returns the id of the record concerned (host id or ConnectWise id as text).
   *
   * @return the id, or null when unknown
   */
  public @Nullable String recordId() {
    return recordId;
  }

  /**
   * Returns the field concerned.
   *
   * @return the field name, or null when the error concerns no single field
   */
  public @Nullable String field() {
    return field;
  }
}
