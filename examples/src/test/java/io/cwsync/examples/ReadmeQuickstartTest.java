package io.cwsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.Resources;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.examples.adapter.CrmAdapters;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's code as written (only the site is swapped for the simulator's base URL), so the
 * first screen of the README cannot drift away from the API.
 */
class ReadmeQuickstartTest {
  private static ConnectWiseSimulator sim;
  private static ConnectionSettings settings;

  @BeforeAll
  static void start() {
    sim = DemoTenant.start(DemoTenant.generator(12));
    settings = DemoTenant.settings(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void clientQuickstart_simulatedTenant_checksConnectionAndListsEveryLiveCompany() {
    ConnectWiseClient cw = ConnectWiseClient.builder()
        .baseUrl(settings.baseUrl())
        .companyId(settings.companyId()).publicKey(settings.publicKey()).privateKey(settings.privateKey())
        .clientId(settings.clientId())
        .build();

    assertThat(cw.checkConnection().isOk()).isTrue();
    assertThat(cw.checkConnection().message()).isNotBlank();
    List<String> names = cw.companies()
        .listAll(Query.builder().conditions(Condition.field("deletedFlag").eq(false)).build())
        .stream().map(Company::name).toList();
    long live = sim.records("company/companies").stream()
        .filter(c -> !c.path("deletedFlag").asBoolean(false)).count();
    assertThat(names).hasSize(Math.toIntExact(live)).doesNotContainNull();
  }

  @Test
  void syncQuickstart_realTimeProfile_firstPassPullsCompaniesIntoTheHost() {
    ConnectWiseClient cw = DemoTenant.client(settings);
    SyncProfile profile = SyncProfile.builder()
        .mode(SyncMode.REAL_TIME)
        .selection(s -> s.syncCompaniesContactsOpportunities(true))
        .stageMapping(s -> s.mapStage("Proposal Sent", "Proposal").mapStatus("Won", "Won"))
        .opportunityDefaults(d -> d.defaultStage("Prospecting").defaultStatus("Open"))
        .build();
    CrmDatabase db = CrmDatabase.inMemory(Clock.systemUTC());
    SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((tenant, ref) -> Optional.of(settings))
        .adapters(CrmAdapters.registry(db))
        .rules(ProfileSyncRules.create(profile, ReferenceData.load(cw)))
        .inMemoryStores()
        .build();
    Tenant tenant = Tenant.builder(TenantId.of("acme"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.BOTH).build())
        .build();

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.successful()).as(report.toString()).isTrue();
    assertThat(db.companies().changesSince(0, 1_000)).hasSize(sim.records("company/companies").size());
  }
}
