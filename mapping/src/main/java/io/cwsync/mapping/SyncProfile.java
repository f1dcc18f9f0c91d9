package io.cwsync.mapping;

import static io.cwsync.mapping.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cwsync.core.model.EntityType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A tenant's integration settings: what is synced, in which direction, and how each field travels.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, one section at a time, change a copy
 * with {@link #toBuilder()}, store it with {@link SyncProfileJson} (its JSON has one object per
 * section, named like the accessors), check it against the tenant's live ConnectWise setup with
 * {@link ProfileValidator} before starting a sync. Host-side settings use the integrations' words (host
 * stage, customer type, contract template, technician); ConnectWise-side settings use ConnectWise names
 * (stage, status, location, department, product type, tax code).
 *
 * <pre>{@code
 * SyncProfile profile = SyncProfile.builder()
 *     .mode(SyncMode.REAL_TIME)
 *     .pullFilters(f -> f.companyTypes("Prospect"))
 *     .stageMapping(s -> s.mapStage("Negotiation", "Negotiation").mapStatus("Won", "Won"))
 *     .opportunityDefaults(d -> d.defaultStage("Prospect").defaultStatus("Open")
 *         .defaultLocation("Tampa Office").defaultBusinessUnit("Sales").defaultRating("Hot"))
 *     .bundles(BundleStrategy.CHILD_PRODUCTS)
 *     .build();
 * }</pre>
 *
 * <p>The canonical constructor takes the sections as they are; only the builder checks the settings.
 *
 * @param version the format version this profile was read as; always {@link #CURRENT_VERSION} once built
 * @param mode the sync mode preset
 * @param pullInterval how often ConnectWise is polled, positive
 * @param selection what to sync ({@code sync} in the JSON)
 * @param pullFilters the ConnectWise pull filters
 * @param hostFilters the host record filters (ERP customer filters, per-record opt-out)
 * @param pushRules the push rules
 * @param opportunityDefaults the defaults for opportunities created in ConnectWise
 * @param stageMapping the stage and status mapping
 * @param bundles how bundles are pushed
 * @param productMapping the product mapping
 * @param taxMapping the tax mapping
 * @param fieldRules the field rules by entity name (see {@link #ENTITIES}), empty when no entity has rules
 * @param erp the ERP integration settings
 */
public record SyncProfile(
    int version,
    SyncMode mode,
    Duration pullInterval,
    @JsonProperty("sync") SyncSelection selection,
    PullFilters pullFilters,
    HostFilters hostFilters,
    PushRules pushRules,
    OpportunityDefaults opportunityDefaults,
    StageMapping stageMapping,
    BundleStrategy bundles,
    ProductMapping productMapping,
    TaxMapping taxMapping,
    Map<String, FieldRules> fieldRules,
    ErpSettings erp) {

  /** The profile format version this library writes and the highest it reads. */
  public static final int CURRENT_VERSION = 1;

  /**
   * Entity names accepted by the per-entity {@link FieldRules}: the names of core's
   * {@code EntityType} constants that the engine maps.
   */
  public static final Set<String> ENTITIES = Set.of("company", "contact", "site", "opportunity",
      "forecast_item", "opportunity_note", "product", "agreement", "invoice", "ticket",
      "time_entry", "sales_order");

  /**
   * Checks that every section is present and copies the field rules.
   *
   * @throws NullPointerException if a section is null
   */
  public SyncProfile {
    requireNonNull(mode, "mode == null");
    requireNonNull(pullInterval, "pullInterval == null");
    requireNonNull(selection, "selection == null");
    requireNonNull(pullFilters, "pullFilters == null");
    requireNonNull(hostFilters, "hostFilters == null");
    requireNonNull(pushRules, "pushRules == null");
    requireNonNull(opportunityDefaults, "opportunityDefaults == null");
    requireNonNull(stageMapping, "stageMapping == null");
    requireNonNull(bundles, "bundles == null");
    requireNonNull(productMapping, "productMapping == null");
    requireNonNull(taxMapping, "taxMapping == null");
    fieldRules = Map.copyOf(requireNonNull(fieldRules, "fieldRules == null"));
    requireNonNull(erp, "erp == null");
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
   * @throws IllegalArgumentException or IllegalStateException if this profile was constructed, not
   *     built, with a setting the builder refuses
   */
  public Builder toBuilder() {
    return new Builder().replay(this, Replay.DIRECT);
  }

  /**
   * Returns the field rules of one entity.
   *
   * @param entity entity type
   * @return its rules, {@link FieldRules#none()} when it has none
   * @throws NullPointerException if {@code entity} is null
   */
  public FieldRules fieldRules(EntityType entity) {
    return fieldRules.getOrDefault(requireNonNull(entity, "entity == null").name(), FieldRules.none());
  }

  /**
   * Builds a {@link SyncProfile}, one section builder per section:
   * {@code .stageMapping(s -> s.mapStage("Won", "Closed"))}. Each section setter checks its argument,
   * and its state where options interact (for example a status mapping in the CW Status custom field
   * mode), and throws at once with a message naming the setting and the value. Checks that need the
   * tenant's live ConnectWise setup, or that look at the profile as a whole (a ConnectWise stage chosen
   * for two host stages), are made by {@link ProfileValidator}, which reports every problem at once.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private SyncMode mode = SyncMode.REAL_TIME;
    private Duration pullInterval = SyncMode.DEFAULT_PULL_INTERVAL;
    private final SyncSelection.Builder selection = new SyncSelection.Builder();
    private final PullFilters.Builder pullFilters = new PullFilters.Builder();
    private final HostFilters.Builder hostFilters = new HostFilters.Builder();
    private final PushRules.Builder pushRules = new PushRules.Builder();
    private final OpportunityDefaults.Builder opportunityDefaults = new OpportunityDefaults.Builder();
    private final StageMapping.Builder stageMapping = new StageMapping.Builder();
    private BundleStrategy bundles = BundleStrategy.ONE_PRODUCT;
    private final ProductMapping.Builder productMapping = new ProductMapping.Builder();
    private final TaxMapping.Builder taxMapping = new TaxMapping.Builder();
    private final Map<String, FieldRules.Builder> fieldRules = new LinkedHashMap<>();
    private final ErpSettings.Builder erp = new ErpSettings.Builder();

    private Builder() {}

    /**
     * Applies every setting of {@code from} through the setters, in a fixed order, each named by its
     * property path; {@link SyncProfileJson} reads a document this way.
     */
    Builder replay(SyncProfile from, Replay r) {
      r.set("mode", () -> mode(from.mode()));
      r.set("pullInterval", () -> pullInterval(from.pullInterval()));
      selection.replay(from.selection(), r.in("sync"));
      pullFilters.replay(from.pullFilters(), r.in("pullFilters"));
      hostFilters.replay(from.hostFilters(), r.in("hostFilters"));
      pushRules.replay(from.pushRules(), r.in("pushRules"));
      opportunityDefaults.replay(from.opportunityDefaults(), r.in("opportunityDefaults"));
      stageMapping.replay(from.stageMapping(), r.in("stageMapping"));
      r.set("bundles", () -> bundles(from.bundles()));
      productMapping.replay(from.productMapping(), r.in("productMapping"));
      taxMapping.replay(from.taxMapping(), r.in("taxMapping"));
      Replay rules = r.in("fieldRules");
      new TreeMap<>(from.fieldRules()).forEach((entity, fr) -> {
        rules.set(entity, () -> requireArgument(ENTITIES.contains(entity), "unknown entity '%s'; use one of %s",
            entity, new TreeSet<>(ENTITIES)));
        fieldRules(EntityType.of(entity), b -> b.replay(fr, rules.in(entity)));
      });
      erp.replay(from.erp(), r.in("erp"));
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
     * Changes what is synced: {@code .selection(s -> s.syncProducts(true).pullProductUpdates(true))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder selection(Consumer<SyncSelection.Builder> section) {
      section.accept(selection);
      return this;
    }

    /**
     * Changes the ConnectWise pull filters: {@code .pullFilters(f -> f.companyTypes("Prospect"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder pullFilters(Consumer<PullFilters.Builder> section) {
      section.accept(pullFilters);
      return this;
    }

    /**
     * Changes the host record filters: {@code .hostFilters(h -> h.optOut("ZCJ_SyncToCW", "No"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder hostFilters(Consumer<HostFilters.Builder> section) {
      section.accept(hostFilters);
      return this;
    }

    /**
     * Changes the push rules: {@code .pushRules(p -> p.onlyWonOrSignedDocuments(true))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder pushRules(Consumer<PushRules.Builder> section) {
      section.accept(pushRules);
      return this;
    }

    /**
     * Changes the defaults of opportunities created in ConnectWise:
     * {@code .opportunityDefaults(d -> d.defaultStage("Prospect"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder opportunityDefaults(Consumer<OpportunityDefaults.Builder> section) {
      section.accept(opportunityDefaults);
      return this;
    }

    /**
     * Changes the stage and status mapping: {@code .stageMapping(s -> s.mapStage("Won", "Closed"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder stageMapping(Consumer<StageMapping.Builder> section) {
      section.accept(stageMapping);
      return this;
    }

    /**
     * Changes the product mapping:
     * {@code .productMapping(m -> m.standardProductMapping(false).mapProductType("Labour", "Service"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder productMapping(Consumer<ProductMapping.Builder> section) {
      section.accept(productMapping);
      return this;
    }

    /**
     * Changes the tax mapping: {@code .taxMapping(t -> t.mapTaxRate(new BigDecimal("8.25"), "TX"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder taxMapping(Consumer<TaxMapping.Builder> section) {
      section.accept(taxMapping);
      return this;
    }

    /**
     * Changes the field rules of one entity:
     * {@code .fieldRules(EntityType.COMPANY, r -> r.naturalKey("customerNumber", "identifier"))}.
     *
     * @param entity entity type, one of {@link #ENTITIES}
     * @param section receives the entity's rules builder
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the entity is unknown, or whatever a rules setter throws
     */
    public Builder fieldRules(EntityType entity, Consumer<FieldRules.Builder> section) {
      requireNonNull(entity, "entity == null");
      requireArgument(ENTITIES.contains(entity.name()), "field rules are not supported for entity '%s'; use one of %s",
          entity, new TreeSet<>(ENTITIES));
      section.accept(fieldRules.computeIfAbsent(entity.name(), FieldRules.Builder::new));
      return this;
    }

    /**
     * Changes the ERP integration settings: {@code .erp(e -> e.mapTechnician("jsmith", "T100"))}.
     *
     * @param section receives the section's builder
     * @return this builder
     * @throws RuntimeException whatever a section setter throws
     */
    public Builder erp(Consumer<ErpSettings.Builder> section) {
      section.accept(erp);
      return this;
    }

    /**
     * Builds the profile. Whole-profile and reference-data checks are left to
     * {@link ProfileValidator}.
     *
     * @return the immutable profile
     */
    public SyncProfile build() {
      Map<String, FieldRules> rules = new LinkedHashMap<>();
      fieldRules.forEach((entity, b) -> rules.put(entity, b.build()));
      return new SyncProfile(CURRENT_VERSION, mode, pullInterval, selection.build(), pullFilters.build(),
          hostFilters.build(), pushRules.build(), opportunityDefaults.build(), stageMapping.build(), bundles,
          productMapping.build(), taxMapping.build(), rules, erp.build());
    }
  }
}
