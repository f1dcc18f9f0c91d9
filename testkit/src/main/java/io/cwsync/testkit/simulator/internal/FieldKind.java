package io.cwsync.testkit.simulator.internal;

/** The JSON shape of one top-level field of a simulated entity. */
public enum FieldKind {
  /** Text (schema code {@code s}); writes drop NUL characters and refuse objects and arrays. */
  STRING,
  /** A 32-bit integer (code {@code i}); a numeric string is accepted on write, as ConnectWise does. */
  INT,
  /** A decimal number (code {@code n}); a numeric string is accepted on write. */
  NUMBER,
  /** A boolean (code {@code b}); the strings {@code "true"}/{@code "false"} in any case are accepted on write. */
  BOOL,
  /** A date-time (code {@code d}), stored in ConnectWise's {@code 2026-01-31T08:00:00Z} form. */
  DATETIME,
  /** A reference object such as {@code {"id":1,"name":..}} (code {@code r}) whose {@code id} must be an integer. */
  REF,
  /** Any JSON object kept as written (code {@code o}), such as {@code _info}. */
  OBJECT,
  /** An array whose items must all be objects (code {@code oa}); {@code childConditions} address its items' fields. */
  OBJECT_ARRAY,
  /** An array of integers (code {@code ia}). */
  INT_ARRAY,
  /** An array of strings (code {@code sa}). */
  STRING_ARRAY,
  /** The {@code customFields} array of objects (code {@code cf}), searched by {@code customFieldConditions}. */
  CUSTOM_FIELDS;

  static FieldKind ofCode(String code) {
    return switch (code) {
      case "s" -> STRING;
      case "i" -> INT;
      case "n" -> NUMBER;
      case "b" -> BOOL;
      case "d" -> DATETIME;
      case "r" -> REF;
      case "o" -> OBJECT;
      case "oa" -> OBJECT_ARRAY;
      case "ia" -> INT_ARRAY;
      case "sa" -> STRING_ARRAY;
      case "cf" -> CUSTOM_FIELDS;
      default -> throw new IllegalArgumentException("unknown field kind code " + code);
    };
  }

  /**
   * The kind of a field whose field catalogue ({@link PayloadFields}) kind is {@code catalogued}.
   *
   * @throws IllegalStateException for a kind the catalogue does not use
   */
  static FieldKind ofCatalogued(String catalogued) {
    return switch (catalogued) {
      case "string", "uuid" -> STRING;
      case "int" -> INT;
      case "number" -> NUMBER;
      case "boolean" -> BOOL;
      case "datetime" -> DATETIME;
      case "ref" -> REF;
      case "object", "info" -> OBJECT;
      case "refArray", "objectArray" -> OBJECT_ARRAY;
      case "intArray" -> INT_ARRAY;
      case "stringArray" -> STRING_ARRAY;
      case "customFields" -> CUSTOM_FIELDS;
      default -> throw new IllegalStateException("unknown catalogue kind " + catalogued);
    };
  }
}
