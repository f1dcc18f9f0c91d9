package io.cwsync.mapping;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.MappingContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A mapping context over in-memory links, for tests. */
final class TestContext implements MappingContext {
  private static final Tenant TENANT = Tenant.builder(TenantId.of("acme")).build();
  private final Map<String, Long> cwIds = new HashMap<>();
  private final Map<String, String> hostIds = new HashMap<>();
  private Set<String> changed = Set.of();
  private @Nullable Long parent;

  TestContext link(EntityType type, String hostId, long cwId) {
    cwIds.put(type.name() + "/" + hostId, cwId);
    hostIds.put(type.name() + "/" + cwId, hostId);
    return this;
  }

  TestContext changed(String... fields) {
    changed = Set.of(fields);
    return this;
  }

  TestContext parent(long cwId) {
    parent = cwId;
    return this;
  }

  @Override
  public Tenant tenant() {
    return TENANT;
  }

  @Override
  public Optional<Long> cwId(EntityType type, String hostId) {
    return Optional.ofNullable(cwIds.get(type.name() + "/" + hostId));
  }

  @Override
  public Optional<String> hostId(EntityType type, long cwId) {
    return Optional.ofNullable(hostIds.get(type.name() + "/" + cwId));
  }

  @Override
  public Set<String> changedHostFields() {
    return changed;
  }

  @Override
  public @Nullable Long parentCwId() {
    return parent;
  }

  @Override
  public boolean dryRun() {
    return false;
  }

  @Override
  public Instant now() {
    return Instant.parse("2026-01-01T00:00:00Z");
  }
}
