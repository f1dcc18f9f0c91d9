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
 * <p>Immutable and thread-safe. One instance serves one tenant (its profile); the coordinator needs
 * one per tenant because {@link #pullConditions} and {@link #suppressedUpdateFields} receive no
 * tenant.
 */
public final class ProfileSyncRules implements SyncRules {

  private final SyncProfile profile;
  private final Engine engine;

  private ProfileSyncRules(SyncProfile profile, ReferenceData reference, RelatedRecords related) {
    this.profile = profile;
    this.engine = new Engine(profile, reference, related);
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
    return create(profile, reference, RelatedRecords.none());
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
    requireNonNull(profile, "profile == null");
    requireNonNull(reference, "reference == null");
    requireNonNull(related, "related == null");
    ProfileValidator.requireValid(profile, reference);
    List<String> needs = Engine.needsRelated(profile);
    if (related == RelatedRecords.none() && !needs.isEmpty()) {
      throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
          "settings " + needs + " look at related ConnectWise records; create the rules with a "
              + "RelatedRecords implementation");
    }
    return new ProfileSyncRules(profile, reference, related);
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
    return engine.pullConditions(flow.entityType(), incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return engine.pullScope(flow.entityType(), record, ctx) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
      MappingContext ctx) {
    return engine.toHost(flow.entityType(), record, existing, ctx);
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return engine.pushScope(flow.entityType(), record, ctx) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    return engine.toConnectWise(flow.entityType(), record, existing, ctx);
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return profile.fieldRules(flow.entityType()).neverUpdated();
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    return engine.naturalKey(flow.entityType(), record);
  }

  @Override
  public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    return engine.naturalKeyValues(flow.entityType(), record);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return engine.hostNaturalKey(flow.entityType(), record);
  }

  @Override
  public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return engine.hostNaturalKeys(flow.entityType(), record);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record,
      MappingContext ctx) {
    return engine.fingerprint(flow.entityType(), toHost(flow, record, null, ctx).fields());
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return engine.fingerprint(flow.entityType(), record.fields());
  }

  @Override
  public String toString() {
    return "ProfileSyncRules{mode=" + profile.mode() + "}";
  }
}
