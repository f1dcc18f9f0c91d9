package io.cwsync.core;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.support.Harness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class SchedulingTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final Harness h = new Harness(wm);

  private Tenant tenant(String id, Duration interval) {
    return Tenant.builder(TenantId.of(id))
        .flow(h.companies(Direction.PUSH).toBuilder().interval(interval).build()).build();
  }

  @Test
  void runDuePasses_newTenantsDueAtOnceThenAfterTheirInterval() {
    SyncCoordinator c = h.coordinator();
    c.schedule(tenant("t1", Duration.ofMinutes(15)));
    c.schedule(tenant("t2", Duration.ofMinutes(5)));

    assertThat(c.runDuePasses()).extracting(SyncReport::tenant)
        .containsExactlyInAnyOrder(TenantId.of("t1"), TenantId.of("t2"));
    assertThat(c.runDuePasses()).isEmpty();
    h.advance(Duration.ofMinutes(5));
    assertThat(c.runDuePasses()).extracting(SyncReport::tenant).containsExactly(TenantId.of("t2"));
    h.advance(Duration.ofMinutes(10));
    assertThat(c.runDuePasses()).extracting(SyncReport::tenant)
        .containsExactlyInAnyOrder(TenantId.of("t1"), TenantId.of("t2"));
  }

  @Test
  void runDuePasses_throttledTenant_isDueAgainWhenItsRetryAfterEnds_andTheOthersRunMeanwhile() {
    SyncCoordinator c = h.coordinator();
    h.host.put(io.cwsync.core.model.HostRecord.builder(io.cwsync.core.model.EntityType.COMPANY, "h1")
        .field("code", "A1").field("name", "Acme").build());
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(".*company/companies.*"))
        .atPriority(1)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429)
            .withHeader("Retry-After", "120")));
    Tenant throttled = tenant("t1", Duration.ofMinutes(15));
    c.schedule(throttled);

    List<SyncReport> first = c.runDuePasses();
    assertThat(first).singleElement().satisfies(r -> assertThat(r.stream("companies", Direction.PUSH)
        .orElseThrow().status()).isEqualTo(StreamStatus.THROTTLED));
    // Due again when ConnectWise's wait ends, not a whole interval later.
    assertThat(c.nextDue(throttled.id(), "companies")).contains(h.now.get().plus(Duration.ofSeconds(120)));
    h.advance(Duration.ofSeconds(119));
    assertThat(c.runDuePasses()).isEmpty();
    h.advance(Duration.ofSeconds(1));
    assertThat(c.runDuePasses()).extracting(SyncReport::tenant).containsExactly(TenantId.of("t1"));
  }

  @Test
  void runDuePasses_longestWaitingTenantFirst() {
    SyncCoordinator c = h.coordinator();
    List<TenantId> order = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      c.schedule(tenant("t" + i, Duration.ofMinutes(1 + i % 7)));
    }
    c.runDuePasses();
    h.advance(Duration.ofMinutes(30));
    for (SyncReport r : c.runDuePasses()) {
      order.add(r.tenant());
    }
    // Every tenant got its turn; those with the longest interval have waited longest and run first.
    assertThat(order).hasSize(50);
    assertThat(order.subList(0, 7)).allSatisfy(t -> assertThat(Integer.parseInt(t.value().substring(1)) % 7)
        .isEqualTo(0));
  }

  @Test
  void unschedule_tenantNoLongerRuns() {
    SyncCoordinator c = h.coordinator();
    c.schedule(tenant("t1", Duration.ofMinutes(1)));
    c.unschedule(TenantId.of("t1"));
    assertThat(c.runDuePasses()).isEmpty();
  }

  @Test
  void start_runsDuePassesOnWorkersUntilClosed() throws Exception {
    CountDownLatch passes = new CountDownLatch(3);
    List<TenantId> seen = Collections.synchronizedList(new ArrayList<>());
    SyncCoordinator c = h.builder("node-1").tick(Duration.ofMillis(10)).maxConcurrentPasses(2)
        .listener(new SyncListener() {
          @Override
          public void onPassFinished(SyncReport report) {
            seen.add(report.tenant());
            passes.countDown();
          }
        }).build();
    for (int i = 0; i < 3; i++) {
      c.schedule(tenant("t" + i, Duration.ofMinutes(15)));
    }
    c.start();
    try {
      assertThat(passes.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).containsExactlyInAnyOrder(TenantId.of("t0"), TenantId.of("t1"), TenantId.of("t2"));
      assertThatThrownBy(c::start).isInstanceOf(IllegalStateException.class);
    } finally {
      c.close();
    }
    assertThatThrownBy(() -> c.runPass(tenant("t0", Duration.ofMinutes(1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void build_missingComponents_listsEveryOne() {
    assertThatThrownBy(() -> SyncCoordinator.builder().build()).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("credentials").hasMessageContaining("rules").hasMessageContaining("linkStore")
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode()).isEqualTo(CoreErrorCode.INVALID_CONFIGURATION));
  }
}
