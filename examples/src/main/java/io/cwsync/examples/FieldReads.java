package io.cwsync.examples;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of the neutral values both example hosts' adapters (the CRM's and the ERP's) take from a
 * {@link HostRecord}, with errors that name the record and field. What the hosts read differently (numbers, flags,
 * cursors) stays in each host's own helper ({@code adapter.Values}, {@code erp.RecordValues}).
 */
public final class FieldReads {
  private FieldReads() {}

  /**
   * Reads a field as text.
   *
   * @param r the record
   * @param field the field
   * @return the value as text, or {@code null} when absent
   */
  public static @Nullable String string(HostRecord r, String field) {
    Object v = r.field(field);
    return v == null ? null : v.toString();
  }

  /**
   * Reads a field that must be non-blank text.
   *
   * @param r the record
   * @param field the field
   * @return the text
   * @throws CwsyncException ({@link CoreErrorCode#INVALID_VALUE}) naming the field if it is absent or blank
   */
  public static String requiredString(HostRecord r, String field) {
    String v = string(r, field);
    if (v == null || v.isBlank()) {
      throw invalid(r, field, "is required");
    }
    return v;
  }

  /**
   * Reads a date field; an instant is taken as its UTC date.
   *
   * @param r the record
   * @param field the field
   * @return the date, or {@code null} when absent
   * @throws CwsyncException ({@link CoreErrorCode#INVALID_VALUE}) naming the field if it holds something else
   */
  public static @Nullable LocalDate date(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof Instant i) {
      return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
    throw invalid(r, field, "must be a date, got " + v);
  }

  /**
   * Reads a reference to another record of the host as that record's id.
   *
   * @param r the record
   * @param field the field
   * @return the referenced id, or {@code null} when absent
   * @throws CwsyncException ({@link CoreErrorCode#INVALID_VALUE}) naming the field if it is not a reference to a
   *     numeric id
   */
  public static @Nullable Long ref(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null) {
      return null;
    }
    if (v instanceof HostRef ref) {
      return id(r, field, ref.hostId());
    }
    throw invalid(r, field, "must be a reference to another record, got " + v);
  }

  /**
   * Parses a host id (both example hosts number their rows).
   *
   * @param r the record, for the error
   * @param field the field the id came from, for the error
   * @param hostId the id
   * @return the numeric id
   * @throws CwsyncException ({@link CoreErrorCode#INVALID_VALUE}) naming the field if the id is not a number
   */
  public static long id(HostRecord r, String field, String hostId) {
    try {
      return Long.parseLong(hostId);
    } catch (NumberFormatException e) {
      throw invalid(r, field, "is not a host row id: '" + hostId + "'");
    }
  }

  /**
   * Returns the id of the host row a record updates.
   *
   * @param r the record
   * @return the numeric host id
   * @throws CwsyncException ({@link CoreErrorCode#INVALID_VALUE}) if the record has no id or it is not a number
   */
  public static long hostId(HostRecord r) {
    String id = r.hostId();
    if (id == null) {
      throw invalid(r, "hostId", "is required to update a record");
    }
    return id(r, "hostId", id);
  }

  /**
   * Returns the error for a field whose value the host cannot take.
   *
   * @param r the record
   * @param field the field
   * @param problem what is wrong, such as {@code is required}
   * @return the exception ({@link CoreErrorCode#INVALID_VALUE}) naming the record and field
   */
  public static CwsyncException invalid(HostRecord r, String field, String problem) {
    return new CwsyncException(CoreErrorCode.INVALID_VALUE, r.type() + " field '" + field + "' " + problem,
        r.type(), r.hostId(), field, null);
  }
}
