package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.ServiceCall;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Service calls imported from ConnectWise tickets ({@link EntityType#TICKET} records): the call's
 * description names the ticket ({@code CW Ticket #123: summary}) so it can be searched, its customer
 * and contract come through the customer and agreement mappings, and each time entry becomes a labour
 * line of the mapped technician. A ticket changed in ConnectWise (its company too) updates the call.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class ServiceCallAdapter implements HostAdapter {
  /** Host field of the labour lines (List of Map: technician, start, end, hours, notes, timeEntryId). */
  public static final String LABOR = "labor";

  private final ErpDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   */
  public ServiceCallAdapter(ErpDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return EntityType.TICKET;
  }

  /** Imported calls are not pushed back. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.calls().find(RecordValues.parse(hostId)).map(c -> {
      // The same shape the rules map a ticket to, so unchanged fields compare equal.
      HostRecord.Builder b = HostRecord.builder(EntityType.TICKET, hostId)
          .field(ServiceCall.CUSTOMER, new HostRef(EntityType.COMPANY, Long.toString(c.customerId())))
          .field(ServiceCall.STATUS, c.status());
      RecordValues.put(b, ServiceCall.DESCRIPTION, summaryOf(c.description()));
      RecordValues.put(b, ServiceCall.TICKET_NUMBER, c.cwTicketId() == null ? null : c.cwTicketId().toString());
      RecordValues.put(b, ServiceCall.TECHNICIAN, c.technician());
      if (c.contractId() != null) {
        b.field(ServiceCall.CONTRACT, new HostRef(EntityType.AGREEMENT, Long.toString(c.contractId())));
      }
      return b.build();
    });
  }

  @Override
  public String create(HostRecord r) {
    io.cwsync.examples.erp.ServiceCall call = db.calls().open(RecordValues.requiredRef(r, ServiceCall.CUSTOMER),
        contract(r), description(r), FieldReads.string(r, ServiceCall.TECHNICIAN), status(r), CallOrigin.CW);
    addLabor(call.id(), r);
    return Long.toString(call.id());
  }

  /**
   * Applies the fields ConnectWise changed; a field the record lacks keeps the call's value (the coordinator's
   * three-way merge leaves out what ConnectWise did not change).
   */
  @Override
  public void update(HostRecord r) {
    io.cwsync.examples.erp.ServiceCall c = db.calls().require(FieldReads.hostId(r));
    Map<String, Object> f = r.fields();
    String description = c.description();
    if (f.containsKey(ServiceCall.DESCRIPTION) || f.containsKey(ServiceCall.TICKET_NUMBER)) {
      String number = f.containsKey(ServiceCall.TICKET_NUMBER) ? FieldReads.string(r, ServiceCall.TICKET_NUMBER)
          : String.valueOf(c.cwTicketId());
      String summary = f.containsKey(ServiceCall.DESCRIPTION) ? FieldReads.string(r, ServiceCall.DESCRIPTION)
          : summaryOf(c.description());
      description = "CW Ticket #" + number + (summary == null ? "" : ": " + summary);
    }
    db.calls().update(new io.cwsync.examples.erp.ServiceCall(c.id(), c.number(),
        f.containsKey(ServiceCall.CUSTOMER) ? RecordValues.requiredRef(r, ServiceCall.CUSTOMER) : c.customerId(),
        f.containsKey(ServiceCall.CONTRACT) ? contract(r) : c.contractId(), description,
        f.containsKey(ServiceCall.TECHNICIAN) ? FieldReads.string(r, ServiceCall.TECHNICIAN) : c.technician(),
        f.containsKey(ServiceCall.STATUS) ? status(r) : c.status(), c.onHold(), c.origin(), c.cwTicketId(),
        c.modifiedAt(), c.changeSeq()));
    addLabor(c.id(), r);
  }

  private static @Nullable String summaryOf(String description) {
    int colon = description.indexOf(": ");
    return colon < 0 ? null : description.substring(colon + 2);
  }

  @Override
  public void writeBackConnectWiseId(String hostId, long cwId) {
    db.calls().linkTicket(RecordValues.parse(hostId), Math.toIntExact(cwId));
  }

  private @Nullable Long contract(HostRecord r) {
    Long contract = FieldReads.ref(r, ServiceCall.CONTRACT);
    // A call never goes onto a terminated contract.
    return contract != null && db.contracts().find(contract).filter(c -> c.status() != ContractStatus.TERMINATED)
        .isPresent() ? contract : null;
  }

  private static String description(HostRecord r) {
    String summary = FieldReads.string(r, ServiceCall.DESCRIPTION);
    return "CW Ticket #" + FieldReads.requiredString(r, ServiceCall.TICKET_NUMBER)
        + (summary == null ? "" : ": " + summary);
  }

  private static String status(HostRecord r) {
    String status = FieldReads.string(r, ServiceCall.STATUS);
    return status == null ? "Open" : status;
  }

  /** Adds or updates one labour line per time entry. */
  void addLabor(long callId, HostRecord r) {
    addLabor(db, callId, r);
  }

  static void addLabor(ErpDatabase db, long callId, HostRecord r) {
    Object lines = r.field(LABOR);
    if (!(lines instanceof List<?> list)) {
      return;
    }
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw FieldReads.invalid(r, LABOR, "must hold maps, got " + o);
      }
      Object entry = m.get("timeEntryId");
      db.calls().upsertLabor(callId, String.valueOf(m.get("technician")), (Instant) m.get("start"),
          (Instant) m.get("end"), (BigDecimal) m.get("hours"), (String) m.get("notes"),
          entry == null ? null : ((BigDecimal) entry).intValueExact());
    }
  }
}
