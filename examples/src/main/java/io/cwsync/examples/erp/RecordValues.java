package io.cwsync.examples.erp;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Typed reads of neutral values for the ERP adapters, with errors that name the record and field. */
final class RecordValues {
  private RecordValues() {}

  static @Nullable String string(HostRecord r, String field) {
    Object v = r.field(field);
    return v == null ? null : v.toString();
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
    throw invalid(r, field, "must be a number, got " + v);
  }

  static @Nullable LocalDate date(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof Instant i) {
      return LocalDate.ofInstant(i, java.time.ZoneOffset.UTC);
    }
    throw invalid(r, field, "must be a date, got " + v);
  }

  static @Nullable Instant instant(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof Instant) {
      return (Instant) v;
    }
    throw invalid(r, field, "must be an instant, got " + v);
  }

  static boolean bool(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw invalid(r, field, "must be true or false, got " + v);
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

  static long requiredRef(HostRecord r, String field) {
    Long id = ref(r, field);
    if (id == null) {
      throw invalid(r, field, "is required");
    }
    return id;
  }

  static long id(HostRecord r, String field, String hostId) {
    try {
      return Long.parseLong(hostId);
    } catch (NumberFormatException e) {
      throw invalid(r, field, "is not an ERP id: '" + hostId + "'");
    }
  }

  static long hostId(HostRecord r) {
    String id = r.hostId();
    if (id == null) {
      throw invalid(r, "hostId", "is required to update a record");
    }
    return id(r, "hostId", id);
  }

  static long parse(String hostId) {
    try {
      return Long.parseLong(hostId);
    } catch (NumberFormatException e) {
      throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "not an ERP id: '" + hostId + "'");
    }
  }

  static long cursor(@Nullable String cursor) {
    return cursor == null ? 0 : parse(cursor);
  }

  static CwsyncException invalid(HostRecord r, String field, String problem) {
    return new CwsyncException(CoreErrorCode.INVALID_VALUE, r.type() + " field '" + field + "' " + problem,
        r.type(), r.hostId(), field, null);
  }

  static void put(HostRecord.Builder b, String field, @Nullable Object value) {
    if (value != null) {
      b.field(field, value);
    }
  }
}
