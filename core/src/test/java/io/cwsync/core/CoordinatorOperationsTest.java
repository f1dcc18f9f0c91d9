package io.cwsync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cwsync.core.support.Harness.COMPANIES;
import static io.cwsync.core.support.Harness.TENANT;
import static io.cwsync.core.support.Harness.array;
import static io.cwsync.core.support.Harness.company;
import static io.cwsync.core.support.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.support.CompanyFlowTest;
import io.cwsync.core.support.Harness;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The coordinator's read API and operator actions for operations views. */
@Timeout(30)
class CoordinatorOperationsTest extends CompanyFlowTest {

  static final String T1 = "2026-03-01T10:00:00Z";

  CoordinatorOperationsTest() {
    super(Direction.PULL);
  }

  @Override
  protected SyncCoordinator coordinator(Harness harness) {
    return harness.builder("node-1").maxAttempts(1).build();
  }

  @BeforeEach
  void setUp() {
    wm.stubFor(get(urlPathEqualTo(COMPANIES + "/count")).willReturn(json("{\"count\":1}")));
    wm.stubFor(get(urlPathEqualTo(COMPANIES)).willReturn(json(array(company(1, "A", "Acme", T1)))));
  }

  @Test
  void lastRunsAndTenants_afterPass_lastReportPerStreamAndTheTenant() {
    assertThat(coordinator.tenants()).isEmpty();
    assertThat(coordinator.lastRuns(TENANT)).isEmpty();

    coordinator.runPass(tenant);

    assertThat(coordinator.tenants()).extracting(Tenant::id).containsExactly(TENANT);
    assertThat(coordinator.tenant(TENANT)).contains(tenant);
    assertThat(coordinator.tenant(TenantId.of("other"))).isEmpty();
    assertThat(coordinator.lastRuns(TENANT)).singleElement().satisfies(r -> {
      assertThat(r.flowId()).isEqualTo("companies");
      assertThat(r.status()).isEqualTo(StreamStatus.COMPLETED);
      assertThat(r.count(SyncAction.CREATE)).isEqualTo(1);
    });
  }

  @Test
  void nextDue_scheduledTenant_oneIntervalAfterItsRun() {
    assertThat(coordinator.nextDue(TENANT, "companies")).isEmpty();
    coordinator.schedule(tenant);
    assertThat(coordinator.nextDue(TENANT, "companies")).contains(h.now.get());

    coordinator.runDuePasses();

    assertThat(coordinator.nextDue(TENANT, "companies")).contains(h.now.get().plus(Duration.ofMinutes(15)));
    assertThat(coordinator.nextDue(TENANT, "nope")).isEmpty();
  }

  @Test
  void requeueAndIgnore_parkedItem_backInQueueThenIgnored_andAudited() {
    h.host.failCreates = "host database is locked";
    coordinator.runPass(tenant);
    RetryKey key = new RetryKey(TENANT, "companies", Direction.PULL, "1");
    assertThat(h.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.PARKED);

    assertThat(coordinator.requeue(key)).isTrue();
    assertThat(h.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.RETRYING);
    assertThat(coordinator.ignore(key)).isTrue();
    assertThat(h.retries.find(key).orElseThrow().state()).isEqualTo(RetryState.IGNORED);
    assertThat(coordinator.requeue(new RetryKey(TENANT, "companies", Direction.PULL, "9"))).isFalse();
    assertThat(h.audit.query(AuditQuery.all(TENANT, 10))).extracting(e -> e.reason())
        .contains("requeued by an operator", "ignored by an operator");

    h.host.failCreates = null;
    coordinator.requeue(key);
    coordinator.runPass(tenant);
    assertThat(h.retries.find(key)).as("the requeued item was retried and succeeded").isEmpty();
    assertThat(h.host.records()).hasSize(1);
  }

  @Test
  void relink_hostRecordToAnotherCwRecord_linkedWrittenBackAndAudited() {
    coordinator.runPass(tenant);
    String hostId = h.links.findByCwId(TENANT, EntityType.COMPANY, 1).orElseThrow().hostId();

    Link link = coordinator.relink(TENANT, EntityType.COMPANY, hostId, 7);

    assertThat(link.state()).isEqualTo(LinkState.LINKED);
    assertThat(h.links.findByHostId(TENANT, EntityType.COMPANY, hostId).orElseThrow().cwId()).isEqualTo(7L);
    assertThat(h.links.findByCwId(TENANT, EntityType.COMPANY, 1)).isEmpty();
    assertThat(h.host.cwIdOf(hostId)).isEqualTo(7L);
    assertThat(h.audit.query(AuditQuery.all(TENANT, 1)).get(0).reason()).isEqualTo("re-linked by an operator");
    assertThat(h.history.forHostRecord(TENANT, EntityType.COMPANY, hostId, 10)).last()
        .satisfies(e -> assertThat(e.action()).isEqualTo(SyncAction.LINK));
  }

  @Test
  void relink_cwIdLinkedToAnotherRecord_refusedNamingIt() {
    coordinator.runPass(tenant);
    String hostId = h.links.findByCwId(TENANT, EntityType.COMPANY, 1).orElseThrow().hostId();

    assertThatThrownBy(() -> coordinator.relink(TENANT, EntityType.COMPANY, "other", 1))
        .isInstanceOf(CwsyncException.class)
        .hasMessageContaining("already linked to host record " + hostId);
  }
}
