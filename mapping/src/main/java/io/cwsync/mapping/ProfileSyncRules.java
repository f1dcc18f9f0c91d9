package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.connectwise.ReferenceDataCache;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncReport;
import io.cwsync.mapping.internal.Engine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Core's {@link SyncRules} port implemented from one tenant's {@link SyncProfile}: pull filters
 * (pushed down where safe, always checked in memory), push scope (modes, won and signed documents,
 * closed opportunities, ERP customer filters, per-record opt-out), record mapping both ways, natural
 * keys, suppressed update fields and fingerprints.
 *
 * <p>Entities by flow entity type: {@code company} (client companies and ERP customers),
 * {@code contact}, {@code opportunity}, {@code forecast_item} (quote lines), {@code opportunity_note}
 * (won documents), {@code product} (catalog items), {@code tax_code} (tax regions), {@code site}
 * (child customers as company sites), {@code agreement} and {@code invoice} (contracts),
 * {@code ticket} and {@code time_entry} (service calls and labour), {@code sales_order} and
 * {@code sales_order_line} (ConnectWise product items on sales orders). Host field names are in
 * {@link HostFields}.
 *
 * <p>Create-only modes ({@link SyncMode#PULL_ONLY}, {@link SyncMode#PULL_NEW_AND_PUSH_WON}) and the
 * product update switches are enforced here as well as through flow policies: an update they forbid
 * maps to the existing record unchanged, so nothing is written. Likewise an opportunity already
 * closed in the host is left as is by pulls unless {@link PushRules#keepSyncingClosedOpportunities()}.
 *
 * <p>What the rules do for every host, so that no host wraps them: a pulled quote line (forecast item) is mapped to
 * the shape the host stores ({@link HostQuoteLines}) and is out of scope when it sells an inactive catalog item the
 * host has no product for; a won document's ConnectWise note (push-only, never mapped back) is fingerprinted by its
 * text; a contact out of the pull's scope is fingerprinted without mapping its company.
 *
 * <p>Reference data: a fixed {@link ReferenceData} snapshot, or the client's {@link ReferenceDataCache}, read once
 * per pass: register the rules as a listener of the coordinator ({@code .listener(rules)}) and each finished pass
 * makes the next one read the tenant's reference data again (and validate the profile against it again).
 *
 * <pre>{@code
 * ProfileSyncRules rules = ProfileSyncRules.builder(profile)
 *     .reference(client.referenceData())                  // or a ReferenceData snapshot
 *     .related(ConnectWiseRelatedRecords.using(client))
 *     .quoteLines(quoteLineAdapter)                        // optional
 *     .build();                                            // validates the profile
 * SyncCoordinator coordinator = SyncCoordinator.builder().rules(rules).listener(rules)...build();
 * }</pre>
 *
 * <p>Thread-safe. One instance serves one tenant (its profile); the coordinator needs one per tenant because
 * {@link #pullConditions} and {@link #suppressedUpdateFields} receive no tenant.
 */
public final class ProfileSyncRules implements SyncRules, SyncListener {

  private final SyncProfile profile;
  private final RelatedRecords related;
  private final HostQuoteLines quoteLines;
  private final @Nullable ReferenceDataCache source;
  private volatile Applied applied;
  private volatile boolean stale;

  /** A reference data snapshot and the engine compiled against it; swapped together. */
  private record Applied(ReferenceData reference, Engine engine) {}

  private ProfileSyncRules(Builder b, ReferenceData reference) {
    this.profile = b.profile;
    this.related = b.related;
    this.quoteLines = b.quoteLines;
    this.source = b.source;
    this.applied = new Applied(reference, new Engine(profile, reference, related, quoteLines));
  }

  /**
   * Creates the rules for a profile whose filters need no related records.
   *
   * @param profile the tenant's profile
   * @param reference the tenant's reference data
   * @return the rules
   * @throws NullPointerException if an argument is null
   * @throws CwsyncException {@link MappingErrorCode#PROFILE_INVALID} listing every validation
   *     problem, or {@link CoreErrorCode#INVALID_CONFIGURATION} if a filter needs related records
   */
  public static ProfileSyncRules create(SyncProfile profile, ReferenceData reference) {
    return builder(profile).reference(reference).build();
  }

  /**
   * Creates the rules.
   *
   * @param profile the tenant's profile
   * @param reference the tenant's reference data
   * @param related facts about related ConnectWise records, for the filters that need them
   * @return the rules
   * @throws NullPointerException if an argument is null
   * @throws CwsyncException {@link MappingErrorCode#PROFILE_INVALID} listing every validation
   *     problem, or {@link CoreErrorCode#INVALID_CONFIGURATION} if a filter needs related records
   *     and {@code related} is {@link RelatedRecords#none()}
   */
  public static ProfileSyncRules create(SyncProfile profile, ReferenceData reference,
      RelatedRecords related) {
    return builder(profile).reference(reference).related(related).build();
  }

  /**
   * Starts the rules of a profile.
   *
   * @param profile the tenant's profile
   * @return a builder
   * @throws NullPointerException if {@code profile} is null
   */
  public static Builder builder(SyncProfile profile) {
    return new Builder(requireNonNull(profile, "profile == null"));
  }

  /**
   * Returns the reference data the rules apply now (the snapshot of the current pass when they read through the
   * client's cache).
   *
   * @return the reference data
   */
  public ReferenceData reference() {
    return engineState().reference();
  }

  /**
   * {@inheritDoc}
   *
   * <p>With reference data read through the client's cache, the next pass reads it again: the cache's entries
   * are dropped and the rules are compiled and validated again on their next use.
   */
  @Override
  public void onPassFinished(SyncReport report) {
    if (source != null) {
      stale = true;
    }
  }

  private Applied engineState() {
    if (stale) {
      synchronized (this) {
        if (stale) {
          ReferenceDataCache cache = requireNonNull(source);
          cache.invalidateAll();
          ReferenceData reference = ReferenceData.from(cache);
          ProfileValidator.requireValid(profile, reference);
          applied = new Applied(reference, new Engine(profile, reference, related, quoteLines));
          stale = false;
        }
      }
    }
    return applied;
  }

  private Engine engine() {
    return engineState().engine();
  }

  /**
   * Returns the profile these rules apply.
   *
   * @return the profile
   */
  public SyncProfile profile() {
    return profile;
  }

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return engine().pullConditions(flow.entityType(), incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return engine().pullScope(flow.entityType(), record, ctx) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
      MappingContext ctx) {
    return engine().toHost(flow.entityType(), record, existing, ctx);
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return engine().pushScope(flow.entityType(), record, ctx) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    return engine().toConnectWise(flow.entityType(), record, existing, ctx);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Companies, contacts and opportunities: the fields their mapping, filters, natural keys and fingerprints
   * read (custom fields whole). Every other kind reads whole records.
   */
  @Override
  public Optional<Set<String>> connectWiseFields(Flow flow) {
    return engine().connectWiseFields(flow.entityType());
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return profile.fieldRules(flow.entityType()).neverUpdated();
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    return engine().naturalKey(flow.entityType(), record);
  }

  @Override
  public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    return engine().naturalKeyValues(flow.entityType(), record);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return engine().hostNaturalKey(flow.entityType(), record);
  }

  @Override
  public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return engine().hostNaturalKeys(flow.entityType(), record);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return engine().cwFingerprint(flow.entityType(), record, ctx);
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return engine().fingerprint(flow.entityType(), record.fields());
  }

  @Override
  public String toString() {
    return "ProfileSyncRules{mode=" + profile.mode() + "}";
  }

  /**
   * Builds {@link ProfileSyncRules}. Not thread-safe.
   */
  public static final class Builder {
    private final SyncProfile profile;
    private @Nullable ReferenceData reference;
    private @Nullable ReferenceDataCache source;
    private RelatedRecords related = RelatedRecords.none();
    private HostQuoteLines quoteLines = HostQuoteLines.asMapped();

    private Builder(SyncProfile profile) {
      this.profile = profile;
    }

    /**
     * Applies a fixed reference data snapshot (required, this or {@link #reference(ReferenceDataCache)}).
     *
     * @param reference the tenant's reference data
     * @return this builder
     * @throws NullPointerException if {@code reference} is null
     * @throws IllegalStateException if the client's cache was set already
     */
    public Builder reference(ReferenceData reference) {
      Checks.requireState(source == null, "reference data already read through the client's cache");
      this.reference = requireNonNull(reference, "reference == null");
      return this;
    }

    /**
     * Reads the tenant's reference data through the client's cache, once per pass (required, this or
     * {@link #reference(ReferenceData)}). Register the rules as a listener of the coordinator so that a finished
     * pass makes the next one read it again.
     *
     * @param cache the tenant client's {@code referenceData()}
     * @return this builder
     * @throws NullPointerException if {@code cache} is null
     * @throws IllegalStateException if a snapshot was set already
     */
    public Builder reference(ReferenceDataCache cache) {
      Checks.requireState(reference == null, "a reference data snapshot was set already");
      this.source = requireNonNull(cache, "cache == null");
      return this;
    }

    /**
     * Sets the facts about related ConnectWise records that some filters need (default
     * {@link RelatedRecords#none()}).
     *
     * @param related the related records, usually {@link ConnectWiseRelatedRecords}
     * @return this builder
     * @throws NullPointerException if {@code related} is null
     */
    public Builder related(RelatedRecords related) {
      this.related = requireNonNull(related, "related == null");
      return this;
    }

    /**
     * Sets the host's view of the quote lines it stores (default {@link HostQuoteLines#asMapped()}).
     *
     * @param quoteLines usually the host's quote line adapter
     * @return this builder
     * @throws NullPointerException if {@code quoteLines} is null
     */
    public Builder quoteLines(HostQuoteLines quoteLines) {
      this.quoteLines = requireNonNull(quoteLines, "quoteLines == null");
      return this;
    }

    /**
     * Builds the rules, reading the reference data now when it comes from the client's cache.
     *
     * @return the rules
     * @throws IllegalStateException if no reference data was given
     * @throws CwsyncException {@link MappingErrorCode#PROFILE_INVALID} listing every validation
     *     problem, or {@link CoreErrorCode#INVALID_CONFIGURATION} if a filter needs related records
     *     and the related records are {@link RelatedRecords#none()}
     * @throws io.cwsync.connectwise.ConnectWiseException if the reference data cannot be read
     */
    public ProfileSyncRules build() {
      Checks.requireState(reference != null || source != null, "reference data required: a snapshot or the client's "
          + "referenceData() cache");
      ReferenceData snapshot = reference != null ? reference : ReferenceData.from(requireNonNull(source));
      ProfileValidator.requireValid(profile, snapshot);
      List<String> needs = Engine.needsRelated(profile);
      if (related == RelatedRecords.none() && !needs.isEmpty()) {
        throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
            "settings " + needs + " look at related ConnectWise records; create the rules with a "
                + "RelatedRecords implementation");
      }
      return new ProfileSyncRules(this, snapshot);
    }
  }
}
