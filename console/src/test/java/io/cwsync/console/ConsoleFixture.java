package io.cwsync.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.TenantGenerator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator that ran one scheduled pass of companies from the simulator (over HTTP) into an in-memory host
 * that refuses one company (so the error report has a parked item), and a console over it.
 */
final class ConsoleFixture implements AutoCloseable {
  static final TenantId TENANT = TenantId.of("console-test");
  static final String TOKEN = "test-console-token-0123456789";

  final ConnectWiseSimulator simulator;
  final MapHost host;
  final SyncCoordinator coordinator;
  final Tenant tenant;
  final SyncReport firstPass;
  final OperationsConsole console;
  final String refusedIdentifier;
  final long refusedCwId;

  ConsoleFixture() {
    simulator = ConnectWiseSimulator.builder().seedData(TenantGenerator.builder().seed(15)
        .now(Instant.parse("2026-11-01T00:00:00Z")).companies(12).contacts(0).opportunities(0)
        .forecastItemsPerOpportunity(0).catalogItems(0).taxCodes(1).members(3).agreements(0).tickets(0)
        .invoices(0).salesOrders(0).build()::populate).build().start();
    ObjectNode first = simulator.records("company/companies").stream()
        .min(Comparator.comparingInt(c -> c.path("id").asInt())).orElseThrow();
    refusedIdentifier = first.path("identifier").asText();
    refusedCwId = first.path("id").asLong();
    ConnectionSettings settings = new ConnectionSettings(simulator.baseUrl(), null, simulator.companyId(),
        simulator.member().publicKey(), simulator.member().privateKey(), "cwsync-console-test");
    ConnectWiseClient client = ConnectWiseClient.builder().baseUrl(settings.baseUrl())
        .companyId(settings.companyId()).publicKey(settings.publicKey()).privateKey(settings.privateKey())
        .clientId(settings.clientId()).build();
    SyncProfile profile = SyncProfile.builder().mode(SyncMode.PULL_ONLY)
        .selection(s -> s.syncCompaniesContactsOpportunities(true))
        .opportunityDefaults(d -> d.defaultStage("Prospecting").defaultStatus("Open")).build();
    host = new MapHost(refusedIdentifier);
    coordinator = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(settings))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, host)))
        .rules(ProfileSyncRules.create(profile, ReferenceData.load(client)))
        .inMemoryStores()
        .build();
    tenant = Tenant.builder(TENANT)
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
        .build();
    coordinator.schedule(tenant);
    firstPass = coordinator.runDuePasses().get(0);
    console = OperationsConsole.builder(coordinator).token(TOKEN).build().start();
  }

  @Override
  public void close() {
    console.close();
    coordinator.close();
    simulator.close();
  }

  /** Companies in a map; creating the company with the refused identifier fails for good (it is parked). */
  static final class MapHost implements HostAdapter {
    final Map<String, HostRecord> records = new ConcurrentHashMap<>();
    final Map<String, Long> cwIds = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final String refused;

    MapHost(String refused) {
      this.refused = refused;
    }

    @Override
    public EntityType entityType() {
      return EntityType.COMPANY;
    }

    @Override
    public HostChanges changesSince(@Nullable String cursor, int limit) {
      return new HostChanges(List.of(), cursor, false);
    }

    @Override
    public Optional<HostRecord> find(String hostId) {
      return Optional.ofNullable(records.get(hostId));
    }

    @Override
    public String create(HostRecord record) {
      if (refused.equals(record.field(HostFields.Company.IDENTIFIER))) {
        throw new CwsyncException(CoreErrorCode.INVALID_VALUE, "the host refuses company " + refused
            + ": its identifier is reserved", EntityType.COMPANY, null, HostFields.Company.IDENTIFIER, null);
      }
      String id = "h" + ids.incrementAndGet();
      records.put(id, record.withHostId(id));
      return id;
    }

    @Override
    public void update(HostRecord record) {
      records.put(record.hostId(), record);
    }

    @Override
    public void writeBackConnectWiseId(String hostId, long cwId) {
      cwIds.put(hostId, cwId);
    }
  }
}
