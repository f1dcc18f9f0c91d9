package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.ServiceCall;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Calls opened in the ERP, for the call sync that creates their ConnectWise tickets
 * ({@link ErpFlows#CALL_TICKET} records). A call on hold is not sent; the integration puts each call on
 * hold after an attempt, successful or not, and a user takes it off hold to have it tried again.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class CallTicketAdapter implements HostAdapter {
  /** Host field of the call number (String). */
  public static final String NUMBER = "number";
  /** Host field of the customer's number (String), for messages. */
  public static final String CUSTOMER_NUMBER = "customerNumber";
  /** Host field of the on-hold flag (Boolean). */
  public static final String ON_HOLD = "onHold";

  private final ErpDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   */
  public CallTicketAdapter(ErpDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return ErpFlows.CALL_TICKET;
  }

  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    List<io.cwsync.examples.erp.ServiceCall> rows =
        db.calls().changesSince(CallOrigin.ERP, RecordValues.cursor(cursor), limit);
    String next = rows.isEmpty() ? cursor : Long.toString(rows.get(rows.size() - 1).changeSeq());
    return new HostChanges(rows.stream().map(this::toRecord).toList(), next, rows.size() == limit);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.calls().find(RecordValues.parse(hostId)).filter(c -> c.origin() == CallOrigin.ERP)
        .map(this::toRecord);
  }

  /** ERP calls are created in the ERP. */
  @Override
  public String create(HostRecord record) {
    throw new UnsupportedOperationException("the call sync sends ERP calls to ConnectWise; it does not create any");
  }

  /** The call sync creates tickets only; completions come back through the call-completions flow. */
  @Override
  public void update(HostRecord record) {
    throw new UnsupportedOperationException("the call sync does not change ERP calls");
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.calls().linkTicket(RecordValues.parse(hostId), Math.toIntExact(cwId));
  }

  HostRecord toRecord(io.cwsync.examples.erp.ServiceCall c) {
    HostRecord.Builder b = HostRecord.builder(ErpFlows.CALL_TICKET, Long.toString(c.id()))
        .modifiedAt(c.modifiedAt())
        .field(NUMBER, c.number())
        .field(ServiceCall.DESCRIPTION, c.description())
        .field(ServiceCall.CUSTOMER, new HostRef(EntityType.COMPANY, Long.toString(c.customerId())))
        .field(ServiceCall.STATUS, c.status())
        .field(ON_HOLD, c.onHold());
    RecordValues.put(b, ServiceCall.TECHNICIAN, c.technician());
    db.customers().find(c.customerId()).ifPresent(customer -> b.field(CUSTOMER_NUMBER, customer.number()));
    return b.build();
  }
}
