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
import io.cwsync.mapping.HostFields.QuoteLine;
import io.cwsync.mapping.HostQuoteLines;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.Product;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.TaxCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quote lines as core's {@link EntityType#FORECAST_ITEM} records, children of their opportunity.
 *
 * <p>Pushed: every line of the CRM's own documents. Pulled: a forecast item ConnectWise holds that the CRM
 * does not becomes a line of the opportunity's {@value #FORECAST_DOCUMENT} document (created on first need,
 * status DRAFT so no won-document note is written for it), its product resolved by the catalog item (the
 * product linked to that catalog item id, else the product with its code, else with its name). A pulled record
 * is first shaped by {@link #pulled} into exactly the record this adapter reads back once it is stored, so the
 * pull's fingerprint and the next push's agree and the line is not echoed back to ConnectWise: the adapter is also
 * mapping's {@link HostQuoteLines}, given to {@code ProfileSyncRules.builder(profile).quoteLines(adapter)}.
 *
 * <p>Lines have no change tracking of their own: any line change moves its document in the change
 * sequence, so a scan of changed documents returns every line of each (re-delivering unchanged lines
 * is harmless, core's fingerprints skip them).
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class QuoteLineAdapter implements HostAdapter, HostQuoteLines {
  /** Name of the per-opportunity document that holds the lines pulled from ConnectWise. */
  public static final String FORECAST_DOCUMENT = "ConnectWise forecast";

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

  /**
   * {@inheritDoc}
   *
   * <p>Adds the pulled line to the opportunity's {@value #FORECAST_DOCUMENT} document, creating the document
   * on first need. The record is expected in the shape {@link #pulled} gives it.
   *
   * @throws CwsyncException INVALID_VALUE naming the field when a value is missing or malformed, and
   *     MISSING_REFERENCE naming the product when the CRM has no product for the line
   */
  @Override
  public String create(HostRecord record) {
    long opportunityId = opportunityOf(record);
    Product product = product(record);
    QuoteDocument document = forecastDocument(opportunityId)
        .orElseGet(() -> db.documents().insert(QuoteDocument.draft(opportunityId, FORECAST_DOCUMENT, null),
            Actor.SYNC));
    Long category = category(opportunityId, Boolean.TRUE.equals(Values.bool(record, QuoteLine.TAXABLE)))
        .map(TaxCategory::id).orElse(null);
    BigDecimal sequence = Values.decimal(record, QuoteLine.SEQUENCE);
    int lineNo = lineNo(document.id(), sequence);
    io.cwsync.examples.crm.QuoteLine draft = line(record, 0, document.id(), lineNo, null, product.id(), category,
        null);
    return Long.toString(db.documents().addLine(draft, Actor.SYNC).id());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Saves the pulled description, quantity, prices and taxability on the line (its document, position and
   * product stay: ConnectWise does not move a forecast item between opportunities).
   *
   * @throws CwsyncException INVALID_VALUE naming the field when a value is missing or malformed, or the line
   *     does not exist
   */
  @Override
  public void update(HostRecord record) {
    long id = FieldReads.hostId(record);
    io.cwsync.examples.crm.QuoteLine existing = db.documents().line(id)
        .orElseThrow(() -> FieldReads.invalid(record, "hostId", "is not a quote line: " + id));
    QuoteDocument document = db.documents().require(existing.documentId());
    Long category = record.fields().containsKey(QuoteLine.TAXABLE)
        ? category(document.opportunityId(), Boolean.TRUE.equals(Values.bool(record, QuoteLine.TAXABLE)))
            .map(TaxCategory::id).orElse(null)
        : existing.taxCategoryId();
    db.documents().updateLine(line(record, id, existing.documentId(), existing.lineNo(), existing.parentLineId(),
        existing.productId(), category, existing), Actor.SYNC);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A line of the {@value #FORECAST_DOCUMENT} document only mirrors ConnectWise, so it is removed: kept, it
   * would overstate the opportunity's quote. A line of a document written in the CRM is the user's own data, so
   * it stays and is only unlinked from the forecast item ConnectWise no longer lists.
   */
  @Override
  public void markLeftScope(String hostId) {
    requireNonNull(hostId, "hostId == null");
    Optional<io.cwsync.examples.crm.QuoteLine> line = parse(hostId).flatMap(db.documents()::line);
    if (line.isEmpty()) {
      return;
    }
    QuoteDocument document = db.documents().require(line.get().documentId());
    if (document.name().equals(FORECAST_DOCUMENT)) {
      db.documents().removeLine(line.get().id(), Actor.SYNC);
    } else {
      db.documents().linkForecastItem(line.get().id(), null);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Every line of every document of the opportunity.
   */
  @Override
  public List<HostRecord> childrenOf(String parentHostId) {
    requireNonNull(parentHostId, "parentHostId == null");
    return parse(parentHostId).map(db.documents()::ofOpportunity).orElse(List.of()).stream()
        .flatMap(d -> db.documents().lines(d.id()).stream().map(l -> toRecord(d, l)))
        .toList();
  }

  /**
   * Shapes a forecast item the rules mapped to the host into the record this adapter reads back once the line
   * is stored: the resolved product's name, code, class and bundle flag, the position the line gets, the
   * taxability its tax category gives and its document's status. Core fingerprints the pulled record, so
   * without this the first push after a pull would see every pulled line as changed and write it back.
   *
   * @param mapped the rules' host record, with {@code parentHostId} set to the opportunity
   * @param catalogItemId the forecast item's catalog item id, or {@code null} if it has none
   * @return the shaped record
   * @throws CwsyncException MISSING_REFERENCE naming the product when the CRM has none for the catalog item,
   *     INVALID_VALUE naming the field when a value is missing or malformed
   */
  @Override
  public HostRecord pulled(HostRecord mapped, @Nullable Integer catalogItemId) {
    requireNonNull(mapped, "mapped == null");
    Optional<io.cwsync.examples.crm.QuoteLine> existing =
        mapped.hostId() == null ? Optional.empty() : parse(mapped.hostId()).flatMap(db.documents()::line);
    QuoteDocument document;
    io.cwsync.examples.crm.QuoteLine line;
    long opportunityId = opportunityOf(mapped);
    Long category = category(opportunityId, Boolean.TRUE.equals(Values.bool(mapped, QuoteLine.TAXABLE)))
        .map(TaxCategory::id).orElse(null);
    if (existing.isPresent()) {
      document = db.documents().require(existing.get().documentId());
      io.cwsync.examples.crm.QuoteLine e = existing.get();
      Long kept = mapped.fields().containsKey(QuoteLine.TAXABLE) ? category : e.taxCategoryId();
      line = line(mapped, e.id(), e.documentId(), e.lineNo(), e.parentLineId(), e.productId(), kept, e);
    } else {
      Optional<QuoteDocument> found = forecastDocument(opportunityId);
      document = found.orElseGet(() -> QuoteDocument.draft(opportunityId, FORECAST_DOCUMENT, null));
      int lineNo = found.isPresent() ? lineNo(found.get().id(), Values.decimal(mapped, QuoteLine.SEQUENCE))
          : lineNo(null, Values.decimal(mapped, QuoteLine.SEQUENCE));
      line = line(mapped, 0, document.id(), lineNo, null, resolve(mapped, catalogItemId).id(), category, null);
    }
    HostRecord shaped = toRecord(document, line);
    return shaped.toBuilder().hostId(mapped.hostId()).syncOptOut(mapped.syncOptOut())
        .modifiedAt(mapped.modifiedAt()).build();
  }

  /**
   * Tells whether the CRM has a product for a catalog item: one linked to it, or one with its identifier as
   * code.
   *
   * @param catalogItemId the catalog item id
   * @param identifier the catalog item identifier, or {@code null}
   * @return whether a pulled line selling it can be stored
   */
  @Override
  public boolean knowsProduct(int catalogItemId, @Nullable String identifier) {
    return db.products().findByCwId(catalogItemId).isPresent()
        || (identifier != null && db.products().findByCode(identifier).isPresent());
  }

  private Optional<QuoteDocument> forecastDocument(long opportunityId) {
    return db.documents().ofOpportunity(opportunityId).stream()
        .filter(d -> d.name().equals(FORECAST_DOCUMENT)).findFirst();
  }

  private long opportunityOf(HostRecord r) {
    String parent = r.parentHostId();
    if (parent == null) {
      throw FieldReads.invalid(r, "parentHostId", "is required (a forecast item belongs to an opportunity)");
    }
    long id = FieldReads.id(r, "parentHostId", parent);
    if (db.opportunities().find(id).isEmpty()) {
      throw FieldReads.invalid(r, "parentHostId", "is not a CRM opportunity: " + parent);
    }
    return id;
  }

  /** The product of a shaped record (its {@code product} reference), or resolved as {@link #pulled} does. */
  private Product product(HostRecord r) {
    Long id = FieldReads.ref(r, QuoteLine.PRODUCT);
    if (id != null) {
      return db.products().find(id).orElseThrow(() -> FieldReads.invalid(r, QuoteLine.PRODUCT,
          "is not a CRM product: " + id));
    }
    return resolve(r, null);
  }

  private Product resolve(HostRecord r, @Nullable Integer catalogItemId) {
    if (catalogItemId != null) {
      Optional<Product> linked = db.products().findByCwId(catalogItemId);
      if (linked.isPresent()) {
        return linked.get();
      }
    }
    String code = FieldReads.string(r, CrmAdapters.PRODUCT_CODE_FIELD);
    if (code != null) {
      Optional<Product> byCode = db.products().findByCode(code);
      if (byCode.isPresent()) {
        return byCode.get();
      }
    }
    String name = FieldReads.string(r, QuoteLine.PRODUCT_NAME);
    if (name != null) {
      Optional<Product> byName = db.products().findByName(name);
      if (byName.isPresent()) {
        return byName.get();
      }
    }
    throw new CwsyncException(CoreErrorCode.MISSING_REFERENCE, "forecast item " + r.hostId() + ": no CRM product"
        + " for catalog item " + (catalogItemId == null ? "(none)" : catalogItemId) + " (code '" + code
        + "', name '" + name + "'); pull the catalog item or add the product", r.type(), r.hostId(),
        QuoteLine.PRODUCT, null);
  }

  /**
   * The position of a new line in the forecast document: the forecast item's sequence number when it is a
   * whole number not taken yet, else after the last line.
   */
  private int lineNo(@Nullable Long documentId, @Nullable BigDecimal sequence) {
    List<io.cwsync.examples.crm.QuoteLine> lines =
        documentId == null ? List.of() : db.documents().lines(documentId);
    if (sequence != null && sequence.signum() > 0 && sequence.stripTrailingZeros().scale() <= 0
        && sequence.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
      int wanted = sequence.intValueExact();
      if (lines.stream().noneMatch(l -> l.lineNo() == wanted)) {
        return wanted;
      }
    }
    return lines.stream().mapToInt(io.cwsync.examples.crm.QuoteLine::lineNo).max().orElse(0) + 1;
  }

  /**
   * The tax category a pulled line is filed under: "Taxable" or "Non-Taxable" of the region of the
   * opportunity's latest taxed document, else of the first region; none when the CRM has no regions.
   */
  private Optional<TaxCategory> category(long opportunityId, boolean taxable) {
    List<QuoteDocument> documents = db.documents().ofOpportunity(opportunityId);
    Long region = null;
    for (int i = documents.size() - 1; i >= 0 && region == null; i--) {
      region = documents.get(i).taxRegionId();
    }
    if (region == null) {
      List<io.cwsync.examples.crm.TaxRegion> regions = db.taxes().list();
      if (regions.isEmpty()) {
        return Optional.empty();
      }
      region = regions.get(0).id();
    }
    return Optional.of(db.taxes().category(region, taxable));
  }

  private static io.cwsync.examples.crm.QuoteLine line(HostRecord r, long id, long documentId, int lineNo,
      @Nullable Long parentLineId, long productId, @Nullable Long taxCategoryId,
      io.cwsync.examples.crm.@Nullable QuoteLine existing) {
    BigDecimal quantity = Values.decimal(r, QuoteLine.QUANTITY);
    if (quantity == null && existing != null) {
      quantity = existing.quantity();
    }
    if (quantity == null || quantity.signum() <= 0) {
      throw FieldReads.invalid(r, QuoteLine.QUANTITY, "must be a positive number, got " + quantity);
    }
    BigDecimal price = r.fields().containsKey(QuoteLine.UNIT_PRICE) ? Values.decimal(r, QuoteLine.UNIT_PRICE)
        : existing != null ? existing.unitPrice() : null;
    if (price == null) {
      throw FieldReads.invalid(r, QuoteLine.UNIT_PRICE, "is required (the forecast item has no revenue)");
    }
    BigDecimal cost = r.fields().containsKey(QuoteLine.UNIT_COST) ? Values.decimal(r, QuoteLine.UNIT_COST)
        : existing != null ? existing.unitCost() : null;
    String description = r.fields().containsKey(QuoteLine.DESCRIPTION) ? FieldReads.string(r, QuoteLine.DESCRIPTION)
        : existing != null ? existing.description() : null;
    return new io.cwsync.examples.crm.QuoteLine(id, documentId, lineNo, parentLineId, productId, description,
        quantity, price, cost == null ? BigDecimal.ZERO : cost, taxCategoryId,
        existing == null ? null : existing.cwForecastItemId());
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
    HostRecord.Builder b = HostRecord.builder(EntityType.FORECAST_ITEM, l.id() == 0 ? null : Long.toString(l.id()))
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
