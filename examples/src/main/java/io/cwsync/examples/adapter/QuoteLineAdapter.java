package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static io.cwsync.examples.adapter.CompanyAdapter.put;
import static java.util.Objects.requireNonNull;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.QuoteLine;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.Product;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.TaxCategory;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quote lines as core's {@link EntityType#FORECAST_ITEM} records, children of their opportunity. Push
 * only: the CRM's quotes are written in the CRM.
 *
 * <p>Lines have no change tracking of their own: any line change moves its document in the change
 * sequence, so a scan of changed documents returns every line of each (re-delivering unchanged lines
 * is harmless, core's fingerprints skip them).
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class QuoteLineAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public QuoteLineAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.FORECAST_ITEM;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    DocumentScan.Batch<HostRecord> batch = DocumentScan.scan(db, cursor, limit,
        d -> db.documents().lines(d.id()).stream().map(l -> toRecord(d, l)).toList());
    return new HostChanges(batch.records(), batch.cursor(), batch.hasMore());
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.documents()::line)
        .map(l -> toRecord(db.documents().require(l.documentId()), l));
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    // Lines are few per document and looked up rarely (only to resolve an interrupted create).
    return db.documents().list().stream()
        .flatMap(d -> db.documents().lines(d.id()).stream().map(l -> toRecord(d, l)))
        .filter(r -> Long.valueOf(cwId).equals(lineCwId(r)))
        .findFirst();
  }

  @Override
  public String create(HostRecord record) {
    throw new CwsyncException(CoreErrorCode.INVALID_CONFIGURATION,
        "quote lines are written in the CRM and only pushed; configure the forecast item flow as PUSH",
        record.type(), record.hostId(), null, null);
  }

  @Override
  public void update(HostRecord record) {
    create(record);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.documents().linkForecastItem(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  private @Nullable Long lineCwId(HostRecord r) {
    return db.documents().line(Long.parseLong(requireNonNull(r.hostId())))
        .map(io.cwsync.examples.crm.QuoteLine::cwForecastItemId).map(Integer::longValue).orElse(null);
  }

  HostRecord toRecord(QuoteDocument d, io.cwsync.examples.crm.QuoteLine l) {
    Product product = db.products().require(l.productId());
    Optional<TaxCategory> category =
        l.taxCategoryId() == null ? Optional.empty() : db.taxes().category(l.taxCategoryId());
    HostRecord.Builder b = HostRecord.builder(EntityType.FORECAST_ITEM, Long.toString(l.id()))
        .parentHostId(Long.toString(d.opportunityId()))
        .modifiedAt(d.tracking().modifiedAt())
        .field(QuoteLine.PRODUCT_NAME, product.name())
        .field(QuoteLine.PRODUCT, new HostRef(EntityType.PRODUCT, Long.toString(product.id())))
        .field(QuoteLine.DESCRIPTION, l.description() != null ? l.description() : product.name())
        .field(QuoteLine.QUANTITY, l.quantity())
        .field(QuoteLine.UNIT_PRICE, l.unitPrice())
        .field(QuoteLine.UNIT_COST, l.unitCost())
        .field(QuoteLine.SEQUENCE, l.lineNo())
        .field(QuoteLine.BUNDLE, product.bundle())
        .field(QuoteLine.TAXABLE, category.map(TaxCategory::taxable).orElse(false))
        .field(QuoteLine.DOCUMENT_STATUS, DocumentNoteAdapter.statusName(d.status()));
    put(b, CrmAdapters.PRODUCT_CODE_FIELD, product.code());
    put(b, QuoteLine.PRODUCT_CLASS, product.productClass());
    if (l.parentLineId() != null) {
      b.field(QuoteLine.BUNDLE_LINE, Long.toString(l.parentLineId()));
    }
    return b.build();
  }
}
