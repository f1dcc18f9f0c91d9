package io.cwsync.core.support;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanyBuilder;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Test rules for companies: host {@code code}/{@code name}/{@code phone} to ConnectWise
 * {@code identifier}/{@code name}/{@code phoneNumber}; natural key {@code identifier}; host records whose name
 * starts with "skip" and companies whose name starts with "out" are out of scope.
 */
public final class CompanyRules implements SyncRules {

  public Set<String> suppressed = Set.of();
  public boolean naturalKey = true;
  /** The {@link MappingContext#changedHostFields()} each {@link #pushScope} call saw, in call order. */
  public final java.util.List<Set<String>> pushScopeChanged = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Once linked, a record is pushed only if one of these fields changed (empty: no such rule). */
  public Set<String> linkedPushedOnlyIfChanged = Set.of();

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return Optional.empty();
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    String name = ((Company) record).name();
    return name != null && name.startsWith("out") ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
      MappingContext ctx) {
    Company c = (Company) record;
    HostRecord.Builder b = HostRecord.builder(EntityType.COMPANY, existing == null ? null : existing.hostId());
    if (c.identifier() != null) {
      b.field("code", c.identifier());
    }
    if (c.name() != null) {
      b.field("name", c.name());
    }
    if (c.phoneNumber() != null) {
      b.field("phone", c.phoneNumber());
    }
    return b.build();
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    pushScopeChanged.add(Set.copyOf(ctx.changedHostFields()));
    boolean linked = record.hostId() != null && ctx.cwId(EntityType.COMPANY, record.hostId()).isPresent();
    if (linked && !linkedPushedOnlyIfChanged.isEmpty()
        && ctx.changedHostFields().stream().noneMatch(linkedPushedOnlyIfChanged::contains)) {
      return Scope.OUT_OF_SCOPE;
    }
    Object name = record.field("name");
    return name instanceof String s && s.startsWith("skip") ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE;
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    CompanyBuilder b = existing == null ? Company.builder() : ((Company) existing).toBuilder();
    Set<String> changed = ctx.changedHostFields();
    if (existing == null || changed.contains("code")) {
      b.identifier((String) record.field("code"));
    }
    if (existing == null || changed.contains("name")) {
      b.name((String) record.field("name"));
    }
    if (existing == null || changed.contains("phone")) {
      b.phoneNumber((String) record.field("phone"));
    }
    return b.build();
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return suppressed;
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    Object code = record.field("code");
    return naturalKey && code instanceof String s ? Optional.of(Condition.field("identifier").eq(s))
        : Optional.empty();
  }

  @Override
  public java.util.Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    java.util.Map<String, Object> m = new java.util.TreeMap<>();
    for (String k : new String[] {"code", "name", "phone"}) {
      if (record.field(k) != null) {
        m.put(k, record.field(k));
      }
    }
    return m;
  }
}
