package io.cwsync.testkit.simulator.internal;

/** The JSON shape of one top-level field of a simulated entity. */
public enum FieldKind {
  STRING, INT, NUMBER, BOOL, DATETIME, REF, OBJECT, OBJECT_ARRAY, INT_ARRAY, STRING_ARRAY, CUSTOM_FIELDS;

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
}
