package io.cwsync.examples.erp;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.core.SyncOperations;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.core.spi.SyncAction;
import io.cwsync.mapping.ConnectWiseRelatedRecords;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.store.jdbc.JdbcStores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The example ERP wired to ConnectWise: what a dealer's ERP writes once to embed cwsync for the ERP
 * integration of the second seed. It builds the profile's rules (validated against the tenant's reference
 * data), the ERP's flows ({@link ErpFlows}) and adapters, and a {@link SyncCoordinator} over core's
 * in-memory stores; it turns each attempt to create an ERP call's ticket into a {@link CallAttempt} event
 * (and puts the call on hold), requeues parked records when the ERP fixes a mapping they waited for, and
 * offers the operations the people who run it need.
 *
 * <pre>{@code
 * try (ErpIntegration sync = ErpIntegration.builder().database(db).connection(settings).build()) {
 *   sync.sync();                                   // customers first, then everything that needs them
 *   sync.errorReport().forEach(System.out::println);
 *   sync.terminateContract(contractId);           // the agreement gets a new contract
 * }
 * }</pre>
 *
 * <p>Thread-safety: safe for use from many threads (the coordinator, stores and database are).
 */
public final class ErpIntegration implements AutoCloseable {
  /** Flows whose parked records are requeued when the ERP's customers or technicians change. */
  static final Set<String> WAITING_FOR_ERP = Set.of(ErpFlows.AGREEMENTS, ErpFlows.AGREEMENT_INVOICES,
      ErpFlows.TICKETS, ErpFlows.CALL_COMPLETIONS, ErpFlows.PROJECT_INVOICES, ErpFlows.SALES_ORDERS);

  private final ErpDatabase db;
  private final SyncProfile profile;
  private final ProfileSyncRules profileRules;
  private final Tenant tenant;
  private final SyncCoordinator coordinator;
  private final LinkStore links;
  private final AuditLog auditLog;
  private final RetryQueue retries;
  private final Clock clock;
  private final List<CallAttempt> attempts = new CopyOnWriteArrayList<>();
  private final Consumer<CallAttempt> onCallAttempt;
  private volatile @Nullable String erpMappingState;
  private final ConnectWiseRelatedRecords related;

  private ErpIntegration(Builder b) {
    this.db = requireNonNull(b.db, "database required");
    ConnectionSettings settings = requireNonNull(b.settings, "connection required");
    this.clock = b.clock;
    this.onCallAttempt = b.onCallAttempt;
    this.tenant = tenantWithFlows(b.tenantId, b.dryRun);
    ConnectWiseClient client = b.client != null ? b.client : ClientFactory.standard().create(tenant, settings);
    this.profile = b.profile != null ? b.profile : ErpProfiles.builder(db).build();
    this.related = ConnectWiseRelatedRecords.using(client);
    // The sync's state lives in the ERP's own database (store-jdbc on H2), beside the ERP's tables.
    JdbcStores stores = JdbcStores.create(db.dataSource());
    stores.migrate();
    this.links = stores.linkStore();
    this.auditLog = stores.auditLog();
    this.retries = stores.retryQueue();
    // Reference data through the client's cache, read again each pass (the rules are a listener) unless given.
    ProfileSyncRules.Builder rb = ProfileSyncRules.builder(profile).related(related);
    this.profileRules = (b.reference != null ? rb.reference(b.reference) : rb.reference(client.referenceData()))
        .build();
    ErpRules rules = new ErpRules(profileRules, profile, related, client,
        () -> db.technicians().byMember(), b.salesOrderStatuses);
    AuditLog audit = new CallAttemptAudit();
    SyncCoordinator.Builder cb = SyncCoordinator.builder()
        .clock(clock)
        .credentials((id, ref) -> id.equals(tenant.id()) ? Optional.of(settings) : Optional.empty())
        .adapters(HostAdapterRegistry.of(adapters(audit)))
        .rules(rules)
        .linkStore(links)
        .cursorStore(stores.cursorStore())
        .auditLog(audit)
        .historyStore(stores.historyStore())
        .retryQueue(retries)
        .leaseStore(stores.leaseStore())
        .maxAttempts(b.maxAttempts)
        .backoff(b.retryDelay, b.retryDelay)
        .listener(profileRules)
        .listener(b.listener);
    if (b.client != null) {
      ConnectWiseClient fixed = b.client;
      cb.clientFactory((t, s) -> fixed);
    }
    this.coordinator = cb.build();
  }

  private static Tenant tenantWithFlows(TenantId id, boolean dryRun) {
    Tenant.Builder tb = Tenant.builder(id).dryRun(dryRun);
    ErpFlows.all().forEach(tb::flow);
    return tb.build();
  }

  private Map<EntityType, HostAdapter> adapters(AuditLog audit) {
    Map<EntityType, HostAdapter> a = new LinkedHashMap<>();
    a.put(EntityType.COMPANY, CustomerAdapter.mainCustomers(db));
    a.put(EntityType.SITE, CustomerAdapter.locations(db));
    a.put(EntityType.AGREEMENT, new ContractAdapter(db, (contractId, reason) -> audit.append(new AuditEntry(
        tenant.id(), ErpFlows.AGREEMENTS, EntityType.AGREEMENT, Direction.PULL, contractId, null, SyncAction.CREATE,
        Outcome.SUCCESS, reason, null, clock.instant()))));
    a.put(EntityType.INVOICE, new InvoiceAdapter(db));
    a.put(ErpFlows.CALL_TICKET, new CallTicketAdapter(db));
    a.put(EntityType.TICKET, new ServiceCallAdapter(db));
    a.put(ErpFlows.CALL_COMPLETION, new CallCompletionAdapter(db));
    a.put(ErpFlows.PROJECT_INVOICE, new ProjectInvoiceAdapter(db));
    a.put(EntityType.SALES_ORDER, new SalesOrderAdapter(db, profile));
    return a;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one pass over every flow, customers first. Before it, if the ERP's customers or technician
   * mappings changed since the last pass, records parked while waiting for a mapping are requeued, so an
   * ERP-side fix ("map the technician", "set ZCJ_SyncToCW to Yes") gets them synced in this pass.
   *
   * @return what the pass did
   */
  public SyncReport sync() {
    String state = db.technicians().byMember() + "/" + db.customers().lastChangeSeq() + "/"
        + db.inventory().onHoldCodes() + "/" + db.inventory().state();
    String previous = erpMappingState;
    if (previous != null && !previous.equals(state)) {
      coordinator.operations().requeueParked(tenant, WAITING_FOR_ERP);
    }
    erpMappingState = state;
    related.newPass();
    return coordinator.runPass(tenant);
  }

  /**
   * Terminates a contract in the ERP and breaks its agreement's link, so the agreement gets a new contract
   * (created now from the agreement as ConnectWise has it; if a pass holds the agreements flow at that moment,
   * when the agreement next changes) and its next invoice bills that one.
   *
   * @param contractId the contract
   * @return the new contract's id, or empty if the contract was not linked to an agreement
   */
  public Optional<Long> terminateContract(long contractId) {
    db.contracts().terminate(contractId);
    Optional<Long> agreement = coordinator.operations().breakLink(tenant, EntityType.AGREEMENT,
        Long.toString(contractId), "contract terminated in the ERP");
    if (agreement.isEmpty()) {
      return Optional.empty();
    }
    coordinator.onCallback(tenant, new ConnectWiseChange(EntityType.AGREEMENT, agreement.get(),
        ConnectWiseChange.Action.UPDATED));
    return links.findByCwId(tenant.id(), EntityType.AGREEMENT, agreement.get()).map(Link::hostId)
        .map(Long::parseLong);
  }

  /**
   * Links a main customer to another ConnectWise company (a wrong match corrected after the company's
   * identifier or account number was fixed in ConnectWise); {@code ZCJ_CW_CompanyID} follows.
   *
   * @param customerId the customer
   * @param cwCompanyId the right company
   * @throws io.cwsync.core.CwsyncException if another customer is linked to that company
   */
  public void relinkCustomer(long customerId, long cwCompanyId) {
    coordinator.relink(tenant.id(), EntityType.COMPANY, Long.toString(customerId), cwCompanyId);
  }

  /**
   * Returns the "CW Mapped Customers" view: every linked customer, main customers with their company and
   * location customers with their site, as a query over the links.
   *
   * @return the mapped customers, main customers first, each group in id order
   */
  public List<MappedCustomer> mappedCustomers() {
    SyncOperations ops = coordinator.operations();
    List<MappedCustomer> out = new ArrayList<>();
    for (EntityType type : List.of(EntityType.COMPANY, EntityType.SITE)) {
      List<Link> linked = new ArrayList<>(ops.linked(tenant.id(), type, Integer.MAX_VALUE));
      linked.sort((x, y) -> Long.compare(Long.parseLong(x.hostId()), Long.parseLong(y.hostId())));
      for (Link l : linked) {
        Customer c = db.customers().require(Long.parseLong(l.hostId()));
        boolean location = type.equals(EntityType.SITE);
        Long company = location ? c.parentId() == null ? null : cwId(EntityType.COMPANY, c.parentId()).orElse(null)
            : l.cwId();
        out.add(new MappedCustomer(c.id(), c.number(), c.name(), location, company, location ? l.cwId() : null));
      }
    }
    return out;
  }

  /**
   * Returns the error report: records that failed and are still retried, with their reasons. A record is
   * reported at most the configured number of attempts (3 by default), then parked and off the report.
   *
   * @return the failing records, oldest failure first
   */
  public List<RetryItem> errorReport() {
    return coordinator.operations().errorReport(tenant.id(), Integer.MAX_VALUE);
  }

  /**
   * Returns the attempts to create tickets for ERP calls, oldest first.
   *
   * @return the attempts
   */
  public List<CallAttempt> callAttempts() {
    return List.copyOf(attempts);
  }

  /**
   * Returns the ConnectWise id linked to an ERP record.
   *
   * @param type the entity type
   * @param hostId the ERP id
   * @return the ConnectWise id, or empty
   */
  public Optional<Long> cwId(EntityType type, long hostId) {
    return links.findByHostId(tenant.id(), type, Long.toString(hostId)).map(Link::cwId);
  }

  /**
   * Returns the ERP id linked to a ConnectWise record.
   *
   * @param type the entity type
   * @param cwId the ConnectWise id
   * @return the ERP id, or empty
   */
  public Optional<Long> hostId(EntityType type, long cwId) {
    return links.findByCwId(tenant.id(), type, cwId).map(Link::hostId).map(Long::parseLong);
  }

  /**
   * Returns the audit log, oldest entry first.
   *
   * @return every entry of this tenant
   */
  public List<AuditEntry> audit() {
    List<AuditEntry> newestFirst = new ArrayList<>(auditLog.query(AuditQuery.all(tenant.id(), Integer.MAX_VALUE)));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Returns the tenant (its flows, in dependency order). */
  public Tenant tenant() {
    return tenant;
  }

  /** Returns the settings. */
  public SyncProfile profile() {
    return profile;
  }

  /** Returns the ERP database. */
  public ErpDatabase database() {
    return db;
  }

  /** Returns the coordinator (callbacks, scheduling, operations). */
  public SyncCoordinator coordinator() {
    return coordinator;
  }

  /** Returns the retry queue. */
  public RetryQueue retries() {
    return retries;
  }

  /** Closes the coordinator; the database stays open (the caller owns it). */
  @Override
  public void close() {
    coordinator.close();
  }

  /**
   * The audit log, watching the call sync's entries: each create attempt becomes a {@link CallAttempt} and puts
   * the call on hold, success or not (the seed: "when a ticket fails to be created, the call will still get
   * flipped to on hold").
   */
  private final class CallAttemptAudit implements AuditLog {
    @Override
    public void append(AuditEntry e) {
      auditLog.append(e);
      if (!e.flowId().equals(ErpFlows.CALL_TICKETS) || e.hostId() == null || e.outcome() == Outcome.DRY_RUN
          || (e.reason() != null && e.reason().contains("by an operator"))) {
        return;
      }
      boolean success = e.outcome() == Outcome.SUCCESS
          && (e.action() == SyncAction.CREATE || e.action() == SyncAction.LINK);
      boolean failure = e.outcome() == Outcome.FAILED
          && (e.action() == SyncAction.ERROR || e.action() == SyncAction.PARKED);
      if (!success && !failure) {
        return;
      }
      long callId = Long.parseLong(e.hostId());
      ServiceCall call = db.calls().require(callId);
      db.calls().setOnHold(callId, true, false);
      CallAttempt attempt = new CallAttempt(callId, call.number(), success, success ? e.cwId() : null,
          success ? null : e.reason(), e.at());
      attempts.add(attempt);
      onCallAttempt.accept(attempt);
    }

    @Override
    public List<AuditEntry> query(AuditQuery query) {
      return auditLog.query(query);
    }
  }

  /** Builds an {@link ErpIntegration}. Not thread-safe. */
  public static final class Builder {
    private @Nullable ErpDatabase db;
    private @Nullable SyncProfile profile;
    private @Nullable ConnectionSettings settings;
    private @Nullable ConnectWiseClient client;
    private @Nullable ReferenceData reference;
    private TenantId tenantId = TenantId.of("example-erp");
    private Clock clock = Clock.systemUTC();
    private SyncListener listener = new SyncListener() {};
    private Consumer<CallAttempt> onCallAttempt = a -> { };
    private boolean dryRun;
    private int maxAttempts = 3;
    private Duration retryDelay = Duration.ofMinutes(1);
    private Set<String> salesOrderStatuses = Set.of();

    private Builder() {}

    /** Only imports sales orders in one of these ConnectWise statuses (default: every status). */
    public Builder salesOrderStatuses(String... statuses) {
      this.salesOrderStatuses = Set.of(statuses);
      return this;
    }

    /** Sets the ERP database (required). */
    public Builder database(ErpDatabase db) {
      this.db = requireNonNull(db, "db == null");
      return this;
    }

    /** Sets the integration settings (default {@link ErpProfiles#builder} as is). */
    public Builder profile(SyncProfile profile) {
      this.profile = requireNonNull(profile, "profile == null");
      return this;
    }

    /** Sets the ConnectWise connection (required). */
    public Builder connection(ConnectionSettings settings) {
      this.settings = requireNonNull(settings, "settings == null");
      return this;
    }

    /** Uses this client instead of building one from the connection. */
    public Builder client(ConnectWiseClient client) {
      this.client = requireNonNull(client, "client == null");
      return this;
    }

    /** Uses reference data already loaded (default: read it). */
    public Builder reference(ReferenceData reference) {
      this.reference = requireNonNull(reference, "reference == null");
      return this;
    }

    /** Sets the tenant id (default {@code example-erp}). */
    public Builder tenantId(TenantId tenantId) {
      this.tenantId = requireNonNull(tenantId, "tenantId == null");
      return this;
    }

    /** Sets the clock (default the system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets the listener of progress events (default none). */
    public Builder listener(SyncListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /** Sets who is told about each attempt to create an ERP call's ticket (the host's e-mail). */
    public Builder onCallAttempt(Consumer<CallAttempt> onCallAttempt) {
      this.onCallAttempt = requireNonNull(onCallAttempt, "onCallAttempt == null");
      return this;
    }

    /** Makes every pass a dry run (default off). */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Sets how many times a failing record is reported before it is parked (default 3). */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the delay before a failed record is retried (default 1 minute: a sync that runs every few minutes
     * retries what failed in the previous pass once per pass, so a record is reported once per pass until it
     * is parked).
     */
    public Builder retryDelay(Duration delay) {
      this.retryDelay = requireNonNull(delay, "delay == null");
      return this;
    }

    /**
     * Builds the integration: loads reference data over HTTP and validates the settings.
     *
     * @return the integration
     * @throws NullPointerException if the database or connection is missing
     * @throws io.cwsync.core.CwsyncException listing every settings problem
     */
    public ErpIntegration build() {
      return new ErpIntegration(this);
    }
  }
}
