package io.cwsync.core.model;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.Resource;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stream definition: a ConnectWise resource paired with a host entity kind, a direction, update policies, a
 * schedule and dependencies. Immutable; build with {@link #builder(String, EntityType, Resource)}.
 *
 * <pre>{@code
 * Flow contacts = Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS)
 *     .direction(Direction.BOTH)
 *     .dependsOn("companies")                 // customers before contracts
 *     .build();
 * Flow quoteLines = Flow.builder("quote-lines", EntityType.FORECAST_ITEM, Resources.FORECAST_ITEMS)
 *     .direction(Direction.PUSH).parent("opportunities").build();
 * }</pre>
 *
 * @param id unique within a tenant ({@code [A-Za-z0-9._-]+}); names the stream in stores, logs and reports
 * @param entityType the neutral entity type (selects the host adapter and partitions links)
 * @param resource the ConnectWise resource
 * @param hostKind the host's name for the entity kind (for logs and audit; defaults to the entity type's name)
 * @param direction which way records move
 * @param pullPolicy whether pulls only create host records or also update them
 * @param pushPolicy whether pushes only create ConnectWise records or also update them
 * @param interval how often the scheduler runs the flow (15 minutes by default)
 * @param dependencies flow ids that must run (and complete) before this one in a pass
 * @param parent the parent flow's id for child resources (forecast items under opportunities, sites under
 *     companies); null for top-level resources. A child flow pushes under its parent's linked ConnectWise id; it
 *     pulls after the parent flow by visiting the parents whose {@code lastUpdated} moved since the child flow's
 *     cursor (a watermark over the parents), listing each one's children in full, applying them like a normal
 *     pull (the host record gets the parent's host id) and marking left scope the children the host holds under
 *     that parent ({@code HostAdapter.childrenOf}) that ConnectWise no longer lists
 * @param reconcileInterval how often a pass also runs a step of the flow's full-id reconciliation
 *     ({@code SyncCoordinator.reconcile}) after a completed pull; null (the default) for never, in which case the
 *     host calls {@code reconcile} itself. A scan in progress resumes on every pass until it completes. Only for
 *     top-level pull flows
 * @param ownership which side owns which host field ({@link FieldOwnership#inferred()} by default: the host owns the
 *     fields its adapter supplies)
 */
public record Flow(String id, EntityType entityType, Resource<?> resource, String hostKind, Direction direction,
    UpdatePolicy pullPolicy, UpdatePolicy pushPolicy, Duration interval, Set<String> dependencies,
    @Nullable String parent, @Nullable Duration reconcileInterval, FieldOwnership ownership) {

  /** The default schedule interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the id is malformed, the interval or reconcile interval is not positive, the
   *     flow depends on itself, or a reconcile interval is set on a child or push-only flow
   */
  public Flow {
    requireNonNull(id, "id == null");
    requireNonNull(entityType, "entityType == null");
    requireNonNull(resource, "resource == null");
    requireNonNull(hostKind, "hostKind == null");
    requireNonNull(direction, "direction == null");
    requireNonNull(pullPolicy, "pullPolicy == null");
    requireNonNull(pushPolicy, "pushPolicy == null");
    requireNonNull(interval, "interval == null");
    requireNonNull(ownership, "ownership == null");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("flow id must match [A-Za-z0-9._-]+: '" + id + "'");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("flow " + id + ": interval must be positive: " + interval);
    }
    dependencies = Set.copyOf(new LinkedHashSet<>(requireNonNull(dependencies, "dependencies == null")));
    if (dependencies.contains(id) || id.equals(parent)) {
      throw new IllegalArgumentException("flow " + id + " must not depend on itself");
    }
    if (reconcileInterval != null) {
      if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
        throw new IllegalArgumentException("flow " + id + ": reconcileInterval must be positive: "
            + reconcileInterval);
      }
      if (!direction.pulls() || parent != null) {
        throw new IllegalArgumentException("flow " + id + ": reconcileInterval needs a top-level pull flow");
      }
    }
  }

  /**
   * Returns a builder.
   *
   * @param id the flow id
   * @param entityType the neutral entity type
   * @param resource the ConnectWise resource
   * @return a new builder with direction {@link Direction#PULL}, {@link UpdatePolicy#CREATE_AND_UPDATE} both ways
   *     and a 15-minute interval
   */
  public static Builder builder(String id, EntityType entityType, Resource<?> resource) {
    return new Builder(id, entityType, resource);
  }

  /**
   * Returns a builder initialised from this flow.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, entityType, resource);
    b.hostKind = hostKind;
    b.direction = direction;
    b.pullPolicy = pullPolicy;
    b.pushPolicy = pushPolicy;
    b.interval = interval;
    b.dependencies.addAll(dependencies);
    b.parent = parent;
    b.reconcileInterval = reconcileInterval;
    b.ownership = ownership;
    return b;
  }

  /** Builds a {@link Flow}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final EntityType entityType;
    private final Resource<?> resource;
    private @Nullable String hostKind;
    private Direction direction = Direction.PULL;
    private UpdatePolicy pullPolicy = UpdatePolicy.CREATE_AND_UPDATE;
    private UpdatePolicy pushPolicy = UpdatePolicy.CREATE_AND_UPDATE;
    private Duration interval = DEFAULT_INTERVAL;
    private final Set<String> dependencies = new LinkedHashSet<>();
    private @Nullable String parent;
    private @Nullable Duration reconcileInterval;
    private FieldOwnership ownership = FieldOwnership.inferred();

    private Builder(String id, EntityType entityType, Resource<?> resource) {
      this.id = requireNonNull(id, "id == null");
      this.entityType = requireNonNull(entityType, "entityType == null");
      this.resource = requireNonNull(resource, "resource == null");
    }

    /**
     * Sets the host's name for the entity kind.
     *
     * @param hostKind the name, such as {@code "Client"}
     * @return this builder
     */
    public Builder hostKind(String hostKind) {
      this.hostKind = requireNonNull(hostKind, "hostKind == null");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = requireNonNull(direction, "direction == null");
      return this;
    }

    /**
     * Sets the pull update policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder pullPolicy(UpdatePolicy policy) {
      this.pullPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the push update policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder pushPolicy(UpdatePolicy policy) {
      this.pushPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets both update policies.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder updatePolicy(UpdatePolicy policy) {
      return pullPolicy(policy).pushPolicy(policy);
    }

    /**
     * Sets the schedule interval.
     *
     * @param interval positive; checked in {@link #build()}
     * @return this builder
     */
    public Builder interval(Duration interval) {
      this.interval = requireNonNull(interval, "interval == null");
      return this;
    }

    /**
     * Makes passes run a step of this flow's full-id reconciliation (deletes, G6) after a completed pull, once
     * {@code interval} has passed since the last scan completed (daily is typical); off by default.
     *
     * @param interval positive; checked in {@link #build()}
     * @return this builder
     */
    public Builder reconcileEvery(Duration interval) {
      this.reconcileInterval = requireNonNull(interval, "interval == null");
      return this;
    }

    /**
     * Adds flows that must run first.
     *
     * @param flowIds the flow ids
     * @return this builder
     */
    public Builder dependsOn(String... flowIds) {
      for (String f : flowIds) {
        dependencies.add(requireNonNull(f, "flowId == null"));
      }
      return this;
    }

    /**
     * Makes this a child flow of {@code parentFlowId} (which also becomes a dependency, so the child's pull runs
     * after the parent's in a pass and is skipped when the parent's does not complete).
     *
     * @param parentFlowId the parent flow's id
     * @return this builder
     */
    public Builder parent(String parentFlowId) {
      this.parent = requireNonNull(parentFlowId, "parentFlowId == null");
      dependencies.add(parentFlowId);
      return this;
    }

    /**
     * Sets which side owns which host field.
     *
     * @param ownership the ownership; {@link FieldOwnership#inferred()} by default
     * @return this builder
     */
    public Builder ownership(FieldOwnership ownership) {
      this.ownership = requireNonNull(ownership, "ownership == null");
      return this;
    }

    /**
     * Builds the flow.
     *
     * @return the flow
     * @throws IllegalArgumentException if a value is invalid
     */
    public Flow build() {
      return new Flow(id, entityType, resource, hostKind == null ? entityType.name() : hostKind, direction,
          pullPolicy, pushPolicy, interval, dependencies, parent, reconcileInterval, ownership);
    }
  }
}
