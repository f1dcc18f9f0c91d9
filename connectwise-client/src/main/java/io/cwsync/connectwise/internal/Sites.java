package io.cwsync.connectwise.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * URL rules for ConnectWise sites: which hosts are ConnectWise cloud (and so get the {@code api-}
 * prefix for the API), how a site given as {@code na.myconnectwise.net}, {@code https://host} or
 * {@code http://127.0.0.1:8080} becomes an origin.
 */
public final class Sites {
  /** The cloud UI hosts whose API lives on {@code api-<host>}. */
  public static final Set<String> CLOUD_HOSTS = Set.of(
      "na.myconnectwise.net", "eu.myconnectwise.net", "au.myconnectwise.net", "aus.myconnectwise.net",
      "za.myconnectwise.net", "staging.connectwisedev.com");

  private Sites() {}

  /**
   * A parsed site.
   *
   * @param scheme {@code https} unless the site was given with another scheme
   * @param host the host in lower case, as given (an {@code api-} cloud host is kept)
   * @param port the port, or -1 for the scheme's default
   */
  public record Site(String scheme, String host, int port) {

    /** The UI host: a cloud {@code api-} host without its prefix, any other host as is. */
    public String uiHost() {
      if (host.startsWith("api-") && CLOUD_HOSTS.contains(host.substring(4))) {
        return host.substring(4);
      }
      return host;
    }

    /** The API host: a cloud UI host with the {@code api-} prefix, any other host as is. */
    public String apiHost() {
      String ui = uiHost();
      return CLOUD_HOSTS.contains(ui) ? "api-" + ui : host;
    }

    /** The UI origin, for example {@code https://na.myconnectwise.net}. */
    public String uiOrigin() {
      return origin(uiHost());
    }

    /** The API origin, for example {@code https://api-na.myconnectwise.net}. */
    public String apiOrigin() {
      return origin(apiHost());
    }

    private String origin(String h) {
      return scheme + "://" + h + (port == -1 ? "" : ":" + port);
    }
  }

  /**
   * Parses a site.
   *
   * @param site a host ({@code na.myconnectwise.net}), host and port, or an origin URL
   * @return the parsed site
   * @throws IllegalArgumentException when it is not a host or origin
   */
  public static Site parse(String site) {
    requireNonNull(site, "site == null");
    String s = site.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("site is blank");
    }
    if (!s.contains("://")) {
      s = "https://" + s;
    }
    URI uri;
    try {
      uri = URI.create(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("site is not a host name or origin: \"" + Redactor.url(site) + "\"", e);
    }
    String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("site must use https (or http): \"" + Redactor.url(site) + "\"");
    }
    if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
        || uri.getQuery() != null || uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "site must be a host such as na.myconnectwise.net (no path, query or user): \"" + Redactor.url(site)
              + "\"");
    }
    return new Site(scheme, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
  }

  /**
   * The API base URL for a site and codebase: {@code {apiOrigin}/{codebase}apis/3.0/}.
   *
   * @param site the site
   * @param codebase the codebase such as {@code v2025_1/}
   * @return the base URL, ending in {@code /}
   */
  public static String apiBaseUrl(Site site, String codebase) {
    return site.apiOrigin() + "/" + normalizeCodebase(codebase) + "apis/3.0/";
  }

  /**
   * Checks and normalizes a codebase to the form {@code v2025_1/}.
   *
   * @throws IllegalArgumentException when it has characters a codebase never has
   */
  public static String normalizeCodebase(String codebase) {
    requireNonNull(codebase, "codebase == null");
    String c = codebase.strip();
    while (c.startsWith("/")) {
      c = c.substring(1);
    }
    if (!c.endsWith("/")) {
      c = c + "/";
    }
    if (!c.matches("[A-Za-z0-9_.\\-]+/")) {
      throw new IllegalArgumentException("codebase must look like v2025_1/ but was \"" + codebase + "\"");
    }
    return c;
  }
}
