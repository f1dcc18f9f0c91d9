package io.cwsync.scheduler.db.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two db-scheduler tasks: a tenant's recurring pass (one execution per tenant, instance id = tenant id, data =
 * {@link TaskData.Pass}) and real-time work (one execution per change, data = {@link TaskData.RealTime}).
 *
 * <p>Design notes. db-scheduler's claim (a {@code picked} row, {@code SKIP LOCKED} on PostgreSQL) lets one node at a
 * time run a tenant's pass; the coordinator's leases still fence each stream, so real-time work and a pass on two
 * nodes never write one stream at once. A pass never throws out of here: a failure is logged and the tenant is due
 * again one interval later, so a failing tenant neither hot-loops nor holds back another tenant's schedule. The
 * next pass is due one interval after this one ended, as in core's in-process scheduler: a pass that started late
 * (a busy cluster) is never followed by a catch-up pass moments later, so a tenant is polled at most once per
 * interval. A throttled tenant is due when its {@code Retry-After} ends instead, and a pass that found a stream
 * leased elsewhere (a node that died mid-pass, whose lease has not expired yet) comes back after
 * {@code leaseRetry}.
 */
public final class TenantTasks {

  /** The recurring pass task's name. */
  public static final String PASS = "cwsync-tenant-pass";
  /** The real-time task's name. */
  public static final String REAL_TIME = "cwsync-real-time";
  /** Where a paused tenant's execution waits: far enough to never come, representable in every database. */
  public static final Instant PAUSED = Instant.parse("9000-01-01T00:00:00Z");

  private static final Logger LOG = LoggerFactory.getLogger(TenantTasks.class);

  private final SyncCoordinator coordinator;
  private final Function<TenantId, Optional<Tenant>> directory;
  private final Duration leaseRetry;
  private final Clock clock;
  private final Consumer<SyncReport> onPass;

  /**
   * Creates the tasks' handlers.
   *
   * @param coordinator runs the passes
   * @param directory finds tenants
   * @param leaseRetry when a pass that met another node's lease runs again
   * @param clock the time source
   * @param onPass told of every pass this node ran
   */
  public TenantTasks(SyncCoordinator coordinator, Function<TenantId, Optional<Tenant>> directory,
      Duration leaseRetry, Clock clock, Consumer<SyncReport> onPass) {
    this.coordinator = coordinator;
    this.directory = directory;
    this.leaseRetry = leaseRetry;
    this.clock = clock;
    this.onPass = onPass;
  }

  /** The recurring pass task. */
  public CustomTask<String> passTask(Duration failureRetry) {
    return Tasks.custom(PASS, String.class)
        .onFailure(new FailureHandler.OnFailureRetryLater<>(failureRetry))
        .onDeadExecutionRevive()
        .execute(this::pass);
  }

  /** The real-time task. */
  public CustomTask<String> realTimeTask(Duration failureRetry) {
    return Tasks.custom(REAL_TIME, String.class)
        // Work that keeps failing is retried ever more rarely, never dropped (its record also sits in the
        // coordinator's retry queue when the engine recorded the failure).
        .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(failureRetry))
        .onDeadExecutionRevive()
        .execute(this::realTime);
  }

  private CompletionHandler<String> pass(TaskInstance<String> instance, ExecutionContext ctx) {
    TenantId id = TenantId.of(instance.getId());
    TaskData.Pass data = TaskData.Pass.decode(instance.getData());
    if (data.paused()) {
      // Paused while this execution was already claimed: park it again.
      return (done, ops) -> ops.reschedule(done, PAUSED);
    }
    Optional<Tenant> tenant = directory.apply(id);
    if (tenant.isEmpty()) {
      LOG.warn("tenant {} is scheduled but the host no longer has it; its schedule is removed", id);
      return new CompletionHandler.OnCompleteRemove<>();
    }
    Instant next;
    try {
      // A scheduled pass: a stream a healthy callback covers costs no request (issue 11).
      SyncReport report = coordinator.runScheduledPass(tenant.get());
      Optional<Instant> throttledUntil = coordinator.takeThrottledUntil(id);
      Instant now = clock.instant();
      if (throttledUntil.isPresent()) {
        next = throttledUntil.get();
      } else if (report.streams().stream().anyMatch(s -> s.status() == StreamStatus.LEASE_HELD)) {
        next = earliest(now.plus(leaseRetry), now.plus(data.interval()));
      } else {
        next = now.plus(data.interval());
      }
      try {
        onPass.accept(report);
      } catch (RuntimeException e) {
        LOG.warn("pass listener failed", e);
      }
    } catch (RuntimeException e) {
      LOG.error("pass of tenant {} failed; next one interval later", id, e);
      next = clock.instant().plus(data.interval());
    }
    Instant due = next;
    return (done, ops) -> ops.reschedule(done, due);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private CompletionHandler<String> realTime(TaskInstance<String> instance, ExecutionContext ctx) {
    String instanceId = instance.getId();
    TenantId id = TenantId.of(instanceId.substring(0, instanceId.lastIndexOf('|')));
    TaskData.RealTime work = TaskData.RealTime.decode(instance.getData());
    Optional<Tenant> tenant = directory.apply(id);
    if (tenant.isEmpty()) {
      LOG.warn("real-time work for tenant {} dropped: the host no longer has the tenant", id);
      return new CompletionHandler.OnCompleteRemove<>();
    }
    EntityType type = EntityType.of(work.entityType());
    SyncReport report = work.kind().equals(TaskData.RealTime.HOST_CHANGE)
        ? coordinator.onHostChange(tenant.get(), type, work.id())
        : coordinator.onCallback(tenant.get(), new ConnectWiseChange(type, Long.parseLong(work.id()),
            ConnectWiseChange.Action.valueOf(work.action())));
    Optional<Instant> throttledUntil = coordinator.takeThrottledUntil(id);
    if (throttledUntil.isPresent()) {
      Instant due = throttledUntil.get();
      return (done, ops) -> ops.reschedule(done, due);
    }
    if (report.streams().stream().anyMatch(s -> s.status() == StreamStatus.LEASE_HELD)) {
      // A pass holds the stream; try again shortly rather than wait for the next poll.
      Instant due = clock.instant().plus(leaseRetry);
      return (done, ops) -> ops.reschedule(done, due);
    }
    return new CompletionHandler.OnCompleteRemove<>();
  }
}
