package io.cwsync.store.jdbc.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stores' table names: an optional schema, then the table prefix, then the table. Both options are checked
 * against a plain identifier pattern, as they are spliced into SQL text (never values: those are parameters).
 *
 * @param schema the schema, or null for the connection's default
 * @param prefix the table prefix, e.g. {@code cwsync_}
 */
public record Tables(@Nullable String schema, String prefix) {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,30}|");

  /**
   * Validates the names.
   *
   * @throws IllegalArgumentException if the schema or prefix is not a plain identifier
   */
  public Tables {
    if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be a plain SQL identifier (letters, digits, _): " + schema);
    }
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("tablePrefix must be letters, digits and _ (or empty): " + prefix);
    }
  }

  /** The qualified name of a table or sequence, e.g. {@code crm.cwsync_link}. */
  public String name(String table) {
    return (schema == null ? "" : schema + ".") + prefix + table;
  }

  String link() {
    return name("link");
  }

  String cursor() {
    return name("cursor");
  }

  String lease() {
    return name("lease");
  }

  String audit() {
    return name("audit");
  }

  String history() {
    return name("history");
  }

  String historySequence() {
    return name("history_seq");
  }

  String retry() {
    return name("retry");
  }

  String schemaHistory() {
    return name("schema_history");
  }
}
