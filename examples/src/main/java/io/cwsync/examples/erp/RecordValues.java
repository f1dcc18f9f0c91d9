package io.cwsync.examples.erp;

import static io.cwsync.examples.FieldReads.invalid;
import static io.cwsync.examples.FieldReads.ref;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.HostRecord;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of neutral values the ERP adapters read their own way (numbers, instants, flags that default to
 * false, required references, ids and cursors), with errors that name the record and field; the reads both example
 * hosts share are {@link io.cwsync.examples.FieldReads}.
 */
final class RecordValues {
  private RecordValues() {}

  static @Nullable BigDecimal decimal(HostRecord r, String field) {
    Object v = r.field(field);
    if (v == null || v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    throw invalid(r, field, "must be a number, got " + v);
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

  static long requiredRef(HostRecord r, String field) {
    Long id = ref(r, field);
    if (id == null) {
      throw invalid(r, field, "is required");
    }
    return id;
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

  static void put(HostRecord.Builder b, String field, @Nullable Object value) {
    if (value != null) {
      b.field(field, value);
    }
  }
}
