package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneAndClockTest {

  @Test
  void startFromArgs_portCompanyKeysAndGeneratedTenant_served() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.startFromArgs(new String[] {"--port", "0",
        "--company", "demo", "--public-key", "pk", "--private-key", "sk", "--companies", "100"})) {
      assertThat(sim.isRunning()).isTrue();
      Http http = new Http(sim);
      assertThat(http.sendUrl("GET", sim.siteUrl() + "login/companyinfo/demo", null, Map.of()).json()
          .get("CompanyName").asText()).isEqualTo("demo");
      assertThat(http.authorization).isEqualTo(Http.basic("demo", "pk", "sk"));
      assertThat(http.get("company/companies/count").json().get("count").asInt()).isEqualTo(100);
    }
  }

  @Test
  void startFromArgs_unknownOption_rejected() {
    assertThatThrownBy(() -> ConnectWiseSimulator.startFromArgs(new String[] {"--bogus", "1"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
  }

  @Test
  void start_twice_rejected() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder().build().start()) {
      assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void fixedClock_setAndAdvance_moveOnlyWhenTold() {
    SimulatorClock clock = SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.now()).isEqualTo(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    clock.advance(Duration.ofMillis(1500));
    assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:01.500Z"));
    clock.set(Instant.parse("2025-06-01T12:00:00Z"));
    assertThat(clock.now()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
  }

  @Test
  void systemClock_followsWallClockPlusOffset() {
    SimulatorClock clock = SimulatorClock.system();
    Instant before = Instant.now();
    assertThat(clock.now()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    clock.advance(Duration.ofHours(2));
    assertThat(clock.now()).isAfter(Instant.now().plus(Duration.ofMinutes(119)));
    clock.set(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(clock.now()).isBetween(Instant.parse("2019-12-31T23:59:59Z"), Instant.parse("2020-01-01T00:00:05Z"));
  }

  @Test
  void secondPrecision_lastUpdatedTruncated_sameSecondTies() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder()
        .clock(SimulatorClock.fixed(Instant.parse("2026-02-02T02:02:02.999Z"))).build().start()) {
      Http http = new Http(sim);
      String a = http.post("company/companies", Http.company("T1", "A")).json().at("/_info/lastUpdated").asText();
      sim.clock().advance(Duration.ofMillis(0));
      String b = http.post("company/companies", Http.company("T2", "B")).json().at("/_info/lastUpdated").asText();
      assertThat(a).isEqualTo(b).isEqualTo("2026-02-02T02:02:02Z");
      assertThat(http.get("company/companies/count?conditions=" + Http.q("lastUpdated = [2026-02-02T02:02:02Z]"))
          .json().get("count").asInt()).isEqualTo(2);
    }
  }

  @Test
  void apiMember_toString_hidesPrivateKey() {
    assertThat(new ApiMember("m", "pub", "very-secret").toString()).doesNotContain("very-secret");
    assertThat(ConnectWiseSimulator.builder().privateKey("very-secret").build().toString())
        .doesNotContain("very-secret");
  }

  @Test
  void builder_restrictedClientIdsAndVersions_enforced() {
    try (ConnectWiseSimulator sim = ConnectWiseSimulator.builder().clientIds("only-this").apiVersions("2026.4")
        .build().start()) {
      Http http = new Http(sim);
      assertThat(http.get("system/info").status()).isEqualTo(401);
      http.clientId = "only-this";
      assertThat(http.get("system/info").status()).isEqualTo(200);
      http.accept = "application/vnd.connectwise.com+json; version=2025.8";
      assertThat(http.get("system/info").status()).isEqualTo(400);
    }
  }
}
