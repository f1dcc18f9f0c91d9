package io.cwsync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cwsync.core.support.Harness.COMPANIES;
import static io.cwsync.core.support.Harness.TENANT;
import static io.cwsync.core.support.Harness.array;
import static io.cwsync.core.support.Harness.company;
import static io.cwsync.core.support.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Cursor;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.spi.VersionedCursor;
import io.cwsync.core.support.CompanyFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CoordinatorPullTest extends CompanyFlowTest {

  static final String T1 = "2026-03-01T10:00:00Z";
  static final String T2 = "2026-03-01T10:00:05Z";
  static final String T3 = "2026-03-01T11:30:00Z";

  CoordinatorPullTest() {
    super(Direction.PULL);
  }

  /** A full pull of three companies over two pages; c2 and c3 tie on lastUpdated across the page boundary. */
  private void stubFullPull() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":3}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", absent())
        .willReturn(more(json(array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 2"))
        .willReturn(json(array(company(3, "C", "Gamma", T2)))));
  }

  @Test
  void runPass_fullPull_createsEveryRecordAndCheckpointsTrueWatermark() {
    stubFullPull();

    SyncReport report = coordinator.runPass(tenant);

    StreamReport pull = report.stream("companies", Direction.PULL).orElseThrow();
    assertThat(pull.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(pull.count(SyncAction.CREATE)).isEqualTo(3);
    assertThat(pull.total()).isEqualTo(3);
    assertThat(pull.pages()).isEqualTo(2);
    assertThat(h.host.records().values()).extracting(r -> r.field("code")).containsExactly("A", "B", "C");
    assertThat(h.links.count(TENANT, EntityType.COMPANY)).isEqualTo(3);
    VersionedCursor c = h.cursors.find(TENANT, "companies").orElseThrow();
    assertThat(c.cursor().watermark()).isEqualTo(Instant.parse(T2));
    assertThat(c.cursor().idsAtWatermark()).containsExactlyInAnyOrder(2L, 3L);
    assertThat(c.version()).isEqualTo(2); // one checkpoint per page
    // Keyset paging from the last (lastUpdated, id), ordered lastUpdated then id; the short page ends it.
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("conditions",
        containing("lastUpdated > [" + T2 + "] OR (lastUpdated = [" + T2 + "] AND id > 2)")));
    wm.verify(2, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("orderBy",
        containing("lastUpdated asc")));
    assertThat(wm.getAllServeEvents()).as("two pages, no /count: the pages give the total").hasSize(2);
    assertThat(h.audit.query(AuditQuery.all(TENANT, 10))).extracting(AuditEntry::action)
        .containsOnly(SyncAction.CREATE);
  }

  @Test
  void runPass_nonObjectAndBadIdElements_parkedOnceOthersArriveAndPagingGoesOn() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":4}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).atPriority(5)
        .willReturn(more(json(array(company(1, "A", "Acme", T1), "\"oops\"")))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).atPriority(1).withQueryParam("conditions", containing("id > 1"))
        .willReturn(json(array("{\"id\":\"abc\",\"name\":\"x\",\"_info\":{\"lastUpdated\":\"" + T2 + "\"}}",
            company(3, "C", "Gamma", T2)))));

    StreamReport first = coordinator.runPass(tenant).stream("companies", Direction.PULL).orElseThrow();

    // Issue 9 item 5: the two unreadable elements are parked (no id: keyed by their fingerprint), the full first
    // page still leads to the second, and both readable records arrive.
    assertThat(first.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(first.count(SyncAction.CREATE)).isEqualTo(2);
    assertThat(first.count(SyncAction.PARKED)).isEqualTo(2);
    assertThat(h.host.records().values()).extracting(r -> r.field("code")).containsExactlyInAnyOrder("A", "C");
    assertThat(h.retries.list(TENANT, io.cwsync.core.spi.RetryState.PARKED, 10))
        .extracting(item -> item.key().recordId()).allMatch(id -> id.startsWith("unreadable-")).hasSize(2);
    assertThat(h.retries.list(TENANT, io.cwsync.core.spi.RetryState.PARKED, 10))
        .extracting(io.cwsync.core.spi.RetryItem::reason)
        .anySatisfy(r -> assertThat(r).contains("not a record (JSON object) but a string"))
        .anySatisfy(r -> assertThat(r).contains("id: not a number"));

    h.now.set(h.now.get().plusSeconds(3_600));
    StreamReport second = coordinator.runPass(tenant).stream("companies", Direction.PULL).orElseThrow();

    assertThat(second.count(SyncAction.PARKED) + second.count(SyncAction.ERROR)).as("not failed again").isZero();
    assertThat(second.count(SyncAction.CREATE)).isZero();
  }

  @Test
  void runPass_readTwiceUnchanged_twoRequestsForAFullPageAndNoWrites() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.resetRequests();
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(more(json(array(company(2, "B", "Beta", T2), company(3, "C", "Gamma", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 3"))
        .willReturn(json("[]")));

    SyncReport second = coordinator.runPass(tenant);

    assertThat(second.writes()).isZero();
    assertThat(h.host.creates).isEqualTo(3);
    assertThat(h.host.updates).isZero();
    // The overlap window starts 10 minutes before the stored watermark, inclusively.
    wm.verify(2, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("conditions",
        containing("lastUpdated >= [2026-03-01T09:50:05Z]")));
    // The overlap returned a full page (page size 2), so one more page is asked for; plus one /count for the
    // progress total.
    assertThat(wm.getAllServeEvents()).hasSize(3);
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES + "/count")).withQueryParam("conditions",
        containing("lastUpdated >= [2026-03-01T09:50:05Z]")));
    assertThat(second.stream("companies", Direction.PULL).orElseThrow().total()).isEqualTo(3);
    assertThat(h.cursors.find(TENANT, "companies").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void runPass_remoteChange_updatesHostRecordOnly() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(2, "B", "Beta Renamed", T3)))));

    SyncReport second = coordinator.runPass(tenant);

    assertThat(second.count(SyncAction.UPDATE)).isEqualTo(1);
    assertThat(h.host.records().get("h2").field("name")).isEqualTo("Beta Renamed");
    assertThat(h.host.records().get("h1").field("name")).isEqualTo("Acme");
    Cursor c = h.cursors.find(TENANT, "companies").orElseThrow().cursor();
    assertThat(c.watermark()).isEqualTo(Instant.parse(T3));
    assertThat(c.idsAtWatermark()).containsExactly(2L);
  }

  @Test
  void runPass_olderVersionThanApplied_ignored() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(2, "B", "Stale", T1)))));

    SyncReport second = coordinator.runPass(tenant);

    assertThat(second.writes()).isZero();
    assertThat(h.host.records().get("h2").field("name")).isEqualTo("Beta");
  }

  @Test
  void runPass_linkedRecordLeavesScope_hostToldLeftScope() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(1, "A", "out of business", T3)))));

    SyncReport second = coordinator.runPass(tenant);

    assertThat(second.count(SyncAction.LEFT_SCOPE)).isEqualTo(1);
    assertThat(h.host.leftScope).containsExactly("h1");
    assertThat(h.links.findByCwId(TENANT, EntityType.COMPANY, 1).orElseThrow().state())
        .isEqualTo(LinkState.LEFT_SCOPE);
    assertThat(h.host.records().get("h1").field("name")).isEqualTo("Acme");
  }

  @Test
  void runPass_throttledOnSecondPage_endsThrottledAndNextPassResumesFromCheckpoint() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":3}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", absent())
        .willReturn(more(json(array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 2"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
            .withBody("{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests.\"}")));

    SyncReport first = coordinator.runPass(tenant);

    assertThat(first.stream("companies", Direction.PULL).orElseThrow().status()).isEqualTo(StreamStatus.THROTTLED);
    assertThat(first.successful()).isTrue();
    assertThat(h.cursors.find(TENANT, "companies").orElseThrow().cursor().watermark())
        .isEqualTo(Instant.parse(T2));
    assertThat(h.host.creates).isEqualTo(2);

    wm.resetAll();
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(more(json(array(company(2, "B", "Beta", T2), company(3, "C", "Gamma", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 3"))
        .willReturn(json("[]")));

    SyncReport second = coordinator.runPass(tenant);

    assertThat(second.count(SyncAction.CREATE)).isEqualTo(1);
    assertThat(h.host.records()).hasSize(3);
  }

  @Test
  void runPass_watermarkInFuture_readsNothingAndKeepsCursor() {
    Cursor future = Cursor.INITIAL.withWatermark(Instant.parse("2026-03-02T12:00:00Z"), Set.of(9L));
    h.cursors.compareAndSet(TENANT, "companies", 0, future, 0);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).willReturn(json("[]")));

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.stream("companies", Direction.PULL).orElseThrow().recordsRead()).isZero();
    assertThat(h.cursors.find(TENANT, "companies").orElseThrow()).isEqualTo(new VersionedCursor(future, 1));
  }

  @Test
  void runPass_leaseHeldByOtherNode_leaseHeldAndNoRequests() {
    h.leases.tryAcquire(new io.cwsync.core.spi.LeaseKey(TENANT, "companies"), "node-2", Duration.ofMinutes(5));

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.streams()).extracting(StreamReport::status).containsExactly(StreamStatus.LEASE_HELD);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void runPass_leaseLostMidRun_stopsBeforeNextPage() {
    stubFullPull();
    SyncCoordinator stalled = h.builder("node-1").leaseTtl(Duration.ofMinutes(1)).listener(new SyncListener() {
      @Override
      public void onProgress(ProgressEvent event) {
        // The worker stalls past its lease after page 1 and another node takes the stream over.
        h.advance(Duration.ofMinutes(2));
        h.leases.tryAcquire(new io.cwsync.core.spi.LeaseKey(TENANT, "companies"), "node-2", Duration.ofMinutes(5));
      }
    }).build();

    SyncReport report = stalled.runPass(tenant);

    assertThat(report.stream("companies", Direction.PULL).orElseThrow().status())
        .isEqualTo(StreamStatus.LEASE_LOST);
    wm.verify(0, getRequestedFor(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 2")));
    assertThat(h.cursors.find(TENANT, "companies").orElseThrow().version()).isEqualTo(1);
    assertThat(h.host.records()).hasSize(2);
  }

  /** Counts the lease store's calls; a renewal is a round trip to a shared store (issue 11). */
  static final class CountingLeases implements io.cwsync.core.spi.LeaseStore {
    final io.cwsync.core.spi.LeaseStore target;
    final java.util.concurrent.atomic.AtomicInteger acquires = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger renewals = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger releases = new java.util.concurrent.atomic.AtomicInteger();

    CountingLeases(io.cwsync.core.spi.LeaseStore target) {
      this.target = target;
    }

    @Override
    public java.util.Optional<io.cwsync.core.spi.Lease> tryAcquire(io.cwsync.core.spi.LeaseKey key, String owner,
        Duration ttl) {
      acquires.incrementAndGet();
      return target.tryAcquire(key, owner, ttl);
    }

    @Override
    public java.util.Optional<io.cwsync.core.spi.Lease> renew(io.cwsync.core.spi.Lease lease, Duration ttl) {
      renewals.incrementAndGet();
      return target.renew(lease, ttl);
    }

    @Override
    public void release(io.cwsync.core.spi.Lease lease) {
      releases.incrementAndGet();
      target.release(lease);
    }

    @Override
    public java.util.Optional<io.cwsync.core.spi.Lease> find(io.cwsync.core.spi.LeaseKey key) {
      return target.find(key);
    }
  }

  @Test
  void runPass_leaseWithMostOfItsTtlLeft_isNotRenewedBeforePagesAndCheckpoints() {
    stubFullPull();
    CountingLeases leases = new CountingLeases(h.leases);

    SyncReport report = h.builder("node-1").leaseStore(leases).leaseTtl(Duration.ofMinutes(3)).build()
        .runPass(tenant);

    assertThat(report.stream("companies", Direction.PULL).orElseThrow().pages()).isEqualTo(2);
    assertThat(leases.acquires).hasValue(1);
    assertThat(leases.renewals).as("two pages and two checkpoints within a third of the TTL").hasValue(0);
    assertThat(leases.releases).hasValue(1);
  }

  @Test
  void runPass_leasePastAThirdOfItsTtl_isRenewedBeforeTheNextPage() {
    stubFullPull();
    CountingLeases leases = new CountingLeases(h.leases);
    java.util.List<Integer> renewalsAtProgress = new java.util.concurrent.CopyOnWriteArrayList<>();
    SyncCoordinator aging = h.builder("node-1").leaseStore(leases).leaseTtl(Duration.ofMinutes(3))
        .listener(new SyncListener() {
          @Override
          public void onProgress(ProgressEvent event) {
            renewalsAtProgress.add(leases.renewals.get());
            h.advance(Duration.ofSeconds(61)); // a page that took a bit more than a third of the TTL
          }
        }).build();

    SyncReport report = aging.runPass(tenant);

    assertThat(report.stream("companies", Direction.PULL).orElseThrow().status())
        .isEqualTo(StreamStatus.COMPLETED);
    assertThat(renewalsAtProgress).as("renewals before each page's progress").containsExactly(0, 1);
    assertThat(h.leases.find(new io.cwsync.core.spi.LeaseKey(TENANT, "companies"))).as("released").isEmpty();
  }

  @Test
  void runPass_dryRun_reportsCreatesAndWritesNothing() {
    stubFullPull();
    Tenant dry = tenant.toBuilder().dryRun(true).build();

    SyncReport report = coordinator.runPass(dry);

    assertThat(report.count(SyncAction.CREATE)).isEqualTo(3);
    assertThat(h.host.records()).isEmpty();
    assertThat(h.links.count(TENANT, EntityType.COMPANY)).isZero();
    assertThat(h.cursors.find(TENANT, "companies")).isEmpty();
    assertThat(h.audit.query(AuditQuery.all(TENANT, 10))).extracting(AuditEntry::outcome)
        .containsOnly(io.cwsync.core.spi.Outcome.DRY_RUN);
    assertThat(h.history.forCwRecord(TENANT, EntityType.COMPANY, 1, 10)).isEmpty();
  }

  @Test
  void onCallback_deletedAndGone_tombstonesAndTellsHost() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/1")).willReturn(json(404,
        "{\"code\":\"NotFound\",\"message\":\"Company 1 not found\"}")));

    SyncReport report = coordinator.onCallback(tenant,
        new ConnectWiseChange(EntityType.COMPANY, 1, ConnectWiseChange.Action.DELETED));

    assertThat(report.count(SyncAction.DELETE)).isEqualTo(1);
    assertThat(h.host.deleted).containsExactly("h1");
    assertThat(h.links.findByCwId(TENANT, EntityType.COMPANY, 1).orElseThrow().state())
        .isEqualTo(LinkState.TOMBSTONED);
  }

  @Test
  void onCallback_deletedButStillThere_noDeleteAndAppliesRecord() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/1")).willReturn(json(company(1, "A", "Acme Renamed", T3))));

    SyncReport report = coordinator.onCallback(tenant,
        new ConnectWiseChange(EntityType.COMPANY, 1, ConnectWiseChange.Action.DELETED));

    assertThat(report.count(SyncAction.DELETE)).isZero();
    assertThat(h.host.deleted).isEmpty();
    assertThat(h.host.records().get("h1").field("name")).isEqualTo("Acme Renamed");
  }

  @Test
  void onCallback_thenOlderPoll_keepsFresherValue() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/2")).willReturn(json(company(2, "B", "Fresh", T3))));
    coordinator.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, 2, ConnectWiseChange.Action.UPDATED));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(2, "B", "Older", "2026-03-01T10:30:00Z")))));

    coordinator.runPass(tenant);

    assertThat(h.host.records().get("h2").field("name")).isEqualTo("Fresh");
  }

  /** Adds the Link header ConnectWise sends when another page follows. */
  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder more(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    return response.withHeader("Link", "<" + wm.baseUrl() + COMPANIES + "?page=2&pageSize=2>; rel=\"next\", <"
        + wm.baseUrl() + COMPANIES + "?page=2&pageSize=2>; rel=\"last\"");
  }

  @Test
  void runPass_lastFullPageWithoutNextLink_noExtraEmptyRequest() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":2}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", absent())
        .willReturn(json(array(company(1, "A", "Acme", T1), company(2, "B", "Beta", T2)))));

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.count(SyncAction.CREATE)).isEqualTo(2);
    assertThat(wm.getAllServeEvents()).hasSize(1); // one page, no /count
  }

  @Test
  void runPass_failingRecordSeenAgainBeforeBackoff_notRetriedEarly() {
    stubFullPull();
    h.host.failCreates = "host database is locked";
    coordinator.runPass(tenant);
    io.cwsync.core.spi.RetryKey key = new io.cwsync.core.spi.RetryKey(TENANT, "companies", Direction.PULL, "2");
    assertThat(h.retries.find(key).orElseThrow().attempts()).isEqualTo(1);
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(2, "B", "Beta", T2)))));

    coordinator.runPass(tenant); // c2 is in the overlap again, but its retry is not due yet
    assertThat(h.retries.find(key).orElseThrow().attempts()).isEqualTo(1);

    h.host.failCreates = null;
    h.advance(Duration.ofMinutes(2));
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/2")).willReturn(json(company(2, "B", "Beta", T2))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/1")).willReturn(json(company(1, "A", "Acme", T1))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/3")).willReturn(json(company(3, "C", "Gamma", T2))));
    SyncReport third = coordinator.runPass(tenant);

    assertThat(third.count(SyncAction.CREATE)).isEqualTo(3);
    assertThat(h.retries.find(key)).isEmpty();
    assertThat(h.host.records()).hasSize(3);
  }

  @Test
  void onHostChange_whileThisNodeRunsTheFlow_leaseHeldAndPassUnharmed() {
    stubFullPull();
    Tenant both = h.tenant(Direction.BOTH);
    java.util.concurrent.atomic.AtomicReference<SyncCoordinator> self =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.List<SyncReport> realTime = new java.util.ArrayList<>();
    SyncCoordinator c = h.builder("node-1").listener(new SyncListener() {
      @Override
      public void onProgress(ProgressEvent event) {
        if (realTime.isEmpty()) {
          realTime.add(self.get().onHostChange(both, EntityType.COMPANY, "h1"));
        }
      }
    }).build();
    self.set(c);

    SyncReport pass = c.runPass(both);

    assertThat(realTime.get(0).streams()).extracting(StreamReport::status)
        .containsOnly(StreamStatus.LEASE_HELD);
    assertThat(pass.streams()).extracting(StreamReport::status)
        .containsExactly(StreamStatus.COMPLETED, StreamStatus.COMPLETED);
    assertThat(h.host.records()).hasSize(3);
  }

  @Test
  void onCallback_connectWiseEnvelope_routedByCallbackTypeAndReRead() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/3")).willReturn(json(company(3, "C", "Gamma Renamed", T3))));
    io.cwsync.connectwise.CallbackEvent event = io.cwsync.connectwise.CallbackEvent.parse(
        ("{\"Action\":\"updated\",\"Type\":\"company\",\"ID\":3,\"CompanyId\":\"acme\","
            + "\"Entity\":\"{\\\"id\\\":3,\\\"name\\\":\\\"stale payload\\\"}\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    SyncReport report = coordinator.onCallback(tenant, event);

    assertThat(report.count(SyncAction.UPDATE)).isEqualTo(1);
    assertThat(h.host.records().get("h3").field("name")).isEqualTo("Gamma Renamed");
  }

  @Test
  void runPass_metricsAndProgressListener_countRecordsStreamsAndPages() {
    stubFullPull();
    SyncMetrics metrics = new SyncMetrics();
    java.util.List<ProgressEvent> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    SyncCoordinator c = h.builder("node-1").listener(metrics).listener(new SyncListener() {
      @Override
      public void onProgress(ProgressEvent event) {
        progress.add(event);
      }
    }).build();

    c.runPass(tenant);

    assertThat(metrics.count("records.pull.create.success")).isEqualTo(3);
    assertThat(metrics.count("streams.completed")).isEqualTo(1);
    assertThat(metrics.count("passes")).isEqualTo(1);
    assertThat(progress).extracting(ProgressEvent::processed).containsExactly(2L, 3L);
    // An initial pull's total comes from its pages: bounded by rel="last" (2 pages of 2), exact on the last page.
    assertThat(progress).extracting(ProgressEvent::total).containsExactly(4L, 3L);
  }

  @Test
  void runPass_incrementalPull_progressHasCountTotalAndEta() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json("{\"count\":6}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(more(json(array(company(2, "B", "Beta", T2), company(3, "C", "Gamma", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 3"))
        .willReturn(json(array(company(4, "D", "Delta", T3)))));
    java.util.List<ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    SyncCoordinator watched = h.builder("node-1").listener(new SyncListener() {
      @Override
      public void onProgress(ProgressEvent event) {
        events.add(event);
        h.advance(Duration.ofSeconds(1)); // one second per page
      }
    }).build();

    watched.runPass(tenant);

    // The first page shows a next one, so the pull counts before it reports progress: every event has the total.
    assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.total()).isEqualTo(6));
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES + "/count"))
        .withQueryParam("conditions", containing("lastUpdated >= [")));
    ProgressEvent second = events.get(1);
    assertThat(second.processed()).isEqualTo(3);
    // Three records in the one second the run took so far: the other 3 take one more second.
    assertThat(second.recentRecordsPerSecond()).isEqualTo(3.0);
    assertThat(second.eta()).contains(Duration.ofSeconds(1));
  }

  @Test
  void runPass_incrementalCountFails_pullCompletesWithUnknownTotal() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(more(json(array(company(2, "B", "Beta", T2), company(3, "C", "Gamma", T2))))));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("id > 3"))
        .willReturn(json(array(company(4, "D", "Delta", T3)))));

    StreamReport pull = coordinator.runPass(tenant).stream("companies", Direction.PULL).orElseThrow();

    assertThat(pull.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(pull.pages()).isEqualTo(2);
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES + "/count"))
        .withQueryParam("conditions", containing("lastUpdated >= [")));
    assertThat(pull.total()).isEqualTo(-1);
  }

  @Test
  void runPass_incrementalPullOfOnePage_sendsNoCountAndLeavesTheTotalUnknown() {
    stubFullPull();
    coordinator.runPass(tenant);
    wm.resetRequests();
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).withQueryParam("conditions", containing("lastUpdated >= ["))
        .willReturn(json(array(company(3, "C", "Gamma", T2)))));

    StreamReport pull = coordinator.runPass(tenant).stream("companies", Direction.PULL).orElseThrow();

    assertThat(pull.status()).isEqualTo(StreamStatus.COMPLETED);
    assertThat(pull.recordsRead()).isEqualTo(1);
    wm.verify(0, getRequestedFor(urlPathEqualTo(COMPANIES + "/count")));
    wm.verify(1, getRequestedFor(urlPathEqualTo(COMPANIES)));
    assertThat(pull.total()).isEqualTo(-1);
  }
}
