package io.cwsync.core;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.support.Harness;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SyncOperations} on core's in-memory stores: each operation's effect on links, retries and the audit log. */
class SyncOperationsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Harness h = new Harness(wm);
  private final Tenant tenant = h.tenant(Direction.PUSH);
  private final SyncCoordinator coordinator = h.coordinator();
  private final SyncOperations ops = coordinator.operations();

  private void linked(String hostId, long cwId) {
    h.host.put(HostRecord.builder(EntityType.COMPANY, hostId).field("name", "Co " + hostId).build());
    h.links.putIfAbsent(Link.linked(Harness.TENANT, EntityType.COMPANY, hostId, cwId, h.clock.instant()));
  }

  private RetryKey failing(String hostId, int attempts, int max) {
    RetryKey key = new RetryKey(Harness.TENANT, "companies", Direction.PUSH, hostId);
    for (int i = 0; i < attempts; i++) {
      h.retries.recordFailure(new Failure(key, EntityType.COMPANY, "REJECTED: nope", h.clock.instant(),
          h.clock.instant(), max, null));
    }
    return key;
  }

  private List<AuditEntry> audit() {
    return h.audit.query(AuditQuery.all(Harness.TENANT, 100));
  }

  @Test
  void breakLink_removesTheLinkAndTheRecordsFailuresAndReturnsTheOldId() {
    linked("1", 100);
    failing("1", 1, 3);
    assertThat(ops.breakLink(tenant, EntityType.COMPANY, "1", "terminated")).contains(100L);
    assertThat(h.links.findByHostId(Harness.TENANT, EntityType.COMPANY, "1")).isEmpty();
    assertThat(ops.errorReport(Harness.TENANT, 10)).isEmpty();
    assertThat(ops.breakLink(tenant, EntityType.COMPANY, "1", "again")).isEmpty();
    assertThat(audit()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(SyncAction.LINK);
      assertThat(e.flowId()).isEqualTo("companies");
      assertThat(e.reason()).isEqualTo("link to ConnectWise id 100 broken by an operator; the next sync creates"
          + " anew: terminated");
    });
  }

  @Test
  void errorReportAndRequeueParked_followTheRetryQueue() {
    RetryKey parked = failing("1", 3, 3);
    RetryKey retrying = failing("2", 1, 3);
    RetryKey otherFlow = new RetryKey(Harness.TENANT, "contacts", Direction.PUSH, "3");
    for (int i = 0; i < 3; i++) {
      h.retries.recordFailure(new Failure(otherFlow, EntityType.CONTACT, "REJECTED", h.clock.instant(),
          h.clock.instant(), 3, null));
    }
    assertThat(ops.errorReport(Harness.TENANT, 10)).extracting(i -> i.key()).containsExactly(retrying);

    assertThat(ops.requeueParked(tenant, Set.of("companies"))).isEqualTo(1);
    assertThat(h.retries.find(parked).orElseThrow().state()).isEqualTo(RetryState.RETRYING);
    assertThat(h.retries.find(otherFlow).orElseThrow().state()).isEqualTo(RetryState.PARKED);
    assertThat(ops.errorReport(Harness.TENANT, 10)).extracting(i -> i.key())
        .containsExactlyInAnyOrder(parked, retrying);
    assertThat(audit()).extracting(AuditEntry::reason).containsExactly("requeued by an operator");
  }

  @Test
  void linked_listsOnlyLinkedLinksOfTheType() {
    linked("1", 100);
    h.links.putIfAbsent(Link.pendingCreate(Harness.TENANT, EntityType.COMPANY, "2", Instant.EPOCH));
    assertThat(ops.linked(Harness.TENANT, EntityType.COMPANY, 10)).extracting(Link::hostId).containsExactly("1");
    assertThat(ops.linked(Harness.TENANT, EntityType.CONTACT, 10)).isEmpty();
  }
}
