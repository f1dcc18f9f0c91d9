package io.cwsync.acceptance;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plain mapping rules for companies, written as a host would for core's {@link SyncRules} port: four fields both
 * ways, the identifier as natural key on both sides (never the name, P9), deleted companies out of scope.
 *
 * <p>Host fields: {@code name}, {@code identifier}, {@code city}, {@code phone}. Stateless and thread-safe.
 */
class CompanyRules implements SyncRules {

  static final String NAME = "name";
  static final String IDENTIFIER = "identifier";
  static final String CITY = "city";
  static final String PHONE = "phone";

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    return Optional.empty();
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    Company c = (Company) record;
    return Boolean.TRUE.equals(c.deletedFlag()) ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE;
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing, MappingContext ctx) {
    Company c = (Company) record;
    return HostRecord.builder(EntityType.COMPANY, existing == null ? null : existing.hostId())
        .fields(hostValues(c)).build();
  }

  /** The host values a ConnectWise company maps to. */
  static Map<String, Object> hostValues(Company c) {
    Map<String, Object> f = new LinkedHashMap<>();
    put(f, NAME, c.name());
    put(f, IDENTIFIER, c.identifier());
    put(f, CITY, c.city());
    put(f, PHONE, c.phoneNumber());
    return f;
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    return Scope.IN_SCOPE;
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    if (existing == null) {
      return Company.builder().name(str(record, NAME)).identifier(str(record, IDENTIFIER)).city(str(record, CITY))
          .phoneNumber(str(record, PHONE)).build();
    }
    // G5c: map only the host fields that changed since the last sync onto the record as it is now, so an edit made
    // in ConnectWise to another field is not overwritten with the host's stale value.
    Set<String> changed = ctx.changedHostFields();
    CompanyBuilder b = ((Company) existing).toBuilder();
    if (changed.contains(NAME)) {
      b.name(str(record, NAME));
    }
    if (changed.contains(IDENTIFIER)) {
      b.identifier(str(record, IDENTIFIER));
    }
    if (changed.contains(CITY)) {
      b.city(str(record, CITY));
    }
    if (changed.contains(PHONE)) {
      b.phoneNumber(str(record, PHONE));
    }
    return b.build();
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    String identifier = str(record, IDENTIFIER);
    return identifier == null ? Optional.empty()
        : Optional.of(Condition.field("identifier").eq(identifier));
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    String identifier = ((Company) record).identifier();
    return identifier == null ? Optional.empty() : Optional.of(Map.of(IDENTIFIER, identifier));
  }

  private static void put(Map<String, Object> f, String key, @Nullable Object value) {
    if (value != null) {
      f.put(key, value);
    }
  }

  private static @Nullable String str(HostRecord r, String field) {
    Object v = r.field(field);
    return v == null ? null : v.toString();
  }
}
