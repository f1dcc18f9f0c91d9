package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One {@link SyncRules} for a coordinator serving many tenants, each with its own rules (usually a
 * {@link ProfileSyncRules} from the tenant's profile).
 *
 * <p>Calls with a {@link MappingContext} are routed by {@link MappingContext#tenant()}. Core's
 * {@link #pullConditions} and {@link #suppressedUpdateFields} receive only the flow, so those are
 * routed by the flow: the flow instances of each registered {@link Tenant} (the coordinator passes
 * the tenant's own instances), else the one tenant with an equal flow; a flow equal in several
 * tenants whose rules differ cannot be routed and fails with a message saying so.
 *
 * <p>Immutable and thread-safe.
 */
public final class TenantRoutingRules implements SyncRules {

  private final Map<TenantId, SyncRules> byTenant;
  private final IdentityHashMap<Flow, SyncRules> byFlowInstance;
  private final Map<Flow, List<SyncRules>> byFlowValue;

  private TenantRoutingRules(Builder b) {
    byTenant = Map.copyOf(b.byTenant);
    byFlowInstance = new IdentityHashMap<>(b.byFlowInstance);
    Map<Flow, List<SyncRules>> values = new LinkedHashMap<>();
    b.byFlowValue.forEach((flow, rules) -> values.put(flow, List.copyOf(rules)));
    byFlowValue = values;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private SyncRules rules(MappingContext ctx) {
    SyncRules rules = byTenant.get(ctx.tenant().id());
    if (rules == null) {
      throw new CwsyncException(CoreErrorCode.UNKNOWN_TENANT,
          "no sync rules registered for tenant " + ctx.tenant().id());
    }
    return rules;
  }

  private SyncRules rules(Flow flow) {
    SyncRules rules = byFlowInstance.get(flow);
    if (rules != null) {
      return rules;
    }
    List<SyncRules> candidates = byFlowValue.getOrDefault(flow, List.of());
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    throw new CwsyncException(CoreErrorCode.UNKNOWN_FLOW, candidates.isEmpty()
        ? "flow " + flow.id() + " belongs to no registered tenant"
        : "flow " + flow.id() + " is shared by " + candidates.size() + " tenants with different "
            + "rules; pass each tenant's own Flow instances");
  }

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return rules(flow).pullConditions(flow, incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return rules(ctx).pullScope(flow, record, ctx);
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
      MappingContext ctx) {
    return rules(ctx).toHost(flow, record, existing, ctx);
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return rules(ctx).pushScope(flow, record, ctx);
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    return rules(ctx).toConnectWise(flow, record, existing, ctx);
  }

  @Override
  public Optional<Set<String>> connectWiseFields(Flow flow) {
    return rules(flow).connectWiseFields(flow);
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return rules(flow).suppressedUpdateFields(flow);
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    return rules(ctx).naturalKey(flow, record, ctx);
  }

  @Override
  public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    return rules(ctx).naturalKeyValues(flow, record, ctx);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return rules(ctx).hostNaturalKey(flow, record, ctx);
  }

  @Override
  public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return rules(ctx).hostNaturalKeys(flow, record, ctx);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return rules(ctx).cwFingerprint(flow, record, ctx);
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return rules(ctx).hostFingerprint(flow, record, ctx);
  }

  /** Builds a {@link TenantRoutingRules}. Not thread-safe. */
  public static final class Builder {
    private final Map<TenantId, SyncRules> byTenant = new LinkedHashMap<>();
    private final IdentityHashMap<Flow, SyncRules> byFlowInstance = new IdentityHashMap<>();
    private final Map<Flow, List<SyncRules>> byFlowValue = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a tenant's rules.
     *
     * @param tenant the tenant (its flows route the flow-only calls)
     * @param rules its rules
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the tenant is already registered
     */
    public Builder tenant(Tenant tenant, SyncRules rules) {
      requireNonNull(tenant, "tenant == null");
      requireNonNull(rules, "rules == null");
      if (byTenant.putIfAbsent(tenant.id(), rules) != null) {
        throw new IllegalStateException("tenant " + tenant.id() + " is already registered");
      }
      for (Flow flow : tenant.flowsInOrder()) {
        byFlowInstance.put(flow, rules);
        List<SyncRules> list = byFlowValue.computeIfAbsent(flow, f -> new ArrayList<>());
        if (!list.contains(rules)) {
          list.add(rules);
        }
      }
      return this;
    }

    /**
     * Builds the router.
     *
     * @return the router
     */
    public TenantRoutingRules build() {
      return new TenantRoutingRules(this);
    }
  }
}
