package io.cwsync.micrometer;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.ClientFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Times every HTTP exchange with ConnectWise as {@code cwsync.connectwise.requests}, tagged {@code method},
 * {@code uri}, {@code status} and {@code outcome} plus the tags it was created with (usually {@code tenant}).
 *
 * <p>It is an OkHttp network interceptor, so it sees each attempt, retries included, and times it up to the
 * response headers (a streamed list body is read afterwards by the caller). The client replaces application
 * interceptors with its own but keeps network interceptors of the OkHttp client it is given. Requests that never
 * reach a connection (DNS failure, refused connection) are not seen; they surface as failed streams and records.
 * The {@code uri} tag is the path below the API base with numeric segments replaced by {@code {id}}, such as
 * {@code company/companies/{id}/sites}, so its cardinality stays bounded.
 *
 * <p>Most hosts use {@link #clientFactory(MeterRegistry)}; thread-safe.
 */
public final class ConnectWiseRequestMetrics implements Interceptor {

  private static final Pattern NUMERIC = Pattern.compile("\\d+");
  private static final String API_ROOT = "/apis/3.0/";

  private final MeterRegistry registry;
  private final Tags tags;

  private ConnectWiseRequestMetrics(MeterRegistry registry, Tags tags) {
    this.registry = registry;
    this.tags = tags;
  }

  /**
   * Returns an interceptor recording into {@code registry}; add it with
   * {@link OkHttpClient.Builder#addNetworkInterceptor(Interceptor)} to the OkHttp client given to
   * {@code ConnectWiseClient.Builder.okHttpClient(..)}.
   *
   * @param registry the registry
   * @param tags tags added to every sample, such as {@code tenant}
   * @return the interceptor
   */
  public static ConnectWiseRequestMetrics create(MeterRegistry registry, Iterable<Tag> tags) {
    return new ConnectWiseRequestMetrics(requireNonNull(registry, "registry == null"),
        Tags.of(requireNonNull(tags, "tags == null")));
  }

  /**
   * Returns core's standard client factory with this interceptor on every tenant's client, tagged
   * {@code tenant}; all tenants share one connection pool.
   *
   * @param registry the registry
   * @return the factory, for {@code SyncCoordinator.Builder.clientFactory(..)}
   */
  public static ClientFactory clientFactory(MeterRegistry registry) {
    return clientFactory(registry, new OkHttpClient());
  }

  /**
   * Returns core's standard client factory with this interceptor added to a copy of {@code base} for every
   * tenant's client, tagged {@code tenant}; the copies share {@code base}'s connection pool and dispatcher.
   *
   * @param registry the registry
   * @param base the OkHttp client to derive each tenant's from
   * @return the factory, for {@code SyncCoordinator.Builder.clientFactory(..)}
   */
  public static ClientFactory clientFactory(MeterRegistry registry, OkHttpClient base) {
    requireNonNull(registry, "registry == null");
    requireNonNull(base, "base == null");
    return ClientFactory.standard((tenant, b) -> b.okHttpClient(base.newBuilder()
        .addNetworkInterceptor(create(registry, Tags.of("tenant", tenant.id().value())))
        .build()));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Timer.Sample sample = Timer.start(registry);
    String status = "IO_ERROR";
    String outcome = "UNKNOWN";
    try {
      Response response = chain.proceed(request);
      status = Integer.toString(response.code());
      outcome = outcome(response.code());
      return response;
    } finally {
      sample.stop(Timer.builder("cwsync.connectwise.requests")
          .description("HTTP exchanges with ConnectWise, retries included")
          .tags(tags)
          .tags("method", request.method(), "uri", uri(request.url().encodedPath()), "status", status,
              "outcome", outcome)
          .register(registry));
    }
  }

  // Micrometer's usual outcome names, so dashboards built for HTTP clients read these too.
  private static String outcome(int code) {
    if (code >= 200 && code < 300) {
      return "SUCCESS";
    } else if (code >= 300 && code < 400) {
      return "REDIRECTION";
    } else if (code >= 400 && code < 500) {
      return "CLIENT_ERROR";
    } else if (code >= 500 && code < 600) {
      return "SERVER_ERROR";
    }
    return "UNKNOWN";
  }

  /**
   * Returns the low-cardinality form of a request path: below the API base, ids as {@code {id}}.
   *
   * @param encodedPath the URL's path, such as {@code /v4_6_release/apis/3.0/company/companies/250}
   * @return such as {@code company/companies/{id}}
   */
  static String uri(String encodedPath) {
    int api = encodedPath.indexOf(API_ROOT);
    String path;
    if (api >= 0) {
      path = encodedPath.substring(api + API_ROOT.length());
    } else if (encodedPath.contains("/login/companyinfo/")) {
      // The codebase lookup, outside the API base; its last segment is the company id.
      return "login/companyinfo/{companyId}";
    } else {
      path = encodedPath.startsWith("/") ? encodedPath.substring(1) : encodedPath;
    }
    StringBuilder out = new StringBuilder(path.length());
    for (String segment : path.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(NUMERIC.matcher(segment).matches() ? "{id}" : segment.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
