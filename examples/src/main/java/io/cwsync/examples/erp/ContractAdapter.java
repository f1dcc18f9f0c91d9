package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.Contract;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * ERP contracts as {@link EntityType#AGREEMENT} records: the agreement sync creates a contract from the
 * contract template named exactly like the agreement type (else the default template, which the
 * integration audits) and keeps customer, bill-to, amount and dates up to date. A terminated contract
 * is never changed again; terminating one breaks its link so the agreement gets a new contract.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class ContractAdapter implements HostAdapter {
  private final ErpDatabase db;
  private final BiConsumer<String, String> defaultTemplateUsed;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   * @param defaultTemplateUsed told (contract id, reason) when a contract is created from the default
   *     template because no template matches its agreement type
   */
  public ContractAdapter(ErpDatabase db, BiConsumer<String, String> defaultTemplateUsed) {
    this.db = requireNonNull(db, "db == null");
    this.defaultTemplateUsed = requireNonNull(defaultTemplateUsed, "defaultTemplateUsed == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.AGREEMENT;
  }

  /** Contracts are not pushed. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.contracts().find(RecordValues.parse(hostId)).map(ContractAdapter::toRecord);
  }

  @Override
  public String create(HostRecord r) {
    String template = FieldReads.requiredString(r, Contract.TEMPLATE);
    String type = FieldReads.string(r, Contract.AGREEMENT_TYPE);
    // Created inactive (out of the billing queue); its first agreement invoice activates it.
    io.cwsync.examples.erp.Contract c = db.contracts().insert(new io.cwsync.examples.erp.Contract(0, "new",
        RecordValues.requiredRef(r, Contract.CUSTOMER), FieldReads.ref(r, Contract.BILL_TO_CUSTOMER), template,
        type, FieldReads.string(r, Contract.NAME), ContractStatus.INACTIVE, null, null,
        RecordValues.decimal(r, Contract.AMOUNT),
        FieldReads.date(r, Contract.START_DATE), FieldReads.date(r, Contract.END_DATE), null));
    boolean fallback = db.contracts().defaultTemplate().filter(template::equals).isPresent();
    if (type != null && fallback && !type.equals(template)) {
      defaultTemplateUsed.accept(Long.toString(c.id()), "contract " + c.number() + " created from the default"
          + " template '" + template + "': no contract template is named exactly like agreement type '" + type
          + "'");
    }
    return Long.toString(c.id());
  }

  @Override
  public void update(HostRecord r) {
    io.cwsync.examples.erp.Contract c = db.contracts().require(FieldReads.hostId(r));
    if (c.status() == ContractStatus.TERMINATED) {
      return;
    }
    // A field the record lacks is one ConnectWise did not change (three-way merge): it keeps its value.
    java.util.Map<String, Object> f = r.fields();
    db.contracts().update(new io.cwsync.examples.erp.Contract(c.id(), c.number(),
        f.containsKey(Contract.CUSTOMER) ? RecordValues.requiredRef(r, Contract.CUSTOMER) : c.customerId(),
        f.containsKey(Contract.BILL_TO_CUSTOMER) ? FieldReads.ref(r, Contract.BILL_TO_CUSTOMER) : c.billToId(),
        c.template(),
        f.containsKey(Contract.AGREEMENT_TYPE) ? FieldReads.string(r, Contract.AGREEMENT_TYPE) : c.agreementType(),
        f.containsKey(Contract.NAME) ? FieldReads.string(r, Contract.NAME) : c.description(), c.status(), c.po(),
        c.remarks(), f.containsKey(Contract.AMOUNT) ? RecordValues.decimal(r, Contract.AMOUNT) : c.amount(),
        f.containsKey(Contract.START_DATE) ? FieldReads.date(r, Contract.START_DATE) : c.startDate(),
        f.containsKey(Contract.END_DATE) ? FieldReads.date(r, Contract.END_DATE) : c.endDate(),
        c.cwAgreementId()));
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    io.cwsync.examples.erp.Contract c = db.contracts().require(RecordValues.parse(hostId));
    db.contracts().update(new io.cwsync.examples.erp.Contract(c.id(), c.number(), c.customerId(), c.billToId(),
        c.template(), c.agreementType(), c.description(), c.status(), c.po(), c.remarks(), c.amount(), c.startDate(),
        c.endDate(), Math.toIntExact(cwId)));
  }

  static HostRecord toRecord(io.cwsync.examples.erp.Contract c) {
    HostRecord.Builder b = HostRecord.builder(EntityType.AGREEMENT, Long.toString(c.id()))
        .field(Contract.TEMPLATE, c.template())
        .field(Contract.CUSTOMER, new io.cwsync.core.model.HostRef(EntityType.COMPANY, Long.toString(c.customerId())));
    RecordValues.put(b, Contract.NAME, c.description());
    RecordValues.put(b, Contract.AGREEMENT_TYPE, c.agreementType());
    if (c.billToId() != null) {
      b.field(Contract.BILL_TO_CUSTOMER, new io.cwsync.core.model.HostRef(EntityType.COMPANY,
          Long.toString(c.billToId())));
    }
    RecordValues.put(b, Contract.AMOUNT, c.amount());
    RecordValues.put(b, Contract.START_DATE, c.startDate());
    RecordValues.put(b, Contract.END_DATE, c.endDate());
    RecordValues.put(b, Contract.PO, c.po());
    RecordValues.put(b, Contract.REMARKS, c.remarks());
    return b.build();
  }
}
