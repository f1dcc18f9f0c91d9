package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import io.cwsync.mapping.internal.Errors;
import io.cwsync.mapping.internal.FieldCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a {@link SyncProfile} against the tenant's live ConnectWise setup and against itself.
 *
 * <p>{@link #validate} returns every problem at once, each naming the setting (its JSON path) and the
 * offending value in words a user can act on. A profile that does not validate cannot start a sync:
 * {@link #requireValid} throws listing all of them. Thread-safe (stateless).
 */
public final class ProfileValidator {

  private ProfileValidator() {}

  /**
   * Returns every problem of a profile against a reference data snapshot.
   *
   * @param profile the profile
   * @param reference the tenant's live stages, statuses, locations, ...
   * @return the problems in setting order, empty when the profile is valid
   * @throws NullPointerException if an argument is null
   */
  public static List<ValidationProblem> validate(SyncProfile profile, ReferenceData reference) {
    requireNonNull(profile, "profile == null");
    requireNonNull(reference, "reference == null");
    Checker c = new Checker(profile, reference);
    c.modeAndSelection();
    c.pullFilters();
    c.defaults();
    c.stageMapping();
    c.productMapping();
    c.taxMapping();
    c.fieldRules();
    c.erp();
    return List.copyOf(c.problems);
  }

  /**
   * Throws unless the profile validates.
   *
   * @param profile the profile
   * @param reference the tenant's reference data
   * @throws NullPointerException if an argument is null
   * @throws io.cwsync.core.CwsyncException with {@link MappingErrorCode#PROFILE_INVALID} listing
   *     every problem, one per line
   */
  public static void requireValid(SyncProfile profile, ReferenceData reference) {
    List<ValidationProblem> problems = validate(profile, reference);
    if (!problems.isEmpty()) {
      throw Errors.error(MappingErrorCode.PROFILE_INVALID,
          "the sync profile has " + problems.size() + " problem(s) and cannot start a sync:\n"
              + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n")));
    }
  }

  private static final class Checker {
    final SyncProfile p;
    final ReferenceData ref;
    final List<ValidationProblem> problems = new ArrayList<>();

    Checker(SyncProfile p, ReferenceData ref) {
      this.p = p;
      this.ref = ref;
    }

    void add(MappingErrorCode code, String path, String format, Object... args) {
      problems.add(new ValidationProblem(code, path, String.format(Locale.ROOT, format, args)));
    }

    void modeAndSelection() {
      if (p.selection().pushProductUpdates() && !p.mode().pushes()) {
        add(MappingErrorCode.CONFLICTING_SETTINGS, "sync.pushProductUpdates",
            "pushing product updates is on, but mode %s pushes nothing to ConnectWise; turn it "
                + "off or choose a mode that pushes", p.mode());
      }
    }

    void pullFilters() {
      PullFilters f = p.pullFilters();
      for (String stage : new TreeSet<>(f.opportunityStages())) {
        if (ref.stage(stage).isEmpty()) {
          add(MappingErrorCode.UNKNOWN_STAGE, "pullFilters.opportunityStages",
              "opportunity stage filter '%s' is not a ConnectWise stage; known stages: %s", stage,
              names(ref.stages(), ReferenceData.Named::name));
        }
      }
      for (String status : new TreeSet<>(f.opportunityStatuses())) {
        if (ref.status(status).isEmpty()) {
          add(MappingErrorCode.UNKNOWN_STATUS, "pullFilters.opportunityStatuses",
              "opportunity status filter '%s' is not a ConnectWise status; known statuses: %s",
              status, names(ref.statuses(), ReferenceData.Status::name));
        }
      }
    }

    void defaults() {
      OpportunityDefaults d = p.opportunityDefaults();
      if (d.location() != null && ref.location(d.location()).isEmpty()) {
        add(MappingErrorCode.UNKNOWN_LOCATION, "opportunityDefaults.location",
            "default location '%s' does not exist in ConnectWise; known locations: %s",
            d.location(), names(ref.locations(), ReferenceData.Named::name));
      }
      if (d.businessUnit() != null && ref.department(d.businessUnit()).isEmpty()) {
        add(MappingErrorCode.UNKNOWN_DEPARTMENT, "opportunityDefaults.businessUnit",
            "default business unit '%s' is not a ConnectWise department; known departments: %s",
            d.businessUnit(), names(ref.departments(), ReferenceData.Named::name));
      }
      if (d.rating() != null && ref.rating(d.rating()).isEmpty()) {
        add(MappingErrorCode.UNKNOWN_RATING, "opportunityDefaults.rating",
            "default rating '%s' is not a ConnectWise opportunity rating; known ratings: %s",
            d.rating(), names(ref.ratings(), ReferenceData.Named::name));
      }
      if (d.stage() != null && ref.stage(d.stage()).isEmpty()) {
        add(MappingErrorCode.UNKNOWN_STAGE, "opportunityDefaults.stage",
            "default stage '%s' is not a ConnectWise stage; known stages: %s", d.stage(),
            names(ref.stages(), ReferenceData.Named::name));
      }
      if (d.status() != null && ref.status(d.status()).isEmpty()) {
        add(MappingErrorCode.UNKNOWN_STATUS, "opportunityDefaults.status",
            "default status '%s' is not a ConnectWise opportunity status; known statuses: %s",
            d.status(), names(ref.statuses(), ReferenceData.Status::name));
      }
      boolean pushesOpportunities =
          p.mode().pushes() && p.selection().companiesContactsOpportunities();
      if (pushesOpportunities && d.stage() == null) {
        add(MappingErrorCode.MISSING_SETTING, "opportunityDefaults.stage",
            "a default stage is required: opportunities are pushed (mode %s) and host stages "
                + "without a stage mapping use the default stage", p.mode());
      }
      if (pushesOpportunities && d.status() == null) {
        add(MappingErrorCode.MISSING_SETTING, "opportunityDefaults.status",
            "a default status is required: opportunities are pushed (mode %s) and host stages "
                + "without a status mapping use the default status", p.mode());
      }
    }

    void stageMapping() {
      StageMapping s = p.stageMapping();
      oneToOne(s.stages(), "stageMapping.stages", "stage", MappingErrorCode.STAGE_CHOSEN_TWICE,
          name -> ref.stage(name).map(ReferenceData.Named::name), MappingErrorCode.UNKNOWN_STAGE,
          names(ref.stages(), ReferenceData.Named::name));
      oneToOne(s.statuses(), "stageMapping.statuses", "status",
          MappingErrorCode.STATUS_CHOSEN_TWICE, name -> ref.status(name).map(ReferenceData.Status::name),
          MappingErrorCode.UNKNOWN_STATUS, names(ref.statuses(), ReferenceData.Status::name));
      Set<String> both = new TreeSet<>(s.wonStages());
      both.retainAll(s.lostStages());
      for (String stage : both) {
        add(MappingErrorCode.CONFLICTING_SETTINGS, "stageMapping.lostStages",
            "host stage '%s' is both a won stage and a lost stage", stage);
      }
    }

    private void oneToOne(Map<String, String> map, String path, String what,
        MappingErrorCode twice, Function<String, java.util.Optional<String>> canonical,
        MappingErrorCode unknown, String known) {
      Map<String, List<String>> byTarget = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      new TreeMap<>(map).forEach((host, cw) -> {
        java.util.Optional<String> name = canonical.apply(cw);
        if (name.isEmpty()) {
          add(unknown, path + "." + host,
              "host stage '%s' is mapped to ConnectWise %s '%s', which does not exist; known: %s",
              host, what, cw, known);
        }
        byTarget.computeIfAbsent(name.orElse(cw), k -> new ArrayList<>()).add(host);
      });
      byTarget.forEach((cw, hosts) -> {
        if (hosts.size() > 1) {
          add(twice, path,
              "ConnectWise %s '%s' is chosen for host stages %s; a ConnectWise %s may be mapped "
                  + "from one host stage only", what, cw, quoted(hosts), what);
        }
      });
    }

    void productMapping() {
      ProductMapping m = p.productMapping();
      if (m.nameTarget() == ProductNameTarget.DESCRIPTION && m.identifierField() == null) {
        add(MappingErrorCode.IDENTIFIER_FIELD_MISSING, "productMapping.identifierField",
            "the host product name maps to the ConnectWise product description, so another host "
                + "field must map to the product identifier, which ConnectWise requires");
      }
      if (m.nameTarget() == ProductNameTarget.IDENTIFIER && m.identifierField() != null) {
        add(MappingErrorCode.CONFLICTING_SETTINGS, "productMapping.identifierField",
            "host field '%s' is mapped to the product identifier, but the product name already "
                + "maps to the identifier", m.identifierField());
      }
      if (!m.standard() && m.productTypes().isEmpty() && m.categories().isEmpty()
          && m.productClasses().isEmpty() && m.productIds().isEmpty()) {
        add(MappingErrorCode.MISSING_SETTING, "productMapping.standard",
            "the standard product mapping is off but no individual product mapping is given");
      }
      new TreeMap<>(m.productTypes()).forEach((host, cw) -> {
        if (ref.productType(cw).isEmpty()) {
          add(MappingErrorCode.UNKNOWN_PRODUCT_TYPE, "productMapping.productTypes." + host,
              "host product type '%s' is mapped to ConnectWise product type '%s', which does not "
                  + "exist; known product types: %s", host, cw,
              names(ref.productTypes(), ReferenceData.Named::name));
        }
      });
      new TreeMap<>(m.categories()).forEach((host, target) -> {
        String path = "productMapping.categories." + host;
        var category = ref.category(target.category());
        if (category.isEmpty()) {
          add(MappingErrorCode.UNKNOWN_CATEGORY, path,
              "host category '%s' is mapped to ConnectWise category '%s', which does not exist; "
                  + "known categories: %s", host, target.category(),
              names(ref.categories(), ReferenceData.Named::name));
        }
        List<ReferenceData.Subcategory> subs = ref.subcategories(target.subcategory());
        if (subs.isEmpty()) {
          add(MappingErrorCode.UNKNOWN_SUBCATEGORY, path,
              "host category '%s' is mapped to ConnectWise subcategory '%s', which does not "
                  + "exist", host, target.subcategory());
        } else if (category.isPresent()
            && ref.subcategory(category.get().id(), target.subcategory()).isEmpty()) {
          add(MappingErrorCode.SUBCATEGORY_NOT_IN_CATEGORY, path,
              "ConnectWise subcategory '%s' (for host category '%s') does not belong to category "
                  + "'%s'", target.subcategory(), host, target.category());
        }
      });
    }

    void taxMapping() {
      TaxMapping t = p.taxMapping();
      if (t.mode() == TaxMode.MAP_TAX_RATES && t.rates().isEmpty()) {
        add(MappingErrorCode.MISSING_SETTING, "taxMapping.rates",
            "tax mode MAP_TAX_RATES needs at least one host tax rate mapped to a tax code");
      }
      new TreeMap<>(t.rates()).forEach((rate, code) -> {
        String path = "taxMapping.rates." + rate.toPlainString();
        var taxCode = ref.taxCode(code);
        if (taxCode.isEmpty()) {
          add(MappingErrorCode.UNKNOWN_TAX_CODE, path,
              "host tax rate %s%% is mapped to tax code '%s', which does not exist in ConnectWise;"
                  + " known tax codes: %s", rate.toPlainString(), code,
              names(ref.taxCodes(), ReferenceData.TaxCodeRate::identifier));
        } else {
          BigDecimal cwRate = taxCode.get().ratePercent();
          if (cwRate != null && cwRate.compareTo(rate) != 0) {
            add(MappingErrorCode.TAX_RATE_MISMATCH, path,
                "host tax rate %s%% is mapped to tax code '%s', whose rate is %s%%",
                rate.toPlainString(), code, cwRate.stripTrailingZeros().toPlainString());
          }
        }
      });
    }

    void fieldRules() {
      new TreeMap<>(p.fieldRules()).forEach((entity, rules) -> {
        String base = "fieldRules." + entity;
        Set<String> known = FieldCatalog.connectWiseFields(entity);
        for (String field : new TreeSet<>(rules.neverUpdated())) {
          if (!known.contains(field)) {
            add(MappingErrorCode.UNKNOWN_FIELD, base + ".neverUpdated",
                "'%s' is not a %s field the sync writes; fields it writes: %s", field, entity,
                new TreeSet<>(known));
          }
        }
        for (int i = 0; i < rules.customFields().size(); i++) {
          FieldRules.CustomFieldMapping m = rules.customFields().get(i);
          if (ref.customField(m.caption()).isEmpty()) {
            add(MappingErrorCode.UNKNOWN_CUSTOM_FIELD, base + ".customFields[" + i + "]",
                "host field '%s' of %s is mapped to custom field '%s', which does not exist in "
                    + "ConnectWise; known custom fields: %s", m.hostField(), entity, m.caption(),
                names(ref.customFields(), ReferenceData.Named::name));
          }
        }
        Set<String> keyFields = FieldCatalog.naturalKeyFields(entity);
        for (int i = 0; i < rules.naturalKeys().size(); i++) {
          FieldRules.NaturalKey key = rules.naturalKeys().get(i);
          if (!keyFields.contains(key.connectWiseField())) {
            add(MappingErrorCode.INVALID_NATURAL_KEY, base + ".naturalKeys[" + i + "]",
                "%s cannot be matched on ConnectWise field '%s' (host field '%s'); %s", entity,
                key.connectWiseField(), key.hostField(), keyFields.isEmpty()
                    ? "this entity is matched by its link only"
                    : "use one of " + new TreeSet<>(keyFields));
          }
        }
      });
    }

    void erp() {
      ErpSettings e = p.erp();
      Map<String, List<String>> byTechnician = new TreeMap<>();
      new TreeMap<>(e.technicians()).forEach((member, technician) -> {
        if (ref.member(member).isEmpty()) {
          add(MappingErrorCode.UNKNOWN_MEMBER, "erp.technicians." + member,
              "ConnectWise member '%s' (mapped to technician '%s') does not exist", member,
              technician);
        }
        byTechnician.computeIfAbsent(technician, k -> new ArrayList<>()).add(member);
      });
      byTechnician.forEach((technician, members) -> {
        if (members.size() > 1) {
          add(MappingErrorCode.TECHNICIAN_CHOSEN_TWICE, "erp.technicians",
              "technician '%s' is chosen for ConnectWise members %s; a technician may be mapped "
                  + "from one member only", technician, quoted(members));
        }
      });
      new TreeMap<>(e.itemTemplates()).forEach((type, template) -> {
        if (ref.productType(type).isEmpty()) {
          add(MappingErrorCode.UNKNOWN_PRODUCT_TYPE, "erp.itemTemplates." + type,
              "ConnectWise product type '%s' (mapped to item template '%s') does not exist; "
                  + "known product types: %s", type, template,
              names(ref.productTypes(), ReferenceData.Named::name));
        }
      });
      if (!e.itemTemplates().isEmpty() && e.errorItem() == null) {
        add(MappingErrorCode.MISSING_SETTING, "erp.errorItem",
            "an error item is required when item templates are mapped: sales order lines whose "
                + "product type has no template get the error item");
      }
      if ((!e.agreementTemplates().isEmpty() || !e.contractTemplates().isEmpty())
          && e.defaultContractTemplate() == null) {
        add(MappingErrorCode.MISSING_SETTING, "erp.defaultContractTemplate",
            "a default contract template is required: agreements whose type matches no "
                + "template use it");
      }
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
      if (items.isEmpty()) {
        return "(none)";
      }
      return items.stream().map(name).map(n -> "'" + n + "'").sorted()
          .collect(Collectors.joining(", "));
    }

    private static String quoted(List<String> values) {
      List<String> q = new ArrayList<>();
      for (String v : values) {
        q.add("'" + v + "'");
      }
      if (q.size() == 2) {
        return q.get(0) + " and " + q.get(1);
      }
      return String.join(", ", q);
    }
  }
}
