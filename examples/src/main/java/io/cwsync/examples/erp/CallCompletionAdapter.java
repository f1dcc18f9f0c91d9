package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.FieldReads;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.HostFields.ServiceCall;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Completed tickets written back to the ERP calls that created them ({@link ErpFlows#CALL_COMPLETION}
 * records): the call takes the ticket's status and one labour line per time entry. The record's
 * {@link #CALL} field names the call; "creating" a completion updates that call and returns its id.
 *
 * <p>Thread-safety: safe for use from many threads (the database serializes access).
 */
public final class CallCompletionAdapter implements HostAdapter {
  /** Host field naming the ERP call (HostRef to a {@link ErpFlows#CALL_TICKET} record). */
  public static final String CALL = "call";

  private final ErpDatabase db;

  /**
   * Creates the adapter.
   *
   * @param db the ERP
   */
  public CallCompletionAdapter(ErpDatabase db) {
    this.db = requireNonNull(db, "db == null");
  }

  @Override
  public EntityType entityType() {
    return ErpFlows.CALL_COMPLETION;
  }

  /** Completions are not pushed. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  @Override
  public Optional<HostRecord> find(String hostId) {
    return db.calls().find(RecordValues.parse(hostId)).map(c -> HostRecord.builder(ErpFlows.CALL_COMPLETION, hostId)
        .field(ServiceCall.STATUS, c.status()).build());
  }

  @Override
  public String create(HostRecord r) {
    long call = RecordValues.requiredRef(r, CALL);
    apply(call, r);
    return Long.toString(call);
  }

  @Override
  public void update(HostRecord r) {
    apply(FieldReads.hostId(r), r);
  }

  private void apply(long callId, HostRecord r) {
    io.cwsync.examples.erp.ServiceCall c = db.calls().require(callId);
    db.calls().update(new io.cwsync.examples.erp.ServiceCall(c.id(), c.number(), c.customerId(), c.contractId(),
        c.description(), c.technician(),
        r.fields().containsKey(ServiceCall.STATUS) ? FieldReads.requiredString(r, ServiceCall.STATUS) : c.status(),
        c.onHold(), c.origin(),
        c.cwTicketId(), c.modifiedAt(), c.changeSeq()));
    ServiceCallAdapter.addLabor(db, callId, r);
  }
}
