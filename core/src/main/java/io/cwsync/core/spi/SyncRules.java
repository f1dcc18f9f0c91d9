package io.cwsync.core.spi;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The port through which the coordinator asks what to sync and how: filters, record mapping both ways, natural keys
 * and fingerprint normalisation. Module {@code mapping} implements it from a {@code SyncProfile}; a host may plug its
 * own.
 *
 * <p>Implementations must be thread-safe (one instance serves every tenant, possibly concurrently) and
 * deterministic: the same inputs must give the same outputs, or fingerprints never settle. Mapping failures are
 * thrown as {@link io.cwsync.core.CwsyncException} naming the record and field (such as
 * {@link io.cwsync.core.CoreErrorCode#MAPPING_FAILED} or {@link io.cwsync.core.CoreErrorCode#MISSING_REFERENCE});
 * the coordinator records them for retry or parks them, per {@link io.cwsync.core.ErrorCode#retryable()}.
 *
 * <p>Fingerprints: both sides' fingerprints should live in the same (host) value space, so a ConnectWise record that
 * carries exactly what the host record holds fingerprints like it. The defaults do that: a ConnectWise record's
 * fingerprint is its {@link #toHost} mapping, a host record's is its fields. Override them to restrict to owned
 * fields. Core normalises the values before hashing (blank text is absent, decimals compare by value, dates by instant).
 */
public interface SyncRules {

  /**
   * Returns the conditions to push down to ConnectWise when pulling a flow (P6: a filter on a value that changes,
   * such as a status, must not be pushed down on incremental pulls, or records leaving scope are never seen).
   * The coordinator adds its own {@code lastUpdated} bounds.
   *
   * @param flow the flow
   * @param incremental true when pulling changes since a watermark; false for the first full pull
   * @return the conditions, or empty for none
   */
  Optional<Condition> pullConditions(Flow flow, boolean incremental);

  /**
   * Decides whether a pulled ConnectWise record is in the flow's scope (every filter, including those pushed down,
   * because callbacks are not filtered by ConnectWise).
   *
   * @param flow the flow
   * @param record the ConnectWise record
   * @param ctx the mapping context
   * @return the decision
   */
  Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx);

  /**
   * Maps a ConnectWise record to host values.
   *
   * @param flow the flow
   * @param record the ConnectWise record
   * @param existing the linked host record as it is now; null for a create
   * @param ctx the mapping context
   * @return the host record to create (host id null) or the fields to update (host id of {@code existing})
   */
  HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx);

  /**
   * Decides whether a host record is pushed (modes, "won and signed only", closed opportunities). Core already
   * skips records with {@link HostRecord#syncOptOut()}.
   *
   * @param flow the flow
   * @param record the host record
   * @param ctx the mapping context; {@link MappingContext#changedHostFields()} is already filled: every field for a
   *     record not linked yet, otherwise the fields changed since the last sync
   * @return the decision
   */
  Scope pushScope(Flow flow, HostRecord record, MappingContext ctx);

  /**
   * Maps a host record to the ConnectWise record it should become.
   *
   * @param flow the flow
   * @param record the host record
   * @param existing the linked ConnectWise record as it is now; null for a create
   * @param ctx the mapping context ({@link MappingContext#changedHostFields()} says which host fields changed)
   * @return for a create, the record to POST (id null); for an update, {@code existing} with the mapped changes
   *     applied: core PATCHes only the fields that differ from {@code existing} and are not suppressed, and sends
   *     nothing if none differ
   */
  ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx);

  /**
   * Returns the ConnectWise fields the coordinator may restrict a flow's page reads to ({@code fields=}), so that
   * ConnectWise sends and the client decodes only what the flow uses: top-level JSON names, as in {@code Patch}
   * paths. The set must hold every field {@link #pullScope}, {@link #toHost}, {@link #cwFingerprint} and
   * {@link #hostNaturalKeys} read from a pulled record: a field left out arrives absent, which these methods would
   * take as empty. Core adds what it reads itself ({@code id}, {@code _info}). Records read for other purposes
   * (pushes, lookups, retries by id, callbacks) stay whole.
   *
   * @param flow the flow
   * @return the fields, or empty (the default) when the flow needs whole records
   */
  default Optional<Set<String>> connectWiseFields(Flow flow) {
    return Optional.empty();
  }

  /**
   * Returns the ConnectWise fields (top-level JSON names, as in {@code Patch} paths) never sent on updates, such as
   * the fields a customer asked not to overwrite.
   *
   * @param flow the flow
   * @return the suppressed field names; empty by default
   */
  default Set<String> suppressedUpdateFields(Flow flow) {
    return Set.of();
  }

  /**
   * Returns conditions that find the ConnectWise record a host record corresponds to, by a deterministic unique key
   * (the host id stamped in a custom field, an exact identifier, the ERP customer number in {@code identifier} or
   * {@code accountNumber}); never a name alone (P9). Used before every create and to resolve a create whose outcome
   * is unknown (G4). Exclude deleted records.
   *
   * @param flow the flow
   * @param record the host record
   * @param ctx the mapping context
   * @return the conditions, or empty if the flow has no natural key (an unknown create outcome is then parked)
   */
  default Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    return Optional.empty();
  }

  /**
   * Returns {@link #naturalKey}'s key as field values, so core can look up the keys of a whole page of host records
   * with one query per page and match them in memory. Core uses it only when its {@link NaturalKey#condition()}
   * renders exactly as {@link #naturalKey} for the same record (so a subclass that overrides only
   * {@link #naturalKey} keeps its per-record lookup); otherwise, and when empty, it looks the record up on its own.
   *
   * @param flow the flow
   * @param record the host record
   * @param ctx the mapping context
   * @return the key, or empty to look this record up with {@link #naturalKey} alone (the default)
   */
  default Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    return Optional.empty();
  }

  /**
   * Returns the host fields that identify the host record a pulled ConnectWise record corresponds to (ERP customer
   * matching), for {@link HostAdapter#findByNaturalKey}.
   *
   * @param flow the flow
   * @param record the ConnectWise record
   * @param ctx the mapping context
   * @return field name to value, or empty for no lookup
   */
  default Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return Optional.empty();
  }

  /**
   * Returns every host natural key of a pulled ConnectWise record, in the order to try (the ERP matches a customer
   * by the company identifier or by the account number: both are tried). Core looks each one up with
   * {@link HostAdapter#findByNaturalKey} and links only when all the matches together name exactly one host record;
   * matches naming several are an ambiguity, parked as a conflict.
   *
   * @param flow the flow
   * @param record the ConnectWise record
   * @param ctx the mapping context
   * @return the keys; by default {@link #hostNaturalKey}'s one key, if any
   */
  default List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return hostNaturalKey(flow, record, ctx).map(List::of).orElse(List.of());
  }

  /**
   * Returns the values that fingerprint a ConnectWise record (G5), in the host value space.
   *
   * @param flow the flow
   * @param record the ConnectWise record
   * @param ctx the mapping context
   * @return the values; by default {@link #toHost}'s fields for a create
   */
  default Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return toHost(flow, record, null, ctx).fields();
  }

  /**
   * Returns the values that fingerprint a host record (G5).
   *
   * @param flow the flow
   * @param record the host record
   * @param ctx the mapping context
   * @return the values; by default all its fields
   */
  default Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return record.fields();
  }
}
