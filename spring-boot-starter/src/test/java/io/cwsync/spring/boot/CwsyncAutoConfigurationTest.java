package io.cwsync.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncMetrics;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.CredentialsProvider;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.examples.adapter.CrmAdapters;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.demo.DemoTenant;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.micrometer.MicrometerSyncListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.cwsync.store.jdbc.JdbcStores;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.core.memory.MemoryLinkStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Timeout(60)
class CwsyncAutoConfigurationTest {

  private static ConnectWiseSimulator sim;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CwsyncAutoConfiguration.class));

  @BeforeAll
  static void start() {
    sim = DemoTenant.start(DemoTenant.generator(12));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /** What a host application declares: its CRM's adapters, its credentials, its profile's rules, a listener. */
  @Configuration(proxyBeanMethods = false)
  static class HostApplication {
    @Bean
    CrmDatabase crmDatabase() {
      return CrmDatabase.inMemory(Clock.systemUTC());
    }

    @Bean
    HostAdapterRegistry adapters(CrmDatabase db) {
      return CrmAdapters.registry(db);
    }

    @Bean
    CredentialsProvider credentials() {
      ConnectionSettings settings = DemoTenant.settings(sim);
      return (tenant, ref) -> Optional.of(settings);
    }

    @Bean
    SyncRules rules() {
      SyncProfile profile = SyncProfile.builder().mode(SyncMode.REAL_TIME)
          .selection(s -> s.syncCompaniesContactsOpportunities(true))
          .opportunityDefaults(d -> d.defaultStage("Prospecting").defaultStatus("Open")).build();
      return ProfileSyncRules.create(profile, ReferenceData.load(DemoTenant.client(sim)));
    }

    @Bean
    SyncMetrics metrics() {
      return new SyncMetrics();
    }

    @Bean
    Tenant acme() {
      return Tenant.builder(TenantId.of("acme"))
          .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
          .build();
    }
  }

  /** A real H2 database per context (a fresh name each time, so no test sees another's tables). */
  @Configuration(proxyBeanMethods = false)
  static class WithDataSource {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Bean
    DataSource dataSource() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:starter" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return ds;
    }
  }

  @Test
  void coordinator_hostBeansAndProperties_runsPassAgainstSimulatorWithListenerBean() {
    runner.withUserConfiguration(HostApplication.class)
        .withPropertyValues("cwsync.node-id=app-1", "cwsync.page-size=5", "cwsync.overlap=15m")
        .withClassLoader(new FilteredClassLoader(JdbcStores.class))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(SyncCoordinator.class);
          SyncCoordinator coordinator = context.getBean(SyncCoordinator.class);
          assertThat(coordinator.nodeId()).isEqualTo("app-1");

          SyncReport report = coordinator.runPass(context.getBean(Tenant.class));

          assertThat(report.successful()).as(report.toString()).isTrue();
          int companies = sim.records("company/companies").size();
          assertThat(context.getBean(CrmDatabase.class).companies().changesSince(0, 1_000)).hasSize(companies);
          assertThat(report.streams().get(0).pages()).as("page size 5 from the properties")
              .isGreaterThanOrEqualTo(companies / 5);
          assertThat(context.getBean(SyncMetrics.class).count("passes")).isEqualTo(1);
        });
  }

  @Test
  void stores_dataSourceAndStoreJdbcPresent_useJdbcStores() {
    runner.withUserConfiguration(HostApplication.class, WithDataSource.class)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(JdbcStores.class);
          SyncCoordinator coordinator = context.getBean(SyncCoordinator.class);
          assertThat(coordinator.linkStore()).isSameAs(context.getBean(JdbcStores.class).linkStore());

          assertThat(pass(coordinator).successful()).isTrue();

          DataSource db = context.getBean(DataSource.class);
          assertThat(rows(db, "cwsync_link")).as("links written to the H2 tables store-jdbc migrated")
              .isEqualTo(sim.records("company/companies").size());
          assertThat(rows(db, "cwsync_cursor")).as("the pull's cursor saved in H2").isPositive();
        });
  }

  @Test
  void stores_noDataSource_inMemory() {
    runner.withUserConfiguration(HostApplication.class)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStores.class);
          SyncCoordinator coordinator = context.getBean(SyncCoordinator.class);
          assertThat(coordinator.linkStore()).isInstanceOf(MemoryLinkStore.class);
          assertThat(pass(coordinator).successful()).isTrue();
          assertThat(coordinator.linkStore().count(TenantId.of("acme"), EntityType.COMPANY))
              .isEqualTo(sim.records("company/companies").size());
        });
  }

  @Test
  void stores_dataSourceWithoutStoreJdbc_inMemory() {
    runner.withUserConfiguration(HostApplication.class, WithDataSource.class)
        .withClassLoader(new FilteredClassLoader(JdbcStores.class))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStores.class);
          SyncCoordinator coordinator = context.getBean(SyncCoordinator.class);
          assertThat(coordinator.linkStore()).isInstanceOf(MemoryLinkStore.class);
          assertThat(pass(coordinator).successful()).isTrue();
          assertThat(tables(context.getBean(DataSource.class))).as("nothing created in the DataSource").isEmpty();
        });
  }

  @Test
  void stores_jdbcDisabledOrNotMigrated_followTheProperties() {
    runner.withUserConfiguration(HostApplication.class, WithDataSource.class)
        .withPropertyValues("cwsync.stores.jdbc.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(SyncCoordinator.class).doesNotHaveBean(JdbcStores.class);
          assertThat(context.getBean(SyncCoordinator.class).linkStore()).isInstanceOf(MemoryLinkStore.class);
        });

    runner.withUserConfiguration(HostApplication.class, WithDataSource.class)
        .withPropertyValues("cwsync.stores.jdbc.migrate=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(JdbcStores.class);
          assertThat(tables(context.getBean(DataSource.class))).as("not migrated").isEmpty();
        });
  }

  @Test
  void coordinator_hostBeansMissing_backsOff() {
    runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SyncCoordinator.class));
    runner.withUserConfiguration(HostApplication.class).withPropertyValues("cwsync.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SyncCoordinator.class));
  }

  @Test
  void coordinator_invalidProperty_failsNamingTheSetting() {
    runner.withUserConfiguration(HostApplication.class).withPropertyValues("cwsync.page-size=5000")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("pageSize").hasMessageContaining("5000"));
  }

  @Test
  void scheduler_enabled_schedulesTenantBeansAndStopsWithContext() {
    runner.withUserConfiguration(HostApplication.class)
        .withClassLoader(new FilteredClassLoader(JdbcStores.class))
        .withPropertyValues("cwsync.scheduler.enabled=true", "cwsync.tick=50ms")
        .run(context -> {
          assertThat(context).hasNotFailed();
          SyncMetrics metrics = context.getBean(SyncMetrics.class);
          long deadline = System.nanoTime() + 30_000_000_000L;
          while (metrics.count("passes") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
          assertThat(metrics.count("passes")).as("the scheduled tenant bean ran a pass").isPositive();
        });
  }

  @Test
  void metrics_meterRegistryBean_bindsListenerAndRequestTimers() {
    runner.withUserConfiguration(HostApplication.class)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(JdbcStores.class))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(MicrometerSyncListener.class);
          assertThat(pass(context.getBean(SyncCoordinator.class)).successful()).isTrue();
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("cwsync.passes").tags("tenant", "acme", "outcome", "success").timer().count())
              .isEqualTo(1);
          assertThat(registry.get("cwsync.connectwise.requests").tags("tenant", "acme", "uri", "company/companies")
              .timer().count()).isPositive();
        });
  }

  @Test
  void metrics_withoutMicrometerModule_noMeters() {
    runner.withUserConfiguration(HostApplication.class)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(JdbcStores.class, MicrometerSyncListener.class))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SyncCoordinator.class)
            .doesNotHaveBean(ClientFactory.class));
  }

  private static SyncReport pass(SyncCoordinator coordinator) {
    return coordinator.runPass(new HostApplication().acme());
  }

  private static long rows(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The application tables (H2's own schema left out). */
  private static List<String> tables(DataSource db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }
}
