package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Project invoices ({@link ErpFlows#PROJECT_INVOICE} records) as service calls: one call per progress invoice
 * (billing by phase) or final invoice (billing at completion), with the project's time as labour, or, for a
 * fixed-fee project, the fee as a non-inventory part ({@link #FIXED_FEE_ITEM}). Down-payment invoices never
 * reach the adapter (the rules leave them out).
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class ProjectInvoiceAdapter implements HostAdapter {
  /** The non-inventory item a fixed fee is billed with. */
  public static final String FIXED_FEE_ITEM = "FIXED-FEE";
  /** Host field: the project name (String). */
  public static final String PROJECT = "project";
  /** Host field: {@code by phase} or {@code at completion} (String). */
  public static final String BILLING = "billing";
  /** Host field: the fixed fee billed by this invoice (BigDecimal), absent for other billing methods. */
  public static final String FIXED_FEE = "fixedFee";

  private final ErpDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   */
  public ProjectInvoiceAdapter(ErpDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return ErpFlows.PROJECT_INVOICE;
  }

  /** Project calls are not pushed. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.calls().find(RecordValues.parse(hostId)).map(c -> HostRecord.builder(ErpFlows.PROJECT_INVOICE, hostId)
        .field(HostFields.ServiceCall.STATUS, c.status()).build());
  }

  @Override
  public String create(HostRecord r) {
    String invoice = FieldReads.requiredString(r, HostFields.Contract.INVOICE_NUMBER);
    ServiceCall call = db.calls().open(RecordValues.requiredRef(r, HostFields.ServiceCall.CUSTOMER), null,
        "CW Project '" + FieldReads.requiredString(r, PROJECT) + "' invoice " + invoice + " (billed "
            + FieldReads.requiredString(r, BILLING) + ")", null, "Billed", CallOrigin.CW);
    BigDecimal fee = RecordValues.decimal(r, FIXED_FEE);
    if (fee != null) {
      db.calls().addPart(call.id(), FIXED_FEE_ITEM, "Fixed fee, invoice " + invoice, BigDecimal.ONE, fee);
    }
    ServiceCallAdapter.addLabor(db, call.id(), r);
    return Long.toString(call.id());
  }

  /** A changed invoice updates the call's labour; its fee part stays as billed. */
  @Override
  public void update(HostRecord r) {
    ServiceCallAdapter.addLabor(db, FieldReads.hostId(r), r);
  }
}
