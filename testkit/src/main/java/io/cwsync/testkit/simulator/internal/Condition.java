package io.cwsync.testkit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parsed ConnectWise condition expression ({@code conditions}, {@code childConditions},
 * {@code customFieldConditions}) and its evaluation.
 *
 * <p>Grammar (recursive descent, keywords case-insensitive):
 * <pre>
 * expr      := and ( OR and )*
 * and       := unary ( AND unary )*
 * unary     := NOT unary | '(' expr ')' | predicate
 * predicate := path ( ('=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') value
 *                   | [NOT] LIKE value | [NOT] CONTAINS value | [NOT] IN '(' value (',' value)* ')' )
 * value     := 'string' | "string" | number | true | false | null | [datetime]
 * </pre>
 * Evaluation is three-valued like the SQL ConnectWise runs: a comparison with a missing field is
 * unknown, and unknown never matches. String comparisons ignore case (ConnectWise's collation).
 * Anything not understood fails the parse with a 400, never a match-all.
 */
public final class Condition {

  /** Validates paths when parsing and reads them when evaluating. */
  public interface Scope {
    /** Throws {@link ApiError} when the path does not name a field. */
    void validate(String[] path, String parameter);

    /** The value at the path, or null when absent. */
    @Nullable JsonNode resolve(ObjectNode record, String[] path);
  }

  private final Node root;

  private Condition(Node root) {
    this.root = root;
  }

  /** Parses an expression; {@code allowIn} is false for child and custom-field conditions. */
  public static Condition parse(String text, String parameter, Scope scope, boolean allowIn) {
    Parser p = new Parser(text, parameter, scope, allowIn);
    Node root = p.expr();
    p.expectEnd();
    return new Condition(root);
  }

  /** Whether the record matches (unknown counts as no match). */
  public boolean matches(ObjectNode record, Scope scope) {
    return root.eval(record, scope) == Boolean.TRUE;
  }

  /**
   * The ids a match must lie in, {@code [from, to)}, when the expression is a conjunction holding numeric comparisons
   * of {@code id} ({@code id >= 1001 and id < 2001 and ...}); null when it does not bound ids. It only narrows a table
   * scan: records inside the range are still matched against the whole expression.
   */
  public long @Nullable [] idRange() {
    long[] range = {Long.MIN_VALUE, Long.MAX_VALUE};
    return narrow(root, range) ? range : null;
  }

  /** Narrows {@code range} by the id comparisons every match of {@code n} satisfies; whether any did. */
  private static boolean narrow(Node n, long[] range) {
    if (n instanceof And a) {
      boolean left = narrow(a.left(), range);
      return narrow(a.right(), range) || left;
    }
    if (!(n instanceof Compare c) || c.path().length != 1 || !c.path()[0].equalsIgnoreCase("id")
        || c.lit().kind() != LitKind.NUMBER) {
      return false;
    }
    BigDecimal v = (BigDecimal) c.lit().value();
    long floor = clamp(v.setScale(0, java.math.RoundingMode.FLOOR));
    long ceiling = clamp(v.setScale(0, java.math.RoundingMode.CEILING));
    switch (c.op()) {
      case GE -> range[0] = Math.max(range[0], ceiling);
      case GT -> range[0] = Math.max(range[0], floor == Long.MAX_VALUE ? floor : floor + 1);
      case LT -> range[1] = Math.min(range[1], ceiling);
      case LE -> range[1] = Math.min(range[1], floor == Long.MAX_VALUE ? floor : floor + 1);
      case EQ -> {
        range[0] = Math.max(range[0], ceiling);
        range[1] = Math.min(range[1], floor == Long.MAX_VALUE ? floor : floor + 1);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static long clamp(BigDecimal integral) {
    if (integral.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
      return Long.MIN_VALUE;
    }
    return integral.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : integral.longValueExact();
  }

  /** Every path the expression reads. */
  public List<String[]> paths() {
    List<String[]> out = new ArrayList<>();
    root.collect(out);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // AST

  private interface Node {
    @Nullable Boolean eval(ObjectNode record, Scope scope);

    void collect(List<String[]> paths);
  }

  private record And(Node left, Node right) implements Node {
    @Override
    public @Nullable Boolean eval(ObjectNode record, Scope scope) {
      Boolean l = left.eval(record, scope);
      if (l == Boolean.FALSE) {
        return false;
      }
      Boolean r = right.eval(record, scope);
      if (r == Boolean.FALSE) {
        return false;
      }
      return l == null || r == null ? null : Boolean.TRUE;
    }

    @Override
    public void collect(List<String[]> paths) {
      left.collect(paths);
      right.collect(paths);
    }
  }

  private record Or(Node left, Node right) implements Node {
    @Override
    public @Nullable Boolean eval(ObjectNode record, Scope scope) {
      Boolean l = left.eval(record, scope);
      if (l == Boolean.TRUE) {
        return true;
      }
      Boolean r = right.eval(record, scope);
      if (r == Boolean.TRUE) {
        return true;
      }
      return l == null || r == null ? null : Boolean.FALSE;
    }

    @Override
    public void collect(List<String[]> paths) {
      left.collect(paths);
      right.collect(paths);
    }
  }

  private record Not(Node inner) implements Node {
    @Override
    public @Nullable Boolean eval(ObjectNode record, Scope scope) {
      Boolean v = inner.eval(record, scope);
      return v == null ? null : !v;
    }

    @Override
    public void collect(List<String[]> paths) {
      inner.collect(paths);
    }
  }

  private enum Op { EQ, NE, LT, LE, GT, GE, LIKE, CONTAINS }

  private enum LitKind { STRING, NUMBER, BOOL, NULL, DATE }

  private record Lit(LitKind kind, @Nullable Object value) {
    String text() {
      return String.valueOf(value);
    }
  }

  private record Compare(String[] path, Op op, Lit lit, @Nullable Pattern like) implements Node {
    @Override
    public @Nullable Boolean eval(ObjectNode record, Scope scope) {
      JsonNode field = scope.resolve(record, path);
      boolean absent = field == null || field.isNull() || field.isMissingNode();
      if (lit.kind == LitKind.NULL) {
        return switch (op) {
          case EQ -> absent;
          case NE -> !absent;
          default -> null;
        };
      }
      if (absent) {
        return null;
      }
      if (op == Op.LIKE) {
        return like.matcher(field.asText()).matches();
      }
      if (op == Op.CONTAINS) {
        return field.asText().toLowerCase(Locale.ROOT)
            .contains(lit.text().toLowerCase(Locale.ROOT));
      }
      Integer c = compare(field, lit);
      if (c == null) {
        return null;
      }
      return switch (op) {
        case EQ -> c == 0;
        case NE -> c != 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        case GE -> c >= 0;
        default -> null;
      };
    }

    @Override
    public void collect(List<String[]> paths) {
      paths.add(path);
    }
  }

  private record In(String[] path, List<Lit> values) implements Node {
    @Override
    public @Nullable Boolean eval(ObjectNode record, Scope scope) {
      JsonNode field = scope.resolve(record, path);
      if (field == null || field.isNull() || field.isMissingNode()) {
        return null;
      }
      for (Lit v : values) {
        if (v.kind != LitKind.NULL) {
          Integer c = compare(field, v);
          if (c != null && c == 0) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public void collect(List<String[]> paths) {
      paths.add(path);
    }
  }

  /** Compares a present field with a literal; null when they cannot be compared. */
  private static @Nullable Integer compare(JsonNode field, Lit lit) {
    switch (lit.kind) {
      case NUMBER: {
        BigDecimal n = (BigDecimal) lit.value;
        if (field.isNumber()) {
          return field.decimalValue().compareTo(n);
        }
        try {
          return new BigDecimal(field.asText().trim()).compareTo(n);
        } catch (NumberFormatException e) {
          return String.CASE_INSENSITIVE_ORDER.compare(field.asText(), n.toPlainString());
        }
      }
      case BOOL:
        if (field.isBoolean()) {
          return field.booleanValue() == (Boolean) lit.value ? 0 : 1;
        }
        return field.asText().equalsIgnoreCase(lit.text()) ? 0 : 1;
      case DATE: {
        Instant at = parseInstant(field.asText());
        return at == null ? null : at.compareTo((Instant) lit.value);
      }
      case STRING:
        if (field.isNumber()) {
          try {
            return field.decimalValue().compareTo(new BigDecimal(lit.text().trim()));
          } catch (NumberFormatException e) {
            return String.CASE_INSENSITIVE_ORDER.compare(field.asText(), lit.text());
          }
        }
        return String.CASE_INSENSITIVE_ORDER.compare(field.asText(), lit.text());
      default:
        return null;
    }
  }

  /** Parses ConnectWise date-times leniently (Z, offset, or local as UTC; date only as midnight). */
  public static @Nullable Instant parseInstant(String text) {
    String t = text.trim();
    try {
      if (t.endsWith("Z") || t.endsWith("z")) {
        return Instant.parse(t.toUpperCase(Locale.ROOT));
      }
      if (t.length() > 19 && (t.charAt(t.length() - 6) == '+' || t.charAt(t.length() - 6) == '-')) {
        return OffsetDateTime.parse(t).toInstant();
      }
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lexer + parser

  private enum Tok { LPAREN, RPAREN, COMMA, OP, STRING, NUMBER, DATE, WORD, END }

  private record Token(Tok type, String text, int pos) {}

  private static final class Parser {
    private final String src;
    private final String parameter;
    private final Scope scope;
    private final boolean allowIn;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    Parser(String src, String parameter, Scope scope, boolean allowIn) {
      this.src = src;
      this.parameter = parameter;
      this.scope = scope;
      this.allowIn = allowIn;
      lex();
    }

    private ApiError error(String message) {
      return ApiError.badQuery(parameter, message);
    }

    private void lex() {
      int i = 0;
      int n = src.length();
      while (i < n) {
        char c = src.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(') {
          tokens.add(new Token(Tok.LPAREN, "(", i++));
        } else if (c == ')') {
          tokens.add(new Token(Tok.RPAREN, ")", i++));
        } else if (c == ',') {
          tokens.add(new Token(Tok.COMMA, ",", i++));
        } else if (c == '=') {
          tokens.add(new Token(Tok.OP, "=", i++));
        } else if (c == '!' || c == '<' || c == '>') {
          if (i + 1 < n && src.charAt(i + 1) == '=') {
            tokens.add(new Token(Tok.OP, src.substring(i, i + 2), i));
            i += 2;
          } else if (c == '!') {
            throw error("Unexpected character '!' at position " + i + " of '" + src + "'.");
          } else {
            tokens.add(new Token(Tok.OP, String.valueOf(c), i++));
          }
        } else if (c == '"' || c == '\'') {
          int end = src.indexOf(c, i + 1);
          if (end < 0) {
            throw error("Unterminated string starting at position " + i + " of '" + src + "'.");
          }
          // ConnectWise passes strings to SQL where a literal '[' is written "[[]".
          tokens.add(new Token(Tok.STRING, src.substring(i + 1, end), i));
          i = end + 1;
        } else if (c == '[') {
          int end = src.indexOf(']', i + 1);
          if (end < 0) {
            throw error("Unterminated date starting at position " + i + " of '" + src + "'.");
          }
          tokens.add(new Token(Tok.DATE, src.substring(i + 1, end), i));
          i = end + 1;
        } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
          int start = i++;
          while (i < n && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) {
            i++;
          }
          tokens.add(new Token(Tok.NUMBER, src.substring(start, i), start));
        } else if (Character.isLetter(c) || c == '_') {
          int start = i;
          while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_'
              || src.charAt(i) == '/')) {
            i++;
          }
          tokens.add(new Token(Tok.WORD, src.substring(start, i), start));
        } else {
          throw error("Unexpected character '" + c + "' at position " + i + " of '" + src + "'.");
        }
      }
      tokens.add(new Token(Tok.END, "", n));
    }

    private Token peek() {
      return tokens.get(at);
    }

    private Token next() {
      return tokens.get(at++);
    }

    private boolean keyword(String word) {
      Token t = peek();
      return t.type == Tok.WORD && t.text.equalsIgnoreCase(word);
    }

    void expectEnd() {
      Token t = peek();
      if (t.type != Tok.END) {
        throw error("Unexpected '" + t.text + "' at position " + t.pos + " of '" + src + "'.");
      }
    }

    Node expr() {
      Node left = and();
      while (keyword("or")) {
        next();
        left = new Or(left, and());
      }
      return left;
    }

    private Node and() {
      Node left = unary();
      while (keyword("and")) {
        next();
        left = new And(left, unary());
      }
      return left;
    }

    private Node unary() {
      if (keyword("not")) {
        next();
        return new Not(unary());
      }
      if (peek().type == Tok.LPAREN) {
        next();
        Node inner = expr();
        if (next().type != Tok.RPAREN) {
          throw error("Missing ')' in '" + src + "'.");
        }
        return inner;
      }
      return predicate();
    }

    private Node predicate() {
      Token field = next();
      if (field.type != Tok.WORD || isKeyword(field.text)) {
        throw error("Expected a field name at position " + field.pos + " of '" + src + "' but found '"
            + field.text + "'.");
      }
      String[] path = field.text.split("/", -1);
      for (String segment : path) {
        if (segment.isEmpty()) {
          throw error(field.text + " is not a recognized name.");
        }
      }
      scope.validate(path, parameter);
      boolean negate = false;
      if (keyword("not")) {
        next();
        negate = true;
      }
      Token op = next();
      Node node;
      if (op.type == Tok.OP && !negate) {
        node = new Compare(path, switch (op.text) {
          case "=" -> Op.EQ;
          case "!=" -> Op.NE;
          case "<" -> Op.LT;
          case "<=" -> Op.LE;
          case ">" -> Op.GT;
          default -> Op.GE;
        }, value(), null);
      } else if (op.type == Tok.WORD && op.text.equalsIgnoreCase("like")) {
        Lit v = value();
        if (v.kind != LitKind.STRING) {
          throw error("like needs a quoted string at position " + op.pos + " of '" + src + "'.");
        }
        node = new Compare(path, Op.LIKE, v, likePattern(v.text()));
      } else if (op.type == Tok.WORD && op.text.equalsIgnoreCase("contains")) {
        Lit v = value();
        if (v.kind == LitKind.NULL) {
          throw error("contains needs a value at position " + op.pos + " of '" + src + "'.");
        }
        node = new Compare(path, Op.CONTAINS, v, null);
      } else if (op.type == Tok.WORD && op.text.equalsIgnoreCase("in")) {
        if (!allowIn) {
          throw error("The in operator is not supported in " + parameter + ".");
        }
        if (next().type != Tok.LPAREN) {
          throw error("Expected '(' after in at position " + op.pos + " of '" + src + "'.");
        }
        List<Lit> values = new ArrayList<>();
        values.add(value());
        while (peek().type == Tok.COMMA) {
          next();
          values.add(value());
        }
        if (next().type != Tok.RPAREN) {
          throw error("Expected ')' to close the in list of '" + src + "'.");
        }
        node = new In(path, values);
      } else {
        throw error("Expected an operator after " + field.text + " at position " + op.pos + " of '"
            + src + "' but found '" + op.text + "'.");
      }
      return negate ? new Not(node) : node;
    }

    private Lit value() {
      Token t = next();
      switch (t.type) {
        case STRING:
          return new Lit(LitKind.STRING, t.text.replace("[[]", "["));
        case NUMBER:
          try {
            return new Lit(LitKind.NUMBER, new BigDecimal(t.text));
          } catch (NumberFormatException e) {
            throw error("'" + t.text + "' is not a valid number.");
          }
        case DATE: {
          Instant at = parseInstant(t.text);
          if (at == null) {
            throw error("'[" + t.text + "]' is not a valid date; use [yyyy-MM-ddTHH:mm:ssZ].");
          }
          return new Lit(LitKind.DATE, at);
        }
        case WORD:
          switch (t.text.toLowerCase(Locale.ROOT)) {
            case "true":
              return new Lit(LitKind.BOOL, true);
            case "false":
              return new Lit(LitKind.BOOL, false);
            case "null":
              return new Lit(LitKind.NULL, null);
            default:
              break;
          }
          break;
        default:
          break;
      }
      throw error("Expected a value at position " + t.pos + " of '" + src + "' but found '" + t.text
          + "'. Strings must be quoted, dates in brackets, and true, false and null are keywords.");
    }

    private static boolean isKeyword(String word) {
      return switch (word.toLowerCase(Locale.ROOT)) {
        case "and", "or", "not", "like", "contains", "in", "true", "false", "null" -> true;
        default -> false;
      };
    }

    private static Pattern likePattern(String like) {
      StringBuilder re = new StringBuilder();
      for (int i = 0; i < like.length(); i++) {
        char c = like.charAt(i);
        if (c == '%') {
          re.append(".*");
        } else if (c == '_') {
          re.append('.');
        } else {
          re.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
  }
}
