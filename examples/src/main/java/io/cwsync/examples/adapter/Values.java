package io.cwsync.examples.adapter;

import static io.cwsync.examples.FieldReads.invalid;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.HostRecord;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of neutral values the CRM reads its own way (numbers may come as text, flags may be absent, the change
 * cursor), with errors that name the record and field; the reads both example hosts share are {@link
 * io.cwsync.examples.FieldReads}.
 */
final class Values {
  private Values() {}

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
