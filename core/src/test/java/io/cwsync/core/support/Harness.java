package io.cwsync.core.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.RetryPolicy;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.memory.MemoryAuditLog;
import io.cwsync.core.memory.MemoryCursorStore;
import io.cwsync.core.memory.MemoryHistoryStore;
import io.cwsync.core.memory.MemoryLeaseStore;
import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.memory.MemoryRetryQueue;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

/** Wires a coordinator with in-memory stores, a test host and test rules against a WireMock ConnectWise. */
public final class Harness {

  public static final TenantId TENANT = TenantId.of("acme");
  public static final String BASE = "/v4_6_release/apis/3.0/";
  public static final String COMPANIES = BASE + "company/companies";

  public final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T12:00:00Z"));
  public final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  public final MemoryLinkStore links = new MemoryLinkStore();
  public final MemoryCursorStore cursors = new MemoryCursorStore();
  public final MemoryAuditLog audit = new MemoryAuditLog();
  public final MemoryHistoryStore history = new MemoryHistoryStore();
  public final MemoryRetryQueue retries = new MemoryRetryQueue();
  public final MemoryLeaseStore leases = new MemoryLeaseStore(clock);
  public final TestHost host = new TestHost(EntityType.COMPANY);
  public final CompanyRules rules = new CompanyRules();
  private final WireMockExtension wm;

  public Harness(WireMockExtension wm) {
    this.wm = wm;
  }

  public Flow companies(Direction direction) {
    return Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(direction).build();
  }

  public Tenant tenant(Direction direction) {
    return Tenant.builder(TENANT).flow(companies(direction)).build();
  }

  public SyncCoordinator.Builder builder(String node) {
    return SyncCoordinator.builder()
        .nodeId(node)
        .clock(clock)
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(wm.baseUrl() + BASE, "acme", "pub",
            "secret-key", "client")))
        .clientFactory((t, s) -> ConnectWiseClient.builder().baseUrl(s.baseUrl()).companyId(s.companyId())
            .publicKey(s.publicKey()).privateKey(s.privateKey()).clientId(s.clientId()).noRateLimit()
            .retryPolicy(RetryPolicy.none()).build())
        .linkStore(links).cursorStore(cursors).auditLog(audit).historyStore(history).retryQueue(retries)
        .leaseStore(leases)
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, host)))
        .rules(rules)
        .pageSize(2)
        .overlap(Duration.ofMinutes(10))
        .maxAttempts(3)
        .backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));
  }

  public SyncCoordinator coordinator() {
    return builder("node-1").build();
  }

  public void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  /** One company as ConnectWise sends it. */
  public static String company(long id, String identifier, String name, String lastUpdated) {
    return "{\"id\":" + id + ",\"identifier\":\"" + identifier + "\",\"name\":\"" + name
        + "\",\"_info\":{\"lastUpdated\":\"" + lastUpdated + "\"}}";
  }

  public static String array(String... items) {
    StringJoiner j = new StringJoiner(",", "[", "]");
    for (String i : items) {
      j.add(i);
    }
    return j.toString();
  }

  public static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
