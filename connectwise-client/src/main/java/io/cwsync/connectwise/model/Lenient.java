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
    Instant fast = parseCanonicalInstant(text);
    if (fast != null) {
      return fast;
    }
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

  /**
   * Parses the canonical form ConnectWise sends for nearly every date-time, {@code 2018-06-14T15:21:50Z},
   * without a formatter: {@link Instant#parse} costs about as much as binding the rest of a record.
   *
   * @return the instant, or {@code null} when the text is not exactly in that form or is out of range,
   *     so that the general path decides (and reports errors) as before
   */
  static @Nullable Instant parseCanonicalInstant(String s) {
    if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    // Leap seconds (:60) and invalid fields take the general path, which handles or rejects them.
    if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || hour > 23
        || minute > 59 || second > 59 || day > 28 && day > lengthOfMonth(year, month)) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second);
  }

  /** Days in {@code month} of the proleptic Gregorian {@code year} (as {@code LocalDate.lengthOfMonth}). */
  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * Days since 1970-01-01 of a valid proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil) rather
   * than through {@code LocalDate}: every record carries several date-times, and the object and its checks were a
   * visible share of decoding a page.
   */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  /** The value of {@code length} ASCII digits at {@code from}, or -1 if any is not a digit. */
  private static int digits(String s, int from, int length) {
    int v = 0;
    for (int i = from; i < from + length; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
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
