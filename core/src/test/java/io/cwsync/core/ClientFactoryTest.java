package io.cwsync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.RateLimitedException;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.support.Harness;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The standard client factory never lets a pass sleep out a long {@code Retry-After} in a worker (issue 9 item 7),
 * and its tenants share one connection pool but not their credentials (issue 11).
 */
class ClientFactoryTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void standardClient_retryAfterLongerThanTheCap_failsAtOnceWithTheWait() {
    wm.stubFor(get(urlPathMatching(".*company/companies/1")).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "30")));
    ConnectWiseClient cw = ClientFactory.standard().create(Tenant.builder(TenantId.of("t")).build(),
        ConnectionSettings.onPremise(wm.baseUrl() + Harness.BASE, "acme", "pub", "secret-key", "client"));

    long start = System.nanoTime();
    assertThatThrownBy(() -> cw.companies().get(1)).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    // Sleeping the Retry-After out would take 30 s; a bound, not a speed goal.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void standardClients_ofTwoTenants_keepTheirOwnCredentials() {
    wm.stubFor(get(urlPathMatching(".*company/companies/1")).willReturn(okJson(
        "{\"id\":1,\"identifier\":\"A\",\"name\":\"Acme\"}")));
    ConnectWiseClient a = ClientFactory.standard().create(Tenant.builder(TenantId.of("a")).build(),
        ConnectionSettings.onPremise(wm.baseUrl() + Harness.BASE, "acme", "pub-a", "key-a", "client"));
    ConnectWiseClient b = ClientFactory.standard().create(Tenant.builder(TenantId.of("b")).build(),
        ConnectionSettings.onPremise(wm.baseUrl() + Harness.BASE, "acme", "pub-b", "key-b", "client"));

    a.companies().get(1);
    b.companies().get(1);

    assertThat(wm.findAll(getRequestedFor(urlPathMatching(".*company/companies/1"))))
        .extracting(r -> new String(java.util.Base64.getDecoder().decode(r.getHeader("Authorization").substring(6)),
            java.nio.charset.StandardCharsets.UTF_8))
        .containsExactly("acme+pub-a:key-a", "acme+pub-b:key-b");
  }
}
