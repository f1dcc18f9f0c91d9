package io.cwsync.connectwise.internal;

import io.cwsync.connectwise.model.ConnectWiseJson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.ConnectWiseException;
import io.cwsync.connectwise.ConnectWiseServiceException;
import io.cwsync.connectwise.CreateOutcomeUnknownException;
import io.cwsync.connectwise.UnknownCompanyException;
import io.cwsync.connectwise.model.CompanyInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Executes ConnectWise calls: computes the URL from the (discovered) base, runs the call through
 * the Retrofit interface and the interceptors, maps error responses to typed exceptions and
 * refreshes the codebase once after a 404 (hosted upgrades move it).
 *
 * <p>Thread-safe: the discovered codebase is published through a volatile field; concurrent first
 * calls may both discover, which is harmless.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger("io.cwsync.connectwise.http");
  private static final MediaType JSON = MediaType.get("application/json");
  /** A 404 refreshes the codebase only when the last discovery is older than this. */
  private static final Duration REDISCOVERY_INTERVAL = Duration.ofMinutes(1);

  /** Reads a successful response body. */
  @FunctionalInterface
  public interface BodyReader<R> {
    /**
     * Reads the body.
     *
     * @param body the body, closed by the caller afterwards
     * @param headers the response headers
     * @return the decoded value
     * @throws IOException when the body cannot be read or decoded
     */
    R read(ResponseBody body, Headers headers) throws IOException;
  }

  private record Discovery(CompanyInfo info, Instant at) {}

  private final ConnectWiseApi api;
  private final OkHttpClient okHttp;
  private final @Nullable String fixedBaseUrl;
  private final Sites.@Nullable Site site;
  private final String companyId;
  private final @Nullable String codebaseOverride;
  private final ErrorMapper errors;
  private final Redactor redactor;
  private final Clock clock;
  private volatile @Nullable Discovery discovery;

  /**
   * Creates a transport.
   *
   * @param okHttp the configured client (interceptors installed, redirects off)
   * @param fixedBaseUrl a full API base URL override, or {@code null}
   * @param site the site, or {@code null} when {@code fixedBaseUrl} is set
   * @param companyId the login company id
   * @param codebaseOverride a codebase that skips discovery, or {@code null}
   * @param redactor removes secrets from text
   * @param clock the time source
   */
  public Transport(OkHttpClient okHttp, @Nullable String fixedBaseUrl, Sites.@Nullable Site site, String companyId,
      @Nullable String codebaseOverride, Redactor redactor, Clock clock) {
    this.okHttp = okHttp;
    this.fixedBaseUrl = fixedBaseUrl;
    this.site = site;
    this.companyId = companyId;
    this.codebaseOverride = codebaseOverride;
    this.redactor = redactor;
    this.errors = new ErrorMapper(redactor);
    this.clock = clock;
    if (fixedBaseUrl == null && site == null) {
      throw new IllegalArgumentException("site or baseUrl required");
    }
    // Retrofit needs a base URL; every call passes an absolute @Url, so any valid one will do.
    this.api = new Retrofit.Builder().baseUrl(fixedBaseUrl != null ? fixedBaseUrl : site.apiOrigin() + "/")
        .client(okHttp).validateEagerly(true).build().create(ConnectWiseApi.class);
  }

  /** The OkHttp client, for requests outside the API base (callback keys). */
  public OkHttpClient okHttp() {
    return okHttp;
  }

  /**
   * The API base URL, such as {@code https://api-na.myconnectwise.net/v2025_1/apis/3.0/},
   * discovering the codebase on first use.
   *
   * @throws ConnectWiseException when discovery fails
   */
  public String baseUrl() {
    if (fixedBaseUrl != null) {
      return fixedBaseUrl;
    }
    return Sites.apiBaseUrl(requireNonNull(site), codebase());
  }

  /**
   * The codebase, such as {@code v2025_1/}: the override, the one in a base URL override (the path
   * segment before {@code apis/3.0/}), or the discovered one (cached).
   *
   * @throws ConnectWiseException when discovery fails
   */
  public String codebase() {
    if (codebaseOverride != null) {
      return codebaseOverride;
    }
    if (fixedBaseUrl != null) {
      String path = okhttp3.HttpUrl.get(fixedBaseUrl).encodedPath();
      int i = path.indexOf("apis/3.0");
      String before = i < 0 ? "" : path.substring(0, i);
      String[] parts = before.split("/");
      for (int k = parts.length - 1; k >= 0; k--) {
        if (!parts[k].isEmpty()) {
          return parts[k] + "/";
        }
      }
      return "v4_6_release/";
    }
    return requireNonNull(cachedDiscovery().info().codebase());
  }

  /** The site, or {@code null} when only a base URL was configured. */
  public Sites.@Nullable Site site() {
    return site;
  }

  /**
   * The company as {@code GET https://{site}/login/companyinfo/{company}} (no credentials)
   * describes it; looked up on first use and cached.
   *
   * @return the company info
   * @throws UnknownCompanyException when ConnectWise answers {@code null}
   * @throws ConnectWiseException when the call fails
   */
  public CompanyInfo discoverCompany() {
    return cachedDiscovery().info();
  }

  private Discovery cachedDiscovery() {
    Discovery d = discovery;
    if (d != null) {
      return d;
    }
    synchronized (this) {
      // Re-check under the lock so that concurrent first calls discover once.
      d = discovery;
      return d != null ? d : discover();
    }
  }

  private synchronized Discovery discover() {
    Sites.Site s = requireNonNull(site, "site == null");
    okhttp3.HttpUrl url = okhttp3.HttpUrl.get(s.uiOrigin() + "/").newBuilder()
        .addPathSegments("login/companyinfo").addPathSegment(companyId).build();
    String path = "login/companyinfo/" + companyId;
    JsonNode node = execute("GET", url.toString(), path, Map.of(), Map.of("Accept", "application/json"),
        null, false, (body, headers) -> ConnectWiseJson.mapper().readTree(body.byteStream()));
    if (node == null || node.isNull() || node.isMissingNode() || !node.isObject()) {
      throw new UnknownCompanyException(companyId, s.uiHost());
    }
    String codebase = text(node, "Codebase");
    if (codebase == null || codebase.isBlank()) {
      throw new ConnectWiseClientException("GET " + path + ": the answer has no Codebase", null);
    }
    CompanyInfo parsed;
    try {
      parsed = ConnectWiseJson.mapper().treeToValue(node, CompanyInfo.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConnectWiseClientException("GET " + path + ": unreadable company info: " + e.getMessage(), e);
    }
    CompanyInfo info = new CompanyInfo(parsed.companyName(), Sites.normalizeCodebase(codebase),
        parsed.versionCode(), parsed.versionNumber(), parsed.companyId(), parsed.isCloud());
    Discovery d = new Discovery(info, clock.instant());
    Discovery old = discovery;
    discovery = d;
    if (old == null) {
      LOG.debug("codebase for company {} on {} is {}", companyId, s.uiHost(), info.codebase());
    } else if (!java.util.Objects.equals(old.info().codebase(), info.codebase())) {
      LOG.info("codebase for company {} moved from {} to {}", companyId, old.info().codebase(), info.codebase());
    }
    return d;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Runs a call against the API base.
   *
   * @param method the HTTP method
   * @param path the path below the API base, such as {@code company/companies/5}
   * @param query query parameters (encoded by the transport)
   * @param headers extra headers
   * @param jsonBody the JSON body, or {@code null}
   * @param reader reads a successful body
   * @param <R> the result type
   * @return what the reader returned
   * @throws ConnectWiseException on any failure
   */
  public <R> R call(String method, String path, Map<String, String> query, Map<String, String> headers,
      byte @Nullable [] jsonBody, BodyReader<R> reader) {
    boolean refreshed = false;
    while (true) {
      String base = baseUrl();
      try {
        return execute(method, base + path, path, query, headers, jsonBody, true, reader);
      } catch (io.cwsync.connectwise.NotFoundException e) {
        if (refreshed || !mayRediscover()) {
          throw e;
        }
        refreshed = true;
        String before = codebase();
        discover();
        if (before.equals(codebase())) {
          throw e;
        }
        LOG.info("{} {}: 404 after the codebase moved; retrying once on {}", method, path, codebase());
      }
    }
  }

  /**
   * GETs an absolute URL on the tenant's host with credentials (the callback signing key). The
   * caller has checked the host.
   *
   * @param url the absolute URL
   * @param label the path used in logs and messages
   * @param reader reads the body
   * @param <R> the result type
   * @return what the reader returned
   * @throws ConnectWiseException on failure
   */
  public <R> R getAbsolute(String url, String label, BodyReader<R> reader) {
    return execute("GET", url, label, Map.of(), Map.of(), null, true, reader);
  }

  private boolean mayRediscover() {
    if (fixedBaseUrl != null || codebaseOverride != null) {
      return false;
    }
    Discovery d = discovery;
    return d == null || Duration.between(d.at(), clock.instant()).compareTo(REDISCOVERY_INTERVAL) >= 0;
  }

  private <R> R execute(String method, String url, String path, Map<String, String> query,
      Map<String, String> headers, byte @Nullable [] jsonBody, boolean authenticated, BodyReader<R> reader) {
    CallTag tag = new CallTag(method, path, authenticated);
    RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
    Call<ResponseBody> call = switch (method) {
      case "GET" -> api.get(url, query, headers, tag);
      case "POST" -> api.post(url, query, headers, requireNonNull(body, "body"), tag);
      case "PUT" -> api.put(url, query, headers, requireNonNull(body, "body"), tag);
      case "PATCH" -> api.patch(url, query, headers, requireNonNull(body, "body"), tag);
      case "DELETE" -> api.delete(url, query, headers, tag);
      default -> throw new IllegalArgumentException("unsupported method " + method);
    };
    Response<ResponseBody> response;
    boolean bodyReadAgain = false;
    while (true) {
      try {
        response = call.execute();
      } catch (OutcomeUnknownIOException e) {
        throw suppress(new CreateOutcomeUnknownException(tag.operation, e.reason, e.getCause()), tag);
      } catch (IOException e) {
        if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
          Thread.currentThread().interrupt();
        }
        throw suppress(new ConnectWiseClientException(tag.operation + ": " + describe(e), e), tag);
      }
      if (response.isSuccessful()) {
        try (ResponseBody b = response.body()) {
          if (b == null) {
            return reader.read(ResponseBody.create(new byte[0], null), response.headers());
          }
          return reader.read(b, response.headers());
        } catch (ConnectWiseException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          // GET bodies are streamed, so a read interrupted mid-body surfaces here rather than from execute().
          if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            Thread.currentThread().interrupt();
          }
          if (!bodyReadAgain && isCutOffBody(method, e)) {
            // The connection broke mid-body (a pooled connection the server had just closed, a proxy's reset): a
            // GET changes nothing and its body is read whole before any record is handed out, so asking once more
            // is safe. Decoding errors are not retried: the same bytes would come back.
            LOG.debug("{} {}: body cut off ({}); asking once more", method, path, describe(e));
            tag.earlierFailures.add(e);
            bodyReadAgain = true;
            call = call.clone();
            continue;
          }
          throw suppress(new ConnectWiseClientException(tag.operation + ": unreadable response: " + describe(e), e),
              tag);
        }
      }
      int code = response.code();
      if (code < 400) {
        throw suppress(new ConnectWiseClientException(tag.operation + ": unexpected redirect " + code
            + " (redirects are not followed)", null), tag);
      }
      String text = null;
      try (ResponseBody eb = response.errorBody()) {
        if (eb != null) {
          text = eb.string();
        }
      } catch (IOException e) {
        // The status alone still tells what happened.
      }
      Duration retryAfter = code == 429 ? ResilienceInterceptor.retryAfter(response.raw(), clock) : null;
      ConnectWiseServiceException ex = errors.map(tag.operation, code, text,
          response.headers().get("x-cw-request-id"), retryAfter);
      throw suppress(ex, tag);
    }
  }

  /** A GET whose body broke off in transit; not a decoding error, not an interrupt of our own thread. */
  private static boolean isCutOffBody(String method, Exception e) {
    return "GET".equals(method) && e instanceof IOException
        && !(e instanceof com.fasterxml.jackson.core.JacksonException)
        && (!(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException);
  }

  private static <E extends ConnectWiseException> E suppress(E e, CallTag tag) {
    for (Throwable t : tag.earlierFailures) {
      e.addSuppressed(t);
    }
    return e;
  }

  private String describe(Throwable e) {
    String m = e.getMessage();
    return redactor.redact(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
  }
}
