package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Query;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator's transport: HTTPS, Link headers that follow the request, gzip, injected latency. */
class TransportTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .companyId("acme").publicKey("pub").privateKey("priv"));

  /** What went over the wire, seen by an OkHttp network interceptor (below OkHttp's gzip handling). */
  record Exchange(String url, String acceptEncoding, String contentEncoding) {}

  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void seed() {
    List<ObjectNode> companies = new ArrayList<>();
    for (int i = 1; i <= 2500; i++) {
      companies.add(Http.obj("{'id':" + i + ",'identifier':'C" + i + "','name':'Company " + i + "'}"));
    }
    EXT.simulator().load("company/companies", companies);
  }

  @BeforeEach
  void reset() {
    EXT.simulator().journal().reset();
    EXT.simulator().latency(Duration.ZERO);
  }

  private ConnectWiseClient client(String baseUrl) {
    OkHttpClient ok = new OkHttpClient.Builder()
        .sslSocketFactory(SimulatorTls.sslSocketFactory(), SimulatorTls.trustManager())
        .addNetworkInterceptor(chain -> {
          okhttp3.Response r = chain.proceed(chain.request());
          exchanges.add(new Exchange(chain.request().url().toString(),
              String.valueOf(chain.request().header("Accept-Encoding")),
              String.valueOf(r.header("Content-Encoding"))));
          return r;
        })
        .build();
    return ConnectWiseClient.builder().okHttpClient(ok).baseUrl(baseUrl).companyId("acme").publicKey("pub")
        .privateKey("priv").clientId("transport-test").noRateLimit().sleeper(d -> { }).build();
  }

  private static HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .sslContext(SimulatorTls.sslContext()).connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Authorization", Http.basic("acme", "pub", "priv")).header("clientId", "transport-test");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listAll_overHttps_readsEveryPageOverHttps() {
    ConnectWiseSimulator sim = EXT.simulator();
    assertThat(sim.httpsBaseUrl()).startsWith("https://127.0.0.1:" + sim.httpsPort() + "/v4_6_release/apis/3.0/");

    List<Integer> ids = new ArrayList<>();
    for (Company c : client(sim.httpsBaseUrl()).companies().listAll(Query.builder().pageSize(1000).build())) {
      ids.add(c.id());
    }

    assertThat(ids).hasSize(2500).isSorted().doesNotHaveDuplicates();
    assertThat(sim.journal().requestCount("GET", "company/companies")).isEqualTo(3);
    assertThat(exchanges).hasSize(3)
        .allSatisfy(e -> assertThat(e.url()).startsWith("https://127.0.0.1:" + sim.httpsPort() + "/"));
  }

  @Test
  void link_followsTheRequestsSchemeAndHost() throws Exception {
    ConnectWiseSimulator sim = EXT.simulator();
    String path = "v4_6_release/apis/3.0/company/companies?pageSize=1000";

    HttpResponse<String> https = get("https://localhost:" + sim.httpsPort() + "/" + path,
        "pagination-type", "forward-only");
    HttpResponse<String> http = get("http://127.0.0.1:" + sim.port() + "/" + path + "&page=2");

    assertThat(https.statusCode()).isEqualTo(200);
    assertThat(https.headers().firstValue("Link")).hasValue("<https://localhost:" + sim.httpsPort()
        + "/v4_6_release/apis/3.0/company/companies?pageSize=1000&pageId=1000>; rel=\"next\"");
    assertThat(http.headers().firstValue("Link").orElseThrow())
        .contains("<http://127.0.0.1:" + sim.port() + "/v4_6_release/apis/3.0/company/companies?pageSize=1000&page=3>;"
            + " rel=\"next\"")
        .doesNotContain("https:");
  }

  @Test
  void https_untrustedClient_refusesTheCertificate() {
    HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create(EXT.simulator().httpsSiteUrl() + "login/companyinfo/acme"))
        .timeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> plain.send(req, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void gzip_clientAcceptsGzip_servedCompressedAndDecoded() {
    ConnectWiseSimulator sim = EXT.simulator();

    List<Company> page = client(sim.httpsBaseUrl()).companies().list(Query.builder().pageSize(1000).build()).items();

    assertThat(page).hasSize(1000);
    assertThat(page.get(999).name()).isEqualTo("Company 1000");
    assertThat(exchanges).singleElement().satisfies(e -> {
      assertThat(e.acceptEncoding()).isEqualTo("gzip");
      assertThat(e.contentEncoding()).isEqualTo("gzip");
    });
  }

  @Test
  void gzip_requestWithoutAcceptEncoding_servedPlain() throws Exception {
    HttpResponse<String> r = get(EXT.simulator().httpsBaseUrl() + "company/companies?pageSize=1000");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(Http.JSON.readTree(r.body())).hasSize(1000);
  }

  @Test
  void latency_delaysEveryResponse() throws Exception {
    ConnectWiseSimulator sim = EXT.simulator();
    sim.latency(Duration.ofMillis(300));

    long start = System.nanoTime();
    HttpResponse<String> r = get(sim.httpsBaseUrl() + "company/companies/1");
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    assertThat(sim.latency()).isEqualTo(Duration.ofMillis(300));
    assertThatThrownBy(() -> sim.latency(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency must not be negative");
  }
}
