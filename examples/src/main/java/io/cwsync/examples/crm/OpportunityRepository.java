package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.date;
import static io.cwsync.examples.SerialConnection.integer;
import static io.cwsync.examples.SerialConnection.longOrNull;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code opportunity} table.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class OpportunityRepository extends Table<SalesOpportunity> {
  OpportunityRepository(CrmDatabase db) {
    super(db, "opportunity", "cw_opportunity_id");
  }

  /**
   * Lists the opportunities of a company.
   *
   * @param companyId the company's CRM id
   * @return its opportunities in id order
   */
  public List<SalesOpportunity> ofCompany(long companyId) {
    return many("SELECT * FROM opportunity WHERE company_id = ? ORDER BY id", companyId);
  }

  /**
   * Inserts an opportunity (a non-null {@code cwOpportunityId} is stored too).
   *
   * @param opportunity the opportunity to insert
   * @param actor who creates it
   * @return the stored opportunity
   * @throws CrmException if a constraint fails (for example an unknown stage or company)
   */
  public SalesOpportunity insert(SalesOpportunity opportunity, Actor actor) {
    requireNonNull(opportunity, "opportunity == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting opportunity '" + opportunity.name() + "'", c -> SerialConnection.insert(c,
        "INSERT INTO opportunity (name, company_id, contact_id, stage, amount, expected_close, owner, notes,"
            + " cw_status, cw_opportunity_id, sync_opt_out, modified_at, change_seq, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
        opportunity.name(), opportunity.companyId(), opportunity.contactId(), opportunity.stage(),
        opportunity.amount(), opportunity.expectedClose(), opportunity.owner(), opportunity.notes(),
        opportunity.cwStatus(), opportunity.cwOpportunityId(), opportunity.syncOptOut(), now(), actor));
    return require(id);
  }

  /**
   * Saves every field of an opportunity except its ConnectWise id and moves it to the end of the
   * change sequence.
   *
   * @param opportunity the opportunity, with the id of an existing row
   * @param actor who changes it
   * @return the stored opportunity
   * @throws CrmException if it does not exist or a constraint fails
   */
  public SalesOpportunity update(SalesOpportunity opportunity, Actor actor) {
    requireNonNull(opportunity, "opportunity == null");
    requireNonNull(actor, "actor == null");
    int n = update("updating opportunity " + opportunity.id(),
        "UPDATE opportunity SET name = ?, company_id = ?, contact_id = ?, stage = ?, amount = ?, expected_close = ?,"
            + " owner = ?, notes = ?, cw_status = ?, sync_opt_out = ?, modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
        opportunity.name(), opportunity.companyId(), opportunity.contactId(), opportunity.stage(),
        opportunity.amount(), opportunity.expectedClose(), opportunity.owner(), opportunity.notes(),
        opportunity.cwStatus(), opportunity.syncOptOut(), now(), actor, opportunity.id());
    if (n == 0) {
      throw new CrmException("opportunity " + opportunity.id() + " does not exist");
    }
    return require(opportunity.id());
  }

  /**
   * Moves an opportunity to the end of the change sequence without changing a field, because something
   * it owns (a document, a quote line) changed and must be pushed with it.
   *
   * @param id the opportunity's CRM id
   * @param actor who made the change
   * @throws CrmException if it does not exist
   */
  public void touch(long id, Actor actor) {
    int n = update("touching opportunity " + id,
        "UPDATE opportunity SET modified_at = ?, change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
        now(), actor, id);
    if (n == 0) {
      throw new CrmException("opportunity " + id + " does not exist");
    }
  }

  @Override
  SalesOpportunity map(ResultSet rs) throws SQLException {
    return new SalesOpportunity(rs.getLong("id"), rs.getString("name"), rs.getLong("company_id"),
        longOrNull(rs, "contact_id"), rs.getString("stage"), decimal(rs, "amount"), date(rs, "expected_close"),
        rs.getString("owner"), rs.getString("notes"), rs.getString("cw_status"), integer(rs, "cw_opportunity_id"),
        rs.getBoolean("sync_opt_out"), tracking(rs));
  }
}
