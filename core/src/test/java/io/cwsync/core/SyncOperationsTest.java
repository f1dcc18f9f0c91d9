package io.cwsync.core;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Failure;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.core.support.Harness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SyncOperations} on core's in-memory stores: each operation's effect on links, retries and the audit log. */
class SyncOperationsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Harness h = new Harness(wm);
  private final Tenant tenant = h.tenant(Direction.PUSH);
  private final SyncOperations ops = h.coordinator().operations();

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
  void relink_movesTheLinkClearsFingerprintsAndFailuresTellsTheHostAndAudits() {
    linked("1", 100);
    failing("1", 1, 3);
    Link relinked = ops.relink(tenant, EntityType.COMPANY, "1", 200, "wrong match");

    assertThat(relinked.cwId()).isEqualTo(200);
    assertThat(relinked.state()).isEqualTo(LinkState.LINKED);
    assertThat(relinked.cwFingerprint()).isNull();
    assertThat(h.links.findByCwId(Harness.TENANT, EntityType.COMPANY, 100)).isEmpty();
    assertThat(h.host.cwIdOf("1")).isEqualTo(200);
    assertThat(ops.errorReport(Harness.TENANT, 10)).isEmpty();
    assertThat(audit()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(SyncAction.LINK);
      assertThat(e.reason()).isEqualTo("operator: re-linked from ConnectWise id 100 to 200: wrong match");
    });
  }

  @Test
  void relink_toAnIdHeldByAnotherRecord_orWithoutALink_isRefused() {
    linked("1", 100);
    linked("2", 200);
    assertThatThrownBy(() -> ops.relink(tenant, EntityType.COMPANY, "1", 200, "x")).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("already linked to host record 2")
        .satisfies(e -> assertThat(((CwsyncException) e).errorCode()).isEqualTo(CoreErrorCode.AMBIGUOUS_MATCH));
    assertThatThrownBy(() -> ops.relink(tenant, EntityType.COMPANY, "9", 300, "x")).isInstanceOf(CwsyncException.class)
        .hasMessageContaining("has no link to correct");
    assertThat(h.links.findByHostId(Harness.TENANT, EntityType.COMPANY, "1").orElseThrow().cwId()).isEqualTo(100);
    assertThat(audit()).isEmpty();
  }

  @Test
  void breakLink_removesTheLinkAndReturnsTheOldId() {
    linked("1", 100);
    assertThat(ops.breakLink(tenant, EntityType.COMPANY, "1", "terminated")).contains(100L);
    assertThat(h.links.findByHostId(Harness.TENANT, EntityType.COMPANY, "1")).isEmpty();
    assertThat(ops.breakLink(tenant, EntityType.COMPANY, "1", "again")).isEmpty();
    assertThat(audit()).singleElement().satisfies(e -> assertThat(e.reason())
        .startsWith("operator: link to ConnectWise id 100 broken"));
  }

  @Test
  void requeueIgnoreAndErrorReport_followTheRetryQueue() {
    RetryKey parked = failing("1", 3, 3);
    RetryKey retrying = failing("2", 1, 3);
    assertThat(ops.errorReport(Harness.TENANT, 10)).extracting(i -> i.key()).containsExactly(retrying);

    assertThat(ops.requeueParked(tenant, java.util.Set.of("companies"), "mapping fixed")).isEqualTo(1);
    assertThat(h.retries.find(parked).orElseThrow().state()).isEqualTo(RetryState.RETRYING);
    assertThat(h.retries.find(parked).orElseThrow().attempts()).isZero();
    assertThat(ops.ignore(retrying, "by accident")).isTrue();
    assertThat(ops.errorReport(Harness.TENANT, 10)).extracting(i -> i.key()).containsExactly(parked);
    assertThat(ops.requeue(new RetryKey(Harness.TENANT, "companies", Direction.PUSH, "9"), "none")).isFalse();
    assertThat(ops.ignore(new RetryKey(Harness.TENANT, "companies", Direction.PUSH, "9"), "none")).isFalse();
    assertThat(audit()).extracting(AuditEntry::reason).containsExactlyInAnyOrder(
        "operator: requeued: mapping fixed", "operator: removed from the sync: by accident");
  }

  @Test
  void linked_listsOnlyLinkedLinksOfTheType() {
    linked("1", 100);
    h.links.putIfAbsent(Link.pendingCreate(Harness.TENANT, EntityType.COMPANY, "2", Instant.EPOCH));
    assertThat(ops.linked(Harness.TENANT, EntityType.COMPANY, 10)).extracting(Link::hostId).containsExactly("1");
    assertThat(ops.linked(Harness.TENANT, EntityType.CONTACT, 10)).isEmpty();
  }
}
