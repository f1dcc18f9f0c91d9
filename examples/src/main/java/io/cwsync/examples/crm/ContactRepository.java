package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.integer;
import static io.cwsync.examples.SerialConnection.longOrNull;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code client_contact} table.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class ContactRepository extends Table<ClientContact> {
  ContactRepository(CrmDatabase db) {
    super(db, "client_contact", "cw_contact_id");
  }

  /**
   * Finds a contact by e-mail address, the natural key matched against ConnectWise.
   *
   * @param email the address, compared ignoring case
   * @return the first contact with it, or empty
   */
  public Optional<ClientContact> findByEmail(String email) {
    requireNonNull(email, "email == null");
    return one("SELECT * FROM client_contact WHERE LOWER(email) = LOWER(?) ORDER BY id", email);
  }

  /**
   * Lists the contacts of a company.
   *
   * @param companyId the company's CRM id
   * @return its contacts in id order
   */
  public List<ClientContact> ofCompany(long companyId) {
    return many("SELECT * FROM client_contact WHERE company_id = ? ORDER BY id", companyId);
  }

  /**
   * Inserts a contact (a non-null {@code cwContactId} is stored too: a pulled contact arrives linked).
   *
   * @param contact the contact to insert
   * @param actor who creates it
   * @return the stored contact
   * @throws CrmException if a constraint fails (for example an unknown company)
   */
  public ClientContact insert(ClientContact contact, Actor actor) {
    requireNonNull(contact, "contact == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting client contact '" + contact.fullName() + "'", c -> SerialConnection.insert(c,
        "INSERT INTO client_contact (company_id, first_name, last_name, title, email, phone, contact_type,"
            + " inactive, cw_contact_id, sync_opt_out, modified_at, change_seq, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
        contact.companyId(), contact.firstName(), contact.lastName(), contact.title(), contact.email(),
        contact.phone(), contact.contactType(), contact.inactive(), contact.cwContactId(), contact.syncOptOut(), now(), actor));
    return require(id);
  }

  /**
   * Saves every field of a contact except its ConnectWise id and moves it to the end of the change
   * sequence.
   *
   * @param contact the contact, with the id of an existing row
   * @param actor who changes it
   * @return the stored contact
   * @throws CrmException if the contact does not exist or a constraint fails
   */
  public ClientContact update(ClientContact contact, Actor actor) {
    requireNonNull(contact, "contact == null");
    requireNonNull(actor, "actor == null");
    int n = update("updating client contact " + contact.id(),
        "UPDATE client_contact SET company_id = ?, first_name = ?, last_name = ?, title = ?, email = ?, phone = ?,"
            + " contact_type = ?, inactive = ?, sync_opt_out = ?, modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
        contact.companyId(), contact.firstName(), contact.lastName(), contact.title(), contact.email(),
        contact.phone(), contact.contactType(), contact.inactive(), contact.syncOptOut(), now(), actor, contact.id());
    if (n == 0) {
      throw new CrmException("client contact " + contact.id() + " does not exist");
    }
    return require(contact.id());
  }

  @Override
  ClientContact map(ResultSet rs) throws SQLException {
    return new ClientContact(rs.getLong("id"), longOrNull(rs, "company_id"), rs.getString("first_name"),
        rs.getString("last_name"), rs.getString("title"), rs.getString("email"), rs.getString("phone"),
        rs.getString("contact_type"), rs.getObject("inactive", Boolean.class), integer(rs, "cw_contact_id"), rs.getBoolean("sync_opt_out"), tracking(rs));
  }
}
