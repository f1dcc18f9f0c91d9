package io.cwsync.core.spi;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.query.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * A natural key as plain field values, so core can look up the keys of a whole page of host records with one
 * ConnectWise query ({@code identifier in (...)}) instead of one request per record, and match the answer in memory.
 *
 * <p>A ConnectWise record matches when every {@link #allOf} term holds and at least one {@link #anyOf} term holds:
 * exactly the records {@link #condition()} selects. Core compares the way ConnectWise's database does: text without
 * regard to case or trailing blanks, numbers by value, booleans exactly; a field the record lacks matches nothing.
 *
 * <pre>{@code
 * NaturalKey.anyOf(List.of(NaturalKey.Term.of("identifier", "ACME")))
 *     .and(NaturalKey.Term.of("deletedFlag", false))
 *     .condition(); // identifier = "ACME" AND deletedFlag = false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param anyOf the alternatives, at least one; a record matches when any holds
 * @param allOf the terms every match must also meet, such as {@code deletedFlag = false}; may be empty
 */
public record NaturalKey(List<Term> anyOf, List<Term> allOf) {

  /**
   * Validates and copies the terms.
   *
   * @throws IllegalArgumentException if {@code anyOf} is empty
   * @throws NullPointerException if a list or a term is null
   */
  public NaturalKey {
    anyOf = List.copyOf(requireNonNull(anyOf, "anyOf == null"));
    allOf = List.copyOf(requireNonNull(allOf, "allOf == null"));
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a natural key needs at least one alternative (anyOf is empty)");
    }
  }

  /**
   * Returns a key matched by any of the terms.
   *
   * @param anyOf at least one term
   * @return the key, without {@link #allOf} terms
   * @throws IllegalArgumentException if {@code anyOf} is empty
   */
  public static NaturalKey anyOf(List<Term> anyOf) {
    return new NaturalKey(anyOf, List.of());
  }

  /**
   * Returns a copy that also requires {@code term}.
   *
   * @param term the extra term
   * @return the copy
   */
  public NaturalKey and(Term term) {
    List<Term> all = new ArrayList<>(allOf);
    all.add(requireNonNull(term, "term == null"));
    return new NaturalKey(anyOf, all);
  }

  /**
   * Returns the ConnectWise condition that selects the same records: {@code (a = 1 OR b = 2) AND c = false}.
   *
   * @return the condition
   * @throws IllegalArgumentException if a value cannot be sent in a condition (see {@link Condition})
   */
  public Condition condition() {
    Condition c = Condition.anyOf(anyOf.stream().map(Term::condition).toList());
    for (Term t : allOf) {
      c = c.and(t.condition());
    }
    return c;
  }

  /**
   * One equality, {@code field = value}.
   *
   * @param field the ConnectWise field path, such as {@code identifier} or {@code company/id}
   * @param value a {@link String}, {@link Number} or {@link Boolean}
   */
  public record Term(String field, Object value) {

    /**
     * Validates the term.
     *
     * @throws IllegalArgumentException if the value is not a string, number or boolean
     * @throws NullPointerException if the field or the value is null
     */
    public Term {
      requireNonNull(field, "field == null");
      requireNonNull(value, () -> "value of natural key field '" + field + "' is null");
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new IllegalArgumentException("value of natural key field '" + field
            + "' must be a String, Number or Boolean, not " + value.getClass().getName());
      }
    }

    /**
     * Returns {@code field = value}.
     *
     * @param field the ConnectWise field path
     * @param value a {@link String}, {@link Number} or {@link Boolean}
     * @return the term
     */
    public static Term of(String field, Object value) {
      return new Term(field, value);
    }

    /**
     * Returns the term as a condition.
     *
     * @return {@code field = value}
     * @throws IllegalArgumentException if the value cannot be sent in a condition
     */
    public Condition condition() {
      Condition.Field f = Condition.field(field);
      if (value instanceof String s) {
        return f.eq(s);
      }
      if (value instanceof Boolean b) {
        return f.eq(b.booleanValue());
      }
      return f.eq((Number) value);
    }
  }
}
