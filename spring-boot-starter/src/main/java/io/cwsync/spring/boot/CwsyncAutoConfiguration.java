package io.cwsync.spring.boot;

import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.CredentialsProvider;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.micrometer.ConnectWiseRequestMetrics;
import io.cwsync.micrometer.MicrometerSyncListener;
import io.cwsync.store.jdbc.JdbcStores;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Auto-configures a {@link SyncCoordinator} from {@link CwsyncProperties} and the application's
 * {@link HostAdapterRegistry}, {@link CredentialsProvider} and {@link SyncRules} beans (it backs off unless all
 * three exist, or when the application defines its own coordinator). Optional beans it uses: every
 * {@link SyncListener}, a {@link ClientFactory}, a {@link Clock}, every {@link SyncCoordinatorBuilderCustomizer},
 * and, with {@code cwsync.scheduler.enabled=true}, every {@link Tenant} to schedule.
 *
 * <p>Metrics: with {@code cwsync-micrometer} on the classpath and a {@code MeterRegistry} bean (Spring Boot
 * Actuator's, for instance), a {@code MicrometerSyncListener} and, unless the application has its own
 * {@link ClientFactory}, a client factory timing every ConnectWise request.
 *
 * <p>Stores: in-memory unless a {@link DataSource} bean exists and {@code cwsync-store-jdbc} (an optional dependency:
 * add it to use it) is on the classpath, in which case a {@link JdbcStores} bean over that DataSource supplies all
 * six (its tables migrated at startup unless {@code cwsync.stores.jdbc.migrate=false}; off with
 * {@code cwsync.stores.jdbc.enabled=false}; an application's own {@code JdbcStores} bean, with a table prefix for
 * instance, is used instead).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(SyncCoordinator.class)
@ConditionalOnProperty(prefix = "cwsync", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CwsyncProperties.class)
public class CwsyncAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public CwsyncAutoConfiguration() {
  }

  /**
   * The coordinator: in-memory stores first, then the properties, the beans and the customizers (a JDBC-store
   * customizer among them when it applies), so that a customizer always has the last word.
   *
   * @param properties the {@code cwsync.*} properties
   * @param credentials where tenants' ConnectWise connections come from
   * @param adapters the host adapters
   * @param rules the sync rules
   * @param listeners every listener bean, in order
   * @param clientFactory an optional client factory
   * @param clock an optional clock
   * @param customizers every customizer bean, in order
   * @return the coordinator, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBean({HostAdapterRegistry.class, CredentialsProvider.class, SyncRules.class})
  public SyncCoordinator cwsyncCoordinator(CwsyncProperties properties, CredentialsProvider credentials,
      HostAdapterRegistry adapters, SyncRules rules, ObjectProvider<SyncListener> listeners,
      ObjectProvider<ClientFactory> clientFactory, ObjectProvider<Clock> clock,
      ObjectProvider<SyncCoordinatorBuilderCustomizer> customizers) {
    SyncCoordinator.Builder b = SyncCoordinator.builder();
    // The clock before the stores: the in-memory lease store reads it.
    clock.ifAvailable(b::clock);
    b.inMemoryStores().credentials(credentials).adapters(adapters).rules(rules);
    clientFactory.ifAvailable(b::clientFactory);
    listeners.orderedStream().forEach(b::listener);
    apply(properties, b);
    customizers.orderedStream().forEach(c -> c.customize(b));
    return b.build();
  }

  private static void apply(CwsyncProperties p, SyncCoordinator.Builder b) {
    PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
    map.from(p::getNodeId).to(b::nodeId);
    map.from(p::getPageSize).to(b::pageSize);
    map.from(p::getOverlap).to(b::overlap);
    map.from(p::getHostBatchSize).to(b::hostBatchSize);
    map.from(p::getMaxAttempts).to(b::maxAttempts);
    map.from(p::getLeaseTtl).to(b::leaseTtl);
    map.from(p::getReconcileMaxDeleteShare).to(b::reconcileMaxDeleteShare);
    map.from(p::getMaxConcurrentPasses).to(b::maxConcurrentPasses);
    map.from(p::getTick).to(b::tick);
    if (p.getBackoffBase() != null || p.getBackoffMax() != null) {
      if (p.getBackoffBase() == null || p.getBackoffMax() == null) {
        throw new IllegalArgumentException("cwsync.backoff-base and cwsync.backoff-max must be set together: "
            + p.getBackoffBase() + ", " + p.getBackoffMax());
      }
      b.backoff(p.getBackoffBase(), p.getBackoffMax());
    }
  }

  /**
   * Schedules every {@link Tenant} bean and starts the coordinator's scheduler with the context.
   *
   * @param coordinator the coordinator
   * @param tenants every tenant bean
   * @return the lifecycle
   */
  @Bean
  @ConditionalOnBean(SyncCoordinator.class)
  @ConditionalOnProperty(prefix = "cwsync.scheduler", name = "enabled")
  SmartLifecycle cwsyncScheduler(SyncCoordinator coordinator, ObjectProvider<Tenant> tenants) {
    return new SchedulerLifecycle(coordinator, tenants.orderedStream().toList());
  }

  /** Starts the scheduler after the context is refreshed; the coordinator's own close() stops it. */
  static final class SchedulerLifecycle implements SmartLifecycle {
    private final SyncCoordinator coordinator;
    private final List<Tenant> tenants;
    private volatile boolean running;

    SchedulerLifecycle(SyncCoordinator coordinator, List<Tenant> tenants) {
      this.coordinator = coordinator;
      this.tenants = tenants;
    }

    @Override
    public void start() {
      tenants.forEach(coordinator::schedule);
      coordinator.start();
      running = true;
    }

    @Override
    public void stop() {
      // The scheduler cannot be paused: closing ends it, and the context's destroy of the coordinator is idempotent.
      coordinator.close();
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }
  }

  /** The Micrometer binding, when cwsync-micrometer and a registry are there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"io.cwsync.micrometer.MicrometerSyncListener",
      "io.micrometer.core.instrument.MeterRegistry"})
  @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
  static class MicrometerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerSyncListener cwsyncMicrometerListener(MeterRegistry registry) {
      return MicrometerSyncListener.create(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    ClientFactory cwsyncMeteredClientFactory(MeterRegistry registry) {
      return ConnectWiseRequestMetrics.clientFactory(registry);
    }
  }

  /**
   * The JDBC stores, when cwsync-store-jdbc (an optional dependency of this starter) and a {@link DataSource} are
   * there. A separate class so that the {@link JdbcStores} references below are only loaded once
   * {@code @ConditionalOnClass} has seen the class: without store-jdbc this class is skipped, never loaded.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcStores.class)
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(prefix = "cwsync.stores.jdbc", name = "enabled", matchIfMissing = true)
  static class JdbcStoresConfiguration {

    /** The stores over the application's DataSource, their tables migrated unless the property says not to. */
    @Bean
    @ConditionalOnMissingBean
    JdbcStores cwsyncJdbcStores(DataSource dataSource, CwsyncProperties properties) {
      JdbcStores stores = JdbcStores.create(dataSource);
      if (properties.getStores().getJdbc().isMigrate()) {
        stores.migrate();
      }
      return stores;
    }

    /** Order 0: applied before the application's customizers, which keep the last word. */
    @Bean
    @Order(0)
    SyncCoordinatorBuilderCustomizer cwsyncJdbcStoresCustomizer(JdbcStores stores) {
      return stores::applyTo;
    }
  }
}
