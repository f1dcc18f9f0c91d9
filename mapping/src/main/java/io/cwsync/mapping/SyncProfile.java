package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's integration settings: what is synced, in which direction, and how each field travels.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}, store it with {@link SyncProfileJson}, check it against the tenant's live
 * ConnectWise setup with {@link ProfileValidator} before starting a sync. Host-side settings use the
 * integrations' words (host stage, customer type, contract template, technician); ConnectWise-side
 * settings use ConnectWise names (stage, status, location, department, product type, tax code).
 *
 * <pre>{@code
 * SyncProfile profile = SyncProfile.builder()
 *     .mode(SyncMode.REAL_TIME)
 *     .companyTypes("Prospect")
 *     .mapStage("Negotiation", "Negotiation").mapStatus("Won", "Won")
 *     .defaultStage("Prospect").defaultStatus("Open")
 *     .defaultLocation("Tampa Office").defaultBusinessUnit("Sales").defaultRating("Hot")
 *     .bundles(BundleStrategy.CHILD_PRODUCTS)
 *     .build();
 * }</pre>
 */
public final class SyncProfile {

  /** The profile format version this library writes and the highest it reads. */
  public static final int CURRENT_VERSION = 1;

  /**
   * Entity names accepted by the per-entity {@link FieldRules}: the names of core's
   * {@code EntityType} constants that the engine maps.
   */
  public static final Set<String> ENTITIES = Set.of("company", "contact", "site", "opportunity",
      "forecast_item", "opportunity_note", "product", "agreement", "invoice", "ticket",
      "time_entry", "sales_order");

  private final int version;
  private final SyncMode mode;
  private final Duration pullInterval;
  private final SyncSelection selection;
  private final PullFilters pullFilters;
  private final HostFilters hostFilters;
  private final PushRules pushRules;
  private final OpportunityDefaults opportunityDefaults;
  private final StageMapping stageMapping;
  private final BundleStrategy bundles;
  private final ProductMapping productMapping;
  private final TaxMapping taxMapping;
  private final Map<String, FieldRules> fieldRules;
  private final ErpSettings erp;

  private SyncProfile(Builder b) {
    this.version = b.version;
    this.mode = b.mode;
    this.pullInterval = b.pullInterval;
    this.selection = new SyncSelection(b.companiesContactsOpportunities, b.products,
        b.pullProductUpdates, b.pushProductUpdates);
    this.pullFilters = new PullFilters(b.onlyCompaniesWithOpportunity, b.companyTypes,
        b.contactTypes, b.markets, b.opportunityStages, b.opportunityStatuses,
        b.opportunitiesUpdatedAfter);
    this.hostFilters = new HostFilters(b.customerTypes, b.contractTypes, b.branches, b.optOutField,
        b.optOutValue);
    this.pushRules = new PushRules(b.onlyWonOrSignedDocuments, b.keepSyncingClosedOpportunities);
    this.opportunityDefaults = new OpportunityDefaults(b.defaultLocation, b.defaultBusinessUnit,
        b.defaultRating, b.defaultStage, b.defaultStatus);
    this.stageMapping = new StageMapping(b.statusMode, b.stages, b.statuses, b.cwStatusField,
        b.wonStages, b.lostStages);
    this.bundles = b.bundles;
    this.productMapping = new ProductMapping(b.standardProductMapping, b.productTypes,
        b.categories, b.productClasses, b.productIds, b.productNameTarget,
        b.productIdentifierField);
    this.taxMapping = new TaxMapping(b.taxMode, b.taxRates, b.taxableCategory,
        b.nonTaxableCategory);
    Map<String, FieldRules> rules = new LinkedHashMap<>();
    b.fieldRules.forEach((entity, r) -> rules.put(entity, r.build()));
    this.fieldRules = Map.copyOf(rules);
    this.erp = new ErpSettings(b.agreementTemplates, b.contractTemplates,
        b.defaultContractTemplate, b.invoiceStatuses, b.agreementTypes, b.ticketStatuses,
        b.onlyTicketsWithTimeEntries, b.technicians, b.itemTemplates, b.errorItem, b.onHoldCodes,
        b.invoiceNumberIn);
  }

  /**
   * Returns a builder with the defaults: {@link SyncMode#REAL_TIME} every 15 minutes, companies,
   * contacts and opportunities synced, products not, no filters, no mappings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this profile's settings, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the format version this profile was read as; always {@link #CURRENT_VERSION} once built.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the sync mode preset.
   *
   * @return the mode
   */
  public SyncMode mode() {
    return mode;
  }

  /**
   * Returns how often ConnectWise is polled.
   *
   * @return the pull interval, positive
   */
  public Duration pullInterval() {
    return pullInterval;
  }

  /**
   * Returns what to sync.
   *
   * @return the selection switches
   */
  public SyncSelection selection() {
    return selection;
  }

  /**
   * Returns the ConnectWise pull filters.
   *
   * @return the pull filters
   */
  public PullFilters pullFilters() {
    return pullFilters;
  }

  /**
   * Returns the host record filters (ERP customer filters, per-record opt-out).
   *
   * @return the host filters
   */
  public HostFilters hostFilters() {
    return hostFilters;
  }

  /**
   * Returns the push rules.
   *
   * @return the push rules
   */
  public PushRules pushRules() {
    return pushRules;
  }

  /**
   * Returns the defaults for opportunities created in ConnectWise.
   *
   * @return the defaults
   */
  public OpportunityDefaults opportunityDefaults() {
    return opportunityDefaults;
  }

  /**
   * Returns the stage and status mapping.
   *
   * @return the stage mapping
   */
  public StageMapping stageMapping() {
    return stageMapping;
  }

  /**
   * Returns how bundles are pushed.
   *
   * @return the bundle strategy
   */
  public BundleStrategy bundles() {
    return bundles;
  }

  /**
   * Returns the product mapping.
   *
   * @return the product mapping
   */
  public ProductMapping productMapping() {
    return productMapping;
  }

  /**
   * Returns the tax mapping.
   *
   * @return the tax mapping
   */
  public TaxMapping taxMapping() {
    return taxMapping;
  }

  /**
   * Returns the field rules by entity name (see {@link #ENTITIES}).
   *
   * @return an unmodifiable map, empty when no entity has rules
   */
  public Map<String, FieldRules> fieldRules() {
    return fieldRules;
  }

  /**
   * Returns the field rules of one entity.
   *
   * @param entity entity type
   * @return its rules, {@link FieldRules#none()} when it has none
   * @throws NullPointerException if {@code entity} is null
   */
  public FieldRules fieldRules(EntityType entity) {
    return fieldRules.getOrDefault(requireNonNull(entity, "entity == null").name(),
        FieldRules.none());
  }

  /**
   * Returns the ERP integration settings.
   *
   * @return the ERP settings
   */
  public ErpSettings erp() {
    return erp;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SyncProfile)) {
      return false;
    }
    SyncProfile p = (SyncProfile) o;
    return version == p.version && mode == p.mode && pullInterval.equals(p.pullInterval)
        && selection.equals(p.selection) && pullFilters.equals(p.pullFilters)
        && hostFilters.equals(p.hostFilters) && pushRules.equals(p.pushRules)
        && opportunityDefaults.equals(p.opportunityDefaults) && stageMapping.equals(p.stageMapping)
        && bundles == p.bundles && productMapping.equals(p.productMapping)
        && taxMapping.equals(p.taxMapping) && fieldRules.equals(p.fieldRules) && erp.equals(p.erp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, mode, pullInterval, selection, pullFilters, hostFilters, pushRules,
        opportunityDefaults, stageMapping, bundles, productMapping, taxMapping, fieldRules, erp);
  }

  @Override
  public String toString() {
    return "SyncProfile{mode=" + mode + ", pullInterval=" + pullInterval + ", selection="
        + selection + ", pullFilters=" + pullFilters + ", hostFilters=" + hostFilters
        + ", pushRules=" + pushRules + ", opportunityDefaults=" + opportunityDefaults
        + ", stageMapping=" + stageMapping + ", bundles=" + bundles + ", productMapping="
        + productMapping + ", taxMapping=" + taxMapping + ", fieldRules=" + fieldRules + ", erp="
        + erp + "}";
  }

  /**
   * Builds a {@link SyncProfile}. Each setter checks its argument, and its state where options
   * interact (for example a status mapping in the CW Status custom field mode), and throws at once
   * with a message naming the setting and the value. Checks that need the tenant's live ConnectWise
   * setup, or that look at the profile as a whole (a ConnectWise stage chosen for two host stages),
   * are made by {@link ProfileValidator}, which reports every problem at once.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private int version = CURRENT_VERSION;
    private SyncMode mode = SyncMode.REAL_TIME;
    private Duration pullInterval = SyncMode.DEFAULT_PULL_INTERVAL;
    private boolean companiesContactsOpportunities = true;
    private boolean products;
    private boolean pullProductUpdates;
    private boolean pushProductUpdates;
    private boolean onlyCompaniesWithOpportunity;
    private final Set<String> companyTypes = new LinkedHashSet<>();
    private final Set<String> contactTypes = new LinkedHashSet<>();
    private final Set<String> markets = new LinkedHashSet<>();
    private final Set<String> opportunityStages = new LinkedHashSet<>();
    private final Set<String> opportunityStatuses = new LinkedHashSet<>();
    private @Nullable Instant opportunitiesUpdatedAfter;
    private final Set<String> customerTypes = new LinkedHashSet<>();
    private final Set<String> contractTypes = new LinkedHashSet<>();
    private final Set<String> branches = new LinkedHashSet<>();
    private @Nullable String optOutField;
    private @Nullable String optOutValue;
    private boolean onlyWonOrSignedDocuments;
    private boolean keepSyncingClosedOpportunities;
    private @Nullable String defaultLocation;
    private @Nullable String defaultBusinessUnit;
    private @Nullable String defaultRating;
    private @Nullable String defaultStage;
    private @Nullable String defaultStatus;
    private StatusMode statusMode = StatusMode.STAGE_MAPPING;
    private final Map<String, String> stages = new LinkedHashMap<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private String cwStatusField = StageMapping.DEFAULT_CW_STATUS_FIELD;
    private final Set<String> wonStages = new LinkedHashSet<>(Set.of("Won"));
    private final Set<String> lostStages = new LinkedHashSet<>(Set.of("Lost"));
    private BundleStrategy bundles = BundleStrategy.ONE_PRODUCT;
    private boolean standardProductMapping = true;
    private final Map<String, String> productTypes = new LinkedHashMap<>();
    private final Map<String, ProductMapping.Category> categories = new LinkedHashMap<>();
    private final Map<String, String> productClasses = new LinkedHashMap<>();
    private final Map<String, String> productIds = new LinkedHashMap<>();
    private ProductNameTarget productNameTarget = ProductNameTarget.IDENTIFIER;
    private @Nullable String productIdentifierField;
    private TaxMode taxMode = TaxMode.IMPORT_TAX_CODES;
    private final Map<BigDecimal, String> taxRates = new LinkedHashMap<>();
    private String taxableCategory = "Taxable";
    private String nonTaxableCategory = "Non-Taxable";
    private final Map<String, RulesBuilder> fieldRules = new LinkedHashMap<>();
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

    private Builder() {}

    private Builder(SyncProfile p) {
      mode = p.mode;
      pullInterval = p.pullInterval;
      companiesContactsOpportunities = p.selection.companiesContactsOpportunities();
      products = p.selection.products();
      pullProductUpdates = p.selection.pullProductUpdates();
      pushProductUpdates = p.selection.pushProductUpdates();
      PullFilters f = p.pullFilters;
      onlyCompaniesWithOpportunity = f.onlyCompaniesWithOpportunity();
      companyTypes.addAll(sorted(f.companyTypes()));
      contactTypes.addAll(sorted(f.contactTypes()));
      markets.addAll(sorted(f.markets()));
      opportunityStages.addAll(sorted(f.opportunityStages()));
      opportunityStatuses.addAll(sorted(f.opportunityStatuses()));
      opportunitiesUpdatedAfter = f.opportunitiesUpdatedAfter();
      HostFilters h = p.hostFilters;
      customerTypes.addAll(sorted(h.customerTypes()));
      contractTypes.addAll(sorted(h.contractTypes()));
      branches.addAll(sorted(h.branches()));
      optOutField = h.optOutField();
      optOutValue = h.optOutValue();
      onlyWonOrSignedDocuments = p.pushRules.onlyWonOrSignedDocuments();
      keepSyncingClosedOpportunities = p.pushRules.keepSyncingClosedOpportunities();
      OpportunityDefaults d = p.opportunityDefaults;
      defaultLocation = d.location();
      defaultBusinessUnit = d.businessUnit();
      defaultRating = d.rating();
      defaultStage = d.stage();
      defaultStatus = d.status();
      StageMapping s = p.stageMapping;
      statusMode = s.statusMode();
      stages.putAll(new java.util.TreeMap<>(s.stages()));
      statuses.putAll(new java.util.TreeMap<>(s.statuses()));
      cwStatusField = s.cwStatusField();
      wonStages.clear();
      wonStages.addAll(sorted(s.wonStages()));
      lostStages.clear();
      lostStages.addAll(sorted(s.lostStages()));
      bundles = p.bundles;
      ProductMapping m = p.productMapping;
      standardProductMapping = m.standard();
      productTypes.putAll(new java.util.TreeMap<>(m.productTypes()));
      categories.putAll(new java.util.TreeMap<>(m.categories()));
      productClasses.putAll(new java.util.TreeMap<>(m.productClasses()));
      productIds.putAll(new java.util.TreeMap<>(m.productIds()));
      productNameTarget = m.nameTarget();
      productIdentifierField = m.identifierField();
      TaxMapping t = p.taxMapping;
      taxMode = t.mode();
      taxRates.putAll(new java.util.TreeMap<>(t.rates()));
      taxableCategory = t.taxableCategory();
      nonTaxableCategory = t.nonTaxableCategory();
      new java.util.TreeMap<>(p.fieldRules).forEach((entity, r) -> {
        RulesBuilder rb = new RulesBuilder();
        rb.neverUpdated.addAll(sorted(r.neverUpdated()));
        rb.naturalKeys.addAll(r.naturalKeys());
        rb.customFields.addAll(r.customFields());
        fieldRules.put(entity, rb);
      });
      ErpSettings e = p.erp;
      agreementTemplates.putAll(new java.util.TreeMap<>(e.agreementTemplates()));
      contractTemplates.addAll(sorted(e.contractTemplates()));
      defaultContractTemplate = e.defaultContractTemplate();
      invoiceStatuses.addAll(sorted(e.invoiceStatuses()));
      agreementTypes.addAll(sorted(e.agreementTypes()));
      ticketStatuses.addAll(sorted(e.ticketStatuses()));
      onlyTicketsWithTimeEntries = e.onlyTicketsWithTimeEntries();
      technicians.putAll(new java.util.TreeMap<>(e.technicians()));
      itemTemplates.putAll(new java.util.TreeMap<>(e.itemTemplates()));
      errorItem = e.errorItem();
      onHoldCodes.addAll(e.onHoldCodes());
      invoiceNumberIn = e.invoiceNumberIn();
    }

    private static List<String> sorted(Collection<String> values) {
      List<String> list = new ArrayList<>(values);
      list.sort(null);
      return list;
    }

    /**
     * Records the format version a stored profile was written with; used by
     * {@link SyncProfileJson}.
     *
     * @param version the stored version
     * @return this builder
     * @throws IllegalArgumentException if the version is not between 1 and {@link #CURRENT_VERSION}
     */
    Builder version(int version) {
      requireArgument(version >= 1 && version <= CURRENT_VERSION,
          "profile version %s is not supported: this library reads versions 1 to %s", version,
          CURRENT_VERSION);
      // Older versions are upgraded on read; the built profile is always the current version.
      this.version = CURRENT_VERSION;
      return this;
    }

    /**
     * Sets the sync mode preset.
     *
     * @param mode the mode
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder mode(SyncMode mode) {
      this.mode = requireNonNull(mode, "mode == null");
      return this;
    }

    /**
     * Sets how often ConnectWise is polled (15 minutes by default).
     *
     * @param interval the interval, at least one minute
     * @return this builder
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if the interval is shorter than one minute
     */
    public Builder pullInterval(Duration interval) {
      requireNonNull(interval, "interval == null");
      requireArgument(interval.compareTo(Duration.ofMinutes(1)) >= 0,
          "pull interval must be at least one minute, got %s", interval);
      this.pullInterval = interval;
      return this;
    }

    /**
     * Sets whether ConnectWise companies, contacts and opportunities are synced (on by default).
     *
     * @param sync whether to sync them
     * @return this builder
     */
    public Builder syncCompaniesContactsOpportunities(boolean sync) {
      this.companiesContactsOpportunities = sync;
      return this;
    }

    /**
     * Sets whether all products (ConnectWise catalog items) are synced (off by default).
     *
     * @param sync whether to sync products
     * @return this builder
     * @throws IllegalStateException if turned off while a product update switch is on
     */
    public Builder syncProducts(boolean sync) {
      requireState(sync || !(pullProductUpdates || pushProductUpdates),
          "products cannot be turned off while pulling (%s) or pushing (%s) product updates is on",
          pullProductUpdates, pushProductUpdates);
      this.products = sync;
      return this;
    }

    /**
     * Sets whether updates made to products in ConnectWise are pulled.
     *
     * @param pull whether to pull product updates
     * @return this builder
     * @throws IllegalStateException if turned on while products are not synced
     */
    public Builder pullProductUpdates(boolean pull) {
      requireState(!pull || products,
          "pulling product updates needs syncProducts(true) first");
      this.pullProductUpdates = pull;
      return this;
    }

    /**
     * Sets whether updates made to products in the host are pushed.
     *
     * @param push whether to push product updates
     * @return this builder
     * @throws IllegalStateException if turned on while products are not synced
     */
    public Builder pushProductUpdates(boolean push) {
      requireState(!push || products,
          "pushing product updates needs syncProducts(true) first");
      this.pushProductUpdates = push;
      return this;
    }

    /**
     * Pulls a company only if at least one opportunity belongs to it.
     *
     * @param only whether to require an opportunity
     * @return this builder
     */
    public Builder onlyCompaniesWithOpportunity(boolean only) {
      this.onlyCompaniesWithOpportunity = only;
      return this;
    }

    /**
     * Only pulls companies whose type is one of these (replaces earlier values; none: all).
     *
     * @param types company type names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder companyTypes(String... types) {
      replace(companyTypes, "company type", types);
      return this;
    }

    /**
     * Only pulls contacts whose type is one of these (replaces earlier values; none: all).
     *
     * @param types contact type names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder contactTypes(String... types) {
      replace(contactTypes, "contact type", types);
      return this;
    }

    /**
     * Only pulls companies in one of these markets (replaces earlier values; none: all).
     *
     * @param values market names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder markets(String... values) {
      replace(markets, "market", values);
      return this;
    }

    /**
     * Only pulls opportunities in one of these ConnectWise stages (replaces earlier values).
     *
     * @param values stage names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder opportunityStages(String... values) {
      replace(opportunityStages, "opportunity stage", values);
      return this;
    }

    /**
     * Only pulls opportunities with one of these ConnectWise statuses (replaces earlier values).
     *
     * @param values status names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public Builder opportunityStatuses(String... values) {
      replace(opportunityStatuses, "opportunity status", values);
      return this;
    }

    /**
     * Only pulls opportunities last updated after this instant.
     *
     * @param after the instant, or {@code null} to remove the filter
     * @return this builder
     */
    public Builder opportunitiesUpdatedAfter(@Nullable Instant after) {
      this.opportunitiesUpdatedAfter = after;
      return this;
    }

    /**
     * Only syncs host customers with one of these customer types (ERP; replaces earlier values).
     *
     * @param values customer types
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder customerTypes(String... values) {
      replace(customerTypes, "customer type", values);
      return this;
    }

    /**
     * Only syncs host customers with one of these contract types (ERP; replaces earlier values).
     *
     * @param values contract types
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder contractTypes(String... values) {
      replace(contractTypes, "contract type", values);
      return this;
    }

    /**
     * Only syncs host customers of one of these branch numbers (ERP; replaces earlier values).
     *
     * @param values branch numbers
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank or repeated
     */
    public Builder branches(String... values) {
      replace(branches, "branch", values);
      return this;
    }

    /**
     * Opts a host record out of the sync when {@code field} holds {@code value} (compared
     * case-insensitively), e.g. {@code optOut("ZCJ_SyncToCW", "No")}.
     *
     * @param field host field name
     * @param value opt-out value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public Builder optOut(String field, String value) {
      this.optOutField = nonBlank(field, "opt-out field");
      this.optOutValue = nonBlank(value, "opt-out value");
      return this;
    }

    /**
     * Removes the per-record opt-out field.
     *
     * @return this builder
     */
    public Builder noOptOut() {
      this.optOutField = null;
      this.optOutValue = null;
      return this;
    }

    /**
     * Only pushes documents that are in Won or Signed status.
     *
     * @param only whether to restrict
     * @return this builder
     */
    public Builder onlyWonOrSignedDocuments(boolean only) {
      this.onlyWonOrSignedDocuments = only;
      return this;
    }

    /**
     * Continues to sync an opportunity after it is closed won or lost in the host (off by
     * default).
     *
     * @param keep whether to keep syncing
     * @return this builder
     */
    public Builder keepSyncingClosedOpportunities(boolean keep) {
      this.keepSyncingClosedOpportunities = keep;
      return this;
    }

    /**
     * Sets the ConnectWise location for opportunities created in ConnectWise.
     *
     * @param location location name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultLocation(@Nullable String location) {
      this.defaultLocation = nullableNonBlank(location, "default location");
      return this;
    }

    /**
     * Sets the ConnectWise department (business unit) for opportunities created in ConnectWise.
     *
     * @param businessUnit department name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultBusinessUnit(@Nullable String businessUnit) {
      this.defaultBusinessUnit = nullableNonBlank(businessUnit, "default business unit");
      return this;
    }

    /**
     * Sets the ConnectWise rating for opportunities created in ConnectWise.
     *
     * @param rating rating name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultRating(@Nullable String rating) {
      this.defaultRating = nullableNonBlank(rating, "default rating");
      return this;
    }

    /**
     * Sets the ConnectWise stage used for host stages without a stage mapping.
     *
     * @param stage stage name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultStage(@Nullable String stage) {
      this.defaultStage = nullableNonBlank(stage, "default stage");
      return this;
    }

    /**
     * Sets the ConnectWise status used for host stages without a status mapping.
     *
     * @param status status name, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder defaultStatus(@Nullable String status) {
      this.defaultStatus = nullableNonBlank(status, "default status");
      return this;
    }

    /**
     * Maps a host stage to a ConnectWise stage.
     *
     * @param hostStage host stage name
     * @param cwStage ConnectWise stage name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException if the host stage is already mapped to a stage
     */
    public Builder mapStage(String hostStage, String cwStage) {
      nonBlank(hostStage, "host stage");
      nonBlank(cwStage, "ConnectWise stage");
      requireState(!stages.containsKey(hostStage),
          "host stage '%s' is already mapped to ConnectWise stage '%s'", hostStage,
          stages.get(hostStage));
      stages.put(hostStage, cwStage);
      return this;
    }

    /**
     * Maps a host stage to a ConnectWise status.
     *
     * @param hostStage host stage name
     * @param cwStatus ConnectWise status name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException in the CW Status custom field mode, or if the host stage is
     *     already mapped to a status
     */
    public Builder mapStatus(String hostStage, String cwStatus) {
      nonBlank(hostStage, "host stage");
      nonBlank(cwStatus, "ConnectWise status");
      requireState(statusMode == StatusMode.STAGE_MAPPING,
          "status mappings are not used in the CW Status custom field mode (field '%s'); "
              + "call statusFromStages() first", cwStatusField);
      requireState(!statuses.containsKey(hostStage),
          "host stage '%s' is already mapped to ConnectWise status '%s'", hostStage,
          statuses.get(hostStage));
      statuses.put(hostStage, cwStatus);
      return this;
    }

    /**
     * Selects the "CW Status" custom field mode: only stages are mapped and the ConnectWise status
     * travels in the named host custom field.
     *
     * @param hostField host custom field name, usually {@link StageMapping#DEFAULT_CW_STATUS_FIELD}
     * @return this builder
     * @throws NullPointerException if {@code hostField} is null
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if status mappings were already made
     */
    public Builder cwStatusCustomField(String hostField) {
      nonBlank(hostField, "CW Status custom field");
      requireState(statuses.isEmpty(),
          "the CW Status custom field mode maps only stages, but %s status mapping(s) exist: %s",
          statuses.size(), statuses);
      this.statusMode = StatusMode.CW_STATUS_CUSTOM_FIELD;
      this.cwStatusField = hostField;
      return this;
    }

    /**
     * Selects the default mode where host stages map to ConnectWise statuses.
     *
     * @return this builder
     */
    public Builder statusFromStages() {
      this.statusMode = StatusMode.STAGE_MAPPING;
      this.cwStatusField = StageMapping.DEFAULT_CW_STATUS_FIELD;
      return this;
    }

    /**
     * Sets the host stages that mean closed won ({@code Won} by default).
     *
     * @param hostStages host stage names, at least one
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if none is given, or a name is blank or repeated
     */
    public Builder wonStages(String... hostStages) {
      requireArgument(hostStages.length > 0, "at least one won stage is required");
      replace(wonStages, "won stage", hostStages);
      return this;
    }

    /**
     * Sets the host stages that mean closed lost ({@code Lost} by default).
     *
     * @param hostStages host stage names, at least one
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if none is given, or a name is blank or repeated
     */
    public Builder lostStages(String... hostStages) {
      requireArgument(hostStages.length > 0, "at least one lost stage is required");
      replace(lostStages, "lost stage", hostStages);
      return this;
    }

    /**
     * Sets how bundles are pushed ({@link BundleStrategy#ONE_PRODUCT} by default).
     *
     * @param strategy the strategy
     * @return this builder
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder bundles(BundleStrategy strategy) {
      this.bundles = requireNonNull(strategy, "strategy == null");
      return this;
    }

    /**
     * Keeps a standard product mapping (on by default) or switches to individual mappings.
     *
     * @param standard whether to use the standard mapping
     * @return this builder
     * @throws IllegalStateException if turned on while individual mappings exist
     */
    public Builder standardProductMapping(boolean standard) {
      int individual =
          productTypes.size() + categories.size() + productClasses.size() + productIds.size();
      requireState(!standard || individual == 0,
          "the standard product mapping cannot be used with %s individual product mapping(s)",
          individual);
      this.standardProductMapping = standard;
      return this;
    }

    /**
     * Maps a host product type to a ConnectWise product type.
     *
     * @param hostType host product type
     * @param cwType ConnectWise product type name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException with the standard mapping, or if the host type is mapped
     */
    public Builder mapProductType(String hostType, String cwType) {
      putIndividual(productTypes, "product type", hostType, cwType);
      return this;
    }

    /**
     * Maps a host product category to a ConnectWise category and subcategory.
     *
     * @param hostCategory host category
     * @param cwCategory ConnectWise category name
     * @param cwSubcategory ConnectWise subcategory name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException with the standard mapping, or if the host category is mapped
     */
    public Builder mapProductCategory(String hostCategory, String cwCategory,
        String cwSubcategory) {
      nonBlank(cwSubcategory, "ConnectWise subcategory");
      requireIndividual("product category");
      nonBlank(hostCategory, "host product category");
      nonBlank(cwCategory, "ConnectWise product category");
      requireState(!categories.containsKey(hostCategory),
          "host product category '%s' is already mapped to %s", hostCategory,
          categories.get(hostCategory));
      categories.put(hostCategory, new ProductMapping.Category(cwCategory, cwSubcategory));
      return this;
    }

    /**
     * Maps a host product class to a ConnectWise {@code productClass}.
     *
     * @param hostClass host product class
     * @param cwClass one of {@link ProductMapping#PRODUCT_CLASSES}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or the class is not a ConnectWise class
     * @throws IllegalStateException with the standard mapping, or if the host class is mapped
     */
    public Builder mapProductClass(String hostClass, String cwClass) {
      requireArgument(ProductMapping.PRODUCT_CLASSES.contains(cwClass),
          "'%s' is not a ConnectWise product class; use one of %s", cwClass,
          new java.util.TreeSet<>(ProductMapping.PRODUCT_CLASSES));
      putIndividual(productClasses, "product class", hostClass, cwClass);
      return this;
    }

    /**
     * Maps a host product id to a ConnectWise catalog item identifier.
     *
     * @param hostProductId host product id
     * @param cwIdentifier ConnectWise catalog item identifier
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is blank
     * @throws IllegalStateException with the standard mapping, or if the host id is mapped
     */
    public Builder mapProductId(String hostProductId, String cwIdentifier) {
      putIndividual(productIds, "product id", hostProductId, cwIdentifier);
      return this;
    }

    /**
     * Maps the host product name to the catalog item identifier.
     *
     * @return this builder
     */
    public Builder productNameToIdentifier() {
      this.productNameTarget = ProductNameTarget.IDENTIFIER;
      this.productIdentifierField = null;
      return this;
    }

    /**
     * Maps the host product name to the catalog item description, and {@code identifierField} to
     * its identifier (which ConnectWise requires).
     *
     * @param identifierField host field that supplies the identifier
     * @return this builder
     * @throws NullPointerException if {@code identifierField} is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder productNameToDescription(String identifierField) {
      this.productIdentifierField = nonBlank(identifierField, "product identifier field");
      this.productNameTarget = ProductNameTarget.DESCRIPTION;
      return this;
    }

    /**
     * Sets the product name target without an identifier field; used by {@link SyncProfileJson} so
     * that a stored profile missing it is reported by validation rather than rejected on read.
     */
    Builder productName(ProductNameTarget target, @Nullable String identifierField) {
      this.productNameTarget = requireNonNull(target, "target == null");
      this.productIdentifierField = nullableNonBlank(identifierField, "product identifier field");
      return this;
    }

    /**
     * Imports ConnectWise tax codes as host tax regions (the default).
     *
     * @return this builder
     * @throws IllegalStateException if tax rate mappings exist
     */
    public Builder importTaxCodes() {
      requireState(taxRates.isEmpty(),
          "tax codes cannot be imported while %s tax rate mapping(s) exist", taxRates.size());
      this.taxMode = TaxMode.IMPORT_TAX_CODES;
      return this;
    }

    /**
     * Sets the names of the two categories created for each imported tax region.
     *
     * @param taxable name of the category at the tax code's rate
     * @param nonTaxable name of the 0% category
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or both are equal
     */
    public Builder taxCategoryNames(String taxable, String nonTaxable) {
      nonBlank(taxable, "taxable category");
      nonBlank(nonTaxable, "non-taxable category");
      requireArgument(!taxable.equalsIgnoreCase(nonTaxable),
          "taxable and non-taxable categories need different names, both are '%s'", taxable);
      this.taxableCategory = taxable;
      this.nonTaxableCategory = nonTaxable;
      return this;
    }

    /**
     * Maps a host tax rate to a ConnectWise tax code and selects {@link TaxMode#MAP_TAX_RATES}.
     *
     * @param ratePercent host tax rate in percent, between 0 and 100
     * @param taxCode ConnectWise tax code identifier
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rate is out of range or the code is blank
     * @throws IllegalStateException if the rate is already mapped
     */
    public Builder mapTaxRate(BigDecimal ratePercent, String taxCode) {
      requireNonNull(ratePercent, "ratePercent == null");
      nonBlank(taxCode, "tax code");
      // Bounded before anything renders it: toPlainString or setScale of 1e999999999 exhausts memory.
      io.cwsync.connectwise.InvalidValueException.requireBounded("taxMapping.rates", ratePercent);
      requireArgument(ratePercent.signum() >= 0 && ratePercent.compareTo(BigDecimal.valueOf(100)) <= 0,
          "tax rate must be between 0 and 100 percent, got %s", ratePercent.toPlainString());
      BigDecimal key = TaxMapping.normalise(ratePercent);
      requireState(!taxRates.containsKey(key), "tax rate %s%% is already mapped to tax code '%s'",
          key.toPlainString(), taxRates.get(key));
      taxMode = TaxMode.MAP_TAX_RATES;
      taxRates.put(key, taxCode);
      return this;
    }

    /** Selects a tax mode without rates; used by {@link SyncProfileJson}. */
    Builder taxMode(TaxMode mode) {
      this.taxMode = requireNonNull(mode, "mode == null");
      return this;
    }

    /**
     * Never sends updates of these ConnectWise fields of an entity (they are still set on create).
     *
     * @param entity entity type, one of {@link #ENTITIES}
     * @param connectWiseFields ConnectWise field names
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the entity is unknown or a field is blank or repeated
     */
    public Builder neverUpdate(EntityType entity, String... connectWiseFields) {
      RulesBuilder rules = rules(entity);
      for (String field : connectWiseFields) {
        nonBlank(field, "never-updated field");
        requireArgument(rules.neverUpdated.add(field),
            "field '%s' of %s is already never updated", field, entity);
      }
      return this;
    }

    /**
     * Adds a natural key matching an unlinked host record against existing ConnectWise records,
     * e.g. {@code naturalKey(EntityType.COMPANY, "customerNumber", "identifier")}; keys are tried in order.
     *
     * @param entity entity type, one of {@link #ENTITIES}
     * @param hostField host field name
     * @param connectWiseField ConnectWise field name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the entity is unknown, a name is blank, or the key exists
     */
    public Builder naturalKey(EntityType entity, String hostField, String connectWiseField) {
      RulesBuilder rules = rules(entity);
      FieldRules.NaturalKey key = new FieldRules.NaturalKey(nonBlank(hostField, "host field"),
          nonBlank(connectWiseField, "ConnectWise field"));
      requireArgument(!rules.naturalKeys.contains(key), "natural key %s of %s already exists",
          key, entity);
      rules.naturalKeys.add(key);
      return this;
    }

    /**
     * Maps a host field to a ConnectWise custom field, by caption.
     *
     * @param entity entity type, one of {@link #ENTITIES}
     * @param hostField host field name
     * @param caption ConnectWise custom field caption
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the entity is unknown or a name is blank
     * @throws IllegalStateException if the host field or the caption is already mapped
     */
    public Builder mapCustomField(EntityType entity, String hostField, String caption) {
      RulesBuilder rules = rules(entity);
      nonBlank(hostField, "host field");
      nonBlank(caption, "custom field caption");
      for (FieldRules.CustomFieldMapping m : rules.customFields) {
        requireState(!m.hostField().equals(hostField),
            "host field '%s' of %s is already mapped to custom field '%s'", hostField, entity,
            m.caption());
        requireState(!m.caption().equalsIgnoreCase(caption),
            "custom field '%s' of %s is already mapped from host field '%s'", caption, entity,
            m.hostField());
      }
      rules.customFields.add(new FieldRules.CustomFieldMapping(hostField, caption));
      return this;
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
      nonBlank(agreementType, "agreement type");
      nonBlank(template, "contract template");
      requireState(!agreementTemplates.containsKey(agreementType),
          "agreement type '%s' is already mapped to contract template '%s'", agreementType,
          agreementTemplates.get(agreementType));
      agreementTemplates.put(agreementType, template);
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
      nonBlank(memberIdentifier, "member identifier");
      nonBlank(technician, "technician");
      requireState(!technicians.containsKey(memberIdentifier),
          "member '%s' is already mapped to technician '%s'", memberIdentifier,
          technicians.get(memberIdentifier));
      technicians.put(memberIdentifier, technician);
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
      nonBlank(productType, "product type");
      nonBlank(template, "item template");
      requireState(!itemTemplates.containsKey(productType),
          "product type '%s' is already mapped to item template '%s'", productType,
          itemTemplates.get(productType));
      itemTemplates.put(productType, template);
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
      Set<String> set = new LinkedHashSet<>();
      replaceExact(set, "on-hold code", codes);
      onHoldCodes.clear();
      onHoldCodes.addAll(set);
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

    /**
     * Builds the profile. Whole-profile and reference-data checks are left to
     * {@link ProfileValidator}.
     *
     * @return the immutable profile
     */
    public SyncProfile build() {
      return new SyncProfile(this);
    }

    private RulesBuilder rules(EntityType entity) {
      requireNonNull(entity, "entity == null");
      requireArgument(ENTITIES.contains(entity.name()),
          "field rules are not supported for entity '%s'; use one of %s", entity,
          new java.util.TreeSet<>(ENTITIES));
      return fieldRules.computeIfAbsent(entity.name(), e -> new RulesBuilder());
    }

    private void requireIndividual(String what) {
      requireState(!standardProductMapping,
          "an individual %s mapping needs standardProductMapping(false) first", what);
    }

    private void putIndividual(Map<String, String> map, String what, String host, String cw) {
      requireIndividual(what);
      nonBlank(host, "host " + what);
      nonBlank(cw, "ConnectWise " + what);
      requireState(!map.containsKey(host), "host %s '%s' is already mapped to '%s'", what, host,
          map.get(host));
      map.put(host, cw);
    }

    private static void replace(Set<String> target, String what, String... values) {
      requireNonNull(values, what + " values == null");
      Set<String> seen = new LinkedHashSet<>();
      Set<String> folded = new LinkedHashSet<>();
      for (String v : values) {
        nonBlank(v, what);
        requireArgument(folded.add(v.toLowerCase(Locale.ROOT)), "%s '%s' is given twice", what, v);
        seen.add(v);
      }
      target.clear();
      target.addAll(seen);
    }

    private static void replaceExact(Set<String> target, String what, String... values) {
      requireNonNull(values, what + " values == null");
      Set<String> seen = new LinkedHashSet<>();
      for (String v : values) {
        nonBlank(v, what);
        requireArgument(seen.add(v), "%s '%s' is given twice", what, v);
      }
      target.clear();
      target.addAll(seen);
    }

    private static String nonBlank(String value, String what) {
      requireNonNull(value, what + " == null");
      requireArgument(!value.isBlank(), "%s must not be blank", what);
      return value;
    }

    private static @Nullable String nullableNonBlank(@Nullable String value, String what) {
      return value == null ? null : nonBlank(value, what);
    }

    private static void requireArgument(boolean ok, String format, Object... args) {
      if (!ok) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
      }
    }

    private static void requireState(boolean ok, String format, Object... args) {
      if (!ok) {
        throw new IllegalStateException(String.format(Locale.ROOT, format, args));
      }
    }

    private static final class RulesBuilder {
      final Set<String> neverUpdated = new LinkedHashSet<>();
      final List<FieldRules.NaturalKey> naturalKeys = new ArrayList<>();
      final List<FieldRules.CustomFieldMapping> customFields = new ArrayList<>();

      FieldRules build() {
        return new FieldRules(neverUpdated, naturalKeys, customFields);
      }
    }
  }
}
