package io.cwsync.connectwise.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Parses RFC 5988 {@code Link} headers such as
 * {@code <https://.../company/companies?pageSize=50&page=2>; rel="next", <...page=4>; rel="last"}.
 */
public final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]+)\"?", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> byRel;

  private LinkHeader(Map<String, String> byRel) {
    this.byRel = byRel;
  }

  /**
   * Parses every {@code Link} header value.
   *
   * @param values the header values, possibly empty
   * @return the parsed links
   */
  public static LinkHeader parse(List<String> values) {
    Map<String, String> byRel = new LinkedHashMap<>();
    for (String value : values) {
      Matcher m = LINK.matcher(value);
      while (m.find()) {
        Matcher rel = REL.matcher(m.group(2));
        if (rel.find()) {
          for (String r : rel.group(1).trim().split("\\s+")) {
            byRel.putIfAbsent(r.toLowerCase(java.util.Locale.ROOT), m.group(1).trim());
          }
        }
      }
    }
    return new LinkHeader(byRel);
  }

  /** Whether any link was present. */
  public boolean isEmpty() {
    return byRel.isEmpty();
  }

  /** The URL for {@code rel}, or {@code null}. */
  public @Nullable String url(String rel) {
    return byRel.get(rel);
  }

  /** A query parameter of the link for {@code rel}, or {@code null}. */
  public @Nullable String parameter(String rel, String name) {
    String url = byRel.get(rel);
    if (url == null) {
      return null;
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      parsed = HttpUrl.parse("http://x/" + (url.startsWith("/") ? url.substring(1) : url));
    }
    return parsed == null ? null : parsed.queryParameter(name);
  }
}
