package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.InvoiceNumberTarget;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;

/**
 * The example ERP's integration settings: customer numbers matched against both the company identifier
 * and the account number, {@code ZCJ_SyncToCW = No} as the opt-out, the ERP's contract templates (and its
 * default one), tickets synced in status {@code Completed} with time entries, invoice numbers in the
 * contract's PO field. Adjust the returned builder for the filters and other settings.
 *
 * <p>Thread-safety: stateless.
 */
public final class ErpProfiles {
  /** The ticket status the service sync picks up by default. */
  public static final String COMPLETED = "Completed";

  private ErpProfiles() {}

  /**
   * Returns the standard settings for an ERP database (its contract templates are read now).
   *
   * @param db the ERP
   * @return a builder to adjust
   */
  public static SyncProfile.Builder builder(ErpDatabase db) {
    requireNonNull(db, "db == null");
    SyncProfile.Builder b = SyncProfile.builder()
        .mode(SyncMode.REAL_TIME)
        .selection(sel -> sel.syncCompaniesContactsOpportunities(false))
        .fieldRules(EntityType.COMPANY, fr -> fr.naturalKey(CustomerAdapter.NUMBER, "identifier")
        .naturalKey(CustomerAdapter.NUMBER, "accountNumber"))
        .hostFilters(hf -> hf.optOut(CustomerAdapter.SYNC_TO_CW, "No"))
        .erp(erp -> erp.ticketStatuses(COMPLETED)
        .onlyTicketsWithTimeEntries(true)
        .invoiceNumberIn(InvoiceNumberTarget.PO));
    b.erp(erp -> erp.contractTemplates(db.contracts().templates().toArray(String[]::new)));
    db.contracts().defaultTemplate().ifPresent(t -> b.erp(e -> e.defaultContractTemplate(t)));
    return b;
  }
}
