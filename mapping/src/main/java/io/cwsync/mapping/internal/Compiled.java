package io.cwsync.mapping.internal;

import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.FieldRules;
import io.cwsync.mapping.ProductMapping;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncProfile;
import io.cwsync.mapping.TaxMapping;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A validated profile resolved against reference data once: names folded and looked up, reverse
 * maps built, so per-record mapping is hash lookups only. Immutable and thread-safe.
 */
final class Compiled {
  final SyncProfile profile;
  final ReferenceData ref;
  final NameMap<ReferenceData.Named> stageByHost;
  final NameMap<ReferenceData.Status> statusByHost;
  final NameMap<String> hostStageByCwStage;
  final NameMap<String> hostStageByCwStatus;
  final NameMap<ReferenceData.MemberName> members;
  final NameMap<ReferenceData.Status> statusesByName;
  final ReferenceData.@Nullable Named defaultStage;
  final ReferenceData.@Nullable Status defaultStatus;
  final ReferenceData.@Nullable Status wonStatus;
  final @Nullable Integer locationId;
  final @Nullable Integer businessUnitId;
  final ReferenceData.@Nullable Named rating;
  final NameSet wonStages;
  final NameSet lostStages;
  final Map<String, ReferenceData.Named> productTypeByHost = new HashMap<>();
  final Map<String, String> hostProductTypeByCw = new HashMap<>();
  final Map<String, Category> categoryByHost = new HashMap<>();
  final Map<Integer, String> hostCategoryBySubcategory = new HashMap<>();
  final Map<String, String> productClassByHost = new HashMap<>();
  final Map<String, String> hostProductClassByCw = new HashMap<>();
  final Map<String, String> cwIdentifierByProductId = new HashMap<>();
  final Map<String, String> productIdByCwIdentifier = new HashMap<>();
  final Map<BigDecimal, ReferenceData.TaxCodeRate> taxCodeByRate = new HashMap<>();
  final Map<Integer, BigDecimal> rateByTaxCode = new HashMap<>();
  final Map<String, String> technicianByMember = new HashMap<>();
  final Map<String, String> itemTemplateByType = new HashMap<>();
  final Map<String, String> agreementTemplates = new HashMap<>();
  final Set<String> contractTemplates;
  final NameSet customerTypes;
  final NameSet contractTypes;
  final NameSet branches;
  final Map<String, List<CustomField>> customFields = new HashMap<>();
  final Map<String, Set<String>> ownedHostFields = new HashMap<>();

  /** A ConnectWise category and subcategory resolved to ids. */
  record Category(ReferenceData.Named category, ReferenceData.Subcategory subcategory) {}

  /** A custom field mapping resolved to its definition. */
  record CustomField(String hostField, ReferenceData.Named definition) {}

  Compiled(SyncProfile profile, ReferenceData ref) {
    this.profile = profile;
    this.ref = ref;
    Map<String, ReferenceData.Named> stages = new HashMap<>();
    Map<String, String> byCwStage = new HashMap<>();
    profile.stageMapping().stages().forEach((host, cw) -> {
      ReferenceData.Named stage = ref.stage(cw).orElseThrow();
      stages.put(host, stage);
      byCwStage.put(stage.name(), host);
    });
    stageByHost = new NameMap<>(stages);
    hostStageByCwStage = new NameMap<>(byCwStage);
    Map<String, ReferenceData.Status> statuses = new HashMap<>();
    Map<String, String> byCwStatus = new HashMap<>();
    profile.stageMapping().statuses().forEach((host, cw) -> {
      ReferenceData.Status status = ref.status(cw).orElseThrow();
      statuses.put(host, status);
      byCwStatus.put(status.name(), host);
    });
    statusByHost = new NameMap<>(statuses);
    hostStageByCwStatus = new NameMap<>(byCwStatus);
    Map<String, ReferenceData.MemberName> memberMap = new HashMap<>();
    ref.members().forEach(m -> memberMap.putIfAbsent(m.identifier(), m));
    members = new NameMap<>(memberMap);
    Map<String, ReferenceData.Status> statusMap = new HashMap<>();
    ref.statuses().forEach(x -> statusMap.putIfAbsent(x.name(), x));
    statusesByName = new NameMap<>(statusMap);
    var d = profile.opportunityDefaults();
    defaultStage = d.stage() == null ? null : ref.stage(d.stage()).orElseThrow();
    defaultStatus = d.status() == null ? null : ref.status(d.status()).orElseThrow();
    locationId = d.location() == null ? null : ref.location(d.location()).orElseThrow().id();
    businessUnitId =
        d.businessUnit() == null ? null : ref.department(d.businessUnit()).orElseThrow().id();
    rating = d.rating() == null ? null : ref.rating(d.rating()).orElseThrow();
    wonStages = new NameSet(profile.stageMapping().wonStages());
    lostStages = new NameSet(profile.stageMapping().lostStages());
    ReferenceData.@Nullable Status won = null;
    for (String stage : profile.stageMapping().wonStages()) {
      ReferenceData.@Nullable Status s = statusByHost.get(stage);
      if (s != null) {
        won = s;
      }
    }
    if (won == null) {
      won = ref.statuses().stream().filter(ReferenceData.Status::wonFlag).findFirst().orElse(null);
    }
    wonStatus = won;
    ProductMapping pm = profile.productMapping();
    pm.productTypes().forEach((host, cw) -> {
      ReferenceData.Named type = ref.productType(cw).orElseThrow();
      productTypeByHost.put(Values.fold(host), type);
      hostProductTypeByCw.putIfAbsent(Values.fold(type.name()), host);
    });
    pm.categories().forEach((host, target) -> {
      ReferenceData.Named category = ref.category(target.category()).orElseThrow();
      ReferenceData.Subcategory sub =
          ref.subcategory(category.id(), target.subcategory()).orElseThrow();
      categoryByHost.put(Values.fold(host), new Category(category, sub));
      hostCategoryBySubcategory.putIfAbsent(sub.id(), host);
    });
    pm.productClasses().forEach((host, cw) -> {
      productClassByHost.put(Values.fold(host), cw);
      hostProductClassByCw.putIfAbsent(Values.fold(cw), host);
    });
    pm.productIds().forEach((host, cw) -> {
      cwIdentifierByProductId.put(Values.fold(host), cw);
      productIdByCwIdentifier.putIfAbsent(Values.fold(cw), host);
    });
    profile.taxMapping().rates().forEach((rate, code) -> {
      ReferenceData.TaxCodeRate taxCode = ref.taxCode(code).orElseThrow();
      taxCodeByRate.put(TaxMapping.normalise(rate), taxCode);
      rateByTaxCode.putIfAbsent(taxCode.id(), rate);
    });
    profile.erp().technicians().forEach((m, t) -> technicianByMember.put(Values.fold(m), t));
    profile.erp().itemTemplates().forEach((t, tpl) -> itemTemplateByType.put(Values.fold(t), tpl));
    agreementTemplates.putAll(profile.erp().agreementTemplates());
    contractTemplates = profile.erp().contractTemplates();
    customerTypes = new NameSet(profile.hostFilters().customerTypes());
    contractTypes = new NameSet(profile.hostFilters().contractTypes());
    branches = new NameSet(profile.hostFilters().branches());
    profile.fieldRules().forEach((entity, rules) -> {
      List<CustomField> list = new java.util.ArrayList<>();
      for (FieldRules.CustomFieldMapping m : rules.customFields()) {
        list.add(new CustomField(m.hostField(), ref.customField(m.caption()).orElseThrow()));
      }
      customFields.put(entity, List.copyOf(list));
    });
  }

  List<CustomField> customFields(EntityType type) {
    return customFields.getOrDefault(type.name(), List.of());
  }

  boolean isClosedStage(@Nullable String hostStage) {
    return wonStages.contains(hostStage) || lostStages.contains(hostStage);
  }

  boolean isWonStage(@Nullable String hostStage) {
    return wonStages.contains(hostStage);
  }
}
