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
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
 * <p>Stores: in-memory unless a {@link DataSource} bean exists and {@code cwsync-store-jdbc} is on the classpath, in
 * which case {@code io.cwsync.store.jdbc.JdbcStores.create(dataSource)} supplies all six (its tables migrated at
 * startup unless {@code cwsync.stores.jdbc.migrate=false}).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(SyncCoordinator.class)
@ConditionalOnProperty(prefix = "cwsync", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CwsyncProperties.class)
public class CwsyncAutoConfiguration {

  /** The entry point of cwsync-store-jdbc, named rather than imported so the starter works without it. */
  static final String JDBC_STORES = "io.cwsync.store.jdbc.JdbcStores";

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
   * The JDBC stores, when cwsync-store-jdbc and a {@link DataSource} are there.
   *
   * <p>TODO(lead): once {@code store-jdbc} is on main, make it an optional dependency of this module and call
   * {@code JdbcStores.create(dataSource)}, {@code migrate()} and {@code applyTo(builder)} directly instead of by
   * reflection (and delete the test stand-in {@code src/test/java/io/cwsync/store/jdbc/JdbcStores.java}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = JDBC_STORES)
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(prefix = "cwsync.stores.jdbc", name = "enabled", matchIfMissing = true)
  static class JdbcStoresConfiguration {

    @Bean
    @Order(0)
    SyncCoordinatorBuilderCustomizer cwsyncJdbcStores(DataSource dataSource, CwsyncProperties properties) {
      return jdbcStores(dataSource, properties.getStores().getJdbc().isMigrate());
    }
  }

  static SyncCoordinatorBuilderCustomizer jdbcStores(DataSource dataSource, boolean migrate) {
    try {
      Class<?> type = Class.forName(JDBC_STORES, true, CwsyncAutoConfiguration.class.getClassLoader());
      Object stores = type.getMethod("create", DataSource.class).invoke(null, dataSource);
      if (migrate) {
        type.getMethod("migrate").invoke(stores);
      }
      Method applyTo = type.getMethod("applyTo", SyncCoordinator.Builder.class);
      return builder -> invoke(applyTo, stores, builder);
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cwsync-store-jdbc on the classpath does not offer JdbcStores.create"
          + "(DataSource), migrate() and applyTo(SyncCoordinator.Builder): use the cwsync-bom to align versions", e);
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    }
  }

  private static void invoke(Method method, Object target, Object argument) {
    try {
      method.invoke(target, argument);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    }
  }

  private static RuntimeException unwrap(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }
}
