package io.cwsync.scheduler.db;

import static java.util.Objects.requireNonNull;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.scheduler.db.internal.Migrations;
import io.cwsync.scheduler.db.internal.TaskData;
import io.cwsync.scheduler.db.internal.TenantTasks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs tenant passes across a cluster of nodes on <a href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>
 * over the database the stores use (PostgreSQL, or H2 for one node): one recurring execution per tenant in
 * {@code scheduled_tasks}, claimed by one node at a time ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), kept alive
 * by heartbeats and taken over by another node when its node dies. Real-time work (a changed host record, a
 * ConnectWise callback) is a one-time execution that any node may run. The coordinator's leases still fence each
 * stream, so two nodes never write one stream at once. {@link SyncCoordinator#start()} (the in-process scheduler)
 * stays the default for one node; use one or the other.
 *
 * <pre>{@code
 * SyncCoordinator coordinator = stores.applyTo(SyncCoordinator.builder())
 *     .clientFactory(SharedRateBudget.builder(dataSource).build().clientFactory())
 *     .adapters(adapters).rules(rules).credentials(credentials)
 *     .build();
 * ClusteredScheduler scheduler = ClusteredScheduler.builder()
 *     .dataSource(dataSource).coordinator(coordinator).tenants(myTenants::find)
 *     .build();
 * scheduler.migrate();                        // or let Flyway run db/migration/cwsync-scheduler/{postgresql,h2}
 * scheduler.schedule(tenant);                 // from any node, once; kept in the database
 * scheduler.start();                          // on every node
 * }</pre>
 *
 * <p>Schedule: a tenant's pass is due at once when first scheduled, then one interval after each pass ends (the
 * shortest interval of its flows unless given), so a tenant is polled at most once per interval however late a busy
 * cluster runs it. A throttled pass ({@code Retry-After}) is due when the wait
 * ends instead, so it holds no worker meanwhile; a pass that failed is due one interval later and delays no other
 * tenant.
 *
 * <p>Thread-safe. {@link #schedule}, {@link #pause}, {@link #resume}, {@link #remove} and the real-time methods work
 * from any node, started or not, and change the shared schedule at once; while the tenant's pass runs somewhere
 * they wait for it to end (at most {@link Builder#controlTimeout(Duration)}).
 */
public final class ClusteredScheduler implements AutoCloseable {

  private final DataSource dataSource;
  private final Scheduler scheduler;
  private final Clock clock;
  private final Duration defaultInterval;
  private final Duration controlTimeout;
  private boolean started;
  private boolean closed;

  private ClusteredScheduler(Builder b) {
    this.dataSource = b.dataSource;
    this.clock = b.clock;
    this.defaultInterval = b.defaultInterval;
    this.controlTimeout = b.controlTimeout;
    SyncCoordinator coordinator = b.coordinator;
    TenantDirectory tenants = b.tenants;
    TenantTasks tasks = new TenantTasks(coordinator, tenants::find, b.leaseRetry, b.clock, b.onPass);
    boolean postgres;
    try (Connection c = b.dataSource.getConnection()) {
      postgres = Migrations.isPostgres(c);
    } catch (SQLException e) {
      throw new IllegalStateException("scheduler-db: cannot read the database's product name: " + e.getMessage(), e);
    }
    var builder = Scheduler.create(b.dataSource, tasks.passTask(b.defaultInterval), tasks.realTimeTask(b.leaseRetry))
        .threads(b.threads)
        .pollingInterval(b.pollingInterval)
        .heartbeatInterval(b.heartbeat)
        .missedHeartbeatsLimit(b.missedHeartbeats)
        .schedulerName(new SchedulerName.Fixed(b.nodeId != null ? b.nodeId : coordinator.nodeId()))
        .serializer(new TaskData.Utf8Serializer())
        .shutdownMaxWait(b.shutdownMaxWait)
        .enableImmediateExecution();
    if (postgres) {
      // One statement claims a batch (UPDATE ... WHERE ... FOR UPDATE SKIP LOCKED RETURNING): a round trip per
      // batch instead of one per execution, and nodes never contend for the same rows.
      builder.pollUsingLockAndFetch(0.5, 1.0);
    }
    this.scheduler = builder.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates db-scheduler's {@code scheduled_tasks} table and cwsync's {@code cwsync_rate_budget} if missing (the
   * script {@code db/migration/cwsync-scheduler/<postgresql|h2>/V1000__cwsync_scheduler.sql}; every statement is
   * {@code IF NOT EXISTS}, so every node may call this at start).
   *
   * @throws IllegalStateException if the database refuses the script
   */
  public void migrate() {
    migrate(dataSource);
  }

  /**
   * Creates scheduler-db's tables in {@code dataSource} if missing, as {@link #migrate()} does, without building a
   * scheduler (for a deployment step or a test).
   *
   * @param dataSource the database
   * @throws IllegalStateException if the database refuses the script
   */
  public static void migrate(DataSource dataSource) {
    try {
      Migrations.apply(requireNonNull(dataSource, "dataSource == null"));
    } catch (SQLException e) {
      throw new IllegalStateException("scheduler-db: migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Schedules a tenant's recurring pass at its shortest flow interval (15 minutes by default); see
   * {@link #schedule(TenantId, Duration)}.
   *
   * @param tenant the tenant
   * @return true if the tenant was not scheduled before
   */
  public boolean schedule(Tenant tenant) {
    requireNonNull(tenant, "tenant == null");
    Duration interval = tenant.flowsInOrder().stream().map(Flow::interval).min(Duration::compareTo)
        .orElse(defaultInterval);
    return schedule(tenant.id(), interval);
  }

  /**
   * Schedules a tenant's recurring pass: a new tenant is due at once; a scheduled one keeps its next run and gets
   * the new interval from then on (a paused one stays paused).
   *
   * @param tenant the tenant id; the node that runs the pass finds its configuration in the {@link TenantDirectory}
   * @param interval the time between passes; positive
   * @return true if the tenant was not scheduled before
   * @throws IllegalArgumentException if the interval is not positive
   * @throws IllegalStateException if the tenant's pass ran throughout the control timeout
   */
  public boolean schedule(TenantId tenant, Duration interval) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(interval, "interval == null");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    TaskInstance<String> instance = new TaskInstance<>(TenantTasks.PASS, tenant.value(),
        new TaskData.Pass(interval, false).encode());
    if (scheduler.scheduleIfNotExists(instance, clock.instant())) {
      return true;
    }
    whenIdle(tenant, "reschedule", () -> current(tenant).ifPresent(e -> {
      TaskData.Pass old = TaskData.Pass.decode(e.data());
      if (old.interval().equals(interval)) {
        // Every node may schedule its tenants at start: a repeat costs one read, no write.
        return;
      }
      scheduler.reschedule(id(tenant), e.executionTime(), new TaskData.Pass(interval, old.paused()).encode());
    }));
    return false;
  }

  /**
   * Pauses a tenant's recurring pass until {@link #resume(TenantId)}; real-time work still runs.
   *
   * @param tenant the tenant id
   * @return true if it was scheduled and is now paused, false if it is not scheduled
   * @throws IllegalStateException if the tenant's pass ran throughout the control timeout
   */
  public boolean pause(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    boolean[] done = {false};
    whenIdle(tenant, "pause", () -> current(tenant).ifPresent(e -> {
      TaskData.Pass old = TaskData.Pass.decode(e.data());
      scheduler.reschedule(id(tenant), TenantTasks.PAUSED, new TaskData.Pass(old.interval(), true).encode());
      done[0] = true;
    }));
    return done[0];
  }

  /**
   * Resumes a paused tenant: its pass is due at once.
   *
   * @param tenant the tenant id
   * @return true if it was scheduled (paused or not) and is now due, false if it is not scheduled
   * @throws IllegalStateException if the tenant's pass ran throughout the control timeout
   */
  public boolean resume(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    boolean[] done = {false};
    whenIdle(tenant, "resume", () -> current(tenant).ifPresent(e -> {
      TaskData.Pass old = TaskData.Pass.decode(e.data());
      if (old.paused()) {
        scheduler.reschedule(id(tenant), clock.instant(), new TaskData.Pass(old.interval(), false).encode());
      }
      done[0] = true;
    }));
    return done[0];
  }

  /**
   * Removes a tenant's recurring pass; a pass running now finishes first.
   *
   * @param tenant the tenant id
   * @return true if it was scheduled
   * @throws IllegalStateException if the tenant's pass ran throughout the control timeout
   */
  public boolean remove(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    boolean[] done = {false};
    whenIdle(tenant, "remove", () -> {
      try {
        scheduler.cancel(id(tenant));
        done[0] = true;
      } catch (TaskInstanceNotFoundException e) {
        done[0] = false;
      }
    });
    return done[0];
  }

  /**
   * Returns a scheduled tenant's recurring pass as the database has it.
   *
   * @param tenant the tenant id
   * @return the schedule, or empty if the tenant is not scheduled
   */
  public Optional<TenantSchedule> find(TenantId tenant) {
    requireNonNull(tenant, "tenant == null");
    return current(tenant).map(e -> {
      TaskData.Pass p = TaskData.Pass.decode(e.data());
      return new TenantSchedule(tenant, p.interval(), p.paused(), p.paused() ? null : e.executionTime(), e.picked());
    });
  }

  /**
   * Queues a changed host record for a real-time push on whichever node is free first (one-time execution). If a
   * pass holds the stream, it is tried again shortly.
   *
   * @param tenant the tenant id
   * @param type the record's entity type
   * @param hostId the record's host id
   */
  public void onHostChange(TenantId tenant, EntityType type, String hostId) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(type, "type == null");
    requireNonNull(hostId, "hostId == null");
    realTime(tenant, TaskData.RealTime.hostChange(type, hostId));
  }

  /**
   * Queues a verified ConnectWise callback for a real-time re-read on whichever node is free first.
   *
   * @param tenant the tenant id
   * @param change the callback, reduced to its record and action
   */
  public void onCallback(TenantId tenant, ConnectWiseChange change) {
    requireNonNull(tenant, "tenant == null");
    requireNonNull(change, "change == null");
    realTime(tenant, TaskData.RealTime.callback(change));
  }

  private void realTime(TenantId tenant, TaskData.RealTime work) {
    scheduler.schedule(new TaskInstance<>(TenantTasks.REAL_TIME, tenant.value() + "|" + UUID.randomUUID(),
        work.encode()), clock.instant());
  }

  /**
   * Starts running due executions on this node.
   *
   * @throws IllegalStateException if already started or closed
   */
  public synchronized void start() {
    if (closed || started) {
      throw new IllegalStateException(closed ? "scheduler is closed" : "already started");
    }
    started = true;
    scheduler.start();
  }

  /**
   * Stops this node: no new executions are claimed and running passes finish (up to the shutdown wait); the other
   * nodes take over the tenants. Does not close the coordinator. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (started) {
      scheduler.stop();
    }
  }

  private static TaskInstanceId id(TenantId tenant) {
    return TaskInstanceId.of(TenantTasks.PASS, tenant.value());
  }

  private record Current(String data, Instant executionTime, boolean picked) {
  }

  private Optional<Current> current(TenantId tenant) {
    return scheduler.getScheduledExecution(id(tenant)).map(e -> new Current((String) e.getData(),
        e.getExecutionTime(), e.isPicked()));
  }

  private void whenIdle(TenantId tenant, String what, Runnable change) {
    long deadline = System.nanoTime() + controlTimeout.toNanos();
    while (true) {
      try {
        change.run();
        return;
      } catch (TaskInstanceCurrentlyExecutingException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("cannot " + what + " tenant " + tenant + ": its pass has been running for"
              + " longer than the control timeout " + controlTimeout, e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting to " + what + " tenant " + tenant, ie);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ClusteredScheduler[defaultInterval=" + defaultInterval + "]";
  }

  /** Builds a {@link ClusteredScheduler}. Not thread-safe. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable SyncCoordinator coordinator;
    private @Nullable TenantDirectory tenants;
    private @Nullable String nodeId;
    private Duration defaultInterval = Flow.DEFAULT_INTERVAL;
    private int threads = 4;
    private Duration pollingInterval = Duration.ofSeconds(1);
    // 60 s x 5 = 5 minutes, the coordinator's default lease TTL: a node that takes a dead node's tenant over finds
    // its leases expired instead of meeting them and retrying.
    private Duration heartbeat = Duration.ofSeconds(60);
    private int missedHeartbeats = 5;
    private Duration leaseRetry = Duration.ofSeconds(5);
    private Duration controlTimeout = Duration.ofMinutes(1);
    private Duration shutdownMaxWait = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Consumer<SyncReport> onPass = r -> { };

    private Builder() {
    }

    /**
     * Sets the database (required): the one the stores use, holding {@code scheduled_tasks}.
     *
     * @param dataSource a pooled data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource == null");
      return this;
    }

    /**
     * Sets the coordinator that runs the passes (required). Do not also call its {@code start()}.
     *
     * @param coordinator the coordinator, with durable shared stores
     * @return this builder
     */
    public Builder coordinator(SyncCoordinator coordinator) {
      this.coordinator = requireNonNull(coordinator, "coordinator == null");
      return this;
    }

    /**
     * Sets where a node finds a tenant's configuration by id (required).
     *
     * @param tenants the directory
     * @return this builder
     */
    public Builder tenants(TenantDirectory tenants) {
      this.tenants = requireNonNull(tenants, "tenants == null");
      return this;
    }

    /**
     * Sets this node's name in {@code scheduled_tasks.picked_by} (default: the coordinator's node id).
     *
     * @param nodeId the name, unique in the cluster
     * @return this builder
     */
    public Builder nodeId(String nodeId) {
      this.nodeId = requireNonNull(nodeId, "nodeId == null");
      return this;
    }

    /**
     * Sets the interval of a tenant without flows, and the wait after a pass failed outside the engine (default 15
     * minutes).
     *
     * @param interval positive
     * @return this builder
     */
    public Builder defaultInterval(Duration interval) {
      this.defaultInterval = positive(interval, "defaultInterval");
      return this;
    }

    /**
     * Sets how many passes this node runs at once (default 4).
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets how often this node looks for due executions (default 1 second): the schedule's lag when idle.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder pollingInterval(Duration interval) {
      this.pollingInterval = positive(interval, "pollingInterval");
      return this;
    }

    /**
     * Sets how often a node marks its running executions alive (default 60 seconds) and how many missed beats make
     * an execution dead and due on another node (default 5). Keep {@code heartbeat * missed} at least the
     * coordinator's lease TTL, so the node that takes over finds the dead node's leases expired.
     *
     * @param heartbeat positive
     * @param missed at least 4
     * @return this builder
     */
    public Builder heartbeat(Duration heartbeat, int missed) {
      this.heartbeat = positive(heartbeat, "heartbeat");
      if (missed < 4) {
        // db-scheduler's own floor: fewer would declare a merely slow node dead.
        throw new IllegalArgumentException("missed heartbeats must be at least 4: " + missed);
      }
      this.missedHeartbeats = missed;
      return this;
    }

    /**
     * Sets when a pass or real-time work that found a stream leased by another node runs again (default 5 seconds).
     *
     * @param delay positive
     * @return this builder
     */
    public Builder leaseRetry(Duration delay) {
      this.leaseRetry = positive(delay, "leaseRetry");
      return this;
    }

    /**
     * Sets how long {@link #schedule}, {@link #pause}, {@link #resume} and {@link #remove} wait for a running pass
     * of the tenant to end (default 1 minute).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder controlTimeout(Duration timeout) {
      this.controlTimeout = positive(timeout, "controlTimeout");
      return this;
    }

    /**
     * Sets how long {@link #close()} waits for running passes (default 30 seconds).
     *
     * @param wait positive
     * @return this builder
     */
    public Builder shutdownMaxWait(Duration wait) {
      this.shutdownMaxWait = positive(wait, "shutdownMaxWait");
      return this;
    }

    /**
     * Sets the clock of next-run times (default UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets a listener told of every pass this node ran, on the worker thread, after the next run is planned.
     *
     * @param listener the listener; its exceptions are logged
     * @return this builder
     */
    public Builder onPass(Consumer<SyncReport> listener) {
      this.onPass = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the scheduler (it does not start).
     *
     * @return the scheduler
     * @throws IllegalStateException if the data source, coordinator or tenant directory is missing, or the database
     *     cannot be reached
     */
    public ClusteredScheduler build() {
      if (dataSource == null || coordinator == null || tenants == null) {
        throw new IllegalStateException("dataSource, coordinator and tenants are required");
      }
      return new ClusteredScheduler(this);
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }

}
