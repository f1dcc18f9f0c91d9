package io.cwsync.examples.adapter;

import static io.cwsync.examples.adapter.CompanyAdapter.parse;
import static io.cwsync.examples.adapter.CompanyAdapter.put;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Product;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.CrmDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Products as core's {@link EntityType#PRODUCT} records (ConnectWise catalog items).
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class ProductAdapter implements HostAdapter {
  private final CrmDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the CRM
   */
  public ProductAdapter(CrmDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.PRODUCT;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<io.cwsync.examples.crm.Product> rows = db.products().changesSince(Values.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).tracking().changeSeq());
    return new HostChanges(rows.stream().map(ProductAdapter::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return parse(hostId).flatMap(db.products()::find).map(ProductAdapter::toRecord);
  }

  @Override
  public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
    Object code = naturalKey.get(CrmAdapters.PRODUCT_CODE_FIELD);
    if (code == null) {
      return List.of();
    }
    return db.products().findByCode(code.toString()).map(ProductAdapter::toRecord).stream().toList();
  }

  @Override
  public Optional<HostRecord> findByConnectWiseId(long cwId) {
    return db.products().findByCwId(Math.toIntExact(cwId)).map(ProductAdapter::toRecord);
  }

  @Override
  public String create(HostRecord record) {
    String name = FieldReads.requiredString(record, Product.NAME);
    String code = FieldReads.string(record, CrmAdapters.PRODUCT_CODE_FIELD);
    // Product names are unique in the CRM but not in a ConnectWise catalog: keep both items apart by
    // their identifier rather than failing the second one.
    if (db.products().findByName(name).isPresent() && code != null) {
      name = name + " (" + code + ")";
    }
    io.cwsync.examples.crm.Product draft =
        io.cwsync.examples.crm.Product.draft(name, code, BigDecimal.ZERO, BigDecimal.ZERO);
    return Long.toString(db.products().insert(apply(draft, record, false), Actor.SYNC).id());
  }

  @Override
  public void update(HostRecord record) {
    io.cwsync.examples.crm.Product existing = db.products().require(FieldReads.hostId(record));
    db.products().update(apply(existing, record, true), Actor.SYNC);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.products().linkCw(Long.parseLong(hostId), Math.toIntExact(cwId));
  }

  static HostRecord toRecord(io.cwsync.examples.crm.Product p) {
    HostRecord.Builder b = HostRecord.builder(EntityType.PRODUCT, Long.toString(p.id()))
        .modifiedAt(p.tracking().modifiedAt())
        .syncOptOut(p.syncOptOut())
        .field(Product.NAME, p.name())
        .field(Product.PRICE, p.price())
        .field(Product.COST, p.cost())
        .field(Product.TAXABLE, p.taxable());
    put(b, Product.INACTIVE, p.inactive());
    put(b, CrmAdapters.PRODUCT_CODE_FIELD, p.code());
    put(b, Product.DESCRIPTION, p.description());
    put(b, Product.TYPE, p.productType());
    // ConnectWise files an item under a subcategory; the CRM's subcategory names it when set.
    put(b, Product.CATEGORY, p.subcategory() != null ? p.subcategory() : p.category());
    put(b, Product.PRODUCT_CLASS, p.productClass());
    return b.build();
  }

  private static io.cwsync.examples.crm.Product apply(io.cwsync.examples.crm.Product p, HostRecord r,
      boolean renames) {
    Map<String, Object> f = r.fields();
    BigDecimal price = f.containsKey(Product.PRICE) ? Values.decimal(r, Product.PRICE) : null;
    BigDecimal cost = f.containsKey(Product.COST) ? Values.decimal(r, Product.COST) : null;
    Boolean taxable = f.containsKey(Product.TAXABLE) ? Values.bool(r, Product.TAXABLE) : null;
    return new io.cwsync.examples.crm.Product(p.id(),
        renames && f.containsKey(Product.NAME) ? FieldReads.requiredString(r, Product.NAME) : p.name(),
        f.containsKey(CrmAdapters.PRODUCT_CODE_FIELD) ? FieldReads.string(r, CrmAdapters.PRODUCT_CODE_FIELD) : p.code(),
        f.containsKey(Product.DESCRIPTION) ? FieldReads.string(r, Product.DESCRIPTION) : p.description(),
        f.containsKey(Product.TYPE) ? FieldReads.string(r, Product.TYPE) : p.productType(),
        f.containsKey(Product.CATEGORY) ? FieldReads.string(r, Product.CATEGORY) : p.category(),
        p.subcategory(),
        f.containsKey(Product.PRODUCT_CLASS) ? FieldReads.string(r, Product.PRODUCT_CLASS) : p.productClass(),
        price != null ? price : p.price(),
        cost != null ? cost : p.cost(),
        taxable != null ? taxable : p.taxable(),
        p.bundle(),
        f.containsKey(Product.INACTIVE) ? Values.bool(r, Product.INACTIVE) : p.inactive(),
        p.cwCatalogItemId(), p.syncOptOut(), p.tracking());
  }
}
