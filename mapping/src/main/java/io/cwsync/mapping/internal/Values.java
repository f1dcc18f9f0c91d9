package io.cwsync.mapping.internal;

import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.mapping.MappingErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of host record fields: a value of the wrong type is a mapping error naming the record
 * and the field, never a silent skip.
 */
public final class Values {
  private Values() {}

  /**
   * Reads an optional text field; blank text counts as absent.
   *
   * @param r the record
   * @param field the field
   * @return the trimmed text, or null
   * @throws CwsyncException INVALID_VALUE if the value is not text
   */
  public static @Nullable String text(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
    throw invalid(r, field, "text", v);
  }

  /**
   * Reads a required text field.
   *
   * @param r the record
   * @param field the field
   * @param why what needs it, for the message
   * @return the trimmed text
   * @throws CwsyncException MISSING_VALUE if absent or blank, INVALID_VALUE if not text
   */
  public static String requiredText(HostRecord r, String field, String why) {
    String t = text(r, field);
    if (t == null) {
      throw Errors.record(MappingErrorCode.MISSING_VALUE, r.type(), r.hostId(), field,
          "field '" + field + "' is required: " + why);
    }
    return t;
  }

  /**
   * Reads an optional decimal field.
   *
   * @param r the record
   * @param field the field
   * @return the value, or null
   * @throws CwsyncException INVALID_VALUE if not a number
   */
  public static @Nullable BigDecimal decimal(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw invalid(r, field, "number", v);
  }

  /**
   * Reads an optional boolean field.
   *
   * @param r the record
   * @param field the field
   * @return the value, or null
   * @throws CwsyncException INVALID_VALUE if not a boolean
   */
  public static @Nullable Boolean bool(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw invalid(r, field, "true/false", v);
  }

  /**
   * Reads an optional date field (a LocalDate, or an Instant taken in UTC).
   *
   * @param r the record
   * @param field the field
   * @return the date, or null
   * @throws CwsyncException INVALID_VALUE if not a date
   */
  public static @Nullable LocalDate date(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Instant i) {
      return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
    throw invalid(r, field, "date", v);
  }

  /**
   * Reads an optional instant field.
   *
   * @param r the record
   * @param field the field
   * @return the instant, or null
   * @throws CwsyncException INVALID_VALUE if not an instant
   */
  public static @Nullable Instant instant(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Instant i) {
      return i;
    }
    throw invalid(r, field, "instant", v);
  }

  /**
   * Reads an optional reference field.
   *
   * @param r the record
   * @param field the field
   * @return the reference, or null
   * @throws CwsyncException INVALID_VALUE if not a HostRef
   */
  public static @Nullable HostRef ref(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof HostRef ref) {
      return ref;
    }
    throw invalid(r, field, "reference to another record", v);
  }

  /**
   * Reads an optional list-of-maps field.
   *
   * @param r the record
   * @param field the field
   * @return the maps, empty if absent
   * @throws CwsyncException INVALID_VALUE if not a list of maps
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(HostRecord r, String field) {
    Object v = r.fields().get(field);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map)) {
          throw invalid(r, field, "list of records", v);
        }
      }
      return (List<Map<String, Object>>) v;
    }
    throw invalid(r, field, "list of records", v);
  }

  /**
   * Returns whether two names are equal ignoring case and surrounding blanks (how users type the
   * seeds' filter values).
   *
   * @param a a name, or null
   * @param b a name
   * @return whether they match
   */
  public static boolean sameName(@Nullable String a, String b) {
    return a != null && a.strip().equalsIgnoreCase(b.strip());
  }

  /**
   * Folds a name for case-insensitive set lookups.
   *
   * @param name the name
   * @return the folded name
   */
  public static String fold(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static CwsyncException invalid(HostRecord r, String field, String expected, Object v) {
    return Errors.record(MappingErrorCode.INVALID_VALUE, r.type(), r.hostId(), field,
        "field '" + field + "' must be " + expected + ", got " + v.getClass().getSimpleName()
            + " " + v);
  }

  /**
   * Returns an unmapped-value error for a record.
   *
   * @param type the record type
   * @param id the record id
   * @param field the field
   * @param message the message
   * @return the exception
   */
  public static CwsyncException unmapped(EntityType type, @Nullable String id, String field,
      String message) {
    return Errors.record(MappingErrorCode.UNMAPPED_VALUE, type, id, field, message);
  }
}
