package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TicketBuilder;
import io.cwsync.connectwise.model.TimeEntry;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.CwsyncException;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.core.spi.Scope;
import io.cwsync.core.spi.SyncRules;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.MappingErrorCode;
import io.cwsync.mapping.RelatedRecords;
import io.cwsync.mapping.SyncProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ERP integration's rules: the profile's rules ({@code ProfileSyncRules}) for customers, sites,
 * agreements, invoices and tickets, plus what is particular to this ERP.
 *
 * <ul>
 *   <li>Technicians are mapped live from the ERP's technician table (the member identifier on each
 *       technician), so a mapping added in the ERP is used on the next pass.
 *   <li>A ticket brings its time entries as labour lines; an unmapped member or customer is a retryable
 *       error with a message that says which ("technician not mapped", "customer not mapped",
 *       "bill-to customer not mapped"), reported a bounded number of times and then parked.
 *   <li>Only agreement invoices (with an agreement) are synced.
 *   <li>ERP calls become tickets (create only, never while on hold); a ticket created that way is not
 *       imported as a new call, and once it is completed (a synced ticket status, with time entries)
 *       it is written back to its call.
 *   <li>Pulled records are fingerprinted by id and {@code lastUpdated}: any change in ConnectWise
 *       makes the sync "see" the record again, also after it was parked.
 * </ul>
 *
 * <p>Thread-safety: thread-safe if the delegate is.
 */
final class ErpRules implements SyncRules {
  private final SyncRules delegate;
  private final SyncProfile profile;
  private final RelatedRecords related;
  private final ConnectWiseClient client;
  private final Supplier<Map<String, String>> technicians;
  private final Set<String> salesOrderStatuses;

  ErpRules(SyncRules delegate, SyncProfile profile, RelatedRecords related, ConnectWiseClient client,
      Supplier<Map<String, String>> technicians, Set<String> salesOrderStatuses) {
    this.salesOrderStatuses = Set.copyOf(salesOrderStatuses);
    this.delegate = requireNonNull(delegate, "delegate == null");
    this.profile = requireNonNull(profile, "profile == null");
    this.related = requireNonNull(related, "related == null");
    this.client = requireNonNull(client, "client == null");
    this.technicians = requireNonNull(technicians, "technicians == null");
  }

  private static boolean is(Flow flow, EntityType type) {
    return flow.entityType().equals(type);
  }

  @Override
  public Optional<Condition> pullConditions(Flow flow, boolean incremental) {
    if (is(flow, ErpFlows.CALL_COMPLETION) || is(flow, ErpFlows.PROJECT_INVOICE)) {
      return Optional.empty();
    }
    return delegate.pullConditions(flow, incremental);
  }

  @Override
  public Scope pullScope(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    long id = record.id() == null ? -1 : record.id();
    if (is(flow, ErpFlows.CALL_COMPLETION)) {
      Ticket t = (Ticket) record;
      boolean ours = ctx.hostId(ErpFlows.CALL_TICKET, id).isPresent();
      return ours && completed(t) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
    }
    if (is(flow, ErpFlows.PROJECT_INVOICE)) {
      Invoice invoice = (Invoice) record;
      // Seed: "Down payment invoices do not sync".
      boolean project = invoice.project() != null && invoice.project().id() != null;
      return project && !"DownPayment".equalsIgnoreCase(invoice.type()) ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE;
    }
    if (is(flow, EntityType.TICKET) && ctx.hostId(ErpFlows.CALL_TICKET, id).isPresent()) {
      // Opened in the ERP: its completion comes back through the call-completions flow.
      return Scope.OUT_OF_SCOPE;
    }
    if (is(flow, EntityType.INVOICE)) {
      Invoice invoice = (Invoice) record;
      if (invoice.agreement() == null || invoice.agreement().id() == null) {
        return Scope.OUT_OF_SCOPE;
      }
    }
    if (is(flow, EntityType.SALES_ORDER) && !salesOrderStatuses.isEmpty()) {
      SalesOrder o = (SalesOrder) record;
      String status = o.status() == null ? null : o.status().name();
      if (status == null || salesOrderStatuses.stream().noneMatch(status::equalsIgnoreCase)) {
        return Scope.OUT_OF_SCOPE;
      }
    }
    return delegate.pullScope(flow, record, ctx);
  }

  private boolean completed(Ticket t) {
    Set<String> statuses = profile.erp().ticketStatuses();
    String status = t.status() == null ? null : t.status().name();
    boolean inStatus = statuses.isEmpty() ? Boolean.TRUE.equals(t.closedFlag())
        : status != null && statuses.stream().anyMatch(s -> s.equalsIgnoreCase(status));
    return inStatus && t.id() != null && related.ticketHasTimeEntries(t.id());
  }

  @Override
  public HostRecord toHost(Flow flow, ConnectWiseRecord record, @Nullable HostRecord existing,
      MappingContext ctx) {
    try {
      if (is(flow, EntityType.TICKET)) {
        Ticket t = (Ticket) record;
        HostRecord mapped = delegate.toHost(flow, t.toBuilder().owner(null).build(), existing, ctx);
        HostRecord.Builder b = mapped.toBuilder();
        String owner = t.owner() == null ? null : t.owner().identifier();
        // The owner is a hint for the call's technician; only the time entries' members must be mapped (seed:
        // "the technician on the time entry is not mapped").
        String ownerTechnician = owner == null ? null : technicianOrNull(owner);
        if (ownerTechnician != null) {
          b.field(HostFields.ServiceCall.TECHNICIAN, ownerTechnician);
        }
        b.field(ServiceCallAdapter.LABOR, labor(t));
        return b.build();
      }
      if (is(flow, ErpFlows.CALL_COMPLETION)) {
        Ticket t = (Ticket) record;
        String call = ctx.hostId(ErpFlows.CALL_TICKET, t.id()).orElseThrow(() -> new CwsyncException(
            MappingErrorCode.UNKNOWN_REFERENCE, "ticket " + t.id() + " was not created by an ERP call",
            ErpFlows.CALL_COMPLETION, String.valueOf(t.id()), "id", null));
        HostRecord.Builder b = HostRecord.builder(ErpFlows.CALL_COMPLETION, existing == null ? null
            : existing.hostId())
            .field(CallCompletionAdapter.CALL, new HostRef(ErpFlows.CALL_TICKET, call))
            .field(HostFields.ServiceCall.STATUS, t.status() == null || t.status().name() == null ? "Completed"
                : t.status().name())
            .field(ServiceCallAdapter.LABOR, labor(t));
        return b.build();
      }
      if (is(flow, ErpFlows.PROJECT_INVOICE)) {
        return projectInvoice((Invoice) record, existing, ctx);
      }
      if (is(flow, EntityType.SALES_ORDER)) {
        SalesOrder o = (SalesOrder) record;
        return delegate.toHost(flow, record, existing, ctx).toBuilder()
            .field("cwOrderId", String.valueOf(o.id()))
            .field(HostFields.SalesOrder.LINES, orderLines(o))
            .build();
      }
      return delegate.toHost(flow, record, existing, ctx);
    } catch (CwsyncException e) {
      throw explain(e);
    }
  }

  /**
   * A project invoice: the customer, the project, billing by phase (a progress invoice) or at completion, and
   * either the fixed fee (fixed-fee projects) or the project's time entries as labour.
   */
  private HostRecord projectInvoice(Invoice i, @Nullable HostRecord existing, MappingContext ctx) {
    Reference company = i.company();
    String id = String.valueOf(i.id());
    if (company == null || company.id() == null) {
      throw new CwsyncException(MappingErrorCode.MISSING_VALUE, "project invoice " + i.invoiceNumber()
          + " has no company", ErpFlows.PROJECT_INVOICE, id, "company", null);
    }
    String customer = ctx.hostId(EntityType.COMPANY, company.id()).orElseThrow(() -> new CwsyncException(
        MappingErrorCode.UNKNOWN_REFERENCE, "customer not mapped: ConnectWise company " + company.id()
            + (company.name() == null ? "" : " ('" + company.name() + "')") + " is not linked to an ERP customer",
        ErpFlows.PROJECT_INVOICE, id, "company", null));
    CwProject project = client.service(CwProject.RESOURCE).get(i.project().id());
    HostRecord.Builder b = HostRecord.builder(ErpFlows.PROJECT_INVOICE, existing == null ? null : existing.hostId())
        .field(HostFields.ServiceCall.CUSTOMER, new HostRef(EntityType.COMPANY, customer))
        .field(HostFields.Contract.INVOICE_NUMBER, i.invoiceNumber() == null ? id : i.invoiceNumber())
        .field(ProjectInvoiceAdapter.PROJECT, project.name() == null ? "project " + project.id() : project.name())
        .field(ProjectInvoiceAdapter.BILLING, "Progress".equalsIgnoreCase(i.type()) ? "by phase" : "at completion");
    if (project.fixedFee()) {
      b.field(ProjectInvoiceAdapter.FIXED_FEE, i.total() != null ? i.total()
          : project.billingAmount() != null ? project.billingAmount() : BigDecimal.ZERO);
    } else {
      List<Object> lines = new ArrayList<>();
      Query q = Query.builder().conditions(Condition.field("project/id").eq(project.id())).orderBy("id asc").build();
      for (TimeEntry e : client.timeEntries().listAll(q)) {
        lines.add(laborLine(e, i.id(), ErpFlows.PROJECT_INVOICE));
      }
      b.field(ServiceCallAdapter.LABOR, lines);
    }
    return b.build();
  }

  /** The time entries of a ticket as labour lines, each technician mapped. */
  private List<Object> labor(Ticket t) {
    List<Object> lines = new ArrayList<>();
    Query q = Query.builder().conditions(Condition.field("chargeToId").eq(t.id())
        .and(Condition.field("chargeToType").eq("ServiceTicket"))).orderBy("id asc").build();
    for (TimeEntry e : client.timeEntries().listAll(q)) {
      lines.add(laborLine(e, t.id(), EntityType.TICKET));
    }
    return lines;
  }

  private Map<String, Object> laborLine(TimeEntry e, @Nullable Integer recordId, EntityType type) {
    String member = e.member() == null ? null : e.member().identifier();
    if (member == null) {
      throw new CwsyncException(MappingErrorCode.MISSING_VALUE, "time entry " + e.id() + " has no member", type,
          String.valueOf(recordId), "member", null);
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("technician", technician(type, recordId, "time entry " + e.id() + " member", member));
    put(line, "start", e.timeStart());
    put(line, "end", e.timeEnd());
    put(line, "hours", e.actualHours());
    put(line, "notes", e.notes());
    put(line, "timeEntryId", e.id() == null ? null : BigDecimal.valueOf(e.id()));
    return line;
  }

  /** The product items of a sales order as line maps, each with its catalog item's product type. */
  private List<Object> orderLines(SalesOrder o) {
    List<Object> lines = new ArrayList<>();
    Query q = Query.builder().conditions(Condition.field("salesOrder/id").eq(o.id())).orderBy("id asc").build();
    for (ProductItem p : client.productItems().listAll(q)) {
      Map<String, Object> line = new LinkedHashMap<>();
      Reference item = p.catalogItem();
      put(line, SalesOrderAdapter.LINE_ITEM, item == null ? null : item.identifier());
      if (item != null && item.id() != null) {
        related.catalogItemType(item.id()).ifPresent(t -> line.put(SalesOrderAdapter.LINE_PRODUCT_TYPE, t));
      }
      put(line, "description", p.description());
      put(line, "quantity", p.quantity());
      put(line, "price", p.price());
      put(line, "cwProductId", p.id() == null ? null : BigDecimal.valueOf(p.id()));
      lines.add(line);
    }
    return lines;
  }

  private static void put(Map<String, Object> m, String k, @Nullable Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  private @Nullable String technicianOrNull(String member) {
    for (Map.Entry<String, String> e : technicians.get().entrySet()) {
      if (e.getKey().equalsIgnoreCase(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  private String technician(EntityType type, @Nullable Integer id, String field, String member) {
    String technician = technicianOrNull(member);
    if (technician != null) {
      return technician;
    }
    // Retryable: the fix is made in the ERP (map a technician to the member) and the record then syncs.
    throw new CwsyncException(MappingErrorCode.UNKNOWN_REFERENCE, "technician not mapped: ConnectWise member '"
        + member + "' (" + field + ") is not the member of any ERP technician", type,
        id == null ? null : id.toString(), field, null);
  }

  /** Rewords "not linked" reference errors in the seed's words, naming which customer is missing. */
  private static CwsyncException explain(CwsyncException e) {
    if (e.errorCode() != MappingErrorCode.UNKNOWN_REFERENCE || e.field() == null) {
      return e;
    }
    String which = switch (e.field()) {
      case "company" -> "customer not mapped";
      case "billToCompany" -> "bill-to customer not mapped";
      case "agreement" -> "agreement not mapped to a contract";
      default -> null;
    };
    if (which == null) {
      return e;
    }
    String message = String.valueOf(e.getMessage());
    String prefix = e.errorCode().code() + ": ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    int details = message.lastIndexOf(" [record ");
    if (details > 0) {
      message = message.substring(0, details);
    }
    return new CwsyncException(e.errorCode(), which + ": " + message, e.entityType(), e.recordId(), e.field(), e);
  }

  @Override
  public Scope pushScope(Flow flow, HostRecord record, MappingContext ctx) {
    if (is(flow, ErpFlows.CALL_TICKET)) {
      boolean linked = record.hostId() != null && ctx.cwId(ErpFlows.CALL_TICKET, record.hostId()).isPresent();
      boolean onHold = Boolean.TRUE.equals(record.field(CallTicketAdapter.ON_HOLD));
      return linked || onHold ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE;
    }
    return delegate.pushScope(flow, record, ctx);
  }

  @Override
  public ConnectWiseRecord toConnectWise(Flow flow, HostRecord record, @Nullable ConnectWiseRecord existing,
      MappingContext ctx) {
    if (is(flow, ErpFlows.CALL_TICKET)) {
      Object customer = record.field(HostFields.ServiceCall.CUSTOMER);
      if (!(customer instanceof HostRef ref)) {
        throw new CwsyncException(MappingErrorCode.MISSING_VALUE, "the call has no customer", flow.entityType(),
            record.hostId(), HostFields.ServiceCall.CUSTOMER, null);
      }
      long company = ctx.cwId(EntityType.COMPANY, ref.hostId()).orElseThrow(() -> new CwsyncException(
          MappingErrorCode.UNKNOWN_REFERENCE, "customer not mapped: ERP customer "
              + (record.field(CallTicketAdapter.CUSTOMER_NUMBER) != null ? record.field(CallTicketAdapter.CUSTOMER_NUMBER)
                  : ref.hostId()) + " is not linked to a ConnectWise company", flow.entityType(), record.hostId(),
          HostFields.ServiceCall.CUSTOMER, null));
      String summary = summary(record);
      TicketBuilder b = Ticket.builder().summary(summary).company(Reference.of(Math.toIntExact(company)))
          .initialDescription(String.valueOf(record.field(HostFields.ServiceCall.DESCRIPTION)));
      return b.build();
    }
    return delegate.toConnectWise(flow, record, existing, ctx);
  }

  /** The ticket summary names the call ({@code [SC-00001] description}), the natural key of a call's ticket. */
  static String summary(HostRecord call) {
    String text = "[" + call.field(CallTicketAdapter.NUMBER) + "] " + call.field(HostFields.ServiceCall.DESCRIPTION);
    return text.length() <= 100 ? text : text.substring(0, 100);
  }

  @Override
  public Set<String> suppressedUpdateFields(Flow flow) {
    return delegate.suppressedUpdateFields(flow);
  }

  @Override
  public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
    if (is(flow, ErpFlows.CALL_TICKET)) {
      return Optional.of(Condition.field("summary").like("[" + record.field(CallTicketAdapter.NUMBER) + "]%"));
    }
    return delegate.naturalKey(flow, record, ctx);
  }

  @Override
  public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
    // A call ticket's key is a 'like' on the summary, which has no batched form: looked up per record.
    return is(flow, ErpFlows.CALL_TICKET) ? Optional.empty() : delegate.naturalKeyValues(flow, record, ctx);
  }

  @Override
  public Optional<Map<String, Object>> hostNaturalKey(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.hostNaturalKey(flow, record, ctx);
  }

  @Override
  public List<Map<String, Object>> hostNaturalKeys(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    return delegate.hostNaturalKeys(flow, record, ctx);
  }

  @Override
  public Map<String, Object> cwFingerprint(Flow flow, ConnectWiseRecord record, MappingContext ctx) {
    if (flow.direction().pushes() && !is(flow, ErpFlows.CALL_TICKET)) {
      return delegate.cwFingerprint(flow, record, ctx);
    }
    // Pulled ERP records: a mapping failure must not make the fingerprint fail too, and any change in
    // ConnectWise (the seed's "update the invoice to get the sync to see it again") must change it.
    Map<String, Object> fp = new LinkedHashMap<>();
    fp.put("id", String.valueOf(record.id()));
    if (record.info() != null && record.info().lastUpdated() != null) {
      fp.put("lastUpdated", record.info().lastUpdated().toString());
    }
    // lastUpdated has one-second resolution: the content catches two changes within the same second.
    com.fasterxml.jackson.databind.JsonNode json = ConnectWiseJson.mapper().valueToTree(record);
    if (json instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove("_info");
    }
    fp.put("content", json.toString());
    return fp;
  }

  @Override
  public Map<String, Object> hostFingerprint(Flow flow, HostRecord record, MappingContext ctx) {
    return delegate.hostFingerprint(flow, record, ctx);
  }
}
