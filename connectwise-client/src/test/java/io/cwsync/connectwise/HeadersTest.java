package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Query;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HeadersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestSupport t = TestSupport.create();

  private String base() {
    return wm.baseUrl() + "/v4_6_release/apis/3.0/";
  }

  @Test
  void get_anyCall_sendsAuthClientIdAndVersionedAccept() {
    wm.stubFor(get("/v4_6_release/apis/3.0/company/companies/5").willReturn(okJson("{\"id\":5}")));
    Company n = t.client(base()).companies().get(5);

    assertThat(n.id()).isEqualTo(5);
    String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
        "acme+PubKeyAbc123:PrivSecretXyz789".getBytes(StandardCharsets.UTF_8));
    wm.verify(getRequestedFor(urlEqualTo("/v4_6_release/apis/3.0/company/companies/5"))
        .withHeader("Authorization", equalTo(expectedAuth))
        .withHeader("clientId", equalTo(TestSupport.CLIENT_ID))
        .withHeader("Accept", equalTo("application/vnd.connectwise.com+json; version=2026.4")));
  }

  @Test
  void post_withBody_sendsJsonContentTypeAndConfiguredVersion() {
    wm.stubFor(post("/v4_6_release/apis/3.0/company/companies").willReturn(jsonResponse("{\"id\":9}", 201)));
    var client = t.builder(base()).apiVersion("2025.8").build();
    var body = Company.builder().name("Acme").build();

    Company created = client.companies().create(body);

    assertThat(created.id()).isEqualTo(9);
    wm.verify(postRequestedFor(urlEqualTo("/v4_6_release/apis/3.0/company/companies"))
        .withHeader("Content-Type", containing("application/json"))
        .withHeader("Accept", equalTo("application/vnd.connectwise.com+json; version=2025.8"))
        .withRequestBody(equalToJson("{\"name\":\"Acme\"}")));
  }
}
