package io.cwsync.connectwise.query;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One ConnectWise query condition, built injection-safe: {@code conditions}, {@code childConditions} and
 * {@code customFieldConditions} are all written with it.
 *
 * <pre>{@code
 * Condition c = Condition.field("company/name").eq("Acme")
 *     .and(Condition.field("lastUpdated").gt(Instant.parse("2025-01-31T08:00:00Z")))
 *     .and(Condition.field("status/name").eq("Won").or(Condition.field("closedFlag").eq(false)));
 * c.render(); // company/name = "Acme" AND lastUpdated > [2025-01-31T08:00:00Z] AND (status/name = "Won" OR closedFlag = false)
 * }</pre>
 *
 * <p>Rules, from the ConnectWise developer guide and the server's own parse errors:
 * <ul>
 *   <li>Field paths may contain letters, digits, {@code /}, {@code _} and {@code .} only; anything else is
 *       refused, so no caller text can leave the field position.
 *   <li>Strings are written in double quotes, or in single quotes when they contain a double quote.
 *       ConnectWise has no escape for quotes, so a string with both kinds is refused rather than sent
 *       half-escaped. A literal {@code [} is written {@code [[]}. Control characters (line breaks, tabs,
 *       NUL, ...) are refused, naming the character.
 *   <li>Date-times are written in brackets, UTC, without fractions: {@code [2025-01-31T08:00:00Z]}. A fraction
 *       is truncated (ConnectWise stores whole seconds). A {@link LocalDate} is midnight UTC.
 *   <li>Numbers as plain digits, booleans and {@code null} as keywords, lists as {@code (1,2,3)}.
 *   <li>{@link #and}, {@link #or} and {@link #not} add parentheses wherever grouping needs them.
 * </ul>
 * Refusals throw {@link IllegalArgumentException} naming the field; a value that cannot be sent safely (both kinds
 * of quote, a control character, an unpaired UTF-16 surrogate, a number beyond
 * {@link InvalidValueException#MAX_DIGITS} digits of scale or precision) throws its subclass
 * {@link InvalidValueException}, and nothing is sent.
 *
 * <p>Immutable and thread-safe; {@link #render()} and {@link #toString()} give the exact text sent.
 * Equality is by rendered text.
 */
public final class Condition {

  private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z0-9_.]+(/[A-Za-z0-9_.]+)*");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private enum Kind { SIMPLE, AND, OR, NOT }

  private final String text;
  private final Kind kind;
  private final boolean usesIn;

  private Condition(String text, Kind kind, boolean usesIn) {
    this.text = text;
    this.kind = kind;
    this.usesIn = usesIn;
  }

  /**
   * Starts a condition on a field path such as {@code name}, {@code company/id} or {@code status/name}.
   *
   * @param path the field path, as ConnectWise spells it (case-sensitive)
   * @return the field, on which to call an operator
   * @throws IllegalArgumentException if the path contains anything but letters, digits, {@code /},
   *     {@code _} and {@code .}, or is empty
   * @throws NullPointerException if {@code path} is null
   */
  public static Field field(String path) {
    return new Field(checkFieldPath(path));
  }

  /**
   * Combines conditions with {@code AND}.
   *
   * @param first the first condition
   * @param more the others
   * @return the conjunction
   * @throws NullPointerException if any condition is null
   */
  public static Condition allOf(Condition first, Condition... more) {
    Condition result = requireNonNull(first, "first == null");
    for (Condition c : more) {
      result = result.and(c);
    }
    return result;
  }

  /**
   * Combines conditions with {@code AND}.
   *
   * @param conditions at least one condition
   * @return the conjunction
   * @throws IllegalArgumentException if {@code conditions} is empty
   * @throws NullPointerException if the list or any element is null
   */
  public static Condition allOf(List<Condition> conditions) {
    return combineAll(conditions, Kind.AND);
  }

  /**
   * Combines conditions with {@code OR}.
   *
   * @param first the first condition
   * @param more the others
   * @return the disjunction
   * @throws NullPointerException if any condition is null
   */
  public static Condition anyOf(Condition first, Condition... more) {
    Condition result = requireNonNull(first, "first == null");
    for (Condition c : more) {
      result = result.or(c);
    }
    return result;
  }

  /**
   * Combines conditions with {@code OR}.
   *
   * @param conditions at least one condition
   * @return the disjunction
   * @throws IllegalArgumentException if {@code conditions} is empty
   * @throws NullPointerException if the list or any element is null
   */
  public static Condition anyOf(List<Condition> conditions) {
    return combineAll(conditions, Kind.OR);
  }

  /**
   * Negates a condition: {@code NOT (...)}.
   *
   * @param condition the condition to negate
   * @return the negation
   * @throws NullPointerException if {@code condition} is null
   */
  public static Condition not(Condition condition) {
    return requireNonNull(condition, "condition == null").not();
  }

  /**
   * Returns {@code this AND other}, parenthesising an {@code OR} operand.
   *
   * @param other the other condition
   * @return the conjunction
   * @throws NullPointerException if {@code other} is null
   */
  public Condition and(Condition other) {
    return combine(this, requireNonNull(other, "other == null"), Kind.AND);
  }

  /**
   * Returns {@code this OR other}, parenthesising an {@code AND} operand.
   *
   * @param other the other condition
   * @return the disjunction
   * @throws NullPointerException if {@code other} is null
   */
  public Condition or(Condition other) {
    return combine(this, requireNonNull(other, "other == null"), Kind.OR);
  }

  /**
   * Returns the negation {@code NOT (this)}.
   *
   * @return the negation
   */
  public Condition not() {
    return new Condition("NOT (" + text + ")", Kind.NOT, usesIn);
  }

  /**
   * Returns the condition text exactly as sent (before URL encoding).
   *
   * @return the rendered condition
   */
  public String render() {
    return text;
  }

  /** Whether an {@code in} list occurs; ConnectWise refuses {@code in} in child and custom-field conditions. */
  boolean usesIn() {
    return usesIn;
  }

  /**
   * Splits a long id list into conditions {@code base AND field in (...)} whose rendered text stays within
   * an encoded-length budget, so that each request URL stays short enough for ConnectWise (about 2,000
   * characters). Every distinct id appears in exactly one condition, in the order given; duplicates are
   * dropped. {@link Query#splitByIds} computes the budget from a whole query and base URL.
   *
   * @param base the condition every batch must also satisfy, or {@code null}
   * @param field the id field path, usually {@code id}
   * @param ids the ids; may be empty (then the result is empty)
   * @param maxEncodedLength the budget for each condition's URL-encoded text, see
   *     {@link Query#encodedLength(String)}
   * @return the batch conditions
   * @throws IllegalArgumentException if the field path is invalid or even a single id does not fit
   * @throws NullPointerException if {@code field}, {@code ids} or an id is null
   */
  public static List<Condition> idBatches(
      @Nullable Condition base, String field, Collection<? extends Number> ids, int maxEncodedLength) {
    Field f = field(field);
    requireNonNull(ids, "ids == null");
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (Number id : ids) {
      distinct.add(renderNumber(f.path, requireNonNull(id, "ids contains null")));
    }
    List<Condition> batches = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    int chunkLength = 0;
    for (String id : distinct) {
      if (chunk.isEmpty()) {
        chunk.add(id);
        chunkLength = Query.encodedLength(batch(base, f, chunk).render());
        if (chunkLength > maxEncodedLength) {
          throw new IllegalArgumentException("condition on '" + f.path + "' with the single id " + id
              + " is " + chunkLength + " characters encoded, over the budget of " + maxEncodedLength);
        }
        continue;
      }
      // Adding an id adds an encoded comma (%2C) and the digits, which are unreserved characters.
      int added = 3 + Query.encodedLength(id);
      if (chunkLength + added > maxEncodedLength) {
        batches.add(batch(base, f, chunk));
        chunk = new ArrayList<>();
        chunk.add(id);
        chunkLength = Query.encodedLength(batch(base, f, chunk).render());
      } else {
        chunk.add(id);
        chunkLength += added;
      }
    }
    if (!chunk.isEmpty()) {
      batches.add(batch(base, f, chunk));
    }
    return List.copyOf(batches);
  }

  private static Condition batch(@Nullable Condition base, Field f, List<String> renderedIds) {
    Condition in = new Condition(f.path + " in (" + String.join(",", renderedIds) + ")", Kind.SIMPLE, true);
    return base == null ? in : base.and(in);
  }

  private static Condition combineAll(List<Condition> conditions, Kind kind) {
    requireNonNull(conditions, "conditions == null");
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("at least one condition is required");
    }
    Condition result = requireNonNull(conditions.get(0), "conditions contains null");
    for (Condition c : conditions.subList(1, conditions.size())) {
      result = combine(result, requireNonNull(c, "conditions contains null"), kind);
    }
    return result;
  }

  private static Condition combine(Condition left, Condition right, Kind kind) {
    String op = kind == Kind.AND ? " AND " : " OR ";
    return new Condition(operand(left, kind) + op + operand(right, kind), kind, left.usesIn || right.usesIn);
  }

  /** Same-kind operands flatten (AND and OR are associative); a different composite gets parentheses. */
  private static String operand(Condition c, Kind parent) {
    boolean composite = c.kind == Kind.AND || c.kind == Kind.OR;
    return composite && c.kind != parent ? "(" + c.text + ")" : c.text;
  }

  private static String checkFieldPath(String path) {
    requireNonNull(path, "path == null");
    if (!FIELD_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("invalid condition field path '" + printable(path)
          + "': only letters, digits, '/', '_' and '.' are allowed, with no empty segment");
    }
    return path;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        b.append(String.format("\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  static String renderString(String field, String value) {
    requireNonNull(value, () -> "value for field '" + field + "' is null; use isNull() or isNotNull()");
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isISOControl(ch)) {
        throw new InvalidValueException(field, "contains the control character "
            + String.format("U+%04X", (int) ch) + " at index " + i
            + "; ConnectWise conditions cannot carry control characters");
      }
    }
    // An unpaired surrogate cannot be encoded in the URL: it would arrive as '?', a different value.
    InvalidValueException.requireWellFormed(field, value);
    boolean hasDouble = value.indexOf('"') >= 0;
    boolean hasSingle = value.indexOf('\'') >= 0;
    if (hasDouble && hasSingle) {
      throw new InvalidValueException(field, "contains both double and single quotes; ConnectWise has no escape for a quote inside a quoted"
          + " value, so it cannot be sent safely (match a part without one kind of quote with contains/like"
          + " and check the results client-side)");
    }
    String escaped = value.replace("[", "[[]");
    char quote = hasDouble ? '\'' : '"';
    return quote + escaped + quote;
  }

  static String renderNumber(String field, Number value) {
    requireNonNull(value, () -> "value for field '" + field + "' is null; use isNull() or isNotNull()");
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      if (value instanceof BigInteger big && big.bitLength() > 3_300) {
        throw new InvalidValueException(field, "is a number out of range (precision beyond "
            + InvalidValueException.MAX_DIGITS + " digits)");
      }
      return value.toString();
    }
    if (value instanceof BigDecimal bd) {
      // Bounded first: toPlainString of 1e999999999 would build a billion-digit string.
      return InvalidValueException.requireBounded(field, bd).toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("value for condition field '" + field + "' is not a finite number: " + d);
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    try {
      return InvalidValueException.requireBounded(field, new BigDecimal(value.toString())).toPlainString();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value for condition field '" + field + "' is not a number: " + value, e);
    }
  }

  static String renderInstant(String field, Instant value) {
    requireNonNull(value, () -> "value for field '" + field + "' is null; use isNull() or isNotNull()");
    // Truncating (never rounding up) keeps ">= cursor" conditions from skipping a record in the same second.
    return "[" + DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS)) + "]";
  }

  static String renderDate(String field, LocalDate value) {
    requireNonNull(value, () -> "value for field '" + field + "' is null; use isNull() or isNotNull()");
    return renderInstant(field, value.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Returns the rendered condition text.
   *
   * @return the same as {@link #render()}
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * A validated field path awaiting its operator. Immutable and thread-safe. Every operator refuses a
   * {@code null} value with a {@link NullPointerException} pointing to {@link #isNull()}.
   */
  public static final class Field {
    private final String path;

    private Field(String path) {
      this.path = path;
    }

    /**
     * Returns the field path.
     *
     * @return the path as given
     */
    public String path() {
      return path;
    }

    private Condition cmp(String op, String renderedValue) {
      return new Condition(path + " " + op + " " + renderedValue, Kind.SIMPLE, false);
    }

    /**
     * {@code field = "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely (see {@link Condition})
     */
    public Condition eq(String value) {
      return cmp("=", renderString(path, value));
    }

    /**
     * {@code field = 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition eq(Number value) {
      return cmp("=", renderNumber(path, value));
    }

    /**
     * {@code field = true}.
     *
     * @param value the flag
     * @return the condition
     */
    public Condition eq(boolean value) {
      return cmp("=", Boolean.toString(value));
    }

    /**
     * {@code field = [2025-01-31T08:00:00Z]}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition eq(Instant value) {
      return cmp("=", renderInstant(path, value));
    }

    /**
     * {@code field = [2025-01-31T00:00:00Z]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition eq(LocalDate value) {
      return cmp("=", renderDate(path, value));
    }

    /**
     * {@code field != "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition ne(String value) {
      return cmp("!=", renderString(path, value));
    }

    /**
     * {@code field != 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition ne(Number value) {
      return cmp("!=", renderNumber(path, value));
    }

    /**
     * {@code field != true}.
     *
     * @param value the flag
     * @return the condition
     */
    public Condition ne(boolean value) {
      return cmp("!=", Boolean.toString(value));
    }

    /**
     * {@code field != [instant]}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition ne(Instant value) {
      return cmp("!=", renderInstant(path, value));
    }

    /**
     * {@code field != [date]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition ne(LocalDate value) {
      return cmp("!=", renderDate(path, value));
    }

    /**
     * {@code field < "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition lt(String value) {
      return cmp("<", renderString(path, value));
    }

    /**
     * {@code field < 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition lt(Number value) {
      return cmp("<", renderNumber(path, value));
    }

    /**
     * {@code field < [instant]}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition lt(Instant value) {
      return cmp("<", renderInstant(path, value));
    }

    /**
     * {@code field < [date]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition lt(LocalDate value) {
      return cmp("<", renderDate(path, value));
    }

    /**
     * {@code field <= "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition le(String value) {
      return cmp("<=", renderString(path, value));
    }

    /**
     * {@code field <= 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition le(Number value) {
      return cmp("<=", renderNumber(path, value));
    }

    /**
     * {@code field <= [instant]}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition le(Instant value) {
      return cmp("<=", renderInstant(path, value));
    }

    /**
     * {@code field <= [date]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition le(LocalDate value) {
      return cmp("<=", renderDate(path, value));
    }

    /**
     * {@code field > "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition gt(String value) {
      return cmp(">", renderString(path, value));
    }

    /**
     * {@code field > 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition gt(Number value) {
      return cmp(">", renderNumber(path, value));
    }

    /**
     * {@code field > [instant]}, the usual incremental-sync cursor condition on {@code lastUpdated}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition gt(Instant value) {
      return cmp(">", renderInstant(path, value));
    }

    /**
     * {@code field > [date]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition gt(LocalDate value) {
      return cmp(">", renderDate(path, value));
    }

    /**
     * {@code field >= "value"}.
     *
     * @param value the string
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition ge(String value) {
      return cmp(">=", renderString(path, value));
    }

    /**
     * {@code field >= 42}.
     *
     * @param value the number
     * @return the condition
     * @throws IllegalArgumentException if the number is not finite
     */
    public Condition ge(Number value) {
      return cmp(">=", renderNumber(path, value));
    }

    /**
     * {@code field >= [instant]}.
     *
     * @param value the instant (fraction truncated)
     * @return the condition
     */
    public Condition ge(Instant value) {
      return cmp(">=", renderInstant(path, value));
    }

    /**
     * {@code field >= [date]}.
     *
     * @param value the date (midnight UTC)
     * @return the condition
     */
    public Condition ge(LocalDate value) {
      return cmp(">=", renderDate(path, value));
    }

    /**
     * {@code field contains "part"}: a substring match.
     *
     * @param value the substring
     * @return the condition
     * @throws IllegalArgumentException if the value cannot be quoted safely
     */
    public Condition contains(String value) {
      return cmp("contains", renderString(path, value));
    }

    /**
     * {@code field like "Acme%"}: {@code %} in the pattern is the wildcard (there is no escape for a
     * literal {@code %}).
     *
     * @param pattern the pattern
     * @return the condition
     * @throws IllegalArgumentException if the pattern cannot be quoted safely
     */
    public Condition like(String pattern) {
      return cmp("like", renderString(path, pattern));
    }

    /**
     * {@code field in (1,2,3)}. ConnectWise refuses {@code in} in child and custom-field conditions, which
     * {@link Query.Builder#build()} checks. For long lists see {@link Condition#idBatches}.
     *
     * @param values at least one number
     * @return the condition
     */
    public Condition in(int... values) {
      requireNonNull(values, "values == null");
      return in(Arrays.stream(values).boxed().toList());
    }

    /**
     * {@code field in ("a","b")}.
     *
     * @param values at least one string
     * @return the condition
     * @throws IllegalArgumentException if a value cannot be quoted safely or none is given
     */
    public Condition in(String... values) {
      requireNonNull(values, "values == null");
      return in(Arrays.asList(values));
    }

    /**
     * {@code field in (...)} with numbers or strings (mixing is allowed, each rendered by its type).
     *
     * @param values at least one value, each a {@link Number} or a {@link String}
     * @return the condition
     * @throws IllegalArgumentException if the collection is empty, holds another type, or a string cannot be
     *     quoted safely
     * @throws NullPointerException if the collection or an element is null
     */
    public Condition in(Collection<?> values) {
      requireNonNull(values, "values == null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("'in' on condition field '" + path + "' needs at least one value");
      }
      List<String> rendered = new ArrayList<>(values.size());
      for (Object v : values) {
        requireNonNull(v, () -> "'in' values for condition field '" + path + "' contain null");
        if (v instanceof Number n) {
          rendered.add(renderNumber(path, n));
        } else if (v instanceof String s) {
          rendered.add(renderString(path, s));
        } else {
          throw new IllegalArgumentException("'in' values for condition field '" + path
              + "' must be numbers or strings, not " + v.getClass().getName());
        }
      }
      return new Condition(path + " in (" + String.join(",", rendered) + ")", Kind.SIMPLE, true);
    }

    /**
     * {@code field = null}.
     *
     * @return the condition
     */
    public Condition isNull() {
      return cmp("=", "null");
    }

    /**
     * {@code field != null}.
     *
     * @return the condition
     */
    public Condition isNotNull() {
      return cmp("!=", "null");
    }
  }
}
