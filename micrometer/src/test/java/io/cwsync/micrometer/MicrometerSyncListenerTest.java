package io.cwsync.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Resources;
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
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MicrometerSyncListenerTest {

  private static final int COMPANIES = 12;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private ConnectWiseSimulator sim;
  private Locale saved;

  @BeforeEach
  void start() {
    saved = Locale.getDefault();
    // Tag values must not depend on the default locale: under Turkish, "FAILED".toLowerCase() is "faıled".
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    sim = DemoTenant.start(DemoTenant.generator(COMPANIES));
  }

  @AfterEach
  void stop() {
    sim.close();
    Locale.setDefault(saved);
  }

  @Test
  void runPass_simulatedTenant_recordsTaggedRecordsStreamsPassAndRequests() {
    ConnectionSettings settings = DemoTenant.settings(sim);
    CrmDatabase db = CrmDatabase.inMemory(Clock.systemUTC());
    SyncProfile profile = SyncProfile.builder().mode(SyncMode.REAL_TIME)
        .selection(s -> s.syncCompaniesContactsOpportunities(true))
        .opportunityDefaults(d -> d.defaultStage("Prospecting").defaultStatus("Open")).build();
    SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((tenant, ref) -> Optional.of(settings))
        .clientFactory(ConnectWiseRequestMetrics.clientFactory(registry))
        .adapters(CrmAdapters.registry(db))
        .rules(ProfileSyncRules.create(profile, ReferenceData.load(DemoTenant.client(settings))))
        .inMemoryStores()
        .listener(MicrometerSyncListener.create(registry))
        .build();
    Tenant tenant = Tenant.builder(TenantId.of("acme"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
        .build();

    SyncReport report = coordinator.runPass(tenant);

    assertThat(report.successful()).as(report.toString()).isTrue();
    int companies = sim.records("company/companies").size();
    assertThat(registry.get("cwsync.records").tags("tenant", "acme", "flow", "companies", "entity", "company",
        "direction", "pull", "action", "create", "outcome", "success").counter().count()).isEqualTo(companies);
    Timer stream = registry.get("cwsync.streams").tags("tenant", "acme", "flow", "companies", "direction", "pull",
        "status", "completed").timer();
    assertThat(stream.count()).isEqualTo(1);
    Timer pass = registry.get("cwsync.passes").tags("tenant", "acme", "outcome", "success").timer();
    assertThat(pass.count()).isEqualTo(1);
    assertThat(pass.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    Timer companyPages = registry.get("cwsync.connectwise.requests").tags("tenant", "acme", "method", "GET",
        "uri", "company/companies", "status", "200", "outcome", "SUCCESS").timer();
    assertThat(companyPages.count()).isPositive();
    assertThat(registry.getMeters()).extracting(m -> m.getId().getName())
        .allMatch(name -> name.startsWith("cwsync."));
    assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags())
        .allSatisfy(t -> assertThat(t.getValue()).doesNotContain("ı"));
  }

  @Test
  void uri_idsAndApiBase_becomeTemplate() {
    assertThat(ConnectWiseRequestMetrics.uri("/v4_6_release/apis/3.0/company/companies/250/sites/7"))
        .isEqualTo("company/companies/{id}/sites/{id}");
    assertThat(ConnectWiseRequestMetrics.uri("/v4_6_release/apis/3.0/company/companies/count"))
        .isEqualTo("company/companies/count");
    assertThat(ConnectWiseRequestMetrics.uri("/login/companyinfo/acme")).isEqualTo("login/companyinfo/{companyId}");
  }

  @Test
  void onMassDeleteAborted_countsPerTenantAndFlow() {
    MicrometerSyncListener listener = MicrometerSyncListener.create(registry);

    listener.onMassDeleteAborted(TenantId.of("acme"), "companies", 40, 100);

    assertThat(registry.get("cwsync.reconcile.aborted").tags("tenant", "acme", "flow", "companies").counter()
        .count()).isEqualTo(1);
    assertThat(registry.getMeters()).extracting(Meter::getId).hasSize(1);
  }
}
