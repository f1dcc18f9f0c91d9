package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.examples.SerialConnection;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code contract_template}, {@code contract} and {@code contract_billing} tables.
 *
 * <p>Thread-safety: safe for use from many threads (see {@link ErpDatabase}).
 */
public final class ContractRepository {
  private final ErpDatabase db;

  ContractRepository(ErpDatabase db) {
    this.db = db;
  }

  /**
   * Adds a contract template; its number is what an agreement type must equal exactly to select it.
   *
   * @param number the template contract number
   * @param isDefault whether this is the default template
   */
  public void addTemplate(String number, boolean isDefault) {
    requireNonNull(number, "number == null");
    db.update("adding contract template " + number,
        "INSERT INTO contract_template (number, description, is_default) VALUES (?, ?, ?)", number,
        "Template " + number, isDefault);
  }

  /**
   * Lists the template numbers.
   *
   * @return the numbers, sorted
   */
  public List<String> templates() {
    return db.query("listing contract templates", rs -> rs.getString(1),
        "SELECT number FROM contract_template ORDER BY number");
  }

  /**
   * Returns the default template.
   *
   * @return its number, or empty when none is marked default
   */
  public Optional<String> defaultTemplate() {
    return db.one("reading the default template", rs -> rs.getString(1),
        "SELECT number FROM contract_template WHERE is_default ORDER BY number");
  }

  /**
   * Creates a contract; its number is {@code C-} and the id.
   *
   * @param c the contract (id and number are ignored)
   * @return the stored contract
   * @throws ErpException if a reference or constraint fails (for example an unknown template)
   */
  public Contract insert(Contract c) {
    requireNonNull(c, "contract == null");
    long id = db.transaction("creating a contract", conn -> {
      long newId = db.insert("creating a contract",
          "INSERT INTO contract (number, customer_id, bill_to_id, template, agreement_type, description, status, po,"
              + " remarks, amount, start_date, end_date, cw_agreement_id)"
              + " VALUES (RANDOM_UUID(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          c.customerId(), c.billToId(), c.template(), c.agreementType(), c.description(), c.status(), c.po(),
          c.remarks(), c.amount(), c.startDate(), c.endDate(), c.cwAgreementId());
      db.update("numbering contract", "UPDATE contract SET number = ? WHERE id = ?",
          String.format(java.util.Locale.ROOT, "C-%05d", newId), newId);
      return newId;
    });
    return require(id);
  }

  /**
   * Saves every field of a contract.
   *
   * @param c the contract
   * @return the stored contract
   * @throws ErpException if it does not exist
   */
  public Contract update(Contract c) {
    int n = db.update("updating contract " + c.number(),
        "UPDATE contract SET customer_id = ?, bill_to_id = ?, template = ?, agreement_type = ?, description = ?,"
            + " status = ?, po = ?, remarks = ?, amount = ?, start_date = ?, end_date = ?, cw_agreement_id = ?"
            + " WHERE id = ?",
        c.customerId(), c.billToId(), c.template(), c.agreementType(), c.description(), c.status(), c.po(),
        c.remarks(), c.amount(), c.startDate(), c.endDate(), c.cwAgreementId(), c.id());
    if (n == 0) {
      throw new ErpException("contract " + c.id() + " does not exist");
    }
    return require(c.id());
  }

  /**
   * Terminates a contract (a dealer's action): it keeps its data but the sync never updates it again.
   *
   * @param id the contract
   * @return the terminated contract
   */
  public Contract terminate(long id) {
    Contract c = require(id);
    return update(new Contract(c.id(), c.number(), c.customerId(), c.billToId(), c.template(), c.agreementType(),
        c.description(), ContractStatus.TERMINATED, c.po(), c.remarks(), c.amount(), c.startDate(), c.endDate(),
        c.cwAgreementId()));
  }

  /**
   * Finds a contract.
   *
   * @param id the ERP id
   * @return the contract, or empty
   */
  public Optional<Contract> find(long id) {
    return db.one("reading contract " + id, ContractRepository::map, "SELECT * FROM contract WHERE id = ?", id);
  }

  /**
   * Finds a contract, failing if it is missing.
   *
   * @param id the ERP id
   * @return the contract
   */
  public Contract require(long id) {
    return find(id).orElseThrow(() -> new ErpException("contract " + id + " does not exist"));
  }

  /**
   * Lists the contracts made for an agreement, oldest first (a terminated one and its successor).
   *
   * @param cwAgreementId the agreement
   * @return the contracts
   */
  public List<Contract> forAgreement(int cwAgreementId) {
    return db.query("listing contracts", ContractRepository::map,
        "SELECT * FROM contract WHERE cw_agreement_id = ? ORDER BY id", cwAgreementId);
  }

  /**
   * Searches contracts for an invoice number in the PO field or the remarks (the seed's check "search
   * the contract list for the invoice number in either the PO field or the Remarks field").
   *
   * @param invoiceNumber the ConnectWise invoice number
   * @return the contracts, any status
   */
  public List<Contract> withInvoiceNumber(String invoiceNumber) {
    return db.query("searching contracts", ContractRepository::map,
        "SELECT * FROM contract WHERE po = ? OR remarks LIKE ? ORDER BY id", invoiceNumber,
        "%" + invoiceNumber + "%");
  }

  /**
   * Lists every contract in id order.
   *
   * @return the contracts
   */
  public List<Contract> list() {
    return db.query("listing contracts", ContractRepository::map, "SELECT * FROM contract ORDER BY id");
  }

  /**
   * Adds the billing line of an agreement invoice.
   *
   * @param contractId the contract
   * @param invoiceNumber the invoice number
   * @param date the invoice date
   * @param amount the total
   * @param status the invoice status
   * @return the line's id
   */
  public long addBilling(long contractId, @Nullable String invoiceNumber, @Nullable LocalDate date,
      @Nullable BigDecimal amount, @Nullable String status) {
    return db.insert("billing contract " + contractId, "INSERT INTO contract_billing (contract_id, invoice_number,"
        + " invoice_date, amount, status) VALUES (?, ?, ?, ?, ?)", contractId, invoiceNumber, date, amount, status);
  }

  /**
   * Updates a billing line from its changed invoice.
   *
   * @param id the line
   * @param invoiceNumber the invoice number
   * @param date the invoice date
   * @param amount the total
   * @param status the invoice status
   * @throws ErpException if the line does not exist
   */
  public void updateBilling(long id, @Nullable String invoiceNumber, @Nullable LocalDate date,
      @Nullable BigDecimal amount, @Nullable String status) {
    if (db.update("updating billing " + id, "UPDATE contract_billing SET invoice_number = ?, invoice_date = ?,"
        + " amount = ?, status = ? WHERE id = ?", invoiceNumber, date, amount, status, id) == 0) {
      throw new ErpException("billing line " + id + " does not exist");
    }
  }

  /**
   * Writes back the ConnectWise invoice id of a billing line.
   *
   * @param id the line
   * @param cwInvoiceId the invoice
   */
  public void linkBilling(long id, int cwInvoiceId) {
    db.update("linking billing " + id, "UPDATE contract_billing SET cw_invoice_id = ? WHERE id = ?", cwInvoiceId, id);
  }

  /**
   * Finds a billing line.
   *
   * @param id the line's id
   * @return the line, or empty
   */
  public Optional<ContractBilling> findBilling(long id) {
    return db.one("reading billing", ContractRepository::mapBilling, "SELECT * FROM contract_billing WHERE id = ?",
        id);
  }

  /**
   * Lists the billing lines of a contract.
   *
   * @param contractId the contract
   * @return its lines in id order
   */
  public List<ContractBilling> billing(long contractId) {
    return db.query("listing billing", ContractRepository::mapBilling,
        "SELECT * FROM contract_billing WHERE contract_id = ? ORDER BY id", contractId);
  }

  static Contract map(ResultSet rs) throws SQLException {
    return new Contract(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
        SerialConnection.longOrNull(rs, "bill_to_id"), rs.getString("template"), rs.getString("agreement_type"),
        rs.getString("description"), ContractStatus.valueOf(rs.getString("status")), rs.getString("po"),
        rs.getString("remarks"), ErpDatabase.decimal(rs, "amount"), SerialConnection.date(rs, "start_date"),
        SerialConnection.date(rs, "end_date"), SerialConnection.integer(rs, "cw_agreement_id"));
  }

  static ContractBilling mapBilling(ResultSet rs) throws SQLException {
    return new ContractBilling(rs.getLong("id"), rs.getLong("contract_id"), rs.getString("invoice_number"),
        SerialConnection.date(rs, "invoice_date"), ErpDatabase.decimal(rs, "amount"), rs.getString("status"),
        SerialConnection.integer(rs, "cw_invoice_id"));
  }
}
