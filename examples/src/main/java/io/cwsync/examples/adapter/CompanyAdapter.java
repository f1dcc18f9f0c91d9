package io.cwsync.examples.adapter;

import static io.cwsync.examples.FieldReads.string;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Company;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.ClientCompany;
import io.cwsync.examples.crm.CrmDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Client companies as core's {@link EntityType#COMPANY} records.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class CompanyAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public CompanyAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.COMPANY;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<ClientCompany> rows = db.companies().changesSince(Values.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).tracking().changeSeq());
    return new HostChanges(rows.stream().map(CompanyAdapter::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.companies()::find).map(CompanyAdapter::toRecord);
  }

  @Override
  public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    Object identifier = naturalKey.get(Company.IDENTIFIER);
    if (identifier == null) {
      return List.of();
    }
    return db.companies().findByIdentifier(identifier.toString()).map(CompanyAdapter::toRecord).stream().toList();
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.companies().findByCwId(Math.toIntExact(cwId)).map(CompanyAdapter::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    ClientCompany draft = apply(ClientCompany.draft(FieldReads.requiredString(record, Company.NAME)), record);
    return Long.toString(db.companies().insert(draft, Actor.SYNC).id());
  }

  @Override
  public void update(HostRecord record) {
    ClientCompany existing = db.companies().require(FieldReads.hostId(record));
    db.companies().update(apply(existing, record), Actor.SYNC);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.companies().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  static HostRecord toRecord(ClientCompany c) {
    HostRecord.Builder b = HostRecord.builder(EntityType.COMPANY, Long.toString(c.id()))
        .modifiedAt(c.tracking().modifiedAt())
        .syncOptOut(c.syncOptOut())
        .field(Company.NAME, c.name());
    put(b, Company.IDENTIFIER, c.identifier());
    put(b, Company.PHONE, c.phone());
    put(b, Company.WEBSITE, c.website());
    if (c.companyType() != null) {
      b.field(Company.TYPES, List.of(c.companyType()));
    }
    put(b, Company.MARKET, c.market());
    put(b, Company.ADDRESS_LINE1, c.addressLine1());
    put(b, Company.CITY, c.city());
    put(b, Company.STATE, c.state());
    put(b, Company.ZIP, c.zip());
    return b.build();
  }

  private static ClientCompany apply(ClientCompany c, HostRecord r) {
    Map<String, Object> f = r.fields();
    return new ClientCompany(c.id(),
        f.containsKey(Company.NAME) ? FieldReads.requiredString(r, Company.NAME) : c.name(),
        f.containsKey(Company.IDENTIFIER) ? string(r, Company.IDENTIFIER) : c.identifier(),
        f.containsKey(Company.PHONE) ? string(r, Company.PHONE) : c.phone(),
        f.containsKey(Company.WEBSITE) ? string(r, Company.WEBSITE) : c.website(),
        f.containsKey(Company.TYPES) ? firstType(r, Company.TYPES) : c.companyType(),
        f.containsKey(Company.MARKET) ? string(r, Company.MARKET) : c.market(),
        f.containsKey(Company.ADDRESS_LINE1) ? string(r, Company.ADDRESS_LINE1) : c.addressLine1(),
        f.containsKey(Company.CITY) ? string(r, Company.CITY) : c.city(),
        f.containsKey(Company.STATE) ? string(r, Company.STATE) : c.state(),
        f.containsKey(Company.ZIP) ? string(r, Company.ZIP) : c.zip(),
        c.cwCompanyId(), c.syncOptOut(), c.tracking());
  }

  /** ConnectWise companies have a list of types; the CRM keeps one, the first. */
  static @Nullable String firstType(HostRecord r, String field) {
    Object v = r.field(field);
    if (v instanceof List<?> list) {
      return list.isEmpty() ? null : String.valueOf(list.get(0));
    }
    return v == null ? null : v.toString();
  }

  static void put(HostRecord.Builder b, String field, @Nullable Object value) {
    if (value != null) {
      b.field(field, value);
    }
  }

  static Optional<Long> parse(String hostId) {
    try {
      return Optional.of(Long.parseLong(hostId));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
