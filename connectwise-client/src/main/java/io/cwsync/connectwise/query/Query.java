package io.cwsync.connectwise.query;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a ConnectWise list or count request: {@code conditions}, {@code childConditions},
 * {@code customFieldConditions}, {@code orderBy}, {@code fields}, {@code page}/{@code pageSize}, and
 * forward-only paging with {@code pageId}.
 *
 * <pre>{@code
 * Query q = Query.builder()
 *     .conditions(Condition.field("lastUpdated").gt(since))
 *     .childConditions(Condition.field("communicationItems/value").eq("a@b.com"))
 *     .orderByAsc("lastUpdated").orderByAsc("id")
 *     .build();
 * q.toParameters(); // {conditions=lastUpdated > [...], childConditions=..., orderBy=lastUpdated asc,id asc, pageSize=1000}
 * }</pre>
 *
 * <p>{@code pageSize} defaults to 1,000, the ConnectWise maximum (its own default of 25 costs 40 times the
 * requests). Forward-only paging returns rows in id order and refuses {@code orderBy}, so the builder
 * refuses that combination. Immutable and thread-safe; {@link #toBuilder()} derives changed copies (the
 * pager does so for each page).
 */
public final class Query {

  /** The largest page ConnectWise serves. */
  public static final int MAX_PAGE_SIZE = 1000;

  /** The URL length ConnectWise (and proxies in front of it) are known to accept. */
  public static final int MAX_URL_LENGTH = 2000;

  private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z0-9_.]+(/[A-Za-z0-9_.]+)*");

  private final @Nullable Condition conditions;
  private final @Nullable Condition childConditions;
  private final @Nullable Condition customFieldConditions;
  private final List<String> orderBy;
  private final List<String> fields;
  private final int pageSize;
  private final @Nullable Integer page;
  private final boolean forwardOnly;
  private final @Nullable Integer pageId;

  private Query(Builder b) {
    this.conditions = b.conditions;
    this.childConditions = b.childConditions;
    this.customFieldConditions = b.customFieldConditions;
    this.orderBy = List.copyOf(b.orderBy);
    this.fields = List.copyOf(b.fields);
    this.pageSize = b.pageSize;
    this.page = b.page;
    this.forwardOnly = b.forwardOnly;
    this.pageId = b.pageId;
  }

  /**
   * Returns a query with no conditions and the default page size.
   *
   * @return the query for "everything"
   */
  public static Query all() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with the defaults (no conditions, page size 1,000, navigable paging)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this query's values.
   *
   * @return a new builder initialised from this query
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.conditions = conditions;
    b.childConditions = childConditions;
    b.customFieldConditions = customFieldConditions;
    b.orderBy.addAll(orderBy);
    b.fields.addAll(fields);
    b.pageSize = pageSize;
    b.page = page;
    b.forwardOnly = forwardOnly;
    b.pageId = pageId;
    return b;
  }

  /**
   * Returns the {@code conditions}.
   *
   * @return the conditions, or {@code null} for none
   */
  public @Nullable Condition conditions() {
    return conditions;
  }

  /**
   * Returns the {@code childConditions} (conditions on child collections such as communication items).
   *
   * @return the child conditions, or {@code null} for none
   */
  public @Nullable Condition childConditions() {
    return childConditions;
  }

  /**
   * Returns the {@code customFieldConditions} (on {@code caption} and {@code value}).
   *
   * @return the custom field conditions, or {@code null} for none
   */
  public @Nullable Condition customFieldConditions() {
    return customFieldConditions;
  }

  /**
   * Returns the sort terms, each {@code "field asc"} or {@code "field desc"}.
   *
   * @return the unmodifiable sort terms, empty for the server's order
   */
  public List<String> orderBy() {
    return orderBy;
  }

  /**
   * Returns the fields to return ({@code fields}); empty means all.
   *
   * @return the unmodifiable field paths
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * Returns the page size, 1 to 1,000.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Returns the 1-based page to fetch in navigable paging.
   *
   * @return the page, or {@code null} for the first page
   */
  public @Nullable Integer page() {
    return page;
  }

  /**
   * Returns whether forward-only paging (header {@code pagination-type: forward-only}) is requested.
   *
   * @return {@code true} for forward-only paging
   */
  public boolean forwardOnly() {
    return forwardOnly;
  }

  /**
   * Returns the forward-only cursor: the last id already seen.
   *
   * @return the page id, or {@code null} for the first forward-only page
   */
  public @Nullable Integer pageId() {
    return pageId;
  }

  /**
   * Returns the query parameters in a stable order, values not yet URL-encoded. The forward-only header is
   * not a parameter; the client sends it when {@link #forwardOnly()} is set.
   *
   * @return a new ordered map of parameter name to value
   */
  public Map<String, String> toParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (conditions != null) {
      p.put("conditions", conditions.render());
    }
    if (childConditions != null) {
      p.put("childConditions", childConditions.render());
    }
    if (customFieldConditions != null) {
      p.put("customFieldConditions", customFieldConditions.render());
    }
    if (!orderBy.isEmpty()) {
      p.put("orderBy", String.join(",", orderBy));
    }
    if (!fields.isEmpty()) {
      p.put("fields", String.join(",", fields));
    }
    if (forwardOnly) {
      if (pageId != null) {
        p.put("pageId", pageId.toString());
      }
    } else if (page != null) {
      p.put("page", page.toString());
    }
    p.put("pageSize", Integer.toString(pageSize));
    return Collections.unmodifiableMap(p);
  }

  /**
   * Returns the length of the query string ({@code a=1&b=2}) after URL encoding, counted as an upper bound:
   * see {@link #encodedLength(String)}.
   *
   * @return the encoded query string length, 0 when there are no parameters
   */
  public int encodedQueryLength() {
    int length = 0;
    for (Map.Entry<String, String> e : toParameters().entrySet()) {
      length += (length == 0 ? 0 : 1) + encodedLength(e.getKey()) + 1 + encodedLength(e.getValue());
    }
    return length;
  }

  /**
   * Splits a request for many ids into queries that each add {@code field in (...)} to this query's
   * conditions, so that every full URL ({@code baseUrl?query}) stays within {@link #MAX_URL_LENGTH}
   * characters after URL encoding. Every distinct id is in exactly one query.
   *
   * @param field the id field path, usually {@code id}
   * @param ids the ids; an empty collection gives an empty list
   * @param baseUrlLength the length of the URL up to, not including, the {@code ?}
   * @return the queries, in id order
   * @throws IllegalArgumentException if even one id cannot fit, or the field path is invalid
   * @throws NullPointerException if {@code field}, {@code ids} or an id is null
   */
  public List<Query> splitByIds(String field, Collection<? extends Number> ids, int baseUrlLength) {
    return splitByIds(field, ids, baseUrlLength, MAX_URL_LENGTH);
  }

  /**
   * Like {@link #splitByIds(String, Collection, int)} with an explicit URL limit.
   *
   * @param field the id field path, usually {@code id}
   * @param ids the ids; an empty collection gives an empty list
   * @param baseUrlLength the length of the URL up to, not including, the {@code ?}
   * @param maxUrlLength the limit for each full URL
   * @return the queries, in id order
   * @throws IllegalArgumentException if even one id cannot fit, or the field path is invalid
   * @throws NullPointerException if {@code field}, {@code ids} or an id is null
   */
  public List<Query> splitByIds(String field, Collection<? extends Number> ids, int baseUrlLength, int maxUrlLength) {
    Query withoutConditions = toBuilder().conditions(null).build();
    int rest = withoutConditions.encodedQueryLength();
    // base + "?" + "conditions=" + value + ("&" + rest, when there are other parameters)
    int overhead = baseUrlLength + 1 + "conditions=".length() + (rest == 0 ? 0 : 1 + rest);
    List<Condition> batches = Condition.idBatches(conditions, field, ids, maxUrlLength - overhead);
    List<Query> queries = new ArrayList<>(batches.size());
    for (Condition c : batches) {
      queries.add(toBuilder().conditions(c).build());
    }
    return List.copyOf(queries);
  }

  /**
   * Returns how long a value can become once URL-encoded, whichever encoder the HTTP stack uses: the
   * characters no encoder touches ({@code A-Z a-z 0-9 - . _}) count one, every other character three per
   * UTF-8 byte ({@code java.net.URLEncoder} even encodes {@code ~}). Encoders that leave more characters alone (OkHttp keeps {@code /} and {@code ,} in query values)
   * only produce shorter URLs.
   *
   * @param value the raw value
   * @return the encoded length upper bound
   */
  public static int encodedLength(String value) {
    int length = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_') {
        length++;
      } else if (c < 0x80) {
        length += 3;
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
        length += 3 * new String(new char[] {c, value.charAt(i + 1)}).getBytes(StandardCharsets.UTF_8).length;
        i++;
      } else {
        length += 3 * String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q && q.toParameters().equals(toParameters()) && q.forwardOnly == forwardOnly;
  }

  @Override
  public int hashCode() {
    return toParameters().hashCode() * 31 + Boolean.hashCode(forwardOnly);
  }

  /**
   * Returns the parameters and paging mode, for logs.
   *
   * @return a description such as {@code Query{conditions=..., pageSize=1000}}
   */
  @Override
  public String toString() {
    return "Query" + toParameters() + (forwardOnly ? " forward-only" : "");
  }

  /** Sort direction of an {@code orderBy} term. */
  public enum Direction {
    /** Ascending ({@code asc}). */
    ASC,
    /** Descending ({@code desc}). */
    DESC
  }

  /** Builder of {@link Query}; not thread-safe. Setters validate their argument at once. */
  public static final class Builder {
    private @Nullable Condition conditions;
    private @Nullable Condition childConditions;
    private @Nullable Condition customFieldConditions;
    private final List<String> orderBy = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private int pageSize = MAX_PAGE_SIZE;
    private @Nullable Integer page;
    private boolean forwardOnly;
    private @Nullable Integer pageId;

    private Builder() {}

    /**
     * Sets {@code conditions}, replacing any earlier value.
     *
     * @param conditions the conditions, or {@code null} for none
     * @return this builder
     */
    public Builder conditions(@Nullable Condition conditions) {
      this.conditions = conditions;
      return this;
    }

    /**
     * Sets {@code childConditions}, replacing any earlier value. {@code in} is not allowed here.
     *
     * @param childConditions the child conditions, or {@code null} for none
     * @return this builder
     */
    public Builder childConditions(@Nullable Condition childConditions) {
      this.childConditions = childConditions;
      return this;
    }

    /**
     * Sets {@code customFieldConditions}, replacing any earlier value. {@code in} is not allowed here.
     *
     * @param customFieldConditions the custom field conditions, or {@code null} for none
     * @return this builder
     */
    public Builder customFieldConditions(@Nullable Condition customFieldConditions) {
      this.customFieldConditions = customFieldConditions;
      return this;
    }

    /**
     * Appends an ascending sort term.
     *
     * @param field the field path
     * @return this builder
     * @throws IllegalArgumentException if the field path is invalid
     */
    public Builder orderByAsc(String field) {
      return orderBy(field, Direction.ASC);
    }

    /**
     * Appends a descending sort term.
     *
     * @param field the field path
     * @return this builder
     * @throws IllegalArgumentException if the field path is invalid
     */
    public Builder orderByDesc(String field) {
      return orderBy(field, Direction.DESC);
    }

    /**
     * Appends a sort term.
     *
     * @param field the field path
     * @param direction the direction
     * @return this builder
     * @throws IllegalArgumentException if the field path is invalid
     * @throws NullPointerException if an argument is null
     */
    public Builder orderBy(String field, Direction direction) {
      requireNonNull(direction, "direction == null");
      orderBy.add(checkPath("orderBy", field) + (direction == Direction.ASC ? " asc" : " desc"));
      return this;
    }

    /**
     * Replaces the sort terms with a textual {@code orderBy} such as {@code "lastUpdated asc, id asc"}.
     *
     * @param expression comma-separated terms {@code field [asc|desc]}
     * @return this builder
     * @throws IllegalArgumentException if a term is not a valid field path with an optional direction
     * @throws NullPointerException if {@code expression} is null
     */
    public Builder orderBy(String expression) {
      requireNonNull(expression, "expression == null");
      orderBy.clear();
      for (String term : expression.split(",", -1)) {
        String[] parts = term.trim().split("\\s+");
        if (parts.length == 0 || parts.length > 2 || parts[0].isEmpty()) {
          throw new IllegalArgumentException("invalid orderBy term '" + term.trim() + "' in '" + expression + "'");
        }
        Direction d = Direction.ASC;
        if (parts.length == 2) {
          if (parts[1].equalsIgnoreCase("asc")) {
            d = Direction.ASC;
          } else if (parts[1].equalsIgnoreCase("desc")) {
            d = Direction.DESC;
          } else {
            throw new IllegalArgumentException("invalid orderBy direction '" + parts[1] + "' in '" + expression
                + "': use asc or desc");
          }
        }
        orderBy(parts[0], d);
      }
      return this;
    }

    /**
     * Replaces the fields to return ({@code fields=id,name,status/id}).
     *
     * @param fieldPaths the field paths; none means all fields
     * @return this builder
     * @throws IllegalArgumentException if a field path is invalid
     * @throws NullPointerException if the array or an element is null
     */
    public Builder fields(String... fieldPaths) {
      requireNonNull(fieldPaths, "fieldPaths == null");
      List<String> checked = new ArrayList<>();
      for (String f : fieldPaths) {
        checked.add(checkPath("fields", f));
      }
      fields.clear();
      fields.addAll(checked);
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param pageSize 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets the 1-based page for navigable paging ({@code page=0} duplicates page 1 on the server, so it is
     * refused).
     *
     * @param page the page, at least 1, or {@code null} for the first page
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder page(@Nullable Integer page) {
      if (page != null && page < 1) {
        throw new IllegalArgumentException("page is 1-based, was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Requests forward-only paging (rows in id order, no {@code orderBy}).
     *
     * @param forwardOnly whether to page forward-only
     * @return this builder
     */
    public Builder forwardOnly(boolean forwardOnly) {
      this.forwardOnly = forwardOnly;
      return this;
    }

    /**
     * Sets the forward-only cursor: rows with an id greater than this are returned.
     *
     * @param pageId the last id seen, or {@code null} for the first page
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder pageId(@Nullable Integer pageId) {
      if (pageId != null && pageId < 0) {
        throw new IllegalArgumentException("pageId must not be negative, was " + pageId);
      }
      this.pageId = pageId;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     * @throws IllegalStateException if forward-only paging is combined with {@code orderBy} or {@code page},
     *     or {@code in} is used in child or custom-field conditions (ConnectWise refuses both)
     */
    public Query build() {
      if (forwardOnly && !orderBy.isEmpty()) {
        throw new IllegalStateException("orderBy " + orderBy + " is not allowed with forward-only paging:"
            + " ConnectWise returns forward-only pages in id order");
      }
      if (forwardOnly && page != null) {
        throw new IllegalStateException("page " + page + " is not used by forward-only paging; use pageId");
      }
      if (childConditions != null && childConditions.usesIn()) {
        throw new IllegalStateException("'in' is not supported by ConnectWise in childConditions: " + childConditions);
      }
      if (customFieldConditions != null && customFieldConditions.usesIn()) {
        throw new IllegalStateException(
            "'in' is not supported by ConnectWise in customFieldConditions: " + customFieldConditions);
      }
      return new Query(this);
    }

    private static String checkPath(String what, String path) {
      requireNonNull(path, what + " field == null");
      if (!FIELD_PATH.matcher(path).matches()) {
        throw new IllegalArgumentException("invalid " + what + " field path '" + path
            + "': only letters, digits, '/', '_' and '.' are allowed, with no empty segment");
      }
      return path;
    }
  }
}
