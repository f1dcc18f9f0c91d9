package io.cwsync.spring.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cwsync.*} properties. Each coordinator setting left unset keeps the default documented on
 * {@link io.cwsync.core.SyncCoordinator.Builder}; values are checked by the builder, which names the setting and the
 * value it refused.
 *
 * <pre>{@code
 * cwsync.node-id=app-1
 * cwsync.overlap=15m
 * cwsync.scheduler.enabled=true
 * cwsync.stores.jdbc.enabled=true
 * }</pre>
 */
@ConfigurationProperties(prefix = "cwsync")
public class CwsyncProperties {

  /** Whether to auto-configure a SyncCoordinator at all. */
  private boolean enabled = true;

  /** This node's lease owner name (default: the JVM name plus a random suffix). */
  private @Nullable String nodeId;

  /** ConnectWise page size for pulls, 1 to 1000 (default 1000). */
  private @Nullable Integer pageSize;

  /** How far behind the watermark incremental pulls start (default 10 minutes). */
  private @Nullable Duration overlap;

  /** How many host changes are read per batch (default 500). */
  private @Nullable Integer hostBatchSize;

  /** After how many failed attempts a retryable failure is parked (default 3). */
  private @Nullable Integer maxAttempts;

  /** First retry delay (default 1 minute); set together with backoff-max. */
  private @Nullable Duration backoffBase;

  /** Longest retry delay (default 6 hours); set together with backoff-base. */
  private @Nullable Duration backoffMax;

  /** How long a stream lease lasts between renewals (default 5 minutes). */
  private @Nullable Duration leaseTtl;

  /** Share of a flow's linked records a reconcile may tombstone before it aborts, 0 to 1 (default 0.10). */
  private @Nullable Double reconcileMaxDeleteShare;

  /** How many passes the scheduler runs at once across tenants (default 4). */
  private @Nullable Integer maxConcurrentPasses;

  /** How often the scheduler looks for due tenants (default 1 second). */
  private @Nullable Duration tick;

  private final Scheduler scheduler = new Scheduler();

  private final Stores stores = new Stores();

  /** Creates the properties with every coordinator setting unset. */
  public CwsyncProperties() {
  }

  /** @return whether to auto-configure a coordinator */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether to auto-configure a coordinator */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the node id, or null for the default */
  public @Nullable String getNodeId() {
    return nodeId;
  }

  /** @param nodeId the node id */
  public void setNodeId(@Nullable String nodeId) {
    this.nodeId = nodeId;
  }

  /** @return the pull page size, or null for the default */
  public @Nullable Integer getPageSize() {
    return pageSize;
  }

  /** @param pageSize the pull page size */
  public void setPageSize(@Nullable Integer pageSize) {
    this.pageSize = pageSize;
  }

  /** @return the pull overlap, or null for the default */
  public @Nullable Duration getOverlap() {
    return overlap;
  }

  /** @param overlap the pull overlap */
  public void setOverlap(@Nullable Duration overlap) {
    this.overlap = overlap;
  }

  /** @return the host batch size, or null for the default */
  public @Nullable Integer getHostBatchSize() {
    return hostBatchSize;
  }

  /** @param hostBatchSize the host batch size */
  public void setHostBatchSize(@Nullable Integer hostBatchSize) {
    this.hostBatchSize = hostBatchSize;
  }

  /** @return the attempts before parking, or null for the default */
  public @Nullable Integer getMaxAttempts() {
    return maxAttempts;
  }

  /** @param maxAttempts the attempts before parking */
  public void setMaxAttempts(@Nullable Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** @return the first retry delay, or null for the default */
  public @Nullable Duration getBackoffBase() {
    return backoffBase;
  }

  /** @param backoffBase the first retry delay */
  public void setBackoffBase(@Nullable Duration backoffBase) {
    this.backoffBase = backoffBase;
  }

  /** @return the longest retry delay, or null for the default */
  public @Nullable Duration getBackoffMax() {
    return backoffMax;
  }

  /** @param backoffMax the longest retry delay */
  public void setBackoffMax(@Nullable Duration backoffMax) {
    this.backoffMax = backoffMax;
  }

  /** @return the lease time to live, or null for the default */
  public @Nullable Duration getLeaseTtl() {
    return leaseTtl;
  }

  /** @param leaseTtl the lease time to live */
  public void setLeaseTtl(@Nullable Duration leaseTtl) {
    this.leaseTtl = leaseTtl;
  }

  /** @return the reconcile mass-delete guard, or null for the default */
  public @Nullable Double getReconcileMaxDeleteShare() {
    return reconcileMaxDeleteShare;
  }

  /** @param reconcileMaxDeleteShare the reconcile mass-delete guard */
  public void setReconcileMaxDeleteShare(@Nullable Double reconcileMaxDeleteShare) {
    this.reconcileMaxDeleteShare = reconcileMaxDeleteShare;
  }

  /** @return the scheduler's concurrent passes, or null for the default */
  public @Nullable Integer getMaxConcurrentPasses() {
    return maxConcurrentPasses;
  }

  /** @param maxConcurrentPasses the scheduler's concurrent passes */
  public void setMaxConcurrentPasses(@Nullable Integer maxConcurrentPasses) {
    this.maxConcurrentPasses = maxConcurrentPasses;
  }

  /** @return the scheduler tick, or null for the default */
  public @Nullable Duration getTick() {
    return tick;
  }

  /** @param tick the scheduler tick */
  public void setTick(@Nullable Duration tick) {
    this.tick = tick;
  }

  /** @return the {@code cwsync.scheduler.*} properties */
  public Scheduler getScheduler() {
    return scheduler;
  }

  /** @return the {@code cwsync.stores.*} properties */
  public Stores getStores() {
    return stores;
  }

  /** The {@code cwsync.scheduler.*} properties. */
  public static class Scheduler {

    /**
     * Whether to schedule every Tenant bean and start the coordinator's scheduler with the application context
     * (stopped when the context closes). Off by default: the application calls runPass or schedules tenants itself.
     */
    private boolean enabled;

    /** Creates the properties (scheduler off). */
    public Scheduler() {
    }

    /** @return whether the scheduler starts with the context */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the scheduler starts with the context */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The {@code cwsync.stores.*} properties. */
  public static class Stores {

    private final Jdbc jdbc = new Jdbc();

    /** Creates the properties. */
    public Stores() {
    }

    /** @return the {@code cwsync.stores.jdbc.*} properties */
    public Jdbc getJdbc() {
      return jdbc;
    }
  }

  /** The {@code cwsync.stores.jdbc.*} properties. */
  public static class Jdbc {

    /**
     * Whether to use the JDBC stores of cwsync-store-jdbc on the application's DataSource when both are present;
     * false keeps the in-memory stores.
     */
    private boolean enabled = true;

    /** Whether to create or upgrade the stores' tables at startup (JdbcStores.migrate()). */
    private boolean migrate = true;

    /** Creates the properties (JDBC stores on, migration on). */
    public Jdbc() {
    }

    /** @return whether the JDBC stores are used when available */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the JDBC stores are used when available */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return whether the tables are migrated at startup */
    public boolean isMigrate() {
      return migrate;
    }

    /** @param migrate whether the tables are migrated at startup */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }
}
