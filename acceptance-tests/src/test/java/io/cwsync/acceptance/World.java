package io.cwsync.acceptance;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.ClientFactory;
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
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.CursorStore;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.store.jdbc.JdbcStores;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One tenant's world: the simulator (its ConnectWise), the test host, core's in-memory stores and a way to build
 * coordinators on them. Every clock is the simulator's fixed clock; the client's sleeper advances it.
 */
final class World implements AutoCloseable {

  static final TenantId TENANT = TenantId.of("acme");
  static final String FLOW = "companies";
  /** Set by the pom's second test run: every scenario again on store-jdbc (H2) instead of the memory stores. */
  static final boolean JDBC_STORES = "jdbc".equals(System.getProperty("cwsync.acceptance.stores"));

  final Fixture fx;
  private final boolean ownsFixture;
  LinkStore links;
  CursorStore cursors;
  AuditLog audit;
  HistoryStore history;
  RetryQueue retries;
  LeaseStore leases;
  final TestHost host = new TestHost(EntityType.COMPANY);
  final CompanyRules rules = new CompanyRules();
  UnaryOperator<ConnectWiseClient.Builder> clientTuning = b -> b.noRateLimit();
  final TenantId tenantId;

  /** A world with its own simulator. */
  World() {
    this(new Fixture(), true, TENANT);
  }

  /** A world with its own simulator on {@code fx}, e.g. one on the system clock. */
  World(Fixture fx) {
    this(fx, true, TENANT);
  }

  /** A world on a shared simulator (closed by its owner): another run, or another tenant of one ConnectWise. */
  World(Fixture fx, TenantId tenantId) {
    this(fx, false, tenantId);
  }

  private World(Fixture fx, boolean ownsFixture, TenantId tenantId) {
    this.fx = fx;
    this.ownsFixture = ownsFixture;
    this.tenantId = tenantId;
    if (JDBC_STORES) {
      // The same scenarios on store-jdbc: a fresh embedded H2 database per world, leases on the fixture's clock.
      JdbcStores stores = JdbcStores.builder(JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1", "sa", "")).leaseClock(fx.clock).build();
      stores.migrate();
      links = stores.linkStore();
      cursors = stores.cursorStore();
      audit = stores.auditLog();
      history = stores.historyStore();
      retries = stores.retryQueue();
      leases = stores.leaseStore();
    } else {
      links = new MemoryLinkStore();
      cursors = new MemoryCursorStore();
      audit = new MemoryAuditLog();
      history = new MemoryHistoryStore();
      retries = new MemoryRetryQueue();
      leases = new MemoryLeaseStore(fx.clock);
    }
  }

  /** Another tenant, on its own ConnectWise ({@code fx}) and its own host, sharing this world's stores. */
  World sibling(Fixture other, TenantId id) {
    World w = new World(other, id);
    w.links = links;
    w.cursors = cursors;
    w.audit = audit;
    w.history = history;
    w.retries = retries;
    w.leases = leases;
    return w;
  }

  /** One coordinator serving this tenant and {@code other}: credentials, clients and host adapters per tenant. */
  SyncCoordinator.Builder multiTenantBuilder(World other) {
    Map<TenantId, World> byTenant = Map.of(tenantId, this, other.tenantId, other);
    return builder("node-1")
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(byTenant.get(t).fx.sim.baseUrl(),
            Fixture.COMPANY_ID, Fixture.PUBLIC_KEY, Fixture.PRIVATE_KEY, "cwsync-acceptance")))
        .clientFactory((t, s) -> byTenant.get(t.id()).clientTuning.apply(byTenant.get(t.id()).fx.clientBuilder()
            .baseUrl(s.baseUrl())).build())
        .adapters((t, type) -> Optional.ofNullable(byTenant.get(t)).map(w -> w.host));
  }

  Tenant tenant(Direction direction) {
    return Tenant.builder(tenantId)
        .flow(Flow.builder(FLOW, EntityType.COMPANY, Resources.COMPANIES).direction(direction).build()).build();
  }

  ClientFactory clientFactory() {
    return (t, s) -> clientTuning.apply(fx.clientBuilder()).build();
  }

  SyncCoordinator.Builder builder(String node) {
    return builder(node, links, cursors);
  }

  SyncCoordinator.Builder builder(String node, LinkStore linkStore, CursorStore cursorStore) {
    return SyncCoordinator.builder()
        .nodeId(node)
        .clock(fx.clock)
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(fx.sim.baseUrl(), Fixture.COMPANY_ID,
            Fixture.PUBLIC_KEY, Fixture.PRIVATE_KEY, "cwsync-acceptance")))
        .clientFactory(clientFactory())
        .linkStore(linkStore).cursorStore(cursorStore).auditLog(audit).historyStore(history).retryQueue(retries)
        .leaseStore(leases)
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, host)))
        .rules(rules)
        .pageSize(1000)
        .overlap(Duration.ofMinutes(2))
        .maxAttempts(3)
        .backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));
  }

  SyncCoordinator coordinator() {
    return builder("node-1").build();
  }

  void assertInSync() {
    Oracle.assertInSync(fx.sim, host, links, audit, tenantId);
  }

  @Override
  public void close() {
    if (ownsFixture) {
      fx.close();
    }
  }
}
