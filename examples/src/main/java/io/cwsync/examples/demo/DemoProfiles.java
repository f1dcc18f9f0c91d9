package io.cwsync.examples.demo;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.examples.adapter.CrmAdapters;
import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.PipelineStage;
import io.cwsync.examples.crm.StageKind;
import io.cwsync.mapping.BundleStrategy;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;

/**
 * The integration settings the demo uses: what a user of the CRM would pick on its ConnectWise settings
 * page. Stage names on the ConnectWise side are those of the simulator's generated tenants (and of a
 * typical ConnectWise setup); against a real ConnectWise, validation reports any that are missing.
 *
 * <p>Thread-safety: stateless.
 */
public final class DemoProfiles {
  /** The ConnectWise default location for opportunities the CRM creates. */
  public static final String DEFAULT_LOCATION = "Tampa Office";
  /** The ConnectWise default business unit (department). */
  public static final String DEFAULT_BUSINESS_UNIT = "Sales";
  /** The ConnectWise default rating. */
  public static final String DEFAULT_RATING = "Warm";

  private DemoProfiles() {}

  /**
   * Returns the profile for a mode and bundle strategy: stage and status mapping of the sample
   * pipeline, defaults for location, business unit and rating, products synced with updates both ways
   * (pushed only in modes that push), product names mapped to ConnectWise descriptions with the CRM's
   * product code as the identifier, companies matched by identifier, tax codes imported as tax regions.
   *
   * @param mode the demo mode
   * @param bundles the bundle strategy
   * @return a builder holding the demo's settings, to adjust and build
   */
  public static SyncProfile.Builder builder(DemoMode mode, BundleOption bundles) {
    return builder(mode, bundles, false);
  }

  /**
   * Returns the demo profile, optionally in the "CW Status" custom field mode: only stages are mapped
   * and the ConnectWise status travels in the CRM's {@code CW Status} field.
   *
   * @param mode the demo mode
   * @param bundles the bundle strategy
   * @param cwStatusField whether to use the CW Status custom field instead of status mapping
   * @return a builder holding the demo's settings, to adjust and build
   */
  public static SyncProfile.Builder builder(DemoMode mode, BundleOption bundles, boolean cwStatusField) {
    requireNonNull(mode, "mode == null");
    requireNonNull(bundles, "bundles == null");
    SyncProfile.Builder b = SyncProfile.builder()
        .mode(syncMode(mode))
        .selection(sel -> sel.syncCompaniesContactsOpportunities(true)
        .syncProducts(true)
        .pullProductUpdates(true)
        .pushProductUpdates(mode != DemoMode.PULL_ONLY))
        .stageMapping(sm -> sm.mapStage("New", "Prospecting")
        .mapStage("Qualified", "Qualification")
        .mapStage("Needs Analysis", "Needs Analysis")
        .mapStage("Proposal Sent", "Proposal")
        .mapStage("Negotiation", "Negotiation")
        .mapStage("Verbal Commit", "Verbal Commit")
        .mapStage(SampleData.WON_STAGE, "Closed"));
    if (cwStatusField) {
      b.stageMapping(sm -> sm.cwStatusCustomField(CrmAdapters.CW_STATUS_FIELD));
    } else {
      b.stageMapping(sm -> sm.mapStatus(SampleData.WON_STAGE, "Won").mapStatus(SampleData.LOST_STAGE, "Lost"));
    }
    return b.stageMapping(sm -> sm.wonStages(SampleData.WON_STAGE)
        .lostStages(SampleData.LOST_STAGE))
        .opportunityDefaults(od -> od.defaultStage("Prospecting")
        .defaultStatus("Open")
        .defaultLocation(DEFAULT_LOCATION)
        .defaultBusinessUnit(DEFAULT_BUSINESS_UNIT)
        .defaultRating(DEFAULT_RATING))
        .bundles(bundleStrategy(bundles))
        .productMapping(pm -> pm.productNameToDescription(CrmAdapters.PRODUCT_CODE_FIELD))
        .fieldRules(EntityType.COMPANY, fr -> fr.naturalKey(HostFields.Company.IDENTIFIER, "identifier"))
        .taxMapping(tm -> tm.importTaxCodes());
  }

  /**
   * Returns a profile for any ConnectWise (a real one, whose names the demo cannot know): every
   * ConnectWise stage is added to the CRM pipeline under its own name and mapped to itself, statuses
   * flagged won or lost close the CRM stages {@code Closed Won} / {@code Closed Lost}, and the first
   * location, department and rating are the defaults.
   *
   * @param db the CRM, whose pipeline gains the ConnectWise stages
   * @param reference the tenant's reference data
   * @param mode the demo mode
   * @param bundles the bundle strategy
   * @return a builder holding the settings, to adjust and build
   */
  public static SyncProfile.Builder forTenant(
      CrmDatabase db, ReferenceData reference, DemoMode mode, BundleOption bundles) {
    requireNonNull(db, "db == null");
    requireNonNull(reference, "reference == null");
    SyncProfile.Builder b = SyncProfile.builder()
        .mode(syncMode(mode))
        .selection(sel -> sel.syncCompaniesContactsOpportunities(true)
        .syncProducts(true)
        .pullProductUpdates(true)
        .pushProductUpdates(mode != DemoMode.PULL_ONLY))
        .stageMapping(sm -> sm.wonStages(SampleData.WON_STAGE)
        .lostStages(SampleData.LOST_STAGE))
        .bundles(bundleStrategy(bundles))
        .productMapping(pm -> pm.productNameToDescription(CrmAdapters.PRODUCT_CODE_FIELD))
        .fieldRules(EntityType.COMPANY, fr -> fr.naturalKey(HostFields.Company.IDENTIFIER, "identifier"))
        .taxMapping(tm -> tm.importTaxCodes());
    int order = 100;
    db.pipeline().save(new PipelineStage(SampleData.WON_STAGE, StageKind.WON, 1000));
    db.pipeline().save(new PipelineStage(SampleData.LOST_STAGE, StageKind.LOST, 1001));
    for (ReferenceData.Named stage : reference.stages()) {
      if (db.pipeline().find(stage.name()).isEmpty()) {
        db.pipeline().save(new PipelineStage(stage.name(), StageKind.OPEN, order++));
      }
      b.stageMapping(sm -> sm.mapStage(stage.name(), stage.name()));
    }
    reference.stages().stream().findFirst().ifPresent(s -> b.opportunityDefaults(od -> od.defaultStage(s.name())));
    reference.statuses().stream().filter(s -> !s.closedFlag() && !s.wonFlag() && !s.lostFlag()).findFirst()
        .ifPresent(s -> b.opportunityDefaults(od -> od.defaultStatus(s.name())));
    reference.statuses().stream().filter(ReferenceData.Status::wonFlag).findFirst()
        .ifPresent(s -> b.stageMapping(sm -> sm.mapStatus(SampleData.WON_STAGE, s.name())));
    reference.statuses().stream().filter(ReferenceData.Status::lostFlag).findFirst()
        .ifPresent(s -> b.stageMapping(sm -> sm.mapStatus(SampleData.LOST_STAGE, s.name())));
    reference.locations().stream().findFirst().ifPresent(l -> b.opportunityDefaults(od -> od.defaultLocation(l.name())));
    reference.departments().stream().findFirst().ifPresent(d -> b.opportunityDefaults(od -> od.defaultBusinessUnit(d.name())));
    reference.ratings().stream().findFirst().ifPresent(r -> b.opportunityDefaults(od -> od.defaultRating(r.name())));
    return b;
  }

  /**
   * Returns mapping's sync mode for a demo mode.
   *
   * @param mode the demo mode
   * @return the sync mode
   */
  public static SyncMode syncMode(DemoMode mode) {
    return switch (mode) {
      case PULL_ONLY -> SyncMode.PULL_ONLY;
      case PULL_NEW_PUSH_WON -> SyncMode.PULL_NEW_AND_PUSH_WON;
      case REAL_TIME -> SyncMode.REAL_TIME;
    };
  }

  /**
   * Returns mapping's bundle strategy for a demo option.
   *
   * @param bundles the option
   * @return the strategy
   */
  public static BundleStrategy bundleStrategy(BundleOption bundles) {
    return switch (bundles) {
      case SINGLE -> BundleStrategy.ONE_PRODUCT;
      case CHILDREN -> BundleStrategy.CHILD_PRODUCTS;
      case BUNDLE -> BundleStrategy.AS_BUNDLE;
    };
  }
}
