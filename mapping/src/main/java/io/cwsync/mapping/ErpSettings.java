package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the ERP integration (agreements, invoices, service and sales order syncs).
 *
 * <p>Contract templates: an agreement's ConnectWise agreement type selects the host contract
 * template whose number matches the type name exactly (or the explicit entry in
 * {@code agreementTemplates}); when none matches, {@code defaultContractTemplate} is used. Thread-safe
 * (immutable record).
 *
 * @param agreementTemplates ConnectWise agreement type to host contract template number, for types
 *     whose template is not named exactly like the type
 * @param contractTemplates host contract template numbers that exist (matched exactly by type name)
 * @param defaultContractTemplate template used when no template matches, or {@code null}
 * @param invoiceStatuses only sync invoices in one of these ConnectWise statuses (empty: all)
 * @param agreementTypes only sync agreements/agreement invoices of these types (empty: all)
 * @param ticketStatuses only sync tickets in one of these ConnectWise statuses (empty: all)
 * @param onlyTicketsWithTimeEntries only sync tickets that have time entries
 * @param technicians ConnectWise member identifier to host technician number (one-to-one)
 * @param itemTemplates ConnectWise product type to host item template
 * @param errorItem host item used on a sales order line whose item cannot be created, or
 *     {@code null}
 * @param onHoldCodes host on-hold codes put on orders created by the sales order sync
 * @param invoiceNumberIn where the contract receives an agreement invoice's number
 */
public record ErpSettings(
    Map<String, String> agreementTemplates,
    Set<String> contractTemplates,
    @Nullable String defaultContractTemplate,
    Set<String> invoiceStatuses,
    Set<String> agreementTypes,
    Set<String> ticketStatuses,
    boolean onlyTicketsWithTimeEntries,
    Map<String, String> technicians,
    Map<String, String> itemTemplates,
    @Nullable String errorItem,
    List<String> onHoldCodes,
    InvoiceNumberTarget invoiceNumberIn) {

  /**
   * Copies the collections.
   *
   * @throws NullPointerException if a collection or entry is null
   */
  public ErpSettings {
    agreementTemplates = Map.copyOf(requireNonNull(agreementTemplates, "agreementTemplates == null"));
    contractTemplates = Set.copyOf(requireNonNull(contractTemplates, "contractTemplates == null"));
    invoiceStatuses = Set.copyOf(requireNonNull(invoiceStatuses, "invoiceStatuses == null"));
    agreementTypes = Set.copyOf(requireNonNull(agreementTypes, "agreementTypes == null"));
    ticketStatuses = Set.copyOf(requireNonNull(ticketStatuses, "ticketStatuses == null"));
    technicians = Map.copyOf(requireNonNull(technicians, "technicians == null"));
    itemTemplates = Map.copyOf(requireNonNull(itemTemplates, "itemTemplates == null"));
    onHoldCodes = List.copyOf(requireNonNull(onHoldCodes, "onHoldCodes == null"));
    requireNonNull(invoiceNumberIn, "invoiceNumberIn == null");
  }

  /**
   * Returns settings that restrict and map nothing.
   *
   * @return empty ERP settings
   */
  public static ErpSettings none() {
    return new ErpSettings(Map.of(), Set.of(), null, Set.of(), Set.of(), Set.of(), false, Map.of(),
        Map.of(), null, List.of(), InvoiceNumberTarget.PO);
  }
}
