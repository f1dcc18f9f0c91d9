package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.SyncProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sales orders imported from ConnectWise ({@link EntityType#SALES_ORDER} records). Before an order goes in,
 * the ERP checks what the seed lists: every on-hold code of the settings exists; each line's item exists or
 * can be created from the item template of its product type, which needs an inventory or expense code and a
 * sales code; otherwise the line gets the error item, which must exist with the same coding. A check that
 * fails stops the order with an error naming the code, template or item.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class SalesOrderAdapter implements HostAdapter {
  /** Line map key: the catalog item identifier (String). */
  public static final String LINE_ITEM = "item";
  /** Line map key: the catalog item's product type (String), or absent. */
  public static final String LINE_PRODUCT_TYPE = "productType";

  private final ErpDatabase db;
  private final SyncProfile profile;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   * @param profile the settings (error item, on-hold codes)
   */
  public SalesOrderAdapter(ErpDatabase db, SyncProfile profile) {
    this.db = requireNonNull(db, "db == null");
    this.profile = requireNonNull(profile, "profile == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.SALES_ORDER;
  }

  /** Orders are not pushed. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.salesOrders().find(RecordValues.parse(hostId)).map(o -> {
      HostRecord.Builder b = HostRecord.builder(EntityType.SALES_ORDER, hostId);
      RecordValues.put(b, HostFields.SalesOrder.STATUS, o.status());
      RecordValues.put(b, HostFields.SalesOrder.PO_NUMBER, o.po());
      return b.build();
    });
  }

  @Override
  public String create(HostRecord r) {
    return Long.toString(store(r));
  }

  /** Re-imports the order; fields ConnectWise did not change (left out by the three-way merge) keep their values. */
  @Override
  public void update(HostRecord r) {
    SalesOrder o = db.salesOrders().find(FieldReads.hostId(r)).orElseThrow(
        () -> new ErpException("sales order " + r.hostId() + " does not exist"));
    HostRecord.Builder b = HostRecord.builder(EntityType.SALES_ORDER, r.hostId())
        .field("cwOrderId", String.valueOf(o.cwOrderId()))
        .field(HostFields.SalesOrder.CUSTOMER, new io.cwsync.core.model.HostRef(EntityType.COMPANY,
            Long.toString(o.customerId())));
    RecordValues.put(b, HostFields.SalesOrder.ORDER_DATE, o.orderDate());
    RecordValues.put(b, HostFields.SalesOrder.PO_NUMBER, o.po());
    RecordValues.put(b, HostFields.SalesOrder.STATUS, o.status());
    store(b.fields(r.fields()).build());
  }

  private long store(HostRecord r) {
    List<String> codes = profile.erp().onHoldCodes();
    List<String> known = db.inventory().onHoldCodes();
    for (String code : codes) {
      if (known.stream().noneMatch(code::equalsIgnoreCase)) {
        throw error(r, HostFields.SalesOrder.ON_HOLD_CODES, "on-hold code '" + code
            + "' of the settings does not exist in the ERP");
      }
    }
    List<SalesOrderLine> lines = new ArrayList<>();
    Object raw = r.field(HostFields.SalesOrder.LINES);
    if (raw instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          lines.add(line(r, m));
        }
      }
    }
    int cwId = Integer.parseInt(FieldReads.requiredString(r, "cwOrderId"));
    long id = db.salesOrders().upsert(cwId, RecordValues.requiredRef(r, HostFields.SalesOrder.CUSTOMER),
        FieldReads.date(r, HostFields.SalesOrder.ORDER_DATE), FieldReads.string(r, HostFields.SalesOrder.PO_NUMBER),
        FieldReads.string(r, HostFields.SalesOrder.STATUS), codes.isEmpty() ? null : codes.get(0));
    db.salesOrders().replaceLines(id, lines);
    return id;
  }

  private SalesOrderLine line(HostRecord r, Map<?, ?> m) {
    String item = (String) m.get(LINE_ITEM);
    String type = (String) m.get(LINE_PRODUCT_TYPE);
    String description = (String) m.get("description");
    BigDecimal quantity = (BigDecimal) m.get("quantity");
    BigDecimal price = (BigDecimal) m.get("price");
    BigDecimal product = (BigDecimal) m.get("cwProductId");
    Integer cwProduct = product == null ? null : product.intValueExact();
    Optional<ItemTemplate> existing = item == null ? Optional.empty() : db.inventory().item(item);
    if (existing.isPresent() && existing.get().fullyCoded()) {
      return new SalesOrderLine(0, 0, item, description, quantity, price, false, cwProduct);
    }
    Optional<ItemTemplate> template = type == null ? Optional.empty() : db.inventory().template(type);
    if (item != null && existing.isEmpty() && template.isPresent() && template.get().fullyCoded()) {
      db.inventory().ensureItem(item, description, template.get());
      return new SalesOrderLine(0, 0, item, description, quantity, price, false, cwProduct);
    }
    String errorItem = profile.erp().errorItem();
    if (errorItem == null || db.inventory().item(errorItem).filter(ItemTemplate::fullyCoded).isEmpty()) {
      throw error(r, HostFields.SalesOrder.LINES, "item '" + item + "' (product type '" + type + "') cannot be"
          + " created and the error item '" + errorItem + "' does not exist or lacks an inventory or expense code"
          + " and a sales code");
    }
    String why = template.isEmpty() ? "no item template for product type '" + type + "'"
        : "item template '" + type + "' lacks an inventory or expense code and a sales code";
    return new SalesOrderLine(0, 0, errorItem, "[" + item + ": " + why + "] " + (description == null ? ""
        : description), quantity, price, true, cwProduct);
  }

  private static CwsyncException error(HostRecord r, String field, String message) {
    return new CwsyncException(CoreErrorCode.HOST_FAILED, "sales order not inserted: " + message,
        EntityType.SALES_ORDER, r.hostId(), field, null);
  }
}
