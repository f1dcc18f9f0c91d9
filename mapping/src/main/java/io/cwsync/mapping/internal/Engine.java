package io.cwsync.mapping.internal;

import static io.cwsync.mapping.internal.Values.text;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.FieldRules;
import io.cwsync.mapping.HostQuoteLines;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.RelatedRecords;
import io.cwsync.mapping.SyncProfile;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches the {@code SyncRules} operations by entity type to the kind's {@link EntityMapper}.
 *
 * <p>Design notes: all profile lookups are resolved once in {@link Compiled}; per record the
 * engine does one map lookup for the kind and builds one target record. The checks every kind
 * shares (selection switches, create-only modes, opt-out) are made here, the rest by the kind.
 * Immutable and thread-safe.
 */
public final class Engine {

  private final Compiled c;
  private final PullFilter filter;
  private final EntityMapper.Parts parts;
  private final Map<String, EntityMapper<?>> mappers;
  private final Map<String, Set<String>> ownedFields = new HashMap<>();

  /**
   * Compiles a validated profile.
   *
   * @param profile the profile, valid against {@code reference}
   * @param reference the reference data
   * @param related facts about related records
   * @param quoteLines the host's view of the quote lines it stores
   */
  public Engine(SyncProfile profile, ReferenceData reference, RelatedRecords related, HostQuoteLines quoteLines) {
    this.c = new Compiled(profile, reference);
    this.filter = new PullFilter(profile, related);
    CrmMapper crm = new CrmMapper(c, related);
    this.parts = new EntityMapper.Parts(c, filter, crm, new CatalogMapper(c, crm), new ErpMapper(c, related),
        related, quoteLines);
    this.mappers = EntityMappers.all(parts);
    mappers.forEach((entity, m) -> {
      if (m.hostFields != null) {
        Set<String> fields = new HashSet<>(constants(m.hostFields));
        FieldRules rules = profile.fieldRules(m.type);
        rules.customFields().forEach(f -> fields.add(f.hostField()));
        rules.naturalKeys().forEach(k -> fields.add(k.hostField()));
        fields.addAll(m.extraOwnedFields());
        ownedFields.put(entity, Set.copyOf(fields));
      }
    });
  }

  private static List<String> constants(Class<?> type) {
    List<String> out = new java.util.ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          out.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  private EntityMapper<?> mapper(EntityType type) {
    EntityMapper<?> m = mappers.get(type.name());
    return m != null ? m : EntityMappers.unmapped(type, parts);
  }

  /**
   * Returns the settings that need {@link RelatedRecords}.
   *
   * @param profile the profile
   * @return the setting paths, empty if none
   */
  public static List<String> needsRelated(SyncProfile profile) {
    return PullFilter.needsRelated(profile);
  }

  /**
   * Returns the conditions to push down.
   *
   * @param type entity type
   * @param incremental whether the pull is incremental
   * @return the conditions or empty
   */
  public Optional<Condition> pullConditions(EntityType type, boolean incremental) {
    return filter.conditions(type, incremental);
  }

  /**
   * Returns whether a pulled record is in scope.
   *
   * @param type entity type
   * @param record the record
   * @param ctx the context
   * @return whether in scope
   */
  public boolean pullScope(EntityType type, ConnectWiseRecord record, MappingContext ctx) {
    return pullScope(mapper(type), record, ctx);
  }

  private static <R extends ConnectWiseRecord> boolean pullScope(EntityMapper<R> m, ConnectWiseRecord record,
      MappingContext ctx) {
    return m.selected() && m.pullScope(m.cast(record), ctx);
  }

  /**
   * Maps a ConnectWise record to host values.
   *
   * @param type entity type
   * @param record the record
   * @param existing the linked host record, or null
   * @param ctx the context
   * @return the host record
   */
  public HostRecord toHost(EntityType type, ConnectWiseRecord record,
      @Nullable HostRecord existing, MappingContext ctx) {
    return stored(mapper(type), record, existing, ctx);
  }

  private static <R extends ConnectWiseRecord> HostRecord stored(EntityMapper<R> m, ConnectWiseRecord record,
      @Nullable HostRecord existing, MappingContext ctx) {
    HostRecord mapped = toHost(m, record, existing, ctx);
    return mapped == existing ? mapped : m.asStored(mapped, m.cast(record));
  }

  /**
   * Returns the values core fingerprints a pulled record by: what its kind says is stable about it, else the
   * owned host values it maps to (as mapped, never shaped by the host's state).
   *
   * @param type entity type
   * @param record the record
   * @param ctx the context
   * @return the values
   */
  public Map<String, Object> cwFingerprint(EntityType type, ConnectWiseRecord record, MappingContext ctx) {
    EntityMapper<?> m = mapper(type);
    Map<String, Object> own = ownFingerprint(m, record, ctx);
    return own != null ? own : fingerprint(type, toHost(m, record, null, ctx).fields());
  }

  private static <R extends ConnectWiseRecord> @Nullable Map<String, Object> ownFingerprint(EntityMapper<R> m,
      ConnectWiseRecord record, MappingContext ctx) {
    return m.cwFingerprint(m.cast(record), ctx);
  }

  private static <R extends ConnectWiseRecord> HostRecord toHost(EntityMapper<R> m, ConnectWiseRecord record,
      @Nullable HostRecord existing, MappingContext ctx) {
    if (existing != null && !m.updatesPulled(existing)) {
      return existing;
    }
    return m.toHost(m.cast(record), existing, ctx);
  }

  /**
   * Returns whether a host record is pushed.
   *
   * @param type entity type
   * @param r the host record
   * @param ctx the context
   * @return whether in scope
   */
  public boolean pushScope(EntityType type, HostRecord r, MappingContext ctx) {
    EntityMapper<?> m = mapper(type);
    if (!c.profile.mode().pushes() || !m.selected() || r.syncOptOut()) {
      return false;
    }
    var host = c.profile.hostFilters();
    if (host.optOutField() != null
        && Values.sameName(text(r, host.optOutField()), host.optOutValue())) {
      return false;
    }
    return m.pushScope(r, ctx);
  }

  /**
   * Maps a host record to a ConnectWise record.
   *
   * @param type entity type
   * @param r the host record
   * @param existing the linked ConnectWise record, or null
   * @param ctx the context
   * @return the record to write
   */
  public ConnectWiseRecord toConnectWise(EntityType type, HostRecord r,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    return toConnectWise(mapper(type), r, existing, ctx);
  }

  private static <R extends ConnectWiseRecord> ConnectWiseRecord toConnectWise(EntityMapper<R> m, HostRecord r,
      @Nullable ConnectWiseRecord existing, MappingContext ctx) {
    if (existing != null && !m.updatesPushed()) {
      return existing;
    }
    return m.toConnectWise(r, existing == null ? null : m.cast(existing), ctx);
  }

  /**
   * Returns the natural key conditions of a host record.
   *
   * @param type entity type
   * @param r the host record
   * @return the conditions, or empty
   */
  public Optional<Condition> naturalKey(EntityType type, HostRecord r) {
    return mapper(type).naturalKey(r);
  }

  /**
   * Returns the natural key of a host record as field values (the same key as {@link #naturalKey}).
   *
   * @param type entity type
   * @param r the host record
   * @return the key, or empty
   */
  public Optional<NaturalKey> naturalKeyValues(EntityType type, HostRecord r) {
    return mapper(type).naturalKeyValues(r);
  }

  /**
   * Returns the host natural key of a ConnectWise record.
   *
   * @param type entity type
   * @param record the record
   * @return the host fields, or empty
   */
  public Optional<Map<String, Object>> hostNaturalKey(EntityType type, ConnectWiseRecord record) {
    return hostNaturalKey(mapper(type), record);
  }

  private static <R extends ConnectWiseRecord> Optional<Map<String, Object>> hostNaturalKey(EntityMapper<R> m,
      ConnectWiseRecord record) {
    return m.hostNaturalKey(m.cast(record));
  }

  /**
   * Returns the top-level ConnectWise fields a pull of the kind reads, or empty when it needs whole records.
   *
   * @param type the entity type
   * @return the fields
   */
  public Optional<Set<String>> connectWiseFields(EntityType type) {
    return mapper(type).connectWiseFields();
  }

  /**
   * Returns every host natural key of a ConnectWise record, in the order to try.
   *
   * @param type entity type
   * @param record the record
   * @return the keys; empty for none
   */
  public List<Map<String, Object>> hostNaturalKeys(EntityType type, ConnectWiseRecord record) {
    return hostNaturalKeys(mapper(type), record);
  }

  private static <R extends ConnectWiseRecord> List<Map<String, Object>> hostNaturalKeys(EntityMapper<R> m,
      ConnectWiseRecord record) {
    return m.hostNaturalKeys(m.cast(record));
  }

  /**
   * Restricts values to the host fields the engine owns for an entity, so fields the mapping does
   * not touch never make a fingerprint differ (P10).
   *
   * @param type entity type
   * @param fields host values
   * @return the owned values in a stable order
   */
  public Map<String, Object> fingerprint(EntityType type, Map<String, Object> fields) {
    Set<String> owned = ownedFields.get(type.name());
    if (owned == null) {
      return fields;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (owned.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }
}
