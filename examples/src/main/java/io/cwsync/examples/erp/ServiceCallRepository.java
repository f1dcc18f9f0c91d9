package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code service_call}, {@code call_labor} and {@code call_part} tables.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class ServiceCallRepository {
  private final ErpDatabase db;

  ServiceCallRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Opens a call; its number is {@code SC-} and the id.
   *
   * @param customerId the customer
   * @param contractId the contract, or {@code null}
   * @param description the description
   * @param technician the technician number, or {@code null}
   * @param status the status
   * @param origin where it was opened
   * @return the stored call
   */
  public ServiceCall open(long customerId, @Nullable Long contractId, String description,
      @Nullable String technician, String status, CallOrigin origin) {
    long id = db.transaction("opening a service call", c -> {
      long newId = db.insert("opening a service call",
          "INSERT INTO service_call (number, customer_id, contract_id, description, technician, status, origin,"
              + " modified_at, change_seq) VALUES (RANDOM_UUID(), ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq)",
          customerId, contractId, description, technician, status, origin, db.now());
      db.update("numbering call", "UPDATE service_call SET number = ? WHERE id = ?",
          String.format(java.util.Locale.ROOT, "SC-%05d", newId), newId);
      return newId;
    });
    return require(id);
  }

  /**
   * Saves a change to a call's customer, contract, description, technician and status.
   *
   * @param call the call
   * @return the stored call
   */
  public ServiceCall update(ServiceCall call) {
    int n = db.update("updating call " + call.number(),
        "UPDATE service_call SET customer_id = ?, contract_id = ?, description = ?, technician = ?, status = ?,"
            + " on_hold = ?, modified_at = ?, change_seq = NEXT VALUE FOR change_seq WHERE id = ?",
        call.customerId(), call.contractId(), call.description(), call.technician(), call.status(), call.onHold(),
        db.now(), call.id());
    if (n == 0) {
      throw new ErpException("service call " + call.id() + " does not exist");
    }
    return require(call.id());
  }

  /**
   * Puts a call on or off hold. Taking a call off hold is a user's change (it moves the change
   * sequence, so the call sync tries the call again); the sync putting it on hold is bookkeeping.
   *
   * @param id the call
   * @param hold on hold or not
   * @param byUser whether a user made the change
   */
  public void setOnHold(long id, boolean hold, boolean byUser) {
    int n = byUser
        ? db.update("holding call " + id, "UPDATE service_call SET on_hold = ?, modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq WHERE id = ?", hold, db.now(), id)
        : db.update("holding call " + id, "UPDATE service_call SET on_hold = ? WHERE id = ?", hold, id);
    if (n == 0) {
      throw new ErpException("service call " + id + " does not exist");
    }
  }

  /**
   * Writes back (or clears) the linked ticket id; bookkeeping, the change sequence does not move.
   *
   * @param id the call
   * @param cwTicketId the ticket, or {@code null}
   */
  public void linkTicket(long id, @Nullable Integer cwTicketId) {
    if (db.update("linking call " + id, "UPDATE service_call SET cw_ticket_id = ? WHERE id = ?", cwTicketId, id)
        == 0) {
      throw new ErpException("service call " + id + " does not exist");
    }
  }

  /**
   * Finds a call.
   *
   * @param id the ERP id
   * @return the call, or empty
   */
  public Optional<ServiceCall> find(long id) {
    return db.one("reading call " + id, ServiceCallRepository::map, "SELECT * FROM service_call WHERE id = ?", id);
  }

  /**
   * Finds a call, failing if it is missing.
   *
   * @param id the ERP id
   * @return the call
   */
  public ServiceCall require(long id) {
    return find(id).orElseThrow(() -> new ErpException("service call " + id + " does not exist"));
  }

  /**
   * Finds the call linked to a ticket.
   *
   * @param cwTicketId the ticket
   * @return the call, or empty
   */
  public Optional<ServiceCall> findByTicket(int cwTicketId) {
    return db.one("reading call of ticket " + cwTicketId, ServiceCallRepository::map,
        "SELECT * FROM service_call WHERE cw_ticket_id = ?", cwTicketId);
  }

  /**
   * Searches calls whose description names a ticket number (the seed's "search all service calls for
   * the ticket number in the description").
   *
   * @param ticketNumber the ticket number
   * @return the calls
   */
  public List<ServiceCall> mentioningTicket(long ticketNumber) {
    return db.query("searching calls", ServiceCallRepository::map,
        "SELECT * FROM service_call WHERE description LIKE ? ORDER BY id", "%#" + ticketNumber + "%");
  }

  /**
   * Lists every call.
   *
   * @return the calls in id order
   */
  public List<ServiceCall> list() {
    return db.query("listing calls", ServiceCallRepository::map, "SELECT * FROM service_call ORDER BY id");
  }

  /**
   * Returns calls opened in one place and changed after a cursor, oldest change first.
   *
   * @param origin where the calls were opened
   * @param cursor the last change sequence seen
   * @param limit the most rows
   * @return the calls
   */
  public List<ServiceCall> changesSince(CallOrigin origin, long cursor, int limit) {
    return db.query("reading call changes", ServiceCallRepository::map,
        "SELECT * FROM service_call WHERE origin = ? AND change_seq > ? ORDER BY change_seq LIMIT ?", origin,
        cursor, limit);
  }

  /**
   * Adds or updates the labour line of a time entry.
   *
   * @param callId the call
   * @param technician the technician number
   * @param start the start, or {@code null}
   * @param end the end, or {@code null}
   * @param hours the hours, or {@code null}
   * @param notes the notes, or {@code null}
   * @param cwTimeEntryId the time entry, or {@code null} for labour entered in the ERP
   * @return the labour line's id
   */
  public long upsertLabor(long callId, String technician, @Nullable Instant start, @Nullable Instant end,
      @Nullable BigDecimal hours, @Nullable String notes, @Nullable Integer cwTimeEntryId) {
    return db.transaction("recording labour on call " + callId, c -> {
      Optional<Long> existing = cwTimeEntryId == null ? Optional.empty() : db.one("reading labour",
          rs -> rs.getLong(1), "SELECT id FROM call_labor WHERE cw_time_entry_id = ?", cwTimeEntryId);
      if (existing.isPresent()) {
        db.update("updating labour", "UPDATE call_labor SET call_id = ?, technician = ?, started_at = ?,"
            + " ended_at = ?, hours = ?, notes = ? WHERE id = ?", callId, technician, start, end, hours, notes,
            existing.get());
        return existing.get();
      }
      return db.insert("adding labour", "INSERT INTO call_labor (call_id, technician, started_at, ended_at, hours,"
          + " notes, cw_time_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)", callId, technician, start, end, hours, notes,
          cwTimeEntryId);
    });
  }

  /**
   * Finds a labour line.
   *
   * @param id the line
   * @return the line, or empty
   */
  public Optional<Labor> findLabor(long id) {
    return db.one("reading labour", ServiceCallRepository::mapLabor, "SELECT * FROM call_labor WHERE id = ?", id);
  }

  /**
   * Lists a call's labour.
   *
   * @param callId the call
   * @return the lines in id order
   */
  public List<Labor> labor(long callId) {
    return db.query("listing labour", ServiceCallRepository::mapLabor,
        "SELECT * FROM call_labor WHERE call_id = ? ORDER BY id", callId);
  }

  /**
   * Adds a part to a call.
   *
   * @param callId the call
   * @param item the item number
   * @param description the description, or {@code null}
   * @param quantity the quantity
   * @param price the unit price
   * @return the part's id
   */
  public long addPart(long callId, String item, @Nullable String description, BigDecimal quantity,
      BigDecimal price) {
    requireNonNull(item, "item == null");
    return db.insert("adding a part to call " + callId, "INSERT INTO call_part (call_id, item, description,"
        + " quantity, price) VALUES (?, ?, ?, ?, ?)", callId, item, description, quantity, price);
  }

  /**
   * Lists a call's parts.
   *
   * @param callId the call
   * @return the parts in id order
   */
  public List<Part> parts(long callId) {
    return db.query("listing parts", rs -> new Part(rs.getLong("id"), rs.getLong("call_id"), rs.getString("item"),
        rs.getString("description"), rs.getBigDecimal("quantity"), rs.getBigDecimal("price")),
        "SELECT * FROM call_part WHERE call_id = ? ORDER BY id", callId);
  }

  static ServiceCall map(ResultSet rs) throws SQLException {
    return new ServiceCall(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
        SerialConnection.longOrNull(rs, "contract_id"), rs.getString("description"), rs.getString("technician"),
        rs.getString("status"), rs.getBoolean("on_hold"), CallOrigin.valueOf(rs.getString("origin")),
        SerialConnection.integer(rs, "cw_ticket_id"), Objects.requireNonNull(ErpDatabase.instant(rs, "modified_at")),
        rs.getLong("change_seq"));
  }

  static Labor mapLabor(ResultSet rs) throws SQLException {
    return new Labor(rs.getLong("id"), rs.getLong("call_id"), rs.getString("technician"),
        ErpDatabase.instant(rs, "started_at"), ErpDatabase.instant(rs, "ended_at"),
        ErpDatabase.decimal(rs, "hours"), rs.getString("notes"), SerialConnection.integer(rs, "cw_time_entry_id"));
  }
}
