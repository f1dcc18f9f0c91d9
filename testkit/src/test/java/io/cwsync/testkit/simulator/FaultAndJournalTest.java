package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultAndJournalTest {

  @RegisterExtension
  final ConnectWiseSimulatorExtension ext = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .clock(SimulatorClock.fixed(Instant.parse("2026-01-01T00:00:10Z"))).seed(7));

  Http http;

  @BeforeEach
  void seed() {
    http = new Http(ext.simulator());
    ext.simulator().create("company/companies", Http.company("F1", "Fault Co"));
  }

  FaultRule inject(SimulatedFault fault) {
    return ext.simulator().inject(FaultRule.builder().method("GET").path("company/companies").firstRequests(1)
        .fault(fault).build());
  }

  @Test
  void tooManyRequests_429WithRetryAfterAndConnectWiseBody() {
    inject(SimulatedFault.tooManyRequests(7));
    Http.Response r = http.get("company/companies");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).isEqualTo("7");
    assertThat(r.json().get("error").asText()).isEqualTo("ConnectWiseAPI");
    assertThat(r.json().get("message").asText()).isEqualTo("Too many requests. Please try again in 7 seconds.");
    assertThat(http.get("company/companies").status()).as("only the first request").isEqualTo(200);
  }

  @Test
  void serverErrors_500_502_503WithConnectWiseBody() {
    for (int status : new int[] {500, 502, 503}) {
      FaultRule rule = inject(SimulatedFault.serverError(status));
      Http.Response r = http.get("company/companies");
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.json().get("code").asText()).isEqualTo("ConnectWiseApi");
      ext.simulator().clearFaults();
      assertThat(rule.firedCount()).isEqualTo(1);
    }
  }

  @Test
  void serverTimeout_500TimeoutMessage() {
    inject(SimulatedFault.serverTimeout());
    Http.Response r = http.get("company/companies");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("message").asText()).isEqualTo("A timeout has occured. Please try again.");
  }

  @Test
  void connectionReset_clientSeesIoErrorAndNothingApplied() {
    ext.simulator().inject(FaultRule.builder().method("POST").path("company/companies").firstRequests(1)
        .fault(SimulatedFault.connectionReset()).build());
    assertThatThrownBy(() -> http.post("company/companies", Http.company("R1", "Reset")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(ext.simulator().count("company/companies")).isEqualTo(1);
  }

  @Test
  void commitThenLoseResponse_writeAppliedClientSeesIoError() {
    ext.simulator().inject(FaultRule.builder().method("POST").path("company/companies").nthRequest(1)
        .fault(SimulatedFault.commitThenLoseResponse()).build());
    assertThatThrownBy(() -> http.post("company/companies", Http.company("LOST", "Lost response")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(ext.simulator().records("company/companies")).extracting(n -> n.get("identifier").asText())
        .contains("LOST");
    assertThat(http.post("company/companies", Http.company("LOST", "Retry")).status())
        .as("a blind retry hits ObjectExists").isEqualTo(400);
  }

  @Test
  void malformedJson_200WithUnparseableBody() {
    inject(SimulatedFault.malformedJson());
    Http.Response r = http.get("company/companies");
    assertThat(r.status()).isEqualTo(200);
    assertThatThrownBy(r::json).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void latency_delaysNormalResponse() {
    inject(SimulatedFault.latency(Duration.ofMillis(300)));
    long start = System.nanoTime();
    Http.Response r = http.get("company/companies");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).hasSize(1);
  }

  @Test
  void nthRequest_onlyThatRequestFaults() {
    ext.simulator().inject(FaultRule.builder().path("company/companies/count").nthRequest(3)
        .fault(SimulatedFault.serverError(503)).build());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(http.get("company/companies/count").status());
    }
    assertThat(statuses).containsExactly(200, 200, 503, 200, 200);
  }

  @Test
  void rate_seededRandom_sameSeedSameSequence() {
    List<Integer> first = rateRun(ext.simulator());
    try (ConnectWiseSimulator twin = ConnectWiseSimulator.builder().seed(7).build().start()) {
      assertThat(rateRun(twin)).isEqualTo(first);
    }
    long faulted = first.stream().filter(s -> s == 429).count();
    assertThat(faulted).isBetween(10L, 50L);
  }

  private static List<Integer> rateRun(ConnectWiseSimulator sim) {
    sim.inject(FaultRule.builder().rate(0.3).fault(SimulatedFault.tooManyRequests(1)).build());
    Http h = new Http(sim);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(h.get("system/info").status());
    }
    sim.clearFaults();
    return statuses;
  }

  @Test
  void perMinuteCap_429AboveCap_resetsNextMinuteOfSimulatorClock() {
    ext.simulator().limitRequestsPerMinute(3);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(http.get("system/info").status());
    }
    assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    Http.Response throttled = http.get("system/info");
    assertThat(throttled.header("Retry-After")).isEqualTo("50");
    ext.simulator().clock().advance(Duration.ofMinutes(1));
    assertThat(http.get("system/info").status()).isEqualTo(200);
    ext.simulator().limitRequestsPerMinute(0);
  }

  @Test
  void faultRule_methodAndPathFilter() {
    ext.simulator().inject(FaultRule.builder().method("POST").path("company/.*")
        .fault(SimulatedFault.serverError(500)).build());
    assertThat(http.get("company/companies").status()).isEqualTo(200);
    assertThat(http.post("company/contacts", Http.obj("{'firstName':'X'}")).status()).isEqualTo(500);
    assertThat(http.post("sales/stages", Http.obj("{'name':'X'}")).status()).isEqualTo(201);
  }

  @Test
  void journal_countsPerEndpointMethodAndBytes_resettable() {
    RequestJournal journal = ext.simulator().journal();
    journal.reset();
    http.get("company/companies");
    http.get("company/companies?page=2");
    Http.Response one = http.get("company/companies/1");
    http.get("company/companies/count");
    http.post("company/companies", Http.company("J1", "Journal"));
    http.patch("company/companies/1", "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"J\"}]");

    assertThat(journal.requestCount()).isEqualTo(6);
    assertThat(journal.requestCount("GET", "company/companies")).isEqualTo(2);
    assertThat(journal.requestCount("GET", "company/companies/{id}")).isEqualTo(1);
    assertThat(journal.requestCount("get", "company/companies/count")).isEqualTo(1);
    assertThat(journal.requestCount("POST", "company/companies")).isEqualTo(1);
    assertThat(journal.requestCount("PATCH", "company/companies/{id}")).isEqualTo(1);
    assertThat(journal.responseBytes("GET", "company/companies/{id}")).isEqualTo(one.body().length());
    assertThat(journal.responseBytes()).isGreaterThan(one.body().length());
    assertThat(journal.countsByEndpoint()).containsEntry("GET company/companies", 2L);
    JournalEntry last = journal.entries().get(journal.entries().size() - 1);
    assertThat(last.method()).isEqualTo("PATCH");
    assertThat(last.path()).isEqualTo("company/companies/1");
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.member()).isEqualTo("cwsync");
    assertThat(journal.entries().get(1).query()).isEqualTo("page=2");

    journal.reset();
    assertThat(journal.requestCount()).isZero();
    assertThat(journal.entries()).isEmpty();
  }

  @Test
  void journal_recordsFaultsAndResets() {
    RequestJournal journal = ext.simulator().journal();
    journal.reset();
    inject(SimulatedFault.tooManyRequests(1));
    http.get("company/companies");
    assertThat(journal.entries()).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.fault()).isEqualTo(SimulatedFault.Kind.TOO_MANY_REQUESTS);
    });
  }
}
