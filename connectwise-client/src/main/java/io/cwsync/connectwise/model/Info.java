package io.cwsync.connectwise.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code _info} object ConnectWise attaches to records and references: who changed the record and
 * when, plus hrefs to related resources.
 *
 * <p>ConnectWise sends it as a flat map of strings such as
 * {@code {"lastUpdated":"2018-06-14T15:21:50Z","updatedBy":"jdoe","company_href":"https://..."}}. The
 * well-known keys are typed here; every other key is kept verbatim in {@link #others()} so nothing is
 * lost on a round trip. Hrefs can contain {@code //} (a ConnectWise quirk): build URLs from ids, not
 * from them. Immutable and thread-safe.
 *
 * @param lastUpdated when the record last changed ({@code lastUpdated}), the incremental-sync cursor
 * @param dateEntered when the record was created ({@code dateEntered})
 * @param updatedBy who last changed the record ({@code updatedBy})
 * @param enteredBy who created the record ({@code enteredBy})
 * @param others every other key of {@code _info} (mostly {@code *_href} links), never null
 */
public record Info(
    @Nullable Instant lastUpdated,
    @Nullable Instant dateEntered,
    @Nullable String updatedBy,
    @Nullable String enteredBy,
    Map<String, String> others) {

  private static final String LAST_UPDATED = "lastUpdated";
  private static final String DATE_ENTERED = "dateEntered";
  private static final String UPDATED_BY = "updatedBy";
  private static final String ENTERED_BY = "enteredBy";

  /**
   * Copies {@code others} and checks that it does not repeat a typed key.
   *
   * @throws NullPointerException if {@code others} is null
   * @throws IllegalArgumentException if {@code others} contains one of the typed keys
   */
  public Info {
    requireNonNull(others, "others == null");
    for (String key : new String[] {LAST_UPDATED, DATE_ENTERED, UPDATED_BY, ENTERED_BY}) {
      if (others.containsKey(key)) {
        throw new IllegalArgumentException("_info key " + key + " belongs in its typed component, not in others");
      }
    }
    // Most _info objects (those of references) carry one href: no LinkedHashMap for those, as decoding makes
    // about twenty of them per record.
    others = switch (others.size()) {
      case 0 -> Collections.emptyMap();
      case 1 -> {
        Map.Entry<String, String> only = others.entrySet().iterator().next();
        yield Collections.singletonMap(only.getKey(), only.getValue());
      }
      default -> Collections.unmodifiableMap(new LinkedHashMap<>(others));
    };
  }

  /**
   * Creates an {@code _info} with only a last-updated instant, as tests and simulators need.
   *
   * @param lastUpdated the last update instant
   * @return an {@code _info} with no other keys
   */
  public static Info lastUpdated(@Nullable Instant lastUpdated) {
    return new Info(lastUpdated, null, null, null, Map.of());
  }

  /**
   * Reads the raw {@code _info} map as ConnectWise sends it. Values that are not strings (never seen,
   * but the API adds keys freely) keep their JSON text; NUL characters are stripped.
   *
   * @param raw the {@code _info} object
   * @return the typed form
   * @throws IllegalArgumentException if {@code lastUpdated} or {@code dateEntered} is not a date-time
   */
  @JsonCreator
  static Info fromJson(Map<String, @Nullable Object> raw) {
    Map<String, String> others = new LinkedHashMap<>();
    Instant lastUpdated = null;
    Instant dateEntered = null;
    String updatedBy = null;
    String enteredBy = null;
    for (Map.Entry<String, @Nullable Object> e : raw.entrySet()) {
      Object value = e.getValue();
      if (value == null) {
        continue; // a JSON null carries nothing; ConnectWise omits nulls anyway
      }
      String text = Lenient.stripNul(String.valueOf(value));
      switch (e.getKey()) {
        case LAST_UPDATED -> lastUpdated = Lenient.parseInstant(text, "_info.lastUpdated");
        case DATE_ENTERED -> dateEntered = Lenient.parseInstant(text, "_info.dateEntered");
        case UPDATED_BY -> updatedBy = text;
        case ENTERED_BY -> enteredBy = text;
        default -> others.put(e.getKey(), text);
      }
    }
    return new Info(lastUpdated, dateEntered, updatedBy, enteredBy, others);
  }

  /**
   * Writes the flat map ConnectWise uses, typed keys first, absent ones omitted.
   *
   * @return the JSON form
   */
  @JsonValue
  Map<String, String> toJson() {
    Map<String, String> out = new LinkedHashMap<>();
    if (lastUpdated != null) {
      out.put(LAST_UPDATED, Lenient.formatInstant(lastUpdated));
    }
    if (updatedBy != null) {
      out.put(UPDATED_BY, updatedBy);
    }
    if (dateEntered != null) {
      out.put(DATE_ENTERED, Lenient.formatInstant(dateEntered));
    }
    if (enteredBy != null) {
      out.put(ENTERED_BY, enteredBy);
    }
    out.putAll(others);
    return out;
  }

  /**
   * Returns one of the other keys, typically an href such as {@code company_href}.
   *
   * @param key the {@code _info} key
   * @return its value, or {@code null} when absent
   */
  public @Nullable String other(String key) {
    return others.get(key);
  }
}
