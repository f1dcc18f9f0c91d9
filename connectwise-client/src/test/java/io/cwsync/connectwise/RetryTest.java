package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Query;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import io.cwsync.connectwise.query.Condition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String URL = "/v4_6_release/apis/3.0/company/companies/5";
  private static final String LIST = "/v4_6_release/apis/3.0/company/companies";
  private static final RetryPolicy FIXED = RetryPolicy.builder().maxAttempts(4)
      .backoff(BackoffStrategy.fixed(Duration.ofMillis(300))).build();

  private final TestSupport t = TestSupport.create();

  private ResourceService<Company> ops(RetryPolicy policy) {
    return t.builder(wm.baseUrl() + "/v4_6_release/apis/3.0/").retryPolicy(policy)
        .noRateLimit().build().companies();
  }

  /** Stubs GET {@link #URL} to answer the given responses in order. */
  private void sequence(String method, String url, ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = "step" + (i + 1);
      var mapping = request(method, urlEqualTo(url)).inScenario("seq").whenScenarioStateIs(state)
          .willReturn(responses[i]);
      if (i < responses.length - 1) {
        mapping = mapping.willSetStateTo(next);
      }
      wm.stubFor(mapping);
      state = next;
    }
  }

  private static ResponseDefinitionBuilder status(int code, String body) {
    return aResponse().withStatus(code).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void get_429WithRetryAfterSeconds_waitsThatLongThenSucceeds() {
    sequence("GET", URL,
        status(429, "{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests. Please try again in 30 seconds.\"}")
            .withHeader("Retry-After", "30"),
        okJson("{\"id\":5}"));

    assertThat(ops(FIXED).get(5).id()).isEqualTo(5);
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(30));
    wm.verify(2, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_429WithRetryAfterDate_waitsUntilDateMeasuredFromDateHeader() {
    var fmt = DateTimeFormatter.RFC_1123_DATE_TIME;
    var serverNow = t.clock.instant().minusSeconds(3600).atZone(ZoneOffset.UTC); // server clock differs from ours
    sequence("GET", URL,
        status(429, "{}").withHeader("Date", fmt.format(serverNow))
            .withHeader("Retry-After", fmt.format(serverNow.plusSeconds(12))),
        okJson("{\"id\":5}"));

    ops(FIXED).get(5);

    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void get_429WithRetryAfterDateNoDateHeader_measuredAgainstInjectedClock() {
    var at = t.clock.instant().plusSeconds(45).atZone(ZoneOffset.UTC);
    sequence("GET", URL, status(429, "{}").withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at)),
        okJson("{\"id\":5}"));

    ops(FIXED).get(5);

    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(45));
  }

  @Test
  void retryPolicy_invalidSettings_refusedWithValue() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 but was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.interactive().maxAttempts()).isEqualTo(3);
  }

  @Test
  void get_429WithoutRetryAfter_usesBackoff() {
    sequence("GET", URL, status(429, "Too Many Requests"), okJson("{\"id\":5}"));

    ops(FIXED).get(5);

    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofMillis(300));
  }

  @Test
  void get_429RetryAfterBeyondPolicyMaximum_throwsRateLimitedWithoutWaiting() {
    wm.stubFor(get(URL).willReturn(status(429,
        "{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests. Please try again in 3600 seconds.\"}")
        .withHeader("Retry-After", "3600").withHeader("x-cw-request-id", "rl-1")));

    assertThatThrownBy(() -> ops(FIXED).get(5))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
          assertThat(e.errorCode()).isEqualTo("ConnectWiseAPI");
          assertThat(e.isRetryable()).isTrue();
        })
        .hasMessageContaining("GET company/companies/5: 429 ConnectWiseAPI: Too many requests")
        .hasMessageContaining("request-id rl-1");
    assertThat(t.sleeper.sleeps).isEmpty();
    wm.verify(1, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_502then503then504_retriesEachThenSucceeds() {
    sequence("GET", URL, status(502, "Bad Gateway"), status(503, ""), status(504, "<html>Gateway</html>"),
        okJson("{\"id\":5}"));

    assertThat(ops(FIXED).get(5).id()).isEqualTo(5);
    assertThat(t.sleeper.sleeps).hasSize(3);
    wm.verify(4, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_500TimeoutBodies_retried() {
    sequence("GET", URL,
        status(500, "{\"code\":\"ConnectWiseApi\",\"message\":\"A timeout has occured. Please try again.\"}"),
        status(500, "{\"code\":\"ConnectWiseApi\",\"message\":\"Timeout expired.  The timeout period elapsed prior to completion of the operation.\"}"),
        okJson("{\"id\":5}"));

    ops(FIXED).get(5);

    wm.verify(3, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_500OtherMessage_notRetried() {
    wm.stubFor(get(URL).willReturn(status(500,
        "{\"code\":\"ConnectWiseApi\",\"message\":\"String was not recognized as a valid Boolean.\"}")));

    assertThatThrownBy(() -> ops(FIXED).get(5)).isInstanceOfSatisfying(ServerErrorException.class,
        e -> assertThat(e.isRetryable()).isFalse());
    wm.verify(1, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_4xx_notRetried() {
    wm.stubFor(get(URL).willReturn(status(400, "{\"code\":\"InvalidObject\",\"message\":\"bad\"}")));

    assertThatThrownBy(() -> ops(FIXED).get(5)).isInstanceOf(ValidationException.class);
    wm.verify(1, getRequestedFor(urlEqualTo(URL)));
    assertThat(t.sleeper.sleeps).isEmpty();
  }

  @Test
  void get_connectionReset_retried() {
    sequence("GET", URL, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.EMPTY_RESPONSE), okJson("{\"id\":5}"));

    assertThat(ops(FIXED).get(5).id()).isEqualTo(5);
    wm.verify(3, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_bodyCutOffMidway_readAgainOnce() {
    // 200 with its headers, then the connection breaks inside the body: what a pooled connection closed by the
    // server a moment earlier looks like.
    sequence("GET", URL, aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK), okJson("{\"id\":5}"));

    assertThat(ops(FIXED).get(5).id()).isEqualTo(5);
    wm.verify(2, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_bodyCutOffTwice_failsWithTheFirstFailureSuppressed() {
    sequence("GET", URL, aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK), okJson("{\"id\":5}"));

    assertThatThrownBy(() -> ops(FIXED).get(5))
        .isInstanceOfSatisfying(ConnectWiseClientException.class, e -> {
          assertThat(e).hasMessageContaining("unreadable response");
          assertThat(e.getSuppressed()).hasSize(1);
        });
    wm.verify(2, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_undecodableBody_notAskedAgain() {
    sequence("GET", URL, okJson("{\"id\": [not json"), okJson("{\"id\":5}"));

    assertThatThrownBy(() -> ops(FIXED).get(5)).isInstanceOf(ConnectWiseException.class);
    wm.verify(1, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void patch_bodyCutOffMidway_notSentAgain() {
    sequence("PATCH", URL, aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        okJson("{\"id\":5}"));

    assertThatThrownBy(() -> ops(FIXED).patch(5, Patch.builder().replace("name", "X").build()))
        .isInstanceOf(ConnectWiseException.class);
    wm.verify(1, patchRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void get_readTimeout_retriedAsIdempotent() {
    sequence("GET", URL, okJson("{\"id\":5}").withFixedDelay(1500), okJson("{\"id\":6}"));
    var client = t.builder(wm.baseUrl() + "/v4_6_release/apis/3.0/").retryPolicy(FIXED).noRateLimit()
        .readTimeout(Duration.ofMillis(200)).build();

    assertThat(client.companies().get(5).id()).isEqualTo(6);
    wm.verify(2, getRequestedFor(urlEqualTo(URL)));
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofMillis(300));
  }

  @Test
  void get_attemptsExhausted_throwsLastWithEarlierFailuresSuppressed() {
    sequence("GET", URL, status(503, "down 1"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        status(502, "down 3"), status(503, "{\"code\":\"Unavailable\",\"message\":\"down 4\"}"));

    assertThatThrownBy(() -> ops(FIXED).get(5))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.getSuppressed()).hasSize(3);
          assertThat(e.getSuppressed()[0]).hasMessageContaining("503");
          assertThat(e.getSuppressed()[2]).hasMessageContaining("502");
        });
    wm.verify(4, getRequestedFor(urlEqualTo(URL)));
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofMillis(300), Duration.ofMillis(300),
        Duration.ofMillis(300));
  }

  @Test
  void patchPutDelete_503_retriedAsIdempotent() {
    sequence("PATCH", URL, status(503, ""), okJson("{\"id\":5}"));
    wm.stubFor(put(URL).inScenario("put").whenScenarioStateIs(Scenario.STARTED).willReturn(status(504, ""))
        .willSetStateTo("ok"));
    wm.stubFor(put(URL).inScenario("put").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":5}")));
    wm.stubFor(delete(URL).inScenario("del").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    wm.stubFor(delete(URL).inScenario("del").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(204)));
    var ops = ops(FIXED);
    var body = Company.builder().id(5).build();

    ops.patch(5, Patch.builder().replace("name", "B").build());
    ops.replace(5, body);
    ops.delete(5);

    wm.verify(2, patchRequestedFor(urlEqualTo(URL)));
    wm.verify(2, putRequestedFor(urlEqualTo(URL)));
    wm.verify(2, deleteRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void post_readTimeout_throwsCreateOutcomeUnknownAndNeverResends() {
    wm.stubFor(post(LIST).willReturn(okJson("{\"id\":1}").withFixedDelay(1500)));
    var ops = t.builder(wm.baseUrl() + "/v4_6_release/apis/3.0/").retryPolicy(FIXED)
        .readTimeout(Duration.ofMillis(200)).build().companies();

    assertThatThrownBy(() -> ops.create(Company.builder().name("A").build()))
        .isInstanceOf(CreateOutcomeUnknownException.class)
        .hasMessageContaining("POST company/companies")
        .hasMessageContaining("the create may have happened; look the record up before retrying");
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void post_connectionLostAfterSending_throwsCreateOutcomeUnknown() {
    wm.stubFor(post(LIST).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> ops(FIXED).create(Company.builder().build()))
        .isInstanceOf(CreateOutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void post_gatewayTimeoutOr500Timeout_outcomeUnknown_503NotRetried() {
    wm.stubFor(post(LIST).willReturn(status(504, "")));
    assertThatThrownBy(() -> ops(FIXED).create(Company.builder().build()))
        .isInstanceOf(CreateOutcomeUnknownException.class);
    wm.resetAll();
    wm.stubFor(post(LIST).willReturn(status(500, "{\"code\":\"x\",\"message\":\"A timeout has occured.\"}")));
    assertThatThrownBy(() -> ops(FIXED).create(Company.builder().build()))
        .isInstanceOf(CreateOutcomeUnknownException.class);
    wm.resetAll();
    wm.stubFor(post(LIST).willReturn(status(503, "")));
    assertThatThrownBy(() -> ops(FIXED).create(Company.builder().build()))
        .isInstanceOf(ServerErrorException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void post_redirectToHttp_outcomeUnknownAndNotFollowed() {
    wm.stubFor(post(LIST).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://example.invalid/result")));

    assertThatThrownBy(() -> ops(FIXED).create(Company.builder().build()))
        .isInstanceOf(CreateOutcomeUnknownException.class).hasMessageContaining("redirect");
    wm.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void post_429_retriedBecauseNotProcessed() {
    sequence("POST", LIST, status(429, "{}").withHeader("Retry-After", "2"), jsonResponse("{\"id\":7}", 201));

    assertThat(ops(FIXED).create(Company.builder().build()).id()).isEqualTo(7);
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void get_customRetryCondition_replacesDefaults() {
    sequence("GET", URL, status(503, ""), okJson("{\"id\":5}"));
    RetryPolicy never503 = FIXED.toBuilder().retryCondition(c -> c.statusCode() != 503).build();

    assertThatThrownBy(() -> ops(never503).get(5)).isInstanceOf(ServerErrorException.class);
    wm.verify(1, getRequestedFor(urlEqualTo(URL)));
  }

  @Test
  void listAll_pageThrottled_waitsRetryAfterAndKeepsParams() {
    wm.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("conditions", equalTo("id > 1"))
        .withQueryParam("page", equalTo("1")).inScenario("page").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(status(429, "{}").withHeader("Retry-After", "5")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("conditions", equalTo("id > 1"))
        .withQueryParam("page", equalTo("1")).inScenario("page").whenScenarioStateIs("ok")
        .willReturn(okJson("[{\"id\":2}]")));

    assertThat(ops(FIXED).listAll(Query.builder().conditions(Condition.field("id").gt(1)).orderBy("id asc").build()).stream().count()).isEqualTo(1);
    assertThat(t.sleeper.sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void backoff_exponentialWithJitter_staysWithinFloorAndCap() {
    BackoffStrategy b = BackoffStrategy.exponentialWithJitter(Duration.ofMillis(100), Duration.ofSeconds(2));
    for (int retry = 1; retry <= 12; retry++) {
      long expected = Math.min(2000, 100L << (retry - 1));
      for (int i = 0; i < 50; i++) {
        long ms = b.delayBeforeRetry(retry).toMillis();
        assertThat(ms).isBetween(Math.max(100, expected / 2), expected);
      }
    }
    assertThat(BackoffStrategy.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).delayBeforeRetry(3))
        .isEqualTo(Duration.ofMillis(400));
    assertThat(BackoffStrategy.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).delayBeforeRetry(40))
        .isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> BackoffStrategy.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cap");
  }
}
