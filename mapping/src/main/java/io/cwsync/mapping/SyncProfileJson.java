package io.cwsync.mapping;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.mapping.internal.Errors;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a {@link SyncProfile} as JSON, so a host can store it in its own database.
 *
 * <p>The document carries a {@code version}; this library writes {@link SyncProfile#CURRENT_VERSION}
 * and reads every version up to it (properties missing from an older document take their defaults).
 * Reading is strict: an unknown property, a wrong type or a value a builder setter rejects fails with
 * a {@code CwsyncException} ({@link MappingErrorCode#INVALID_PROFILE_JSON}) naming the property path,
 * such as {@code stageMapping.stages.Won}. Writing is deterministic (sets and maps sorted), so equal
 * profiles give equal text.
 *
 * <p>Thread-safe (stateless).
 */
public final class SyncProfileJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SyncProfileJson() {}

  /**
   * Writes a profile as pretty-printed JSON.
   *
   * @param profile the profile
   * @return the JSON text
   * @throws NullPointerException if {@code profile} is null
   */
  public static String write(SyncProfile profile) {
    requireNonNull(profile, "profile == null");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a profile tree", e);
    }
  }

  /**
   * Reads a profile written by {@link #write(SyncProfile)} (this or an older version).
   *
   * @param json the JSON text
   * @return the profile
   * @throws NullPointerException if {@code json} is null
   * @throws io.cwsync.core.CwsyncException ({@link MappingErrorCode#INVALID_PROFILE_JSON}) if the
   *     text is not valid JSON, has an unknown property, a wrong type, a newer version, or a value a
   *     setting rejects; the message names the property path
   */
  public static SyncProfile read(String json) {
    requireNonNull(json, "json == null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw Errors.profileJson("profile is not valid JSON: " + cutMessage(String.valueOf(e.getOriginalMessage())));
    }
    if (root == null || !root.isObject()) {
      throw Errors.profileJson("profile JSON must be an object");
    }
    return fromTree(new Obj(root, ""));
  }

  // ---- writing

  private static ObjectNode toTree(SyncProfile p) {
    ObjectNode root = NODES.objectNode();
    root.put("version", p.version());
    root.put("mode", p.mode().name());
    root.put("pullInterval", p.pullInterval().toString());
    ObjectNode sync = root.putObject("sync");
    sync.put("companiesContactsOpportunities", p.selection().companiesContactsOpportunities());
    sync.put("products", p.selection().products());
    sync.put("pullProductUpdates", p.selection().pullProductUpdates());
    sync.put("pushProductUpdates", p.selection().pushProductUpdates());
    PullFilters f = p.pullFilters();
    ObjectNode pull = root.putObject("pullFilters");
    pull.put("onlyCompaniesWithOpportunity", f.onlyCompaniesWithOpportunity());
    strings(pull, "companyTypes", f.companyTypes());
    strings(pull, "contactTypes", f.contactTypes());
    strings(pull, "markets", f.markets());
    strings(pull, "opportunityStages", f.opportunityStages());
    strings(pull, "opportunityStatuses", f.opportunityStatuses());
    Instant after = f.opportunitiesUpdatedAfter();
    pull.put("opportunitiesUpdatedAfter", after == null ? null : after.toString());
    HostFilters h = p.hostFilters();
    ObjectNode host = root.putObject("hostFilters");
    strings(host, "customerTypes", h.customerTypes());
    strings(host, "contractTypes", h.contractTypes());
    strings(host, "branches", h.branches());
    if (h.optOutField() != null) {
      ObjectNode optOut = host.putObject("optOut");
      optOut.put("field", h.optOutField());
      optOut.put("value", h.optOutValue());
    }
    ObjectNode push = root.putObject("pushRules");
    push.put("onlyWonOrSignedDocuments", p.pushRules().onlyWonOrSignedDocuments());
    push.put("keepSyncingClosedOpportunities", p.pushRules().keepSyncingClosedOpportunities());
    OpportunityDefaults d = p.opportunityDefaults();
    ObjectNode defaults = root.putObject("opportunityDefaults");
    defaults.put("location", d.location());
    defaults.put("businessUnit", d.businessUnit());
    defaults.put("rating", d.rating());
    defaults.put("stage", d.stage());
    defaults.put("status", d.status());
    StageMapping s = p.stageMapping();
    ObjectNode stage = root.putObject("stageMapping");
    stage.put("statusMode", s.statusMode().name());
    stringMap(stage, "stages", s.stages());
    stringMap(stage, "statuses", s.statuses());
    stage.put("cwStatusField", s.cwStatusField());
    strings(stage, "wonStages", s.wonStages());
    strings(stage, "lostStages", s.lostStages());
    root.put("bundles", p.bundles().name());
    ProductMapping m = p.productMapping();
    ObjectNode product = root.putObject("productMapping");
    product.put("standard", m.standard());
    stringMap(product, "productTypes", m.productTypes());
    ObjectNode categories = product.putObject("categories");
    new TreeMap<>(m.categories()).forEach((k, v) -> {
      ObjectNode c = categories.putObject(k);
      c.put("category", v.category());
      c.put("subcategory", v.subcategory());
    });
    stringMap(product, "productClasses", m.productClasses());
    stringMap(product, "productIds", m.productIds());
    product.put("nameTarget", m.nameTarget().name());
    product.put("identifierField", m.identifierField());
    TaxMapping t = p.taxMapping();
    ObjectNode tax = root.putObject("taxMapping");
    tax.put("mode", t.mode().name());
    ObjectNode rates = tax.putObject("rates");
    new TreeMap<>(t.rates()).forEach((k, v) -> rates.put(k.toPlainString(), v));
    tax.put("taxableCategory", t.taxableCategory());
    tax.put("nonTaxableCategory", t.nonTaxableCategory());
    ObjectNode rules = root.putObject("fieldRules");
    new TreeMap<>(p.fieldRules()).forEach((entity, r) -> {
      ObjectNode e = rules.putObject(entity);
      strings(e, "neverUpdated", r.neverUpdated());
      ArrayNode keys = e.putArray("naturalKeys");
      r.naturalKeys().forEach(k -> keys.addObject().put("hostField", k.hostField())
          .put("connectWiseField", k.connectWiseField()));
      ArrayNode custom = e.putArray("customFields");
      r.customFields().forEach(c -> custom.addObject().put("hostField", c.hostField())
          .put("caption", c.caption()));
    });
    ErpSettings e = p.erp();
    ObjectNode erp = root.putObject("erp");
    stringMap(erp, "agreementTemplates", e.agreementTemplates());
    strings(erp, "contractTemplates", e.contractTemplates());
    erp.put("defaultContractTemplate", e.defaultContractTemplate());
    strings(erp, "invoiceStatuses", e.invoiceStatuses());
    strings(erp, "agreementTypes", e.agreementTypes());
    strings(erp, "ticketStatuses", e.ticketStatuses());
    erp.put("onlyTicketsWithTimeEntries", e.onlyTicketsWithTimeEntries());
    stringMap(erp, "technicians", e.technicians());
    stringMap(erp, "itemTemplates", e.itemTemplates());
    erp.put("errorItem", e.errorItem());
    ArrayNode holds = erp.putArray("onHoldCodes");
    e.onHoldCodes().forEach(holds::add);
    erp.put("invoiceNumberIn", e.invoiceNumberIn().name());
    return root;
  }

  private static void strings(ObjectNode node, String name, Collection<String> values) {
    ArrayNode array = node.putArray(name);
    new TreeSet<>(values).forEach(array::add);
  }

  private static void stringMap(ObjectNode node, String name, Map<String, String> map) {
    ObjectNode obj = node.putObject(name);
    new TreeMap<>(map).forEach(obj::put);
  }

  // ---- reading

  private static SyncProfile fromTree(Obj root) {
    SyncProfile.Builder b = SyncProfile.builder();
    JsonNode version = root.node.get("version");
    if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
      throw Errors.profileJson("version is required and must be a whole number, got " + cut(version));
    }
    root.seen.add("version");
    int v = version.intValue();
    if (v > SyncProfile.CURRENT_VERSION) {
      throw Errors.profileJson("version " + v + " was written by a newer cwsync; this library "
          + "reads profile versions up to " + SyncProfile.CURRENT_VERSION);
    }
    root.apply("version", () -> b.version(v));
    root.enumValue("mode", SyncMode.class, b::mode);
    root.string("pullInterval", s -> {
      try {
        b.pullInterval(Duration.parse(s));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + cut(s) + "' is not an ISO-8601 duration such as PT15M");
      }
    });
    root.obj("sync", o -> {
      o.bool("companiesContactsOpportunities", b::syncCompaniesContactsOpportunities);
      o.bool("products", b::syncProducts);
      o.bool("pullProductUpdates", b::pullProductUpdates);
      o.bool("pushProductUpdates", b::pushProductUpdates);
    });
    root.obj("pullFilters", o -> {
      o.bool("onlyCompaniesWithOpportunity", b::onlyCompaniesWithOpportunity);
      o.strings("companyTypes", b::companyTypes);
      o.strings("contactTypes", b::contactTypes);
      o.strings("markets", b::markets);
      o.strings("opportunityStages", b::opportunityStages);
      o.strings("opportunityStatuses", b::opportunityStatuses);
      o.nullableString("opportunitiesUpdatedAfter", s -> {
        try {
          b.opportunitiesUpdatedAfter(s == null ? null : Instant.parse(s));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "'" + cut(s) + "' is not a UTC instant such as 2025-01-31T08:00:00Z");
        }
      });
    });
    root.obj("hostFilters", o -> {
      o.strings("customerTypes", b::customerTypes);
      o.strings("contractTypes", b::contractTypes);
      o.strings("branches", b::branches);
      o.obj("optOut", opt -> {
        String[] pair = new String[2];
        opt.string("field", s -> pair[0] = s);
        opt.string("value", s -> pair[1] = s);
        opt.apply("", () -> {
          if (pair[0] == null || pair[1] == null) {
            throw new IllegalArgumentException("optOut needs both field and value");
          }
          b.optOut(pair[0], pair[1]);
        });
      });
    });
    root.obj("pushRules", o -> {
      o.bool("onlyWonOrSignedDocuments", b::onlyWonOrSignedDocuments);
      o.bool("keepSyncingClosedOpportunities", b::keepSyncingClosedOpportunities);
    });
    root.obj("opportunityDefaults", o -> {
      o.nullableString("location", b::defaultLocation);
      o.nullableString("businessUnit", b::defaultBusinessUnit);
      o.nullableString("rating", b::defaultRating);
      o.nullableString("stage", b::defaultStage);
      o.nullableString("status", b::defaultStatus);
    });
    root.obj("stageMapping", o -> {
      StatusMode[] mode = {StatusMode.STAGE_MAPPING};
      String[] field = {StageMapping.DEFAULT_CW_STATUS_FIELD};
      o.enumValue("statusMode", StatusMode.class, m -> mode[0] = m);
      o.string("cwStatusField", s -> field[0] = s);
      o.stringMap("stages", b::mapStage);
      o.stringMap("statuses", b::mapStatus);
      o.apply(mode[0] == StatusMode.CW_STATUS_CUSTOM_FIELD ? "statusMode" : "cwStatusField", () -> {
        if (mode[0] == StatusMode.CW_STATUS_CUSTOM_FIELD) {
          b.cwStatusCustomField(field[0]);
        } else if (!field[0].equals(StageMapping.DEFAULT_CW_STATUS_FIELD)) {
          throw new IllegalArgumentException("cwStatusField '" + field[0]
              + "' is only used with statusMode CW_STATUS_CUSTOM_FIELD");
        }
      });
      o.strings("wonStages", b::wonStages);
      o.strings("lostStages", b::lostStages);
    });
    root.enumValue("bundles", BundleStrategy.class, b::bundles);
    root.obj("productMapping", o -> {
      o.bool("standard", b::standardProductMapping);
      o.stringMap("productTypes", b::mapProductType);
      o.obj("categories", cats -> cats.eachObject((hostCategory, c) -> {
        String[] pair = new String[2];
        c.string("category", s -> pair[0] = s);
        c.string("subcategory", s -> pair[1] = s);
        c.apply("", () -> {
          if (pair[0] == null || pair[1] == null) {
            throw new IllegalArgumentException("a category mapping needs category and subcategory");
          }
          b.mapProductCategory(hostCategory, pair[0], pair[1]);
        });
      }));
      o.stringMap("productClasses", b::mapProductClass);
      o.stringMap("productIds", b::mapProductId);
      ProductNameTarget[] target = {ProductNameTarget.IDENTIFIER};
      o.enumValue("nameTarget", ProductNameTarget.class, t -> target[0] = t);
      String[] field = {null};
      o.nullableString("identifierField", s -> field[0] = s);
      o.apply("identifierField", () -> b.productName(target[0], field[0]));
    });
    root.obj("taxMapping", o -> {
      o.enumValue("mode", TaxMode.class, b::taxMode);
      o.stringMap("rates", (rate, code) -> {
        BigDecimal r;
        try {
          r = io.cwsync.connectwise.InvalidValueException.requireBounded("taxMapping.rates", new BigDecimal(rate));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + cut(rate) + "' is not a tax rate in percent");
        }
        b.mapTaxRate(r, code);
      });
      String[] names = {"Taxable", "Non-Taxable"};
      o.string("taxableCategory", s -> names[0] = s);
      o.string("nonTaxableCategory", s -> names[1] = s);
      o.apply("taxableCategory", () -> b.taxCategoryNames(names[0], names[1]));
    });
    root.obj("fieldRules", rules -> rules.eachObject((name, r) -> {
      EntityType[] holder = new EntityType[1];
      r.apply("", () -> {
        if (!SyncProfile.ENTITIES.contains(name)) {
          throw new IllegalArgumentException("unknown entity '" + name + "'; use one of "
              + new TreeSet<>(SyncProfile.ENTITIES));
        }
        holder[0] = EntityType.of(name);
      });
      EntityType entity = holder[0];
      r.strings("neverUpdated", fields -> b.neverUpdate(entity, fields));
      r.eachArrayObject("naturalKeys", k -> {
        String[] pair = new String[2];
        k.string("hostField", s -> pair[0] = s);
        k.string("connectWiseField", s -> pair[1] = s);
        k.apply("", () -> b.naturalKey(entity, required(pair[0], "hostField"),
            required(pair[1], "connectWiseField")));
      });
      r.eachArrayObject("customFields", k -> {
        String[] pair = new String[2];
        k.string("hostField", s -> pair[0] = s);
        k.string("caption", s -> pair[1] = s);
        k.apply("", () -> b.mapCustomField(entity, required(pair[0], "hostField"),
            required(pair[1], "caption")));
      });
    }));
    root.obj("erp", o -> {
      o.stringMap("agreementTemplates", b::mapAgreementType);
      o.strings("contractTemplates", b::contractTemplates);
      o.nullableString("defaultContractTemplate", b::defaultContractTemplate);
      o.strings("invoiceStatuses", b::invoiceStatuses);
      o.strings("agreementTypes", b::agreementTypes);
      o.strings("ticketStatuses", b::ticketStatuses);
      o.bool("onlyTicketsWithTimeEntries", b::onlyTicketsWithTimeEntries);
      o.stringMap("technicians", b::mapTechnician);
      o.stringMap("itemTemplates", b::mapItemTemplate);
      o.nullableString("errorItem", b::errorItem);
      o.strings("onHoldCodes", b::onHoldCodes);
      o.enumValue("invoiceNumberIn", InvoiceNumberTarget.class, b::invoiceNumberIn);
    });
    root.finish();
    return b.build();
  }

  private static String required(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** The longest value quoted in an error; a profile value may be megabytes. */
  private static final int QUOTED = 64;

  /** A value fit to quote in an error: its first characters and its length, e.g. {@code "aaaa…(1048576 chars)"}. */
  static String cut(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…(" + s.length() + " chars)";
  }

  /** A setter's message, which may quote a value, cut to a length fit for a log line. */
  private static String cutMessage(String message) {
    return message.length() <= 4 * QUOTED ? message
        : message.substring(0, 4 * QUOTED) + "…(" + message.length() + " chars)";
  }

  /** A strict view of one JSON object: every property must be consumed, or {@link #finish} fails. */
  private static final class Obj {
    final JsonNode node;
    final String path;
    final Set<String> seen = new LinkedHashSet<>();

    Obj(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    String at(String name) {
      // A property name is payload too (a tax rate is a key): quoted cut like a value.
      String n = cut(name);
      return path.isEmpty() ? n : n.isEmpty() ? path : path + "." + n;
    }

    /** Runs a setter and turns its rejection into an error naming the property. */
    void apply(String name, Runnable setter) {
      try {
        setter.run();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw Errors.profileJson(at(name) + ": " + cutMessage(String.valueOf(e.getMessage())));
      }
    }

    private @Nullable JsonNode take(String name) {
      seen.add(name);
      JsonNode value = node.get(name);
      return value == null || value.isMissingNode() ? null : value;
    }

    void bool(String name, Consumer<Boolean> setter) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isBoolean()) {
          throw Errors.profileJson(at(name) + " must be true or false, got " + cut(v));
        }
        apply(name, () -> setter.accept(v.booleanValue()));
      }
    }

    void string(String name, Consumer<String> setter) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isTextual()) {
          throw Errors.profileJson(at(name) + " must be a string, got " + cut(v));
        }
        apply(name, () -> setter.accept(v.textValue()));
      }
    }

    void nullableString(String name, Consumer<@Nullable String> setter) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isTextual() && !v.isNull()) {
          throw Errors.profileJson(at(name) + " must be a string or null, got " + cut(v));
        }
        apply(name, () -> setter.accept(v.isNull() ? null : v.textValue()));
      }
    }

    <E extends Enum<E>> void enumValue(String name, Class<E> type, Consumer<E> setter) {
      string(name, s -> {
        E value;
        try {
          value = Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
          List<String> names = new ArrayList<>();
          for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
          }
          throw new IllegalArgumentException("'" + cut(s) + "' is not one of " + names);
        }
        setter.accept(value);
      });
    }

    void strings(String name, Consumer<String[]> setter) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isArray()) {
          throw Errors.profileJson(at(name) + " must be an array of strings, got " + cut(v));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
          JsonNode e = v.get(i);
          if (!e.isTextual()) {
            throw Errors.profileJson(at(name) + "[" + i + "] must be a string, got " + cut(e));
          }
          values.add(e.textValue());
        }
        apply(name, () -> setter.accept(values.toArray(new String[0])));
      }
    }

    void stringMap(String name, BiConsumer<String, String> setter) {
      obj(name, o -> {
        Iterator<Map.Entry<String, JsonNode>> it = o.node.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          o.string(e.getKey(), value -> setter.accept(e.getKey(), value));
        }
      });
    }

    void obj(String name, Consumer<Obj> reader) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isObject()) {
          throw Errors.profileJson(at(name) + " must be an object, got " + cut(v));
        }
        Obj child = new Obj(v, at(name));
        reader.accept(child);
        child.finish();
      }
    }

    void eachObject(BiConsumer<String, Obj> reader) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        obj(key, o -> reader.accept(key, o));
      }
    }

    void eachArrayObject(String name, Consumer<Obj> reader) {
      JsonNode v = take(name);
      if (v != null) {
        if (!v.isArray()) {
          throw Errors.profileJson(at(name) + " must be an array of objects, got " + cut(v));
        }
        for (int i = 0; i < v.size(); i++) {
          JsonNode e = v.get(i);
          if (!e.isObject()) {
            throw Errors.profileJson(at(name) + "[" + i + "] must be an object, got " + cut(e));
          }
          Obj child = new Obj(e, at(name) + "[" + i + "]");
          reader.accept(child);
          child.finish();
        }
      }
    }

    void finish() {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!seen.contains(name)) {
          throw Errors.profileJson("unknown property '" + at(name) + "'");
        }
      }
    }
  }
}
