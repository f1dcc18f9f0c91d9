package io.cwsync.console;

import static io.cwsync.console.ConsoleFixture.TENANT;
import static io.cwsync.console.ConsoleFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cwsync.core.StreamReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every JSON endpoint over real HTTP, against a coordinator that ran a pass against the simulator. */
@Timeout(60)
class OperationsConsoleTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static ConsoleFixture f;

  @BeforeAll
  static void start() {
    f = new ConsoleFixture();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static HttpResponse<String> send(String method, String path, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(f.console.pageUrl().resolve(path)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static JsonNode ok(String method, String path, String body) {
    HttpResponse<String> r = send(method, path, body, TOKEN);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/json"));
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String tenantPath(String rest) {
    return "api/tenants/" + TENANT.value() + rest;
  }

  @Test
  void tenants_afterScheduledPass_lastRunCountsDurationAndNextDuePerStream() {
    JsonNode tenants = ok("GET", "api/tenants", null).path("tenants");
    assertThat(tenants).hasSize(1);
    JsonNode t = tenants.get(0);
    assertThat(t.path("id").asText()).isEqualTo(TENANT.value());
    assertThat(t.path("retry").path("PARKED").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode stream = t.path("streams").get(0);
    assertThat(stream.path("flowId").asText()).isEqualTo("companies");
    assertThat(stream.path("direction").asText()).isEqualTo("PULL");
    assertThat(stream.path("entityType").asText()).isEqualTo("company");
    assertThat(stream.path("nextDue").asText()).isEqualTo(
        f.coordinator.nextDue(TENANT, "companies").orElseThrow().toString());
    StreamReport pull = f.firstPass.stream("companies", Direction.PULL).orElseThrow();
    JsonNode last = stream.path("lastRun");
    assertThat(last.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(last.path("counts").path("CREATE").asLong()).isEqualTo(pull.count(SyncAction.CREATE))
        .isEqualTo(f.host.records.size()).isPositive();
    assertThat(last.path("recordsRead").asLong()).isEqualTo(f.simulator.records("company/companies").size());
    assertThat(last.path("durationMillis").asLong()).isEqualTo(pull.duration().toMillis());
    assertThat(last.path("total").asLong()).isEqualTo(pull.total());
  }

  @Test
  void errors_parkedCompany_listedWithReason() {
    JsonNode items = ok("GET", tenantPath("/errors"), null).path("items");
    assertThat(items).anySatisfy(i -> {
      assertThat(i.path("recordId").asText()).isEqualTo(Long.toString(f.refusedCwId));
      assertThat(i.path("flowId").asText()).isEqualTo("companies");
      assertThat(i.path("type").asText()).isEqualTo("company");
      assertThat(i.path("reason").asText()).contains("identifier is reserved");
    });
    assertThat(ok("GET", tenantPath("/errors?state=RETRYING"), null).path("items"))
        .allSatisfy(i -> assertThat(i.path("state").asText()).isEqualTo("RETRYING"));
  }

  @Test
  void requeueAndIgnore_parkedItem_stateChangesInTheRetryQueue() {
    RetryKey key = new RetryKey(TENANT, "companies", Direction.PULL, "9" + f.refusedCwId);
    String other = "{\"flowId\":\"companies\",\"direction\":\"PULL\",\"recordId\":\"" + key.recordId() + "\"}";
    assertThat(send("POST", tenantPath("/errors/requeue"), other, TOKEN).statusCode()).as("no such item")
        .isEqualTo(404);

    RetryKey parked = new RetryKey(TENANT, "companies", Direction.PULL, Long.toString(f.refusedCwId));
    String body = "{\"flowId\":\"companies\",\"direction\":\"PULL\",\"recordId\":\"" + f.refusedCwId + "\"}";
    f.coordinator.retryQueue().requeue(parked, java.time.Instant.now());
    // Park it again whatever earlier tests did to it (a relink requeues it): one attempt allowed, one failure.
    f.coordinator.retryQueue().recordFailure(new io.cwsync.core.spi.Failure(parked, EntityType.COMPANY,
        f.coordinator.retryQueue().find(parked).orElseThrow().reason(), java.time.Instant.now(), java.time.Instant.now(), 1, null));
    assertThat(f.coordinator.retryQueue().find(parked).orElseThrow().state()).isEqualTo(RetryState.PARKED);

    JsonNode requeued = ok("POST", tenantPath("/errors/requeue"), body);
    assertThat(requeued.path("item").path("state").asText()).isEqualTo("RETRYING");
    assertThat(f.coordinator.retryQueue().find(parked).orElseThrow().state()).as("moved back to the queue")
        .isEqualTo(RetryState.RETRYING);

    ok("POST", tenantPath("/errors/ignore"), body);
    assertThat(f.coordinator.retryQueue().find(parked).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
  }

  @Test
  void relink_hostRecordToParkedCompany_linkedAndConflictNamed() {
    String body = "{\"type\":\"company\",\"hostId\":\"manual-7\",\"cwId\":" + f.refusedCwId + "}";
    JsonNode linked = ok("POST", tenantPath("/relink"), body);
    assertThat(linked.path("link").path("state").asText()).isEqualTo("LINKED");
    assertThat(f.coordinator.linkStore().findByCwId(TENANT, EntityType.COMPANY, f.refusedCwId).orElseThrow())
        .satisfies(l -> {
          assertThat(l.hostId()).isEqualTo("manual-7");
          assertThat(l.state()).isEqualTo(LinkState.LINKED);
        });
    assertThat(f.host.cwIds).containsEntry("manual-7", f.refusedCwId);

    HttpResponse<String> clash = send("POST", tenantPath("/relink"),
        "{\"type\":\"company\",\"hostId\":\"manual-8\",\"cwId\":" + f.refusedCwId + "}", TOKEN);
    assertThat(clash.statusCode()).isEqualTo(409);
    assertThat(clash.body()).contains("already linked to host record manual-7");
    assertThat(send("POST", tenantPath("/relink"), "{\"type\":\"company\",\"hostId\":\"x\",\"cwId\":\"abc\"}",
        TOKEN).body()).contains("cwId");
  }

  @Test
  void audit_searchByEntityAndOutcome_matchingEntriesWithDeepLinks() {
    JsonNode failed = ok("GET", tenantPath("/audit?outcome=FAILED&type=company"), null).path("entries");
    assertThat(failed).isNotEmpty().allSatisfy(e -> {
      assertThat(e.path("outcome").asText()).isEqualTo("FAILED");
      assertThat(e.path("type").asText()).isEqualTo("company");
    });
    assertThat(failed).anySatisfy(e -> assertThat(e.path("reason").asText()).contains("identifier is reserved"));

    long created = f.coordinator.linkStore().findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId();
    JsonNode one = ok("GET", tenantPath("/audit?record=" + created), null).path("entries");
    assertThat(one).isNotEmpty().allSatisfy(e -> assertThat(e.path("cwId").asLong()).isEqualTo(created));
    JsonNode entry = one.get(one.size() - 1);
    assertThat(entry.path("action").asText()).isEqualTo("CREATE");
    assertThat(entry.path("deepLink").asText()).contains("recid=" + created);
    assertThat(entry.path("historyLink").asText())
        .isEqualTo("#history?tenant=console-test&type=company&hostId=h1");

    assertThat(ok("GET", tenantPath("/audit?type=contact"), null).path("entries")).isEmpty();
    assertThat(ok("GET", tenantPath("/audit?limit=2"), null).path("entries")).hasSize(2);
  }

  @Test
  void history_oneRecordByHostOrCwId_itsStepsOldestFirst() {
    long cwId = f.coordinator.linkStore().findByHostId(TENANT, EntityType.COMPANY, "h1").orElseThrow().cwId();
    JsonNode byHost = ok("GET", tenantPath("/history?type=company&hostId=h1"), null);
    assertThat(byHost.path("steps")).isNotEmpty();
    assertThat(byHost.path("steps").get(0).path("action").asText()).isEqualTo("CREATE");
    assertThat(byHost.path("steps").get(0).path("cwId").asLong()).isEqualTo(cwId);
    JsonNode byCw = ok("GET", tenantPath("/history?type=company&cwId=" + cwId), null);
    assertThat(byCw.path("steps").get(0).path("hostId").asText()).isEqualTo("h1");
    HttpResponse<String> missing = send("GET", tenantPath("/history?type=company"), null, TOKEN);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("hostId").contains("cwId");
  }

  @Test
  void everyEndpoint_withoutOrWithWrongToken_401AndNoData() {
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {"GET", "api/tenants"});
    calls.add(new String[] {"GET", tenantPath("/errors")});
    calls.add(new String[] {"GET", tenantPath("/audit")});
    calls.add(new String[] {"GET", tenantPath("/history?type=company&hostId=h1")});
    calls.add(new String[] {"POST", tenantPath("/errors/requeue")});
    calls.add(new String[] {"POST", tenantPath("/errors/ignore")});
    calls.add(new String[] {"POST", tenantPath("/relink")});
    calls.add(new String[] {"GET", "api/nothing-here"});
    String body = "{\"flowId\":\"companies\",\"direction\":\"PULL\",\"recordId\":\"" + f.refusedCwId + "\"}";
    for (String[] c : calls) {
      for (String token : new String[] {null, "wrong-token-0123456789", TOKEN + "x", ""}) {
        HttpResponse<String> r = send(c[0], c[1], c[0].equals("POST") ? body : null, token);
        assertThat(r.statusCode()).as(c[0] + " " + c[1] + " with token " + (token == null ? "none" : "wrong"))
            .isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
            .startsWith("Bearer"));
        assertThat(r.body()).doesNotContain("companies").doesNotContain(TENANT.value());
      }
    }
  }

  @Test
  void badRequests_namedParameterOrMethod() {
    HttpResponse<String> limit = send("GET", tenantPath("/audit?limit=abc"), null, TOKEN);
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(limit.body()).contains("'limit'");
    HttpResponse<String> outcome = send("GET", tenantPath("/audit?outcome=MAYBE"), null, TOKEN);
    assertThat(outcome.statusCode()).isEqualTo(400);
    assertThat(outcome.body()).contains("'outcome'").contains("FAILED");
    assertThat(send("GET", tenantPath("/errors/requeue"), null, TOKEN).statusCode()).isEqualTo(405);
    assertThat(send("POST", tenantPath("/errors/requeue"), "not json", TOKEN).statusCode()).isEqualTo(400);
    assertThat(send("POST", tenantPath("/errors/requeue"), "{\"flowId\":\"companies\"}", TOKEN).body())
        .contains("'direction'");
    assertThat(send("GET", "api/nothing-here", null, TOKEN).statusCode()).isEqualTo(404);
  }

  @Test
  void page_withoutToken_staticShellWithoutDataAndLockedDown() {
    HttpResponse<String> page = send("GET", "", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
        .contains("script-src 'self'"));
    assertThat(page.body()).contains("console.js").doesNotContain(TENANT.value());
    assertThat(send("GET", "console.js", null, null).body()).contains("Authorization");
    assertThat(send("GET", "secret.txt", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void builderAndToString_tokenRequiredNeverShown() {
    assertThat(f.console.toString()).doesNotContain(TOKEN).contains("***");
    assertThat(f.console.pageUrl().getHost()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> OperationsConsole.builder(f.coordinator).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("token required");
    assertThatThrownBy(() -> OperationsConsole.builder(f.coordinator).token("short"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
    assertThat(OperationsConsole.newToken()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(OperationsConsole.newToken());
  }
}
