package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.nonBlank;
import static io.cwsync.mapping.Checks.nullableNonBlank;
import static io.cwsync.mapping.Checks.replace;
import static io.cwsync.mapping.Checks.replaceExact;
import static io.cwsync.mapping.Checks.requireState;
import static io.cwsync.mapping.Checks.sorted;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  /** Sets the ERP settings of a {@link SyncProfile.Builder#erp section}; not thread-safe. */
  public static final class Builder {
    private final Map<String, String> agreementTemplates = new LinkedHashMap<>();
    private final Set<String> contractTemplates = new LinkedHashSet<>();
    private @Nullable String defaultContractTemplate;
    private final Set<String> invoiceStatuses = new LinkedHashSet<>();
    private final Set<String> agreementTypes = new LinkedHashSet<>();
    private final Set<String> ticketStatuses = new LinkedHashSet<>();
    private boolean onlyTicketsWithTimeEntries;
    private final Map<String, String> technicians = new LinkedHashMap<>();
    private final Map<String, String> itemTemplates = new LinkedHashMap<>();
    private @Nullable String errorItem;
    private final List<String> onHoldCodes = new ArrayList<>();
    private InvoiceNumberTarget invoiceNumberIn = InvoiceNumberTarget.PO;

    Builder() {}

    void replay(ErpSettings from, Replay r) {
      new TreeMap<>(from.agreementTemplates()).forEach((type, template) -> r.set("agreementTemplates." + type,
          () -> mapAgreementType(type, template)));
      r.set("contractTemplates", () -> contractTemplates(sorted(from.contractTemplates())));
      r.set("defaultContractTemplate", () -> defaultContractTemplate(from.defaultContractTemplate()));
      r.set("invoiceStatuses", () -> invoiceStatuses(sorted(from.invoiceStatuses())));
      r.set("agreementTypes", () -> agreementTypes(sorted(from.agreementTypes())));
      r.set("ticketStatuses", () -> ticketStatuses(sorted(from.ticketStatuses())));
      r.set("onlyTicketsWithTimeEntries", () -> onlyTicketsWithTimeEntries(from.onlyTicketsWithTimeEntries()));
      new TreeMap<>(from.technicians()).forEach((member, technician) -> r.set("technicians." + member,
          () -> mapTechnician(member, technician)));
      new TreeMap<>(from.itemTemplates()).forEach((type, template) -> r.set("itemTemplates." + type,
          () -> mapItemTemplate(type, template)));
      r.set("errorItem", () -> errorItem(from.errorItem()));
      r.set("onHoldCodes", () -> onHoldCodes(from.onHoldCodes().toArray(new String[0])));
      r.set("invoiceNumberIn", () -> invoiceNumberIn(from.invoiceNumberIn()));
    }

    /**
     * Maps a ConnectWise agreement type to a host contract template whose number differs from the
     * type name.
     *
     * @param agreementType ConnectWise agreement type name
     * @param template host contract template number
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException if the type is already mapped
     */
    public Builder mapAgreementType(String agreementType, String template) {
      putOnce(agreementTemplates, agreementType, template, "agreement type", "contract template");
      return this;
    }

    /**
     * Declares the host contract template numbers; an agreement type with a template of exactly the
     * same name uses it (replaces earlier values).
     *
     * @param templates template numbers
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder contractTemplates(String... templates) {
      replaceExact(contractTemplates, "contract template", templates);
      return this;
    }

    /**
     * Sets the contract template used when no template matches the agreement type.
     *
     * @param template template number, or {@code null} for none (unmatched types are then errors)
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultContractTemplate(@Nullable String template) {
      this.defaultContractTemplate = nullableNonBlank(template, "default contract template");
      return this;
    }

    /**
     * Only syncs ConnectWise invoices in one of these statuses (replaces earlier values).
     *
     * @param values status names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder invoiceStatuses(String... values) {
      replace(invoiceStatuses, "invoice status", values);
      return this;
    }

    /**
     * Only syncs agreements (and agreement invoices) of these agreement types (replaces earlier).
     *
     * @param values agreement type names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder agreementTypes(String... values) {
      replace(agreementTypes, "agreement type", values);
      return this;
    }

    /**
     * Only syncs ConnectWise tickets in one of these statuses (replaces earlier values).
     *
     * @param values status names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder ticketStatuses(String... values) {
      replace(ticketStatuses, "ticket status", values);
      return this;
    }

    /**
     * Only syncs tickets that have at least one time entry.
     *
     * @param only whether to require time entries
     * @return this builder
     */
    public Builder onlyTicketsWithTimeEntries(boolean only) {
      this.onlyTicketsWithTimeEntries = only;
      return this;
    }

    /**
     * Maps a ConnectWise member to a host technician (one-to-one).
     *
     * @param memberIdentifier ConnectWise member identifier
     * @param technician host technician number
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank
     * @throws IllegalStateException if the member is already mapped
     */
    public Builder mapTechnician(String memberIdentifier, String technician) {
      putOnce(technicians, memberIdentifier, technician, "member", "technician");
      return this;
    }

    /**
     * Maps a ConnectWise product type to the host item template used to create items.
     *
     * @param productType ConnectWise product type name
     * @param template host item template
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank
     * @throws IllegalStateException if the product type is already mapped
     */
    public Builder mapItemTemplate(String productType, String template) {
      putOnce(itemTemplates, productType, template, "product type", "item template");
      return this;
    }

    /**
     * Sets the host item put on a sales order line whose item cannot be created.
     *
     * @param item host item number, or {@code null} for none (such lines are then errors)
     * @return this builder
     * @throws IllegalArgumentException if the value is blank
     */
    public Builder errorItem(@Nullable String item) {
      this.errorItem = nullableNonBlank(item, "error item");
      return this;
    }

    /**
     * Sets the host on-hold codes put on orders created by the sales order sync (replaces).
     *
     * @param codes on-hold codes
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a code is blank or repeated
     */
    public Builder onHoldCodes(String... codes) {
      replaceExact(onHoldCodes, "on-hold code", codes);
      return this;
    }

    /**
     * Sets where the ERP contract receives an agreement invoice's number (the PO field by default).
     *
     * @param target the PO field or the remarks
     * @return this builder
     * @throws NullPointerException if {@code target} is null
     */
    public Builder invoiceNumberIn(InvoiceNumberTarget target) {
      this.invoiceNumberIn = requireNonNull(target, "target == null");
      return this;
    }

    /** Maps {@code key} once; the messages read "member 'jsmith' is already mapped to technician 'T1'". */
    private static void putOnce(Map<String, String> map, String key, String value, String keyWhat, String valueWhat) {
      nonBlank(key, keyWhat);
      nonBlank(value, valueWhat);
      requireState(!map.containsKey(key), "%s '%s' is already mapped to %s '%s'", keyWhat, key, valueWhat, map.get(key));
      map.put(key, value);
    }

    ErpSettings build() {
      return new ErpSettings(agreementTemplates, contractTemplates, defaultContractTemplate, invoiceStatuses,
          agreementTypes, ticketStatuses, onlyTicketsWithTimeEntries, technicians, itemTemplates, errorItem,
          onHoldCodes, invoiceNumberIn);
    }
  }
}
