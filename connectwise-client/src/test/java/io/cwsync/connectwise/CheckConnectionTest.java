package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.ConnectionCheck.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckConnectionTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String INFO = "/v4_6_release/apis/3.0/system/info";
  private final TestSupport t = TestSupport.create();

  private ConnectionCheck check(int status, String body) {
    wm.stubFor(get(INFO).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body)));
    return t.builder(wm.baseUrl() + "/v4_6_release/apis/3.0/").retryPolicy(RetryPolicy.none()).build()
        .checkConnection();
  }

  @Test
  void checkConnection_ok_returnsSystemInfo() {
    ConnectionCheck c = check(200, "{\"version\":\"v2025.1\",\"isCloud\":true}");

    assertThat(c.isOk()).isTrue();
    assertThat(c.requireOk().version()).isEqualTo("v2025.1");
    assertThat(c.message()).contains("Connected to company \"acme\"").contains("v2025.1");
    wm.verify(getRequestedFor(urlEqualTo(INFO)).withHeader("clientId", equalTo(TestSupport.CLIENT_ID)));
  }

  @Test
  void checkConnection_401_badCredentialsInUserWords() {
    ConnectionCheck c = check(401, "{\"code\":\"Unauthorized\",\"message\":\"Unauthorized\"}");

    assertThat(c.status()).isEqualTo(Status.BAD_CREDENTIALS);
    assertThat(c.message()).contains("rejected the API keys").contains("public and private key");
    assertThat(c.cause()).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(c::requireOk).isInstanceOf(ConnectWiseClientException.class)
        .hasMessageStartingWith("BAD_CREDENTIALS");
  }

  @Test
  void checkConnection_clientIdRefused_invalidClientId() {
    ConnectionCheck c = check(400, "{\"code\":\"InvalidClientId\",\"message\":\"clientId is required.\"}");

    assertThat(c.status()).isEqualTo(Status.INVALID_CLIENT_ID);
    assertThat(c.message()).contains("developer.connectwise.com/ClientID");
  }

  @Test
  void checkConnection_403_missingPermission() {
    ConnectionCheck c = check(403, "{\"code\":\"Security\",\"message\":\"You do not have security permission "
        + "to perform this action.\",\"errors\":null}");

    assertThat(c.status()).isEqualTo(Status.MISSING_PERMISSION);
    assertThat(c.message()).contains("security role");
  }

  @Test
  void checkConnection_unknownCompany() {
    wm.stubFor(get("/login/companyinfo/acme").willReturn(okJson("null")));
    ConnectionCheck c = ConnectWiseClient.builder().site("http://127.0.0.1:" + wm.getPort()).companyId("acme")
        .publicKey("p").privateKey("secret-key").clientId("c").retryPolicy(RetryPolicy.none()).build()
        .checkConnection();

    assertThat(c.status()).isEqualTo(Status.UNKNOWN_COMPANY);
    assertThat(c.message()).contains("does not know company \"acme\"");
  }

  @Test
  void checkConnection_unreachableHost() {
    ConnectionCheck c = t.builder("http://127.0.0.1:1/v4_6_release/apis/3.0/").retryPolicy(RetryPolicy.none())
        .build().checkConnection();

    assertThat(c.status()).isEqualTo(Status.UNREACHABLE);
    assertThat(c.message()).contains("Could not reach").contains("ConnectException");
  }

  @Test
  void checkConnection_other_unexpectedQuotesServer() {
    ConnectionCheck c = check(500, "{\"code\":\"ConnectWiseApi\",\"message\":\"Object reference not set\"}");

    assertThat(c.status()).isEqualTo(Status.UNEXPECTED);
    assertThat(c.message()).contains("Object reference not set");
  }
}
