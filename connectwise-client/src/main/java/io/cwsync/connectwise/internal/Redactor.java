package io.cwsync.connectwise.internal;

import java.util.List;

/**
 * Replaces known secrets (the private key, the public key, the encoded Authorization value) with
 * {@code ***} in any text that may reach a log line or an exception message. Immutable.
 */
public final class Redactor {
  private final List<String> secrets;

  /**
   * Creates a redactor for the given secrets; blank or very short values are ignored so that
   * redaction cannot mangle ordinary text.
   *
   * @param secrets the values to hide
   */
  public Redactor(List<String> secrets) {
    this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
  }

  /** Returns {@code text} with every secret replaced by {@code ***}. */
  public String redact(String text) {
    String out = text;
    for (String s : secrets) {
      if (out.contains(s)) {
        out = out.replace(s, "***");
      }
    }
    return out;
  }
}
