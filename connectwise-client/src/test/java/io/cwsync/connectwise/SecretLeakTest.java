package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.internal.HeadersInterceptor;
import io.cwsync.connectwise.model.Company;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Fails if a credential reaches a log line, an exception message or a toString(). */
class SecretLeakTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API = "/v4_6_release/apis/3.0/";
  private static final String AUTH = Base64.getEncoder().encodeToString(
      (TestSupport.COMPANY + "+" + TestSupport.PUBLIC_KEY + ":" + TestSupport.PRIVATE_KEY)
          .getBytes(StandardCharsets.UTF_8));

  private final TestSupport t = TestSupport.create();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final List<Level> savedLevels = new ArrayList<>();
  private final List<Logger> loggers = new ArrayList<>();

  @BeforeEach
  void captureEverything() {
    appender.start();
    for (String name : List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "io.cwsync", "okhttp3", "retrofit2")) {
      Logger l = (Logger) LoggerFactory.getLogger(name);
      loggers.add(l);
      savedLevels.add(l.getLevel());
      l.setLevel(Level.TRACE);
      l.addAppender(appender);
    }
  }

  @AfterEach
  void restore() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).detachAppender(appender);
      loggers.get(i).setLevel(savedLevels.get(i));
    }
  }

  private static void assertNoSecret(String text) {
    assertThat(text).doesNotContain(TestSupport.PRIVATE_KEY).doesNotContain(AUTH).doesNotContain("Basic ");
  }

  @Test
  void everyPath_logsMessagesAndToString_neverContainSecrets() {
    // The server echoes the private key in an error message and in a header: we must not repeat it.
    wm.stubFor(get(urlPathMatching(API + "company/companies/1")).willReturn(aResponse().withStatus(400)
        .withHeader("x-cw-request-id", "rid-" + TestSupport.PRIVATE_KEY)
        .withBody("{\"code\":\"InvalidObject\",\"message\":\"bad key " + TestSupport.PRIVATE_KEY + " / Basic " + AUTH
            + "\",\"errors\":[{\"code\":\"x\",\"message\":\"" + TestSupport.PRIVATE_KEY + "\",\"field\":\"f\"}]}")));
    wm.stubFor(get(urlPathMatching(API + "company/companies/2")).willReturn(aResponse().withStatus(503)
        .withBody("down " + TestSupport.PRIVATE_KEY)));
    wm.stubFor(get(urlPathMatching(API + "company/companies/3"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(post(urlPathMatching(API + "company/companies"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(get(urlPathMatching(API + "system/info")).willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":\"Unauthorized\",\"message\":\"" + TestSupport.PRIVATE_KEY + "\"}")));
    ConnectWiseClient client = t.builder(wm.baseUrl() + API)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).backoff(BackoffStrategy.none()).build()).build();

    List<Throwable> failures = new ArrayList<>();
    for (Runnable call : List.<Runnable>of(
        () -> client.companies().get(1),
        () -> client.companies().get(2),
        () -> client.companies().get(3),
        () -> client.companies().create(Company.builder().name("x").build()))) {
      try {
        call.run();
      } catch (ConnectWiseException e) {
        failures.add(e);
      }
    }
    ConnectionCheck check = client.checkConnection();

    assertThat(failures).hasSize(4);
    for (Throwable f : failures) {
      StringWriter sw = new StringWriter();
      f.printStackTrace(new PrintWriter(sw));
      assertNoSecret(sw.toString());
      assertNoSecret(f.toString());
    }
    assertNoSecret(check.message());
    assertNoSecret(check.toString());
    assertNoSecret(client.toString());
    assertNoSecret(client.newBuilder().toString());
    assertThat(client.toString()).contains("privateKey=***");
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent e : appender.list) {
      assertNoSecret(e.getFormattedMessage());
      if (e.getThrowableProxy() != null) {
        assertNoSecret(e.getThrowableProxy().getMessage() == null ? "" : e.getThrowableProxy().getMessage());
      }
    }
    // The requests themselves did carry the credentials.
    wm.verify(getRequestedFor(urlPathMatching(API + "company/companies/1")).withHeader("Authorization",
        equalTo("Basic " + AUTH)));
  }

  @Test
  void internalHoldersOfCredentials_toString_hideThem() {
    HeadersInterceptor headers = new HeadersInterceptor("Basic " + AUTH, "client-id", "application/json");
    ConnectWiseClient client = t.builder(wm.baseUrl() + API).build();

    assertNoSecret(headers.toString());
    assertThat(headers.toString()).contains("authorization=***");
    assertNoSecret(client.callbackVerifier().toString());
    assertNoSecret(client.referenceData().toString());
  }

  @Test
  void baseUrlWithUserInfo_neverPrinted() {
    String base = wm.baseUrl().replace("http://", "http://admin:Hunter2Secret@") + API;
    ConnectWiseClient.Builder b = t.builder(base);
    ConnectWiseClient cw = b.build();

    assertThat(b.toString()).doesNotContain("Hunter2Secret").doesNotContain("admin:").contains("***@");
    assertThat(cw.toString()).doesNotContain("Hunter2Secret").contains("***@");
    assertThat(cw.checkConnection().message()).doesNotContain("Hunter2Secret");
    assertThatThrownBy(() -> ConnectWiseClient.builder().baseUrl("ftp://user:Hunter2Secret@host/"))
        .hasMessageNotContaining("Hunter2Secret");
    assertThatThrownBy(() -> ConnectWiseClient.builder().site("user:Hunter2Secret@na.myconnectwise.net"))
        .hasMessageContaining("no path, query or user").hasMessageNotContaining("Hunter2Secret");
    assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("Hunter2Secret"));
  }
}
