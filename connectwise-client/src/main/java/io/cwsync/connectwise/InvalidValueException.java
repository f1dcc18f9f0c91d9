package io.cwsync.connectwise;

import static java.util.Objects.requireNonNull;

/**
 * A value cannot be sent to ConnectWise safely, so nothing was sent: a string with an unpaired UTF-16 surrogate
 * (it would arrive as {@code ?} and change a condition's meaning), a number whose scale or precision is beyond
 * {@value #MAX_DIGITS} digits (rendering it would exhaust memory), or a condition string ConnectWise cannot
 * quote. The message names the field and the rule, never the value. Immutable.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The largest scale (either sign) and precision a number may have to be read or sent. */
  public static final int MAX_DIGITS = 1000;

  private final String field;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param field the field (or condition field path) holding the value
   * @param reason what is wrong, without the value
   */
  public InvalidValueException(String field, String reason) {
    super("value for field '" + requireNonNull(field, "field == null") + "' " + requireNonNull(reason,
        "reason == null"));
    this.field = field;
    this.reason = reason;
  }

  /**
   * The field holding the value.
   *
   * @return the field name or path
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong with the value, e.g. {@code contains an unpaired UTF-16 surrogate at index 3}.
   *
   * @return the reason, without the value
   */
  public String reason() {
    return reason;
  }

  /**
   * Checks a string for unpaired UTF-16 surrogates.
   *
   * @param field the field, for the message
   * @param value the string
   * @return {@code value}
   * @throws InvalidValueException if {@code value} has an unpaired surrogate
   */
  public static String requireWellFormed(String field, String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidValueException(field, "contains an unpaired UTF-16 surrogate (U+"
            + String.format("%04X", (int) c) + ") at index " + i + "; it cannot be encoded and would be sent as '?'");
      }
    }
    return value;
  }

  /**
   * Checks that a number's scale and precision are within {@value #MAX_DIGITS} digits, so that rendering it
   * ({@code toPlainString}, {@code setScale}) stays cheap.
   *
   * @param field the field, for the message
   * @param value the number
   * @return {@code value}
   * @throws InvalidValueException if the number is out of range
   */
  public static java.math.BigDecimal requireBounded(String field, java.math.BigDecimal value) {
    if (!isBounded(value)) {
      throw new InvalidValueException(field, "is a number out of range (scale or precision beyond "
          + MAX_DIGITS + " digits)");
    }
    return value;
  }

  /**
   * Whether a number's scale and precision are within {@value #MAX_DIGITS} digits.
   *
   * @param value the number
   * @return whether it is in range
   */
  public static boolean isBounded(java.math.BigDecimal value) {
    // precision() of an unscaled value with a huge exponent is cheap; only rendering is not.
    return Math.abs((long) value.scale()) <= MAX_DIGITS && value.precision() <= MAX_DIGITS;
  }
}
