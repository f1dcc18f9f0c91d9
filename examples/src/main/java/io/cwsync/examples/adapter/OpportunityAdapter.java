package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static io.cwsync.examples.adapter.CompanyAdapter.put;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Opportunity;
import io.cwsync.mapping.TaxMode;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.crm.TaxRegion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Opportunities as core's {@link EntityType#OPPORTUNITY} records: the CRM stage (the rules map it to a
 * ConnectWise stage and status), company and contact as references, the sales rep, the "CW Status"
 * custom field, and the tax of the opportunity's latest taxed quote: the region's name when the profile imports
 * tax codes (only regions imported from ConnectWise travel), or the region's rate when the profile maps tax rates
 * to tax codes ({@link TaxMode#MAP_TAX_RATES}).
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class OpportunityAdapter implements HostAdapter {
  private final CrmDatabase db;
  private final TaxMode taxMode;

  /**
   * Creates the adapter for a profile that imports tax codes.
   *
   * @param db the CRM
   */
  public OpportunityAdapter(CrmDatabase db) {
    this(db, TaxMode.IMPORT_TAX_CODES);
  }

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   * @param taxMode how the profile relates CRM tax regions to ConnectWise tax codes
   */
  public OpportunityAdapter(CrmDatabase db, TaxMode taxMode) {
    this.db = requireNonNull(db, "db == null");
    this.taxMode = requireNonNull(taxMode, "taxMode == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.OPPORTUNITY;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<SalesOpportunity> rows = db.opportunities().changesSince(Values.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).tracking().changeSeq());
    return new HostChanges(rows.stream().map(this::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.opportunities()::find).map(this::toRecord);
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.opportunities().findByCwId(Math.toIntExact(cwId)).map(this::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    Long companyId = FieldReads.ref(record, Opportunity.COMPANY);
    if (companyId == null) {
      throw FieldReads.invalid(record, Opportunity.COMPANY, "is required (an opportunity belongs to a client company)");
    }
    SalesOpportunity draft = SalesOpportunity.draft(FieldReads.requiredString(record, Opportunity.NAME), companyId,
        null, stage(record), BigDecimal.ZERO);
    return Long.toString(db.opportunities().insert(apply(draft, record), Actor.SYNC).id());
  }

  @Override
  public void update(HostRecord record) {
    SalesOpportunity existing = db.opportunities().require(FieldReads.hostId(record));
    db.opportunities().update(apply(existing, record), Actor.SYNC);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.opportunities().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  HostRecord toRecord(SalesOpportunity o) {
    HostRecord.Builder b = HostRecord.builder(EntityType.OPPORTUNITY, Long.toString(o.id()))
        .modifiedAt(o.tracking().modifiedAt())
        .syncOptOut(o.syncOptOut())
        .field(Opportunity.NAME, o.name())
        .field(Opportunity.COMPANY, new HostRef(EntityType.COMPANY, Long.toString(o.companyId())))
        .field(Opportunity.STAGE, o.stage());
    if (o.contactId() != null) {
      b.field(Opportunity.CONTACT, new HostRef(EntityType.CONTACT, Long.toString(o.contactId())));
    }
    put(b, Opportunity.EXPECTED_CLOSE_DATE, o.expectedClose());
    put(b, Opportunity.SALES_REP, o.owner());
    put(b, Opportunity.NOTES, o.notes());
    put(b, CrmAdapters.CW_STATUS_FIELD, o.cwStatus());
    TaxRegion region = quoteRegion(o);
    if (taxMode == TaxMode.MAP_TAX_RATES) {
      // The rules map the rate to the ConnectWise tax code the profile names for it.
      put(b, Opportunity.TAX_RATE, region == null ? null : region.rate());
    } else {
      put(b, Opportunity.TAX_REGION, region != null && region.cwTaxCodeId() != null ? region.name() : null);
    }
    return b.build();
  }

  /** The tax region of the opportunity's latest document that has one. */
  private @Nullable TaxRegion quoteRegion(SalesOpportunity o) {
    List<QuoteDocument> documents = db.documents().ofOpportunity(o.id());
    for (int i = documents.size() - 1; i >= 0; i--) {
      Long regionId = documents.get(i).taxRegionId();
      if (regionId != null) {
        return db.taxes().require(regionId);
      }
    }
    return null;
  }

  private String stage(HostRecord r) {
    String stage = FieldReads.requiredString(r, Opportunity.STAGE);
    if (db.pipeline().find(stage).isEmpty()) {
      throw new CwsyncException(CoreErrorCode.MAPPING_FAILED, "opportunity stage '" + stage
          + "' is not a stage of the CRM pipeline (map it in the profile's stage mapping)", r.type(), r.hostId(),
          Opportunity.STAGE, null);
    }
    return stage;
  }

  private SalesOpportunity apply(SalesOpportunity o, HostRecord r) {
    Map<String, Object> f = r.fields();
    Long company = f.containsKey(Opportunity.COMPANY) ? FieldReads.ref(r, Opportunity.COMPANY) : null;
    return new SalesOpportunity(o.id(),
        f.containsKey(Opportunity.NAME) ? FieldReads.requiredString(r, Opportunity.NAME) : o.name(),
        company != null ? company : o.companyId(),
        f.containsKey(Opportunity.CONTACT) ? FieldReads.ref(r, Opportunity.CONTACT) : o.contactId(),
        f.containsKey(Opportunity.STAGE) ? stage(r) : o.stage(),
        o.amount(),
        f.containsKey(Opportunity.EXPECTED_CLOSE_DATE)
            ? FieldReads.date(r, Opportunity.EXPECTED_CLOSE_DATE) : o.expectedClose(),
        f.containsKey(Opportunity.SALES_REP) ? FieldReads.string(r, Opportunity.SALES_REP) : o.owner(),
        f.containsKey(Opportunity.NOTES) ? FieldReads.string(r, Opportunity.NOTES) : o.notes(),
        f.containsKey(CrmAdapters.CW_STATUS_FIELD) ? FieldReads.string(r, CrmAdapters.CW_STATUS_FIELD) : o.cwStatus(),
        o.cwOpportunityId(), o.syncOptOut(), o.tracking());
  }
}
