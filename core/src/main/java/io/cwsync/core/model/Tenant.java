package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tenant's sync configuration: its flows, how to find its credentials, its rate budget and whether it runs dry.
 * Immutable; build with {@link #builder(TenantId)}.
 *
 * @param id the tenant id
 * @param flows the flows, in a valid dependency order (see {@link #flowsInOrder()})
 * @param credentialsRef the key under which the {@link io.cwsync.core.spi.CredentialsProvider} finds the tenant's
 *     connection (defaults to the tenant id's value)
 * @param rateBudget the tenant's ConnectWise request budget
 * @param dryRun true to report what passes would create and update without writing anything
 */
public record Tenant(TenantId id, List<Flow> flows, String credentialsRef, RateBudget rateBudget, boolean dryRun) {

  /**
   * Validates and copies the components.
   *
   * @throws CwsyncException with {@link CoreErrorCode#INVALID_CONFIGURATION} if flow ids repeat, a dependency or parent is unknown, or dependencies form a
   *     cycle; the message lists every problem
   */
  public Tenant {
    requireNonNull(id, "id == null");
    requireNonNull(credentialsRef, "credentialsRef == null");
    requireNonNull(rateBudget, "rateBudget == null");
    flows = sort(id, List.copyOf(requireNonNull(flows, "flows == null")));
  }

  /**
   * Returns a builder.
   *
   * @param id the tenant id
   * @return a new builder with no flows, the default rate budget and dry run off
   */
  public static Builder builder(TenantId id) {
    return new Builder(id);
  }

  /**
   * Returns a builder initialised from this tenant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.flows.addAll(flows);
    b.credentialsRef = credentialsRef;
    b.rateBudget = rateBudget;
    b.dryRun = dryRun;
    return b;
  }

  /**
   * Returns the flows in dependency order (a flow after every flow it depends on; otherwise as declared).
   *
   * @return the flows
   */
  public List<Flow> flowsInOrder() {
    return flows;
  }

  /**
   * Finds a flow by id.
   *
   * @param flowId the flow id
   * @return the flow, or empty if none
   */
  public Optional<Flow> flow(String flowId) {
    return flows.stream().filter(f -> f.id().equals(flowId)).findFirst();
  }

  private static List<Flow> sort(TenantId tenant, List<Flow> flows) {
    Map<String, Flow> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Flow f : flows) {
      if (byId.putIfAbsent(f.id(), f) != null) {
        problems.add("flow id " + f.id() + " is used twice");
      }
    }
    for (Flow f : flows) {
      for (String d : f.dependencies()) {
        if (!byId.containsKey(d)) {
          problems.add("flow " + f.id() + " depends on unknown flow " + d);
        }
      }
    }
    if (problems.isEmpty()) {
      List<Flow> out = new ArrayList<>();
      Map<String, Integer> state = new HashMap<>();
      for (Flow f : byId.values()) {
        visit(f, byId, state, out, problems);
      }
      if (problems.isEmpty()) {
        return List.copyOf(out);
      }
    }
    throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
        "tenant " + tenant + ": " + String.join("; ", problems));
  }

  private static void visit(Flow f, Map<String, Flow> byId, Map<String, Integer> state, List<Flow> out,
      List<String> problems) {
    Integer s = state.get(f.id());
    if (s != null) {
      if (s == 1 && problems.stream().noneMatch(p -> p.startsWith("dependency cycle"))) {
        problems.add("dependency cycle through flow " + f.id());
      }
      return;
    }
    state.put(f.id(), 1);
    for (Flow other : byId.values()) {
      // Iterate in declaration order so the result is deterministic.
      if (f.dependencies().contains(other.id())) {
        visit(other, byId, state, out, problems);
      }
    }
    state.put(f.id(), 2);
    out.add(f);
  }

  /** Builds a {@link Tenant}. Not thread-safe. */
  public static final class Builder {
    private final TenantId id;
    private final List<Flow> flows = new ArrayList<>();
    private String credentialsRef;
    private RateBudget rateBudget = RateBudget.DEFAULT;
    private boolean dryRun;

    private Builder(TenantId id) {
      this.id = requireNonNull(id, "id == null");
      this.credentialsRef = id.value();
    }

    /**
     * Adds a flow.
     *
     * @param flow the flow
     * @return this builder
     */
    public Builder flow(Flow flow) {
      flows.add(requireNonNull(flow, "flow == null"));
      return this;
    }

    /**
     * Sets the credentials reference.
     *
     * @param credentialsRef the key for the credentials provider
     * @return this builder
     */
    public Builder credentialsRef(String credentialsRef) {
      this.credentialsRef = requireNonNull(credentialsRef, "credentialsRef == null");
      return this;
    }

    /**
     * Sets the rate budget.
     *
     * @param rateBudget the budget
     * @return this builder
     */
    public Builder rateBudget(RateBudget rateBudget) {
      this.rateBudget = requireNonNull(rateBudget, "rateBudget == null");
      return this;
    }

    /**
     * Turns dry run on or off.
     *
     * @param dryRun true to write nothing
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Builds the tenant.
     *
     * @return the tenant
     * @throws CwsyncException with {@link CoreErrorCode#INVALID_CONFIGURATION} if the flows are inconsistent
     */
    public Tenant build() {
      return new Tenant(id, flows, credentialsRef, rateBudget, dryRun);
    }
  }
}
