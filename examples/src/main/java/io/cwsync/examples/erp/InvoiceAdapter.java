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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Agreement invoices as {@link EntityType#INVOICE} records: each becomes a billing line of its
 * agreement's contract, puts its number in the contract's PO field or remarks (the profile's
 * {@code invoiceNumberIn}) and activates the contract. An invoice changed in ConnectWise updates its
 * line and the contract again.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class InvoiceAdapter implements HostAdapter {
  private final ErpDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   */
  public InvoiceAdapter(ErpDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.INVOICE;
  }

  /** Invoices are not pushed. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.contracts().findBilling(RecordValues.parse(hostId)).map(l -> {
      HostRecord.Builder b = HostRecord.builder(EntityType.INVOICE, hostId);
      RecordValues.put(b, HostFields.Contract.INVOICE_NUMBER, l.invoiceNumber());
      RecordValues.put(b, HostFields.Contract.INVOICE_DATE, l.invoiceDate());
      RecordValues.put(b, HostFields.Contract.AMOUNT, l.amount());
      RecordValues.put(b, HostFields.Contract.STATUS, l.status());
      b.field(HostFields.Contract.CONTRACT, new io.cwsync.core.model.HostRef(EntityType.AGREEMENT,
          Long.toString(l.contractId())));
      return b.build();
    });
  }

  @Override
  public String create(HostRecord r) {
    return Long.toString(apply(r, null));
  }

  @Override
  public void update(HostRecord r) {
    apply(r, FieldReads.hostId(r));
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.contracts().linkBilling(RecordValues.parse(hostId), Math.toIntExact(cwId));
  }

  private long apply(HostRecord r, @Nullable Long lineId) {
    Optional<ContractBilling> line = lineId == null ? Optional.empty() : db.contracts().findBilling(lineId);
    if (line.isPresent()) {
      // Fields ConnectWise did not change are left out by the three-way merge: keep the line's values.
      ContractBilling l = line.get();
      HostRecord.Builder b = HostRecord.builder(EntityType.INVOICE, r.hostId());
      RecordValues.put(b, HostFields.Contract.INVOICE_NUMBER, l.invoiceNumber());
      RecordValues.put(b, HostFields.Contract.INVOICE_DATE, l.invoiceDate());
      RecordValues.put(b, HostFields.Contract.AMOUNT, l.amount());
      RecordValues.put(b, HostFields.Contract.STATUS, l.status());
      b.field(HostFields.Contract.CONTRACT, new io.cwsync.core.model.HostRef(EntityType.AGREEMENT,
          Long.toString(l.contractId())));
      b.fields(r.fields());
      r = b.build();
    }
    long contractId = RecordValues.requiredRef(r, HostFields.Contract.CONTRACT);
    Contract c = db.contracts().require(contractId);
    if (c.status() == ContractStatus.TERMINATED) {
      throw new CwsyncException(CoreErrorCode.REJECTED, "contract " + c.number() + " is terminated; break the"
          + " agreement's link so that its next invoice creates a new contract", EntityType.INVOICE, r.hostId(),
          HostFields.Contract.CONTRACT, null);
    }
    String number = FieldReads.string(r, HostFields.Contract.INVOICE_NUMBER);
    String po = FieldReads.string(r, HostFields.Contract.PO);
    String remarks = FieldReads.string(r, HostFields.Contract.REMARKS);
    db.contracts().update(new Contract(c.id(), c.number(), c.customerId(), c.billToId(), c.template(),
        c.agreementType(), c.description(), ContractStatus.ACTIVE, po != null ? po : c.po(),
        remarks != null ? "ConnectWise invoice " + remarks : c.remarks(), c.amount(), c.startDate(), c.endDate(),
        c.cwAgreementId()));
    java.time.LocalDate date = FieldReads.date(r, HostFields.Contract.INVOICE_DATE);
    java.math.BigDecimal amount = RecordValues.decimal(r, HostFields.Contract.AMOUNT);
    String status = FieldReads.string(r, HostFields.Contract.STATUS);
    if (lineId != null) {
      db.contracts().updateBilling(lineId, number, date, amount, status);
      return lineId;
    }
    return db.contracts().addBilling(contractId, number, date, amount, status);
  }
}
