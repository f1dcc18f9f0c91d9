package io.cwsync.examples.crm;

import static io.cwsync.examples.SerialConnection.integer;
import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code client_company} table.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link CrmDatabase}).
 */
public final class CompanyRepository extends Table<ClientCompany> {
  CompanyRepository(CrmDatabase db) {
    super(db, "client_company", "cw_company_id");
  }

  /**
   * Finds a company by its identifier (account code), the natural key matched against ConnectWise's
   * company identifier.
   *
   * @param identifier the identifier, compared ignoring case
   * @return the company, or empty
   */
  public Optional<ClientCompany> findByIdentifier(String identifier) {
    requireNonNull(identifier, "identifier == null");
    return one("SELECT * FROM client_company WHERE LOWER(identifier) = LOWER(?)", identifier);
  }

  /**
   * Inserts a company; its id, tracking and ConnectWise id are taken from the database, not the
   * argument, except that a non-null {@code cwCompanyId} is stored (a pulled company arrives linked).
   *
   * @param company the company to insert
   * @param actor who creates it
   * @return the stored company
   * @throws CrmException if a constraint fails (for example a duplicate identifier)
   */
  public ClientCompany insert(ClientCompany company, Actor actor) {
    requireNonNull(company, "company == null");
    requireNonNull(actor, "actor == null");
    long id = db.transaction("inserting client company '" + company.name() + "'", c -> SerialConnection.insert(c,
        "INSERT INTO client_company (name, identifier, phone, website, company_type, market, address_line1, city,"
            + " state, zip, cw_company_id, sync_opt_out, modified_at, change_seq, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXT VALUE FOR change_seq, ?)",
        company.name(), company.identifier(), company.phone(), company.website(), company.companyType(),
        company.market(), company.addressLine1(), company.city(), company.state(), company.zip(),
        company.cwCompanyId(), company.syncOptOut(), now(), actor));
    return require(id);
  }

  /**
   * Saves every field of a company except its ConnectWise id (see {@link #linkCw}) and moves it to the
   * end of the change sequence.
   *
   * @param company the company, with the id of an existing row
   * @param actor who changes it
   * @return the stored company
   * @throws CrmException if the company does not exist or a constraint fails
   */
  public ClientCompany update(ClientCompany company, Actor actor) {
    requireNonNull(company, "company == null");
    requireNonNull(actor, "actor == null");
    int n = update("updating client company " + company.id(),
        "UPDATE client_company SET name = ?, identifier = ?, phone = ?, website = ?, company_type = ?, market = ?,"
            + " address_line1 = ?, city = ?, state = ?, zip = ?, sync_opt_out = ?, modified_at = ?,"
            + " change_seq = NEXT VALUE FOR change_seq, changed_by = ? WHERE id = ?",
        company.name(), company.identifier(), company.phone(), company.website(), company.companyType(),
        company.market(), company.addressLine1(), company.city(), company.state(), company.zip(),
        company.syncOptOut(), now(), actor, company.id());
    if (n == 0) {
      throw new CrmException("client company " + company.id() + " does not exist");
    }
    return require(company.id());
  }

  @Override
  ClientCompany map(ResultSet rs) throws SQLException {
    return new ClientCompany(rs.getLong("id"), rs.getString("name"), rs.getString("identifier"),
        rs.getString("phone"), rs.getString("website"), rs.getString("company_type"), rs.getString("market"),
        rs.getString("address_line1"), rs.getString("city"), rs.getString("state"), rs.getString("zip"),
        integer(rs, "cw_company_id"), rs.getBoolean("sync_opt_out"), tracking(rs));
  }
}
