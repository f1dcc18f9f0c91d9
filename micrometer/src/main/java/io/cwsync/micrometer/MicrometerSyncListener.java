package io.cwsync.micrometer;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.StreamReport;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SyncListener} that records the coordinator's work as Micrometer meters tagged by tenant, flow and
 * outcome: {@code cwsync.records}, {@code cwsync.streams}, {@code cwsync.passes} and
 * {@code cwsync.reconcile.aborted} (see the {@linkplain io.cwsync.micrometer package} for the tags).
 *
 * <p>Thread-safe: the coordinator calls it from its worker threads. Meters are registered on first use and
 * cached, so the per-record path costs one map lookup.
 *
 * <pre>{@code
 * SyncCoordinator.builder().listener(MicrometerSyncListener.create(registry))...
 * }</pre>
 */
public final class MicrometerSyncListener implements SyncListener {

  private final MeterRegistry registry;
  private final Tags common;
  private final Map<List<Object>, Counter> records = new ConcurrentHashMap<>();

  private MicrometerSyncListener(MeterRegistry registry, Tags common) {
    this.registry = registry;
    this.common = common;
  }

  /**
   * Returns a listener recording into {@code registry}.
   *
   * @param registry the registry
   * @return the listener
   */
  public static MicrometerSyncListener create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * Returns a listener recording into {@code registry}, adding {@code commonTags} (such as the application or
   * node) to every meter.
   *
   * @param registry the registry
   * @param commonTags tags added to every meter
   * @return the listener
   */
  public static MicrometerSyncListener create(MeterRegistry registry, Iterable<io.micrometer.core.instrument.Tag>
      commonTags) {
    return new MicrometerSyncListener(requireNonNull(registry, "registry == null"),
        Tags.of(requireNonNull(commonTags, "commonTags == null")));
  }

  @Override
  public void onRecord(TenantId tenant, String flowId, EntityType type, Direction direction, SyncAction action,
      Outcome outcome) {
    records.computeIfAbsent(List.of(tenant, flowId, type, direction, action, outcome), k -> Counter
        .builder("cwsync.records")
        .description("Records handled, by what was done and how it ended")
        .tags(common)
        .tags("tenant", tenant.value(), "flow", flowId, "entity", type.name(), "direction", lower(direction),
            "action", lower(action), "outcome", lower(outcome))
        .register(registry)).increment();
  }

  @Override
  public void onStreamFinished(TenantId tenant, StreamReport report) {
    Timer.builder("cwsync.streams")
        .description("Pull, push and reconcile runs of a flow")
        .tags(common)
        .tags("tenant", tenant.value(), "flow", report.flowId(), "direction", lower(report.direction()),
            "status", lower(report.status()))
        .register(registry)
        .record(between(report.startedAt(), report.finishedAt()));
  }

  @Override
  public void onPassFinished(SyncReport report) {
    boolean success = report.streams().stream().allMatch(s -> s.status() == StreamStatus.COMPLETED);
    Timer.builder("cwsync.passes")
        .description("Passes over a tenant")
        .tags(common)
        .tags("tenant", report.tenant().value(), "outcome", success ? "success" : "failure")
        .register(registry)
        .record(between(report.startedAt(), report.finishedAt()));
  }

  @Override
  public void onMassDeleteAborted(TenantId tenant, String flowId, long wouldTombstone, long linked) {
    Counter.builder("cwsync.reconcile.aborted")
        .description("Reconciliation diffs refused by the mass-delete guard")
        .tags(common)
        .tags("tenant", tenant.value(), "flow", flowId)
        .register(registry)
        .increment();
  }

  private static Duration between(java.time.Instant start, java.time.Instant end) {
    Duration d = Duration.between(start, end);
    return d.isNegative() ? Duration.ZERO : d;
  }

  // Locale.ROOT: tag values must not depend on the default locale (Turkish turns FAILED into "faıled").
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
