package io.cwsync.connectwise.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.ConnectWiseClient;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SharedHttpClientTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ConnectWiseClient.Builder builder(String publicKey) {
    return ConnectWiseClient.builder().baseUrl(wm.baseUrl() + "/v4_6_release/apis/3.0/").companyId("acme")
        .publicKey(publicKey).privateKey("secret").clientId("client");
  }

  @Test
  void clientsWithoutAnOkHttpClientOfTheirOwn_shareOneConnection() {
    wm.stubFor(get("/v4_6_release/apis/3.0/company/companies/1").willReturn(okJson("{\"id\":1}")));
    ConnectionPool pool = SharedHttpClient.get().connectionPool();
    pool.evictAll();

    builder("pub-a").build().companies().get(1);
    int afterA = pool.connectionCount();
    builder("pub-b").build().companies().get(1);

    assertThat(afterA).isEqualTo(1);
    assertThat(pool.connectionCount()).as("b reused the connection a opened").isEqualTo(1);
  }

  @Test
  void clientWithItsOwnOkHttpClient_usesItsPool() {
    wm.stubFor(get("/v4_6_release/apis/3.0/company/companies/2").willReturn(okJson("{\"id\":2}")));
    ConnectionPool own = new ConnectionPool();
    SharedHttpClient.get().connectionPool().evictAll();

    builder("pub-c").okHttpClient(new OkHttpClient.Builder().connectionPool(own).build()).build().companies().get(2);

    assertThat(own.connectionCount()).isEqualTo(1);
    assertThat(SharedHttpClient.get().connectionPool().connectionCount()).isZero();
  }
}
