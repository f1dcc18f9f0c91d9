package io.cwsync.connectwise.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The lenient value rules shared by {@link ConnectWiseJson} and {@link Info}.
 *
 * <p>Why lenient: ConnectWise documents {@code 2018-06-14T15:21:50Z} but older servers and on-premise
 * installs have been seen sending fractions, offsets, dates without a zone and bare dates; refusing a whole
 * page over one odd timestamp would stall a sync, while reading them as UTC loses nothing that matters.
 */
final class Lenient {

  private Lenient() {}

  static String stripNul(String s) {
    return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
  }

  /**
   * Parses a ConnectWise date-time: ISO instant, ISO with offset, ISO local date-time (UTC) or ISO date
   * (midnight UTC). Blank means absent.
   *
   * @throws IllegalArgumentException naming {@code what} when the text is none of those
   */
  static @Nullable Instant parseInstant(String text, String what) {
    String s = stripNul(text).trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException ignored) {
      // fall through to the more lenient forms
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    try {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what + " is not a date-time: '" + s + "' (expected e.g. 2018-06-14T15:21:50Z)", e);
    }
  }

  static String formatInstant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * Parses the boolean spellings ConnectWise uses: JSON booleans, and strings such as {@code "True"}
   * (login/companyinfo) in any case. Blank means absent.
   *
   * @throws IllegalArgumentException naming {@code what} for anything else
   */
  static @Nullable Boolean parseBoolean(String text, String what) {
    String s = stripNul(text).trim();
    if (s.isEmpty()) {
      return null;
    }
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return Boolean.TRUE;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException(what + " is not a boolean: '" + s + "'");
  }
}
