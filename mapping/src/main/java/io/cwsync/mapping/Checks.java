package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The argument and state checks the profile section builders share; every message names the setting
 * and the value it saw.
 */
final class Checks {
  private Checks() {}

  /** Replaces {@code target} with {@code values}, refusing blanks and case-insensitive repeats. */
  static void replace(Set<String> target, String what, String... values) {
    requireNonNull(values, what + " values == null");
    Set<String> seen = new LinkedHashSet<>();
    Set<String> folded = new LinkedHashSet<>();
    for (String v : values) {
      nonBlank(v, what);
      requireArgument(folded.add(v.toLowerCase(Locale.ROOT)), "%s '%s' is given twice", what, v);
      seen.add(v);
    }
    target.clear();
    target.addAll(seen);
  }

  /** Replaces {@code target} with {@code values}, refusing blanks and exact repeats. */
  static void replaceExact(Collection<String> target, String what, String... values) {
    requireNonNull(values, what + " values == null");
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      nonBlank(v, what);
      requireArgument(seen.add(v), "%s '%s' is given twice", what, v);
    }
    target.clear();
    target.addAll(seen);
  }

  static String nonBlank(String value, String what) {
    requireNonNull(value, what + " == null");
    requireArgument(!value.isBlank(), "%s must not be blank", what);
    return value;
  }

  static @Nullable String nullableNonBlank(@Nullable String value, String what) {
    return value == null ? null : nonBlank(value, what);
  }

  static void requireArgument(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  static void requireState(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(Locale.ROOT, format, args));
    }
  }

  /** The values sorted, as an array for the varargs setters: replays are deterministic. */
  static String[] sorted(Collection<String> values) {
    List<String> list = new ArrayList<>(values);
    list.sort(null);
    return list.toArray(new String[0]);
  }
}
