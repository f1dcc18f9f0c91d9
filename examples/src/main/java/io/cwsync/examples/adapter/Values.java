package io.cwsync.examples.adapter;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Typed reads of neutral values, with errors that name the record and field. */
final class Values {
  private Values() {}

  static @Nullable String string(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    return v.toString();
  }

  static String requiredString(HostRecord r, String field) {
    String v = string(r, field);
    if (v == null || v.isBlank()) {
      throw invalid(r, field, "is required");
    }
    return v;
  }

  static @Nullable BigDecimal decimal(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw invalid(r, field, "is not a number: '" + s + "'");
      }
    }
    throw invalid(r, field, "must be a number, got " + v.getClass().getSimpleName());
  }

  static @Nullable Boolean bool(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw invalid(r, field, "must be true or false, got " + v);
  }

  static @Nullable LocalDate date(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof java.time.Instant i) {
      return LocalDate.ofInstant(i, java.time.ZoneOffset.UTC);
    }
    throw invalid(r, field, "must be a date, got " + v);
  }

  static @Nullable Long ref(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null) {
      return null;
    }
    if (v instanceof HostRef ref) {
      return id(r, field, ref.hostId());
    }
    throw invalid(r, field, "must be a reference to another record, got " + v);
  }

  static long id(HostRecord r, String field, String hostId) {
    try {
      return Long.parseLong(hostId);
    } catch (NumberFormatException e) {
      throw invalid(r, field, "is not a CRM id: '" + hostId + "'");
    }
  }

  static long hostId(HostRecord r) {
    String id = r.hostId();
    if (id == null) {
      throw invalid(r, "hostId", "is required to update a record");
    }
    return id(r, "hostId", id);
  }

  static CwsyncException invalid(HostRecord r, String field, String problem) {
    return new CwsyncException(CoreErrorCode.INVALID_VALUE, r.type() + " field '" + field + "' " + problem,
        r.type(), r.hostId(), field, null);
  }

  static long cursor(@Nullable String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "CRM change cursor is not a number: '" + cursor + "'");
    }
  }
}
