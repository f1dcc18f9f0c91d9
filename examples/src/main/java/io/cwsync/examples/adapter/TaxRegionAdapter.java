package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.TaxRegion;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.TaxRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tax regions as core's {@link EntityType#TAX_CODE} records. A region created from a ConnectWise tax
 * code gets a "Taxable" category at its rate and a "Non-Taxable" category at 0%.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class TaxRegionAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public TaxRegionAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.TAX_CODE;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<io.cwsync.examples.crm.TaxRegion> rows = db.taxes().changesSince(Values.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).tracking().changeSeq());
    return new HostChanges(rows.stream().map(TaxRegionAdapter::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.taxes()::find).map(TaxRegionAdapter::toRecord);
  }

  @Override
  public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    Object name = naturalKey.get(TaxRegion.NAME);
    return name == null ? List.of()
        : db.taxes().findByName(name.toString()).map(TaxRegionAdapter::toRecord).stream().toList();
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.taxes().findByCwId(Math.toIntExact(cwId)).map(TaxRegionAdapter::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    BigDecimal rate = taxableRate(record);
    io.cwsync.examples.crm.TaxRegion draft = io.cwsync.examples.crm.TaxRegion.draft(
        FieldReads.requiredString(record, TaxRegion.NAME), rate == null ? BigDecimal.ZERO : rate);
    return Long.toString(db.taxes().insert(draft, Actor.SYNC).id());
  }

  @Override
  public void update(HostRecord record) {
    io.cwsync.examples.crm.TaxRegion r = db.taxes().require(FieldReads.hostId(record));
    BigDecimal rate = taxableRate(record);
    String name = record.fields().containsKey(TaxRegion.NAME)
        ? FieldReads.requiredString(record, TaxRegion.NAME) : r.name();
    db.taxes().update(new io.cwsync.examples.crm.TaxRegion(r.id(), name, rate == null ? r.rate() : rate,
        r.cwTaxCodeId(), r.syncOptOut(), r.tracking()), Actor.SYNC);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.taxes().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  static HostRecord toRecord(io.cwsync.examples.crm.TaxRegion r) {
    return HostRecord.builder(EntityType.TAX_CODE, Long.toString(r.id()))
        .modifiedAt(r.tracking().modifiedAt())
        .syncOptOut(r.syncOptOut())
        .field(TaxRegion.NAME, r.name())
        .field(TaxRegion.CATEGORIES, List.of(
            Map.of("name", TaxRepository.TAXABLE, "rate", r.rate()),
            Map.of("name", TaxRepository.NON_TAXABLE, "rate", BigDecimal.ZERO)))
        .build();
  }

  /**
   * The rate of the taxable category among the pulled categories (the highest; the other is 0%), or
   * {@code null} when the record carries no categories.
   */
  static @Nullable BigDecimal taxableRate(HostRecord record) {
    Object categories = record.field(TaxRegion.CATEGORIES);
    if (categories == null) {
      return null;
    }
    if (!(categories instanceof List<?> list)) {
      throw FieldReads.invalid(record, TaxRegion.CATEGORIES, "must be a list of {name, rate}");
    }
    BigDecimal rate = BigDecimal.ZERO;
    for (Object item : list) {
      Object value = item instanceof Map<?, ?> m ? m.get("rate") : null;
      if (!(value instanceof BigDecimal r)) {
        throw FieldReads.invalid(record, TaxRegion.CATEGORIES, "has a category without a numeric rate: " + item);
      }
      rate = rate.max(r);
    }
    return rate;
  }
}
