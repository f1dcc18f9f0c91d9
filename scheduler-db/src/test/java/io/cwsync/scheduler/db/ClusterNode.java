package io.cwsync.scheduler.db;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.RateBudget;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.Lease;
import io.cwsync.core.spi.LeaseKey;
import io.cwsync.core.spi.LeaseStore;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.host.CompanyContactRules;
import io.cwsync.testkit.host.FingerprintHost;
import io.cwsync.testkit.jdbc.CountingConnectionPool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * One cluster node, run as its own JVM by the tests ({@code java -cp <test class path> ClusterNode ...}): a
 * coordinator on store-jdbc and a {@link ClusteredScheduler} over the shared PostgreSQL, tenants {@code t0..tN-1}
 * each authenticating as its own API member of the simulator. Logs every lease acquisition, renewal and release and
 * every pass to tables the test reads.
 *
 * <p>Modes: {@code cluster} runs the scheduler until killed or its standard input closes; {@code budget} runs full
 * pulls of tenant {@code b0} back to back through the {@link SharedRateBudget} for the given seconds.
 */
public final class ClusterNode {

  static final String LOG_DDL = "CREATE TABLE IF NOT EXISTS lease_log (owner VARCHAR(64) NOT NULL,"
      + " lease_key VARCHAR(200) NOT NULL, token BIGINT NOT NULL, event VARCHAR(16) NOT NULL,"
      + " expires_at TIMESTAMP WITH TIME ZONE NOT NULL,"
      + " at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())";
  static final String PASS_DDL = "CREATE TABLE IF NOT EXISTS pass_log (node VARCHAR(64) NOT NULL,"
      + " tenant_id VARCHAR(64) NOT NULL, event VARCHAR(16) NOT NULL, status VARCHAR(200),"
      + " at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())";

  private ClusterNode() {
  }

  /**
   * Runs a node.
   *
   * @param args mode, JDBC URL, simulator base URL, node id, tenants, interval ms, lease TTL ms, heartbeat ms,
   *     [seconds for budget mode]
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String url = args[1];
    String sim = args[2];
    String node = args[3];
    int tenants = Integer.parseInt(args[4]);
    Duration interval = Duration.ofMillis(Long.parseLong(args[5]));
    Duration leaseTtl = Duration.ofMillis(Long.parseLong(args[6]));
    Duration heartbeat = Duration.ofMillis(Long.parseLong(args[7]));
    CountingConnectionPool db = CountingConnectionPool.ofUrl(url, 12);
    if (mode.equals("budget")) {
      budget(db, sim, node, Integer.parseInt(args[8]));
      return;
    }
    JdbcStores stores = JdbcStores.builder(db).build();
    SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
        .leaseStore(new LoggingLeaseStore(stores.leaseStore(), db))
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim, "cwsync", "pub-" + t.value(),
            "priv-" + t.value(), "client")))
        .adapters((t, type) -> Optional.of(new CompanyHost(db, t)))
        .rules(CompanyContactRules.create())
        .nodeId(node)
        .leaseTtl(leaseTtl)
        .build();
    ClusteredScheduler scheduler = ClusteredScheduler.builder()
        .dataSource(db)
        .coordinator(coordinator)
        .tenants(id -> {
          log(db, node, id.value(), "start", null);
          return Optional.of(tenant(id, interval));
        })
        .threads(4)
        .pollingInterval(Duration.ofMillis(250))
        .heartbeat(heartbeat, 4)
        .leaseRetry(Duration.ofMillis(500))
        .shutdownMaxWait(Duration.ofSeconds(10))
        .onPass(report -> log(db, node, report.tenant().value(), "finish", status(report)))
        .build();
    for (int i = 0; i < tenants; i++) {
      scheduler.schedule(TenantId.of("t" + i), interval);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      scheduler.close();
      coordinator.close();
    }));
    scheduler.start();
    System.out.println("READY " + node);
    System.out.flush();
    // The test ends a node by killing it, or gracefully by closing its standard input.
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (in.readLine() != null) {
      // keep running
    }
    System.exit(0);
  }

  static Tenant tenant(TenantId id, Duration interval) {
    return Tenant.builder(id).flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES)
        .interval(interval).build()).build();
  }

  private static String status(SyncReport report) {
    StringBuilder s = new StringBuilder();
    report.streams().forEach(r -> s.append(r.status() == StreamStatus.COMPLETED ? "C" : r.status().name()));
    return s.toString();
  }

  /** Full pulls of tenant b0 (fresh in-memory stores each time) through the shared budget, for {@code seconds}. */
  private static void budget(DataSource db, String sim, String node, int seconds) {
    SharedRateBudget budget = SharedRateBudget.builder(db).blockSize(2).build();
    Tenant tenant = Tenant.builder(TenantId.of("b0")).rateBudget(new RateBudget(120, 1))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build()).build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong pulls = new AtomicLong();
    while (System.nanoTime() < end) {
      try (SyncCoordinator c = SyncCoordinator.builder().inMemoryStores()
          .clientFactory(budget.clientFactory())
          .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim, "cwsync", "pub-b0", "priv-b0",
              "client")))
          .adapters((t, type) -> Optional.of(FingerprintHost.of(EntityType.COMPANY)))
          .rules(CompanyContactRules.create())
          .pageSize(10)
          .nodeId(node)
          .build()) {
        c.runPass(tenant);
        pulls.incrementAndGet();
      }
    }
    System.out.println("PULLS " + pulls.get());
  }

  private static void log(DataSource db, String node, String tenant, String event, @Nullable String status) {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO pass_log (node, tenant_id, event, status) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, node);
      ps.setString(2, tenant);
      ps.setString(3, event);
      ps.setString(4, status);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes every acquisition, renewal and release to {@code lease_log} with the database's clock. */
  static final class LoggingLeaseStore implements LeaseStore {
    private final LeaseStore target;
    private final DataSource db;

    LoggingLeaseStore(LeaseStore target, DataSource db) {
      this.target = target;
      this.db = db;
    }

    @Override
    public Optional<Lease> tryAcquire(LeaseKey key, String owner, Duration ttl) {
      Optional<Lease> l = target.tryAcquire(key, owner, ttl);
      l.ifPresent(lease -> record(lease, "acquire"));
      return l;
    }

    @Override
    public Optional<Lease> renew(Lease lease, Duration ttl) {
      Optional<Lease> l = target.renew(lease, ttl);
      l.ifPresent(r -> record(r, "renew"));
      return l;
    }

    @Override
    public void release(Lease lease) {
      // Logged before the release: once released another node may acquire at once, and its row must come after.
      record(lease, "release");
      target.release(lease);
    }

    @Override
    public Optional<Lease> find(LeaseKey key) {
      return target.find(key);
    }

    private void record(Lease lease, String event) {
      try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
          "INSERT INTO lease_log (owner, lease_key, token, event, expires_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, lease.owner());
        ps.setString(2, lease.key().tenant().value() + "/" + lease.key().stream());
        ps.setLong(3, lease.fencingToken());
        ps.setString(4, event);
        ps.setObject(5, java.time.OffsetDateTime.ofInstant(lease.expiresAt(), java.time.ZoneOffset.UTC));
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
