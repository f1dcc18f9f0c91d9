package io.cwsync.mapping.internal;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.HostQuoteLines;
import io.cwsync.mapping.MappingErrorCode;
import io.cwsync.mapping.RelatedRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the engine does with one entity kind: scope both ways, mapping both ways, natural keys and the
 * host fields it owns. {@link EntityMappers} has one subclass per kind, so {@link Engine} dispatches
 * by a map lookup instead of a string switch per operation. The defaults are those of a kind that is
 * neither pulled nor pushed. Immutable and thread-safe.
 *
 * @param <R> the ConnectWise record type of the kind
 */
abstract class EntityMapper<R extends ConnectWiseRecord> {

  final EntityType type;
  final Class<R> recordType;
  /** The {@code HostFields} class whose constants name the host fields this kind owns, if any. */
  final @Nullable Class<?> hostFields;
  final Parts parts;

  /** The shared mapping state and helpers every kind works with. */
  record Parts(Compiled c, PullFilter filter, CrmMapper crm, CatalogMapper catalog, ErpMapper erp,
      RelatedRecords related, HostQuoteLines quoteLines) {}

  EntityMapper(EntityType type, Class<R> recordType, @Nullable Class<?> hostFields, Parts parts) {
    this.type = type;
    this.recordType = recordType;
    this.hostFields = hostFields;
    this.parts = parts;
  }

  /** Whether this is a quoting-integration kind, whose updates the create-only modes do not sync. */
  boolean crm() {
    return false;
  }

  /** Whether the profile's selection switches sync this kind at all. */
  boolean selected() {
    return true;
  }

  /** Host fields owned besides the {@code HostFields} constants and the field rules' fields. */
  Set<String> extraOwnedFields() {
    return Set.of();
  }

  /**
   * The top-level ConnectWise fields that {@link #pullScope}, {@link #toHost} and {@link #hostNaturalKeys} read
   * (the fingerprint is made of {@code toHost}'s values), for {@code fields=} on page reads; empty when the kind
   * needs whole records. The lists are {@link EntityMappers#PULLED_FIELDS}, one per kind that has one.
   */
  final Optional<Set<String>> connectWiseFields() {
    return Optional.ofNullable(EntityMappers.PULLED_FIELDS.get(type));
  }

  boolean pullScope(R record, MappingContext ctx) {
    return true;
  }

  /** Whether a pulled change updates {@code existing}; otherwise it is kept as it is. */
  boolean updatesPulled(HostRecord existing) {
    return !crm() || parts.c().profile.mode().syncsUpdates();
  }

  HostRecord toHost(R record, @Nullable HostRecord existing, MappingContext ctx) {
    throw unsupported("pulled");
  }

  boolean pushScope(HostRecord r, MappingContext ctx) {
    return false;
  }

  /** Whether a host change updates the linked ConnectWise record; otherwise it is kept as it is. */
  boolean updatesPushed() {
    return !crm() || parts.c().profile.mode().syncsUpdates();
  }

  R toConnectWise(HostRecord r, @Nullable R existing, MappingContext ctx) {
    throw unsupported("pushed");
  }

  Optional<Condition> naturalKey(HostRecord r) {
    return naturalKeyValues(r).map(NaturalKey::condition);
  }

  /** The natural key as field values, so core can batch the lookups of a page; none by default. */
  Optional<NaturalKey> naturalKeyValues(HostRecord r) {
    return Optional.empty();
  }

  Optional<Map<String, Object>> hostNaturalKey(R record) {
    return Optional.empty();
  }

  /** Every host natural key of the record, in the order to try; by default the one of {@link #hostNaturalKey}. */
  List<Map<String, Object>> hostNaturalKeys(R record) {
    return hostNaturalKey(record).map(List::of).orElse(List.of());
  }

  /**
   * The values core fingerprints a pulled record by, or {@code null} (the default) for the host values it maps to.
   * A kind whose records cannot be mapped back to the host says here what is stable about them instead.
   */
  @Nullable Map<String, Object> cwFingerprint(R record, MappingContext ctx) {
    return null;
  }

  /**
   * The host record a pull writes, shaped as the host will read it back (the default: as mapped). Not used for
   * fingerprints of the ConnectWise side, which must not depend on the host's state.
   */
  HostRecord asStored(HostRecord mapped, R record) {
    return mapped;
  }

  /** The record as this kind's type, or a typed error naming the flow's kind and what it got. */
  R cast(ConnectWiseRecord record) {
    if (!recordType.isInstance(record)) {
      throw Errors.record(MappingErrorCode.INVALID_VALUE, type,
          record.id() == null ? null : record.id().toString(), null, "a " + type
              + " flow needs ConnectWise " + recordType.getSimpleName() + " records, got "
              + record.getClass().getSimpleName());
    }
    return recordType.cast(record);
  }

  final RuntimeException unsupported(String how) {
    return Errors.error(MappingErrorCode.INVALID_VALUE,
        "entity type '" + type + "' is not " + how + " by the profile rules");
  }
}
