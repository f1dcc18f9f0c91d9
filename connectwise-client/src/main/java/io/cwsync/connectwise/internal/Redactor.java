package io.cwsync.connectwise.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Replaces known secrets (the private key, the public key, the encoded Authorization value) with
 * {@code ***} in any text that may reach a log line or an exception message. Immutable.
 */
public final class Redactor {
  /** The user-info of a URL ({@code https://user:pass@host}), also without a scheme ({@code user:pass@host}). */
  private static final Pattern USER_INFO = Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?[^/?#@\\s]*@");

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

  /**
   * A URL (or site) fit to print: its user-info ({@code user:password@}) replaced by {@code ***@}. ConnectWise
   * never needs user-info, but a user may paste a URL that carries a password.
   *
   * @param url a URL, a host, or {@code null}
   * @return the URL without its user-info, or {@code null}
   */
  public static @Nullable String url(@Nullable String url) {
    return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1***@");
  }
}
