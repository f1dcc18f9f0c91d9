package io.cwsync.core.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.MappingContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@link MappingContext} of one record in a flow run. */
final class Ctx implements MappingContext {
  private final FlowRun run;
  private final Set<String> changed;
  private final @Nullable Long parentCwId;
  final @Nullable String parentHostId;

  Ctx(FlowRun run, Set<String> changed, @Nullable Long parentCwId) {
    this(run, changed, parentCwId, null);
  }

  Ctx(FlowRun run, Set<String> changed, @Nullable Long parentCwId, @Nullable String parentHostId) {
    this.run = run;
    this.changed = Set.copyOf(changed);
    this.parentCwId = parentCwId;
    this.parentHostId = parentHostId;
  }

  @Override
  public Tenant tenant() {
    return run.tenant;
  }

  @Override
  public Optional<Long> cwId(EntityType type, String hostId) {
    return run.links.findRefByHostId(run.tid, type, hostId).filter(l -> l.state() != LinkState.TOMBSTONED)
        .map(LinkRef::cwId);
  }

  @Override
  public Optional<String> hostId(EntityType type, long cwId) {
    return run.links.findRefByCwId(run.tid, type, cwId).filter(l -> l.state() != LinkState.TOMBSTONED)
        .map(LinkRef::hostId);
  }

  @Override
  public Set<String> changedHostFields() {
    return changed;
  }

  @Override
  public @Nullable Long parentCwId() {
    return parentCwId;
  }

  @Override
  public boolean dryRun() {
    return run.dry;
  }

  @Override
  public Instant now() {
    return run.clock.instant();
  }
}
