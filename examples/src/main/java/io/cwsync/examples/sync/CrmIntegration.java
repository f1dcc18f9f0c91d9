package io.cwsync.examples.sync;

import static java.util.Objects.requireNonNull;

import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.ClientFactory;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncListener;
import io.cwsync.connectwise.NotFoundException;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.StreamReport;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditLog;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HistoryEntry;
import io.cwsync.core.spi.HistoryStore;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.RetryQueue;
import io.cwsync.examples.adapter.CrmAdapters;
import io.cwsync.examples.adapter.QuoteLineAdapter;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.mapping.ConnectWiseRelatedRecords;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.store.jdbc.JdbcStores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The example CRM wired to ConnectWise: what a host application writes once to embed cwsync. It loads
 * the tenant's reference data, validates the profile against it (a profile that does not validate
 * cannot start a sync), builds the mapping rules, the flows and the tenant, and a
 * {@link SyncCoordinator} over the CRM's adapters and core's in-memory stores.
 *
 * <pre>{@code
 * try (CrmIntegration sync = CrmIntegration.builder()
 *     .database(db).profile(profile).connection(settings).build()) {
 *   SyncReport first = sync.sync();                  // the first sync (and every 15-minute poll)
 *   db.opportunities().update(opp.withStage("Negotiation"), Actor.USER);
 *   sync.hostChanged(EntityType.OPPORTUNITY, opp.id()); // the CRM's save hook: pushed now in real time
 * }
 * }</pre>
 *
 * <p>Thread-safety: safe for use from many threads (the coordinator and the stores are thread-safe).
 */
public final class CrmIntegration implements AutoCloseable {
  private final CrmDatabase db;
  private final SyncProfile profile;
  private final ProfileSyncRules rules;
  private final Tenant tenant;
  private final SyncCoordinator coordinator;
  private final LinkStore links;
  private final AuditLog audit;
  private final HistoryStore history;
  private final RetryQueue retries;
  private final ConnectWiseClient client;
  private final Clock clock;
  private final ConnectWiseRelatedRecords related;

  private CrmIntegration(Builder b) {
    this.db = requireNonNull(b.db, "database required");
    this.profile = requireNonNull(b.profile, "profile required");
    ConnectionSettings settings = requireNonNull(b.settings, "connection required");
    ConnectWiseClient client = b.client != null ? b.client : ClientFactory.standard()
        .create(Tenant.builder(b.tenantId).build(), settings);
    this.client = client;
    this.clock = b.clock;
    // Facts about related records ("only if an opportunity is present") come from ConnectWise, fresh each pass.
    this.related = ConnectWiseRelatedRecords.using(client);
    // Reference data comes through the client's cache and is read again each pass (the rules are a listener), unless
    // the caller gave a snapshot. Validates first: the builder refuses a profile with problems, naming every one.
    ProfileSyncRules.Builder rb = ProfileSyncRules.builder(profile).related(related).quoteLines(new QuoteLineAdapter(db));
    this.rules = (b.reference != null ? rb.reference(b.reference) : rb.reference(client.referenceData())).build();
    Tenant.Builder tb = Tenant.builder(b.tenantId).dryRun(b.dryRun);
    CrmFlows.of(profile).forEach(tb::flow);
    this.tenant = tb.build();
    // The sync's state lives in the CRM's own database (store-jdbc on H2), so with a file database a restart
    // resumes from the stored cursors and links instead of reading everything again.
    JdbcStores stores = JdbcStores.create(db.dataSource());
    stores.migrate();
    this.links = stores.linkStore();
    this.audit = stores.auditLog();
    this.history = stores.historyStore();
    this.retries = stores.retryQueue();
    SyncCoordinator.Builder cb = SyncCoordinator.builder()
        .clock(b.clock)
        .credentials((id, ref) -> id.equals(b.tenantId) ? Optional.of(settings) : Optional.empty())
        .adapters(CrmAdapters.registry(db, profile.taxMapping().mode()))
        .rules(rules)
        .linkStore(links)
        .cursorStore(stores.cursorStore())
        .auditLog(audit)
        .historyStore(history)
        .retryQueue(retries)
        .leaseStore(stores.leaseStore())
        .listener(related)
        .listener(rules)
        .listener(b.listener);
    if (b.client != null) {
      ConnectWiseClient fixed = b.client;
      cb.clientFactory((t, s) -> fixed);
    }
    if (b.pageSize > 0) {
      cb.pageSize(b.pageSize);
    }
    this.coordinator = cb.build();
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
   * Runs one pass: every flow in dependency order, each pulling then pushing. The first call is the
   * first sync; later calls are the scheduled polls.
   *
   * @return what the pass did
   */
  public SyncReport sync() {
    related.newPass();
    SyncReport report = coordinator.runPass(tenant);
    if (!profile.pullFilters().onlyCompaniesWithOpportunity() || tenant.dryRun()) {
      return report;
    }
    return companiesThatGainedAnOpportunity(report);
  }

  /**
   * "Only if an opportunity is present": a company left out because it had no opportunity is pulled, with its
   * contacts, once it gains one. Adding an opportunity does not move the company's {@code lastUpdated}, so the
   * incremental company pull never sees it again; instead its new opportunity fails in the pass (its company is
   * not linked: MISSING_REFERENCE, queued for retry), and here each such opportunity's company and contacts are
   * pulled by id, through the coordinator's callback path (same rules, scope and audit as a polled record), and
   * then the opportunity itself. The failed attempts stay in the audit log; the records' retry items are resolved.
   */
  private SyncReport companiesThatGainedAnOpportunity(SyncReport report) {
    List<StreamReport> streams = new ArrayList<>(report.streams());
    List<RetryItem> waiting = new ArrayList<>(retries.list(tenant.id(), RetryState.RETRYING, 1_000));
    waiting.addAll(retries.list(tenant.id(), RetryState.PARKED, 1_000));
    for (RetryItem item : waiting) {
      RetryKey key = item.key();
      if (!key.flowId().equals(CrmFlows.OPPORTUNITIES) || key.direction() != Direction.PULL) {
        continue;
      }
      long opportunityId = Long.parseLong(key.recordId());
      Opportunity opportunity;
      try {
        opportunity = client.opportunities().get(Math.toIntExact(opportunityId));
      } catch (NotFoundException e) {
        continue;
      }
      Integer companyId = opportunity.company() == null ? null : opportunity.company().id();
      if (companyId == null || links.findByCwId(tenant.id(), EntityType.COMPANY, companyId).isPresent()) {
        continue;
      }
      streams.addAll(coordinator.onCallback(tenant, new ConnectWiseChange(EntityType.COMPANY, companyId,
          ConnectWiseChange.Action.UPDATED)).streams());
      for (Contact contact : client.contacts().listAll(Query.builder()
          .conditions(Condition.field("company/id").eq(companyId)).fields("id").build())) {
        // A contact re-read in the pass's overlap failed the same way and is backing off: due now instead.
        retries.requeue(new RetryKey(tenant.id(), CrmFlows.CONTACTS, Direction.PULL, contact.id().toString()),
            clock.instant());
        streams.addAll(coordinator.onCallback(tenant, new ConnectWiseChange(EntityType.CONTACT, contact.id(),
            ConnectWiseChange.Action.UPDATED)).streams());
      }
      retries.requeue(key, clock.instant());
      streams.addAll(coordinator.onCallback(tenant, new ConnectWiseChange(EntityType.OPPORTUNITY, opportunityId,
          ConnectWiseChange.Action.UPDATED)).streams());
    }
    return new SyncReport(report.tenant(), streams, report.startedAt(), clock.instant());
  }

  /**
   * Tells the integration that the CRM changed a record (the CRM's save hook). In real-time mode the
   * record is pushed now; in the other modes it waits for the next pass, as the seed describes.
   *
   * @param type the record's entity type
   * @param hostId the record's CRM id
   * @return the report of the immediate push, or empty when the mode does not push immediately
   */
  public Optional<SyncReport> hostChanged(EntityType type, long hostId) {
    requireNonNull(type, "type == null");
    if (!profile.mode().pushesImmediately()) {
      return Optional.empty();
    }
    return Optional.of(coordinator.onHostChange(tenant, type, Long.toString(hostId)));
  }

  /** Returns the tenant (its flows, in dependency order). */
  public Tenant tenant() {
    return tenant;
  }

  /** Returns the profile. */
  public SyncProfile profile() {
    return profile;
  }

  /** Returns the reference data the profile was validated against (the current pass's). */
  public ReferenceData reference() {
    return rules.reference();
  }

  /** Returns the coordinator, for callbacks and scheduling. */
  public SyncCoordinator coordinator() {
    return coordinator;
  }

  /** Returns the CRM database. */
  public CrmDatabase database() {
    return db;
  }

  /** Returns the link store (CRM id to ConnectWise id, per entity type). */
  public LinkStore links() {
    return links;
  }

  /**
   * Returns the ConnectWise id linked to a CRM record.
   *
   * @param type the entity type
   * @param hostId the CRM id
   * @return the ConnectWise id, or empty if the record is not linked
   */
  public Optional<Long> cwId(EntityType type, long hostId) {
    return links.findByHostId(tenant.id(), type, Long.toString(hostId)).map(Link::cwId);
  }

  /**
   * Returns the audit log, oldest entry first.
   *
   * @return every entry of this tenant
   */
  public List<AuditEntry> audit() {
    List<AuditEntry> newestFirst = new ArrayList<>(audit.query(AuditQuery.all(tenant.id(), Integer.MAX_VALUE)));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /**
   * Returns a CRM record's sync history, oldest step first (the History tab of an opportunity).
   *
   * @param type the entity type
   * @param hostId the CRM id
   * @return the steps
   */
  public List<HistoryEntry> history(EntityType type, long hostId) {
    return history.forHostRecord(tenant.id(), type, Long.toString(hostId), Integer.MAX_VALUE);
  }

  /** Returns the retry queue (failed records waiting for a retry, and parked ones). */
  public RetryQueue retries() {
    return retries;
  }

  /** Closes the coordinator; the database stays open (the caller owns it). */
  @Override
  public void close() {
    coordinator.close();
  }

  /** Builds a {@link CrmIntegration}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CrmDatabase db;
    private @Nullable SyncProfile profile;
    private @Nullable ConnectionSettings settings;
    private @Nullable ConnectWiseClient client;
    private @Nullable ReferenceData reference;
    private TenantId tenantId = TenantId.of("example-crm");
    private Clock clock = Clock.systemUTC();
    private SyncListener listener = new SyncListener() {};
    private boolean dryRun;
    private int pageSize;

    private Builder() {}

    /** Sets the CRM database (required). */
    public Builder database(CrmDatabase db) {
      this.db = requireNonNull(db, "db == null");
      return this;
    }

    /** Sets the integration settings (required). */
    public Builder profile(SyncProfile profile) {
      this.profile = requireNonNull(profile, "profile == null");
      return this;
    }

    /** Sets the ConnectWise connection (required). */
    public Builder connection(ConnectionSettings settings) {
      this.settings = requireNonNull(settings, "settings == null");
      return this;
    }

    /** Uses this client instead of building one from the connection (tests wrap it to inject faults). */
    public Builder client(ConnectWiseClient client) {
      this.client = requireNonNull(client, "client == null");
      return this;
    }

    /** Uses reference data already loaded instead of reading it again (default: read it). */
    public Builder reference(ReferenceData reference) {
      this.reference = requireNonNull(reference, "reference == null");
      return this;
    }

    /** Sets the tenant id (default {@code example-crm}). */
    public Builder tenantId(TenantId tenantId) {
      this.tenantId = requireNonNull(tenantId, "tenantId == null");
      return this;
    }

    /** Sets the clock of the coordinator and leases (default the system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets the listener of progress events (default none). */
    public Builder listener(SyncListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /** Makes every pass a dry run: reports what it would write, writes nothing (default off). */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Sets the ConnectWise page size (default the coordinator's). */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the integration: loads reference data over HTTP and validates the profile.
     *
     * @return the integration
     * @throws NullPointerException if the database, profile or connection is missing
     * @throws io.cwsync.core.CwsyncException listing every profile problem
     */
    public CrmIntegration build() {
      return new CrmIntegration(this);
    }
  }
}
