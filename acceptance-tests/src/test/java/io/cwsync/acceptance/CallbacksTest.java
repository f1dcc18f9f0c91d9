package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cwsync.connectwise.InvalidCallbackException;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.CallbackCheck;
import io.cwsync.core.CallbackSettings;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.Link;
import io.cwsync.testkit.simulator.CallbackDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, callbacks managed by the coordinator: registered on start (once, however often the coordinator restarts),
 * checked on a schedule and re-registered when ConnectWise disabled them, polling while one is down, no request for
 * an unchanged covered stream, and a ConnectWise change reaching the host through a real delivery to a loopback
 * endpoint.
 */
class CallbacksTest {

  private static final String CALLBACKS = "system/callbacks";
  private static final Duration WAIT = Duration.ofSeconds(15);

  private World w;
  private HttpServer endpoint;
  private final AtomicReference<SyncCoordinator> receiver = new AtomicReference<>();
  private Tenant tenant;
  private CallbackSettings settings;

  @BeforeEach
  void setUp() throws IOException {
    w = new World();
    w.fx.loadCompanies(1, 50, Fixture.T0.minus(Duration.ofHours(1)));
    tenant = w.tenant(Direction.PULL);
    // The host's web endpoint: hands the raw body and signature to the coordinator, answers at once.
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/cw-callbacks/", exchange -> {
      int status;
      try (InputStream in = exchange.getRequestBody()) {
        receiver.get().acceptCallback(tenant, in.readAllBytes(),
            exchange.getRequestHeaders().getFirst("x-content-signature"));
        status = 204;
      } catch (InvalidCallbackException e) {
        status = 401;
      } catch (RuntimeException e) {
        status = 500;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    endpoint.start();
    settings = CallbackSettings.builder(URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort()
        + "/cw-callbacks/")).tenantPath(t -> t.value() + "/s3cret").checkEvery(Duration.ofMinutes(15))
        .safetyPollEvery(Duration.ofHours(6)).build();
  }

  @AfterEach
  void tearDown() {
    try {
      endpoint.stop(0);
    } catch (IllegalStateException alreadyStopped) {
      // A test stopped it to lose deliveries.
    }
    SyncCoordinator c = receiver.get();
    if (c != null) {
      c.close();
    }
    w.close();
  }

  private SyncCoordinator coordinator() {
    SyncCoordinator c = w.builder("node-1").callbacks(settings).tick(Duration.ofMillis(20)).build();
    SyncCoordinator old = receiver.getAndSet(c);
    if (old != null) {
      old.close();
    }
    return c;
  }

  private List<ObjectNode> companyCallbacks() {
    return w.fx.sim.records(CALLBACKS).stream()
        .filter(n -> n.path("type").asText().equalsIgnoreCase("company")).toList();
  }

  private long companyReads() {
    return w.fx.requests().stream().filter(e -> e.method().equals("GET") && e.path().startsWith("company/companies"))
        .count();
  }

  private Optional<HostRecord> findHost(long cwId) {
    return w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId).filter(l -> l.hostId() != null)
        .flatMap(l -> w.host.find(l.hostId()));
  }

  private HostRecord hostOf(long cwId) {
    Link l = w.links.findByCwId(w.tenantId, EntityType.COMPANY, cwId).orElseThrow();
    return w.host.find(l.hostId()).orElseThrow();
  }

  /**
   * Runs the first pass of a two-way tenant (registering its callback), then edits the city of the host's copy of
   * ConnectWise company 20.
   *
   * @return that company's host id
   */
  private String firstTwoWayPassThenHostEdit(SyncCoordinator c, String city) {
    tenant = w.tenant(Direction.BOTH);
    c.schedule(tenant);
    c.runDuePasses();
    String hostId = hostOf(20).hostId();
    w.host.userUpdate(hostId, java.util.Map.of(CompanyRules.CITY, city));
    return hostId;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s for %s", WAIT, what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void start_callbacksConfigured_registersTheCallbackTypeOfEachPullFlowAtTheTenantsUrl() throws Exception {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.start();

    await("the registration and the first pass", () -> !companyCallbacks().isEmpty()
        && c.lastRuns(w.tenantId).stream().anyMatch(r -> r.direction() == Direction.PULL));

    ObjectNode registered = companyCallbacks().get(0);
    assertThat(companyCallbacks()).hasSize(1);
    assertThat(w.fx.sim.records(CALLBACKS)).as("only the types the flows use").hasSize(1);
    assertThat(registered.path("url").asText()).isEqualTo(settings.url(w.tenantId))
        .endsWith("/cw-callbacks/acme/s3cret");
    assertThat(registered.path("level").asText()).isEqualToIgnoringCase("owner");
    assertThat(registered.path("objectId").asInt()).isEqualTo(1);
    assertThat(registered.path("inactiveFlag").asBoolean(false)).isFalse();
    assertThat(registered.path("description").asText()).isEqualTo("cwsync acme Company");
    assertThat(w.host.size()).as("the first pass still polls").isEqualTo(50);
  }

  @Test
  void checkCallbacks_coordinatorRestartedTwiceAndADuplicateLeftByARace_oneRegistrationReused() {
    SyncCoordinator first = coordinator();
    first.schedule(tenant);
    first.runDuePasses();
    int id = companyCallbacks().get(0).path("id").asInt();
    // Another node registered the same callback at the same moment.
    ObjectNode duplicate = companyCallbacks().get(0).deepCopy();
    duplicate.remove("id");
    duplicate.remove("_info");
    w.fx.sim.create(CALLBACKS, duplicate);
    assertThat(companyCallbacks()).hasSize(2);

    SyncCoordinator second = coordinator();
    second.schedule(tenant);
    second.runDuePasses();
    List<CallbackCheck> third = coordinator().checkCallbacks(tenant);

    assertThat(companyCallbacks()).hasSize(1);
    assertThat(companyCallbacks().get(0).path("id").asInt()).as("the first one kept").isEqualTo(id);
    assertThat(third).singleElement().satisfies(ch -> {
      assertThat(ch.result()).isEqualTo(CallbackCheck.Result.ACTIVE);
      assertThat(ch.callbackId()).isEqualTo(id);
      assertThat(ch.flowIds()).containsExactly(World.FLOW);
    });
  }

  @Test
  void checkCallbacks_ourRegistrationAtAnOldUrlWithoutSelfSuppression_isSetRightInPlaceOnce() {
    ObjectNode registration = JsonNodeFactory.instance.objectNode();
    registration.put("url", "http://127.0.0.1:1/old-endpoint/acme").put("type", "Company").put("level", "Owner")
        .put("objectId", 1).put("description", "cwsync acme Company");
    ObjectNode old = w.fx.sim.create(CALLBACKS, registration);

    List<CallbackCheck> checks = coordinator().checkCallbacks(tenant);

    assertThat(checks).singleElement().extracting(CallbackCheck::result)
        .isEqualTo(CallbackCheck.Result.REACTIVATED);
    assertThat(companyCallbacks()).singleElement().satisfies(cb -> {
      assertThat(cb.path("id").asInt()).isEqualTo(old.path("id").asInt());
      assertThat(cb.path("url").asText()).isEqualTo(settings.url(w.tenantId));
      assertThat(cb.path("isSelfSuppressedFlag").asBoolean(false)).isTrue();
    });
    assertThat(coordinator().checkCallbacks(tenant)).singleElement().extracting(CallbackCheck::result)
        .as("right now, left alone").isEqualTo(CallbackCheck.Result.ACTIVE);
  }

  @Test
  void runDuePasses_unchangedStreamCoveredByAHealthyCallback_costsZeroRequests() {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    assertThat(companyReads()).as("the first pass polls").isPositive();

    // The flow is due again (15 min), the check too: the check is the only request.
    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    List<SyncReport> due = c.runDuePasses();
    assertThat(due).hasSize(1);
    assertThat(due.get(0).successful()).isTrue();
    assertThat(companyReads()).as("covered stream, nothing changed").isZero();
    assertThat(w.fx.requests()).extracting(e -> e.method() + " " + e.endpoint())
        .containsExactly("GET system/callbacks");

    // Between checks the scheduled poll of the covered stream sends nothing at all.
    SyncCoordinator hourly = w.builder("node-1").callbacks(CallbackSettings.builder(URI.create(
        settings.url(w.tenantId).replace("acme/s3cret", ""))).tenantPath(t -> t.value() + "/s3cret")
        .checkEvery(Duration.ofHours(1)).safetyPollEvery(Duration.ofHours(6)).build()).build();
    receiver.getAndSet(hourly).close();
    hourly.schedule(tenant);
    hourly.runDuePasses();
    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    assertThat(hourly.runDuePasses()).hasSize(1);
    assertThat(w.fx.sim.journal().requestCount()).isZero();
  }

  @Test
  void runDuePasses_safetyPollPeriodPassed_coveredStreamIsPolledAndCatchesALostCallback() {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    // A change whose delivery is lost: the endpoint is down.
    endpoint.stop(0);
    w.fx.clock.advance(Duration.ofMinutes(1));
    w.fx.sim.update(Oracle.COMPANIES, 4, n -> n.put("city", "Lost delivery"));
    w.fx.sim.awaitCallbacks(WAIT);
    assertThat(w.fx.sim.callbackDeliveries()).last().extracting(CallbackDelivery::succeeded).isEqualTo(false);

    for (int i = 0; i < 23; i++) {
      w.fx.clock.advance(Duration.ofMinutes(15));
      c.runDuePasses();
    }
    assertThat(hostOf(4).field(CompanyRules.CITY)).as("not polled before 6 h").isNotEqualTo("Lost delivery");
    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    c.runDuePasses();

    assertThat(companyReads()).as("the safety poll").isPositive();
    assertThat(hostOf(4).field(CompanyRules.CITY)).isEqualTo("Lost delivery");
  }

  @Test
  void runDuePasses_coveredStreamWithReconcileEvery_stillReconcilesAndCatchesADeleteWhoseCallbackWasLost() {
    tenant = Tenant.builder(w.tenantId).flow(Flow.builder(World.FLOW, EntityType.COMPANY, Resources.COMPANIES)
        .direction(Direction.PULL).reconcileEvery(Duration.ofHours(1)).build()).build();
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    String h9 = hostOf(9).hostId();
    endpoint.stop(0);
    w.fx.sim.delete(Oracle.COMPANIES, 9);
    w.fx.sim.awaitCallbacks(WAIT);

    for (int i = 0; i < 5; i++) {
      w.fx.clock.advance(Duration.ofMinutes(15));
      c.runDuePasses();
    }

    assertThat(w.host.deleted()).containsExactly(h9);
    assertThat(w.links.findByCwId(w.tenantId, EntityType.COMPANY, 9).orElseThrow().state())
        .isEqualTo(io.cwsync.core.spi.LinkState.TOMBSTONED);
  }

  @Test
  void runDuePasses_callbackDisabledByConnectWise_reactivatedAtTheCheckAndTheStreamPolledMeanwhile() {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    int id = companyCallbacks().get(0).path("id").asInt();

    // ConnectWise gives up on the endpoint and disables the callback; a change made now is never delivered.
    w.fx.sim.disableCallback(id);
    w.fx.clock.advance(Duration.ofMinutes(1));
    w.fx.sim.update(Oracle.COMPANIES, 7, n -> n.put("city", "Changed while disabled"));
    w.fx.sim.awaitCallbacks(WAIT);
    assertThat(w.fx.sim.callbackDeliveries()).as("nothing delivered to a disabled callback").isEmpty();

    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    List<SyncReport> due = c.runDuePasses();

    assertThat(w.fx.sim.get(CALLBACKS, id).orElseThrow().path("inactiveFlag").asBoolean(false))
        .as("re-activated in place").isFalse();
    assertThat(companyCallbacks()).hasSize(1);
    assertThat(w.fx.requests()).extracting(e -> e.method() + " " + e.endpoint())
        .contains("GET system/callbacks", "PATCH system/callbacks/{id}");
    assertThat(companyReads()).as("the journal shows the catch-up poll").isPositive();
    assertThat(due).singleElement().extracting(SyncReport::successful).isEqualTo(true);
    assertThat(hostOf(7).field(CompanyRules.CITY)).isEqualTo("Changed while disabled");

    // Healthy again and polled since: the next scheduled poll is skipped.
    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    c.runDuePasses();
    assertThat(companyReads()).isZero();
  }

  @Test
  void runDuePasses_reRegistrationRefused_streamPolledAtEveryPassUntilACheckSucceeds() {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    int id = companyCallbacks().get(0).path("id").asInt();
    w.fx.sim.disableCallback(id);
    w.fx.sim.denyPermission(w.fx.sim.member().identifier(), CALLBACKS, "PATCH", "POST");

    for (int pass = 0; pass < 3; pass++) {
      w.fx.clock.advance(Duration.ofMinutes(15));
      w.fx.sim.journal().reset();
      c.runDuePasses();
      assertThat(companyReads()).as("pass %d polls while the callback is down", pass).isPositive();
    }
    assertThat(c.checkCallbacks(tenant)).singleElement().satisfies(ch -> {
      assertThat(ch.result()).isEqualTo(CallbackCheck.Result.FAILED);
      assertThat(ch.error()).contains("403");
    });

    w.fx.sim.grantAllPermissions();
    w.fx.clock.advance(Duration.ofMinutes(15));
    c.runDuePasses();
    w.fx.clock.advance(Duration.ofMinutes(15));
    w.fx.sim.journal().reset();
    c.runDuePasses();
    assertThat(companyReads()).as("covered again").isZero();
  }

  @Test
  void acceptCallback_connectWiseChangeDelivered_reachesTheHostWithinSeconds() throws Exception {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.start();
    await("the first pass", () -> w.host.size() == 50 && !companyCallbacks().isEmpty()
        && c.lastRuns(w.tenantId).stream().anyMatch(r -> r.direction() == Direction.PULL));

    w.fx.clock.advance(Duration.ofMinutes(1));
    w.fx.sim.update(Oracle.COMPANIES, 12, n -> n.put("city", "Changed in ConnectWise"));
    ObjectNode created = w.fx.sim.create(Oracle.COMPANIES, Fixture.company("NEW1", "New One", "Bergen"));

    // The host may hold a record a moment before its link is committed (store-jdbc writes a page's links together),
    // so the wait looks the record up without insisting that it is there yet.
    await("the callback's changes in the host", () -> findHost(12).map(h -> h.field(CompanyRules.CITY))
        .filter("Changed in ConnectWise"::equals).isPresent() && w.links.findByCwId(w.tenantId, EntityType.COMPANY,
        created.path("id").asLong()).isPresent());
    w.fx.sim.awaitCallbacks(WAIT);
    assertThat(w.fx.sim.callbackDeliveries()).hasSize(2).allMatch(CallbackDelivery::succeeded);
    assertThat(hostOf(created.path("id").asLong()).field(CompanyRules.NAME)).isEqualTo("New One");
    assertThat(w.host.size()).isEqualTo(51);
  }

  @Test
  void onHostChange_whileACallbackOfTheSameFlowIsBeingHandled_waitsForItAndPushes() throws Exception {
    SyncCoordinator c = coordinator();
    String hostId = firstTwoWayPassThenHostEdit(c, "Pushed while busy");
    // The callback's host create takes a while and holds the flow on a coordinator thread meanwhile.
    w.host.slowCreates(Duration.ofMillis(400));
    w.fx.clock.advance(Duration.ofMinutes(1));
    long slowId = w.fx.sim.create(Oracle.COMPANIES, Fixture.company("SLOW", "Slow Co", "Oslo")).path("id").asLong();
    await("the callback's create intent", () -> w.links.findByCwId(w.tenantId, EntityType.COMPANY, slowId)
        .isPresent());

    SyncReport pushed = c.onHostChange(tenant, EntityType.COMPANY, hostId);

    assertThat(pushed.stream(World.FLOW, Direction.PUSH).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(w.fx.sim.get(Oracle.COMPANIES, 20).orElseThrow().path("city").asText())
        .isEqualTo("Pushed while busy");
    await("the callback's record in the host", () -> w.links.findByCwId(w.tenantId, EntityType.COMPANY, slowId)
        .map(l -> l.hostId() != null).orElse(false));
  }

  @Test
  void onHostChange_ownWrite_noCallbackComesBackAndNothingIsReadAgain() throws Exception {
    SyncCoordinator c = coordinator();
    String hostId = firstTwoWayPassThenHostEdit(c, "Pushed by the host");
    assertThat(companyCallbacks()).singleElement().satisfies(cb ->
        assertThat(cb.path("isSelfSuppressedFlag").asBoolean(false)).as("registered self-suppressed").isTrue());
    int before = w.fx.requests().size();

    SyncReport pushed = c.onHostChange(tenant, EntityType.COMPANY, hostId);
    w.fx.sim.awaitCallbacks(WAIT);

    assertThat(pushed.stream(World.FLOW, Direction.PUSH).orElseThrow().status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(w.fx.sim.get(Oracle.COMPANIES, 20).orElseThrow().path("city").asText())
        .isEqualTo("Pushed by the host");
    assertThat(w.fx.sim.callbackDeliveries()).as("our own write is not echoed").isEmpty();
    assertThat(w.fx.requests().subList(before, w.fx.requests().size()))
        .extracting(e -> e.method() + " " + e.path())
        .as("the push's read and PATCH, no re-read of an echo").containsExactly(
            "GET company/companies/20", "PATCH company/companies/20");
  }

  @Test
  void onHostChange_selfSuppressionTurnedOff_ownWriteComesBackAndIsReadAgain() throws Exception {
    settings = CallbackSettings.builder(URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort()
        + "/cw-callbacks/")).tenantPath(t -> t.value() + "/s3cret").selfSuppressed(false).build();
    SyncCoordinator c = coordinator();
    String hostId = firstTwoWayPassThenHostEdit(c, "Echoed");
    assertThat(companyCallbacks()).singleElement().satisfies(cb ->
        assertThat(cb.path("isSelfSuppressedFlag").asBoolean(true)).isFalse());
    int before = w.fx.requests().size();

    c.onHostChange(tenant, EntityType.COMPANY, hostId);
    w.fx.sim.awaitCallbacks(WAIT);

    assertThat(w.fx.sim.callbackDeliveries()).singleElement().satisfies(d -> assertThat(d.succeeded()).isTrue());
    await("the echo's re-read", () -> w.fx.requests().subList(before, w.fx.requests().size()).stream()
        .filter(e -> (e.method() + " " + e.path()).equals("GET company/companies/20")).count() == 2);
  }

  @Test
  void acceptCallback_forgedSignature_refusedWith401AndNothingApplied() throws Exception {
    SyncCoordinator c = coordinator();
    c.schedule(tenant);
    c.runDuePasses();
    w.fx.clock.advance(Duration.ofMinutes(1));
    w.fx.sim.update(Oracle.COMPANIES, 3, n -> n.put("city", "Genuine"));
    w.fx.sim.awaitCallbacks(WAIT);
    CallbackDelivery genuine = w.fx.sim.callbackDeliveries().get(0);
    String forged = genuine.body().replace("\"ID\":3", "\"ID\":5");

    HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(genuine.url()))
        .timeout(WAIT).header("x-content-signature", genuine.signature())
        .POST(HttpRequest.BodyPublishers.ofString(forged)).build(), HttpResponse.BodyHandlers.discarding());

    assertThat(genuine.status()).isEqualTo(204);
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(Optional.ofNullable(hostOf(5).field(CompanyRules.CITY))).isNotEqualTo(Optional.of("Genuine"));
  }
}
