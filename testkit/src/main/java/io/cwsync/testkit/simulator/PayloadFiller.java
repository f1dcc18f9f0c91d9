package io.cwsync.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cwsync.testkit.simulator.internal.Compact;
import io.cwsync.testkit.simulator.internal.PayloadFields;
import io.cwsync.testkit.simulator.internal.ResourceDef;
import io.cwsync.testkit.simulator.internal.Resources;
import io.cwsync.testkit.simulator.internal.Writes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Fills every field of a generated record that {@link TenantGenerator}'s hand-written part leaves out,
 * so each record carries every field a real ConnectWise payload carries ({@link PayloadFields}), with
 * a plausible value of the field's type within its maximum length: references as {@code {id,name,_info}}
 * objects (pointing at generated records where the tenant has them), ConnectWise date-times, custom
 * fields with captions, and odd but valid values (unicode, trailing spaces, empty strings, zero and
 * negative decimals with a scale).
 *
 * <p>Design notes: each type's fields are compiled once into slots; most values come from small pools
 * of shared, immutable nodes ({@link Compact#share}) that the simulator stores without copying, which
 * keeps a full-payload tenant fast to generate and small in memory. A few fields only make sense in
 * some states (a deletion date on a deleted company): {@link #CONDITIONAL} lists them with the state.
 *
 * <p>Not thread-safe: one instance per {@link TenantGenerator#populate} run.
 */
final class PayloadFiller {

  /** What the generator knows about its tenant: how many records of a type, and their names. */
  interface Tenant {
    /** Records of a simulator type in this tenant; 0 when it has none. */
    int count(String type);

    /** The display name of a record, or null when unknown. */
    @Nullable String name(String type, int id);

    /** The identifier of a record (companies, members, catalog items), or null. */
    @Nullable String identifier(String type, int id);

    /** The first contact of a company, or 0. */
    int firstContactOf(int company);

    /** The site of a company, or 0 when the tenant has no sites. */
    int siteOf(int company);

    /** Whether the simulator holds the site records (else site references are plausible but unbacked). */
    boolean hasSites();
  }

  /**
   * Fields present only in some states of a record, per type: a generated record carries one exactly
   * when the predicate holds (ConnectWise omits them otherwise).
   */
  static final Map<String, Map<String, Predicate<ObjectNode>>> CONDITIONAL = conditional();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String HREF = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/";

  private static final String[] SENTENCES = {"Customer prefers email contact.",
      "Renewal discussed with the owner; follow up in Q3. ", "Café Zürich – Bestellung über 3 Geräte ✓",
      "", "Access via rear entrance; badge required.", "東京オフィスの担当者に連絡済み", "N/A",
      "Migrated from the legacy PSA (ticket #4471)."};
  private static final String[] WORDS = {"Standard", "Other", "Ünïcödé ✓", "N/A ", "", "Premium", "Tier 2",
      "Legacy"};
  private static final String[] ADDRESS2 = {"Suite 200", "", "Floor 3 ", "Bâtiment B – 2ᵉ étage", "Unit 7",
      "PO Box 1187"};
  private static final String[] CITIES = {"Tampa", "São Paulo", "Zürich", "Chicago", "Denver", "Montréal"};
  private static final String[] STATES = {"FL", "TX", "NY", "QC", "CA", "ZH"};
  private static final String[] ZIPS = {"33602", "01310-100", "8001", "60601", "80202", "H2X 1Y4"};
  private static final String[] EMAILS = {"billing@example.com", "accounts.payable@example.org", "",
      "it-support@example.net", "jörg.müller@example.de"};
  private static final String[] URLS = {"https://www.example.com", "", "https://www.linkedin.com/company/example",
      "http://example.org/über-uns"};
  private static final String[] EXTENSIONS = {"", "101", "2045", "9"};
  private static final String[] UDF = {"", "Tier 2", "Ünïcödé ✓", "VIP ", "0", "Net 30"};
  private static final String[] NUMBERS = {"0.00", "12.50", "149.99", "1500.0000", "0.125", "8.00", "0"};
  private static final String[] SIGNED = {"0.00", "-20.00", "12.50", "-0.50", "149.99", "0"};
  private static final Map<String, String[]> REFERENCE_NAMES = Map.ofEntries(
      Map.entry("BillingTermsReference", new String[] {"Net 30", "Net 15", "Due on receipt", "Net 45"}),
      Map.entry("TimeZoneSetupReference", new String[] {"Eastern Standard Time", "Central Standard Time",
          "Pacific Standard Time", "W. Europe Standard Time"}),
      Map.entry("CalendarReference", new String[] {"Standard Calendar", "24x7", "Zürich Büro"}),
      Map.entry("OwnershipTypeReference", new String[] {"Private", "Public", "Non-Profit"}),
      Map.entry("CountryReference", new String[] {"United States", "Canada", "Deutschland", "Brasil"}),
      Map.entry("StateReference", new String[] {"Florida", "Texas", "Québec", "New York"}),
      Map.entry("SicCodeReference", new String[] {"7374 Computer Services", "8011 Offices of Doctors",
          "1542 General Contractors"}),
      Map.entry("OpportunityProbabilityReference", new String[] {"10", "25", "50", "75", "90"}),
      Map.entry("ServiceStatusReference", new String[] {"New", "In Progress", "Completed"}),
      Map.entry("PriorityReference", new String[] {"Priority 1 - Critical", "Priority 3 - Normal",
          "Priority 4 - Low"}),
      Map.entry("BoardReference", new String[] {"Professional Services", "Help Desk"}),
      Map.entry("ProjectPhaseReference", new String[] {"Phase 1 - Discovery", "Phase 2 - Rollout"}),
      Map.entry("ProjectReference", new String[] {"Office 365 Migration", "Network Refresh 2026"}),
      Map.entry("WorkRoleReference", new String[] {"Engineer", "Project Manager", "Technician"}),
      Map.entry("WorkTypeReference", new String[] {"Remote Support", "Onsite", "Travel"}),
      Map.entry("AgreementTypeReference", new String[] {"Managed Services", "Block Time", "Backup"}),
      Map.entry("BillingCycleReference", new String[] {"Monthly", "Quarterly", "Annual"}),
      Map.entry("UnitOfMeasureReference", new String[] {"Each", "Hour", "Month"}),
      Map.entry("ManufacturerReference", new String[] {"Dell", "Cisco", "Microsoft", "Lenovo"}),
      Map.entry("CompanyTypeReference", new String[] {"Client", "Prospect", "Vendor"}),
      Map.entry("ContactTypeReference", new String[] {"Decision Maker", "Billing", "Technical"}),
      Map.entry("CommunicationTypeReference", new String[] {"Email", "Direct", "Mobile", "Fax"}));

  private final Resources resources = Resources.instance();
  private final PayloadFields payload = PayloadFields.instance();
  private final Tenant tenant;
  private final Map<String, List<Slot>> slots = new HashMap<>();
  private final JsonNode[] dates;
  private final JsonNode[] guids;
  private final JsonNode[] phones;
  private final JsonNode[] members;
  private final JsonNode[] idRefs;
  private final Map<String, JsonNode[]> refCache = new HashMap<>();

  PayloadFiller(Tenant tenant, Instant now, long seed) {
    this.tenant = tenant;
    SplittableRandom r = new SplittableRandom(seed * 977 + 13);
    dates = new JsonNode[97];
    guids = new JsonNode[97];
    phones = new JsonNode[97];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = Compact.share(TextNode.valueOf(Writes.format(now.minusSeconds(
          (long) (Math.pow(r.nextDouble(), 2) * 3000 * 86_400L)).minusSeconds(r.nextInt(86_400)))));
      guids[i] = Compact.share(TextNode.valueOf(new UUID(r.nextLong(), r.nextLong()).toString()));
      phones[i] = Compact.share(TextNode.valueOf(String.format(Locale.ROOT, "%03d-%03d-%04d", 200 + r.nextInt(800),
          200 + r.nextInt(800), r.nextInt(10_000))));
    }
    int largest = 0;
    for (String target : PayloadFields.REFERENCE_TARGETS.values()) {
      largest = Math.max(largest, tenant.count(target));
    }
    idRefs = new JsonNode[largest + 1];
    int memberCount = Math.max(1, Math.min(30, tenant.count("system/members")));
    members = new JsonNode[memberCount];
    for (int i = 0; i < memberCount; i++) {
      String identifier = tenant.identifier("system/members", i + 1);
      members[i] = Compact.share(TextNode.valueOf(identifier == null ? "admin" : identifier));
    }
  }

  /** Adds every payload field of {@code type} that {@code rec} lacks (see {@link #CONDITIONAL}). */
  void fill(String type, ObjectNode rec, SplittableRandom r) {
    List<Slot> list = slots.computeIfAbsent(type, this::compile);
    int id = rec.path("id").asInt();
    for (Slot s : list) {
      if (!rec.has(s.name) && (s.when == null || s.when.test(rec))) {
        JsonNode v = s.maker.make(r, rec, id);
        if (v != null) {
          rec.set(s.name, v);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private interface Maker {
    @Nullable JsonNode make(SplittableRandom r, ObjectNode rec, int id);
  }

  private record Slot(String name, Maker maker, @Nullable Predicate<ObjectNode> when) {}

  private List<Slot> compile(String type) {
    ResourceDef def = resources.byKey(type);
    Map<String, Predicate<ObjectNode>> conditions = CONDITIONAL.getOrDefault(type, Map.of());
    List<Slot> out = new ArrayList<>();
    for (PayloadFields.Field f : payload.fieldsOf(type).values()) {
      if (f.name().equals("id") || f.kind().equals("info")) {
        continue;
      }
      Integer simMax = def == null ? null : def.maxLengths().get(f.name());
      int max = Math.min(f.maxLength() == null ? Integer.MAX_VALUE : f.maxLength(),
          simMax == null ? Integer.MAX_VALUE : simMax);
      String declaredTarget = def == null ? null : def.refTargets().get(f.name());
      Predicate<ObjectNode> when = conditions.get(f.name());
      out.add(new Slot(f.name(), maker(type, f, max, declaredTarget), when));
    }
    return out;
  }

  private Maker maker(String type, PayloadFields.Field f, int max, @Nullable String declaredTarget) {
    return switch (f.kind()) {
      case "string" -> stringMaker(f, max);
      case "uuid" -> (r, rec, id) -> guids[r.nextInt(guids.length)];
      case "datetime" -> (r, rec, id) -> dates[r.nextInt(dates.length)];
      case "int" -> intMaker(f.name());
      case "number" -> pool(decimals(signed(f.name()) ? SIGNED : NUMBERS));
      case "boolean" -> (r, rec, id) -> BooleanNode.valueOf(r.nextInt(5) == 0);
      case "ref" -> refMaker(type, f, declaredTarget);
      case "refArray" -> {
        JsonNode[] pool = refPool(f, 3);
        JsonNode[] arrays = new JsonNode[pool.length];
        for (int i = 0; i < pool.length; i++) {
          arrays[i] = Compact.share(NODES.arrayNode().add(pool[i]));
        }
        yield pool(arrays);
      }
      case "object" -> pool(objects(f, 3));
      case "objectArray" -> {
        JsonNode[] items = objects(f, 3);
        JsonNode[] arrays = new JsonNode[items.length];
        for (int i = 0; i < items.length; i++) {
          arrays[i] = Compact.share(NODES.arrayNode().add(items[i]));
        }
        yield pool(arrays);
      }
      case "intArray" -> pool(Compact.share(NODES.arrayNode()), Compact.share(NODES.arrayNode().add(1)));
      case "stringArray" -> pool(Compact.share(NODES.arrayNode()), Compact.share(NODES.arrayNode().add("cwsync")),
          Compact.share(NODES.arrayNode().add("vip").add("Ünïcödé")));
      case "customFields" -> pool(customFieldArrays(type));
      default -> (r, rec, id) -> null;
    };
  }

  private static Maker pool(JsonNode... values) {
    return (r, rec, id) -> values[r.nextInt(values.length)];
  }

  private static boolean signed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("adjust") || n.contains("margin") || n.contains("discount") || n.contains("balance")
        || n.contains("credit");
  }

  private static JsonNode[] decimals(String[] values) {
    JsonNode[] out = new JsonNode[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = NODES.numberNode(new BigDecimal(values[i]));
    }
    return out;
  }

  private static JsonNode[] texts(String[] values, int max) {
    JsonNode[] out = new JsonNode[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Compact.share(TextNode.valueOf(cut(values[i], max)));
    }
    return out;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private Maker stringMaker(PayloadFields.Field f, int max) {
    String n = f.name().toLowerCase(Locale.ROOT);
    if (!f.enumValues().isEmpty()) {
      JsonNode[] values = texts(f.enumValues().toArray(String[]::new), Integer.MAX_VALUE);
      return (r, rec, id) -> values[Math.min(values.length - 1, (int) (values.length * Math.pow(r.nextDouble(), 2)))];
    }
    if (n.contains("password") || n.equals("token")) {
      // ConnectWise never returns a secret: the property is there, empty.
      JsonNode empty = Compact.share(TextNode.valueOf(""));
      return (r, rec, id) -> empty;
    }
    if (n.contains("email")) {
      return pool(texts(EMAILS, max));
    }
    if (n.contains("ext") && (n.contains("phone") || n.endsWith("extension") || n.endsWith("ext"))) {
      return pool(texts(EXTENSIONS, max));
    }
    if (n.contains("phone") || n.contains("fax")) {
      JsonNode[] values = phones;
      return max >= 12 ? (r, rec, id) -> values[r.nextInt(values.length)] : pool(texts(new String[] {""}, max));
    }
    if (n.contains("url") || n.contains("website")) {
      return pool(texts(URLS, max));
    }
    if (n.contains("addressline2")) {
      return pool(texts(ADDRESS2, max));
    }
    if (n.contains("addressline1")) {
      return pool(texts(new String[] {"1 Harbor Blvd", "Bahnhofstrasse 12", "742 Evergreen Terrace "}, max));
    }
    if (n.endsWith("city")) {
      return pool(texts(CITIES, max));
    }
    if (n.endsWith("zip")) {
      return pool(texts(ZIPS, max));
    }
    if (n.endsWith("state") || n.endsWith("stateidentifier")) {
      return pool(texts(STATES, max));
    }
    if (n.endsWith("country")) {
      return pool(texts(new String[] {"United States", "Canada", "Schweiz"}, max));
    }
    if (n.startsWith("userdefinedfield")) {
      return pool(texts(UDF, max));
    }
    if (n.contains("date") || n.endsWith("utc") || n.equals("birthday") || n.equals("anniversary")
        || n.equals("lastlogin")) {
      JsonNode[] values = dates;
      return (r, rec, id) -> values[r.nextInt(values.length)];
    }
    if (n.endsWith("by") || n.equals("resources") || n.equals("salesrep")) {
      JsonNode[] values = members;
      return (r, rec, id) -> values[r.nextInt(values.length)];
    }
    if (n.contains("note") || n.contains("text") || n.contains("description") || n.contains("comment")
        || n.startsWith("initial") || n.contains("resolution") || n.contains("signature") || n.contains("reason")
        || n.contains("summary") || n.contains("children") || n.contains("significantother")) {
      return pool(texts(SENTENCES, max));
    }
    if (n.equals("accountnumber")) {
      String prefix = n.substring(0, 2).toUpperCase(Locale.ROOT);
      return (r, rec, id) -> TextNode.valueOf(cut(prefix + "-" + (100_000 + id), max));
    }
    if (n.contains("identifier") || n.contains("xref") || n.contains("number") || n.contains("po")
        || n.contains("sku") || n.contains("code") || n.contains("reference") || n.contains("order")) {
      return pool(texts(new String[] {"A-1001", "", "ZX-77 ", "Ünï-9", "PO#2026/11"}, max));
    }
    return pool(texts(WORDS, max));
  }

  private static Maker intMaker(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("year")) {
      return (r, rec, id) -> NODES.numberNode(1950 + r.nextInt(76));
    }
    if (n.contains("minutes") || n.contains("days") || n.equals("duration")) {
      return (r, rec, id) -> NODES.numberNode(r.nextInt(4) == 0 ? 0 : r.nextInt(480));
    }
    if (n.endsWith("id") || n.endsWith("recid")) {
      return (r, rec, id) -> NODES.numberNode(1 + r.nextInt(40));
    }
    return (r, rec, id) -> NODES.numberNode(r.nextInt(3) == 0 ? 0 : r.nextInt(12));
  }

  // ---------------------------------------------------------------------------------------------
  // References

  private Maker refMaker(String type, PayloadFields.Field f, @Nullable String declaredTarget) {
    String target = f.target();
    if (target == null) {
      return pool(refPool(f, 4));
    }
    if (target.equals("company/companies/{parentId}/sites")) {
      JsonNode[] cache = refCache.computeIfAbsent(f.schema() + ">" + target,
          k -> new JsonNode[tenant.count("company/companies") + 2]);
      return (r, rec, id) -> {
        int company = type.equals("company/companies") ? id : rec.path("company").path("id").asInt(0);
        int site = tenant.hasSites() && company > 0 ? tenant.siteOf(company) : 0;
        // Without generated sites the reference is plausible (every company has a "Main" site) but unbacked.
        int siteId = Math.min(cache.length - 1, site > 0 ? site : Math.max(1, company));
        JsonNode ref = cache[siteId];
        if (ref == null) {
          ref = Compact.share(fullRef(f, target, siteId, "Main"));
          cache[siteId] = ref;
        }
        return ref;
      };
    }
    boolean declared = target.equals(declaredTarget);
    // One shared node per referenced record, whichever records and fields point at it: a tenant's
    // references to the same member, location or company cost memory once.
    JsonNode[] cache = declared ? idRefs : refCache.computeIfAbsent(f.schema() + ">" + target,
        k -> new JsonNode[tenant.count(target) + 1]);
    return (r, rec, id) -> {
      int refId = pick(type, f.name(), target, rec, id, r);
      if (refId <= 0 || refId >= cache.length) {
        return null;
      }
      JsonNode ref = cache[refId];
      if (ref == null) {
        // The simulator stores references to its own records as {id} and renders their names.
        ref = Compact.share(declared ? NODES.objectNode().put("id", refId)
            : fullRef(f, target, refId, tenant.name(target, refId)));
        cache[refId] = ref;
      }
      return ref;
    };
  }

  private int pick(String type, String field, String target, ObjectNode rec, int id, SplittableRandom r) {
    int count = tenant.count(target);
    if (count <= 0) {
      return 0;
    }
    int company = type.equals("company/companies") ? id : rec.path("company").path("id").asInt(0);
    switch (target) {
      case "company/companies" -> {
        if (type.equals("company/companies") && field.equals("parentCompany")) {
          // A parent other than itself: one of the older (lower-id) companies.
          return id > 1 ? 1 + r.nextInt(Math.min(id - 1, count)) : Math.min(2, count);
        }
        return company > 0 ? company : 1 + r.nextInt(count);
      }
      case "company/contacts" -> {
        int own = rec.path("contact").path("id").asInt(0);
        if (own > 0 && !type.equals("company/contacts")) {
          return own;
        }
        int first = company > 0 ? tenant.firstContactOf(company) : 0;
        return first > 0 && first != id ? first : 1 + r.nextInt(count);
      }
      case "sales/opportunities" -> {
        int own = rec.path("opportunity").path("id").asInt(0);
        return own > 0 ? own : 1 + r.nextInt(count);
      }
      default -> {
        return 1 + r.nextInt(count);
      }
    }
  }

  private JsonNode fullRef(PayloadFields.Field f, @Nullable String target, int refId, @Nullable String name) {
    ObjectNode ref = NODES.objectNode();
    for (PayloadFields.Field sub : f.fields().values()) {
      switch (sub.name()) {
        case "id" -> {
          if (sub.kind().equals("int")) {
            ref.put("id", refId);
          } else {
            ref.set("id", guids[refId % guids.length]);
          }
        }
        case "name" -> {
          if (name != null) {
            ref.put("name", name);
          }
        }
        case "identifier" -> {
          String identifier = target == null ? null : tenant.identifier(target, refId);
          ref.put("identifier", identifier != null ? identifier : name != null ? name : "ID" + refId);
        }
        case "_info" -> ref.set("_info", info(f.schema(), target, refId));
        default -> {
          JsonNode v = scalar(sub, refId);
          if (v != null) {
            ref.set(sub.name(), v);
          }
        }
      }
    }
    return ref;
  }

  private static JsonNode info(@Nullable String schema, @Nullable String target, int id) {
    ObjectNode info = NODES.objectNode();
    String kind = schema == null ? "record" : schema.replace("Reference", "");
    String key = Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "_href";
    String path = target != null ? target.replace("{parentId}/", "1/") : kind.toLowerCase(Locale.ROOT) + "s";
    info.put(key, HREF + path + "/" + id);
    return info;
  }

  /** A few distinct, shared reference objects for a reference field to data the simulator does not hold. */
  private JsonNode[] refPool(PayloadFields.Field f, int size) {
    String schema = f.schema() == null ? "Record" : f.schema();
    if (schema.equals("CurrencyReference")) {
      return new JsonNode[] {currency(1, "USD", "$", "US Dollar", ".", ","),
          currency(2, "EUR", "€", "Euro", ",", "."), currency(3, "CHF", "Fr.", "Schweizer Franken", ".", "'")};
    }
    String[] names = REFERENCE_NAMES.get(schema);
    String label = schema.replace("Reference", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    int n = names != null ? names.length : size;
    JsonNode[] out = new JsonNode[n];
    for (int i = 0; i < n; i++) {
      String name = names != null ? names[i] : label + " " + (i + 1);
      out[i] = Compact.share(fullRef(f, f.target(), i + 1, name));
    }
    return out;
  }

  private static JsonNode currency(int id, String code, String symbol, String name, String decimal, String thousands) {
    ObjectNode c = NODES.objectNode();
    c.put("id", id);
    c.put("symbol", symbol);
    c.put("currencyCode", code);
    c.put("decimalSeparator", decimal);
    c.put("numberOfDecimals", 2);
    c.put("thousandsSeparator", thousands);
    c.put("negativeParenthesesFlag", id == 1);
    c.put("displaySymbolFlag", true);
    c.put("currencyIdentifier", code);
    c.put("displayIdFlag", false);
    c.put("rightAlign", id == 2);
    c.put("name", name);
    c.set("_info", info("CurrencyReference", null, id));
    return Compact.share(c);
  }

  private @Nullable JsonNode scalar(PayloadFields.Field f, int seed) {
    return switch (f.kind()) {
      case "string", "uuid" -> f.enumValues().isEmpty() ? TextNode.valueOf(seed % 2 == 0 ? "Standard" : "Ünïcödé ✓")
          : TextNode.valueOf(f.enumValues().get(seed % f.enumValues().size()));
      case "datetime" -> dates[seed % dates.length];
      case "int" -> NODES.numberNode(seed);
      case "number" -> NODES.numberNode(new BigDecimal(seed % 2 == 0 ? "8.00" : "0.00"));
      case "boolean" -> BooleanNode.valueOf(seed % 2 == 0);
      case "info" -> info(null, null, seed);
      default -> null;
    };
  }

  /** A few distinct nested objects (a ticket's tasks, a product's recurring terms) filled field by field. */
  private JsonNode[] objects(PayloadFields.Field f, int size) {
    JsonNode[] out = new JsonNode[size];
    for (int i = 0; i < size; i++) {
      ObjectNode o = NODES.objectNode();
      for (PayloadFields.Field sub : f.fields().values()) {
        JsonNode v = switch (sub.kind()) {
          case "ref" -> refPool(sub, 3)[i % 3];
          case "string" -> sub.enumValues().isEmpty()
              ? sub.name().equals("id") ? guids[i]
                  : TextNode.valueOf(sub.name().toLowerCase(Locale.ROOT).contains("date") ? dates[i].asText()
                  : SENTENCES[i % SENTENCES.length])
              : TextNode.valueOf(sub.enumValues().get(i % sub.enumValues().size()));
          case "info" -> {
            ObjectNode info = NODES.objectNode();
            info.put("lastUpdated", dates[i].asText());
            info.put("updatedBy", members[i % members.length].asText());
            yield info;
          }
          default -> scalar(sub, i + 1);
        };
        if (v != null) {
          o.set(sub.name(), v);
        }
      }
      out[i] = Compact.share(o);
    }
    return out;
  }

  /** Custom-field arrays as ConnectWise returns them: a few captions of several types, some without a value. */
  private JsonNode[] customFieldArrays(String type) {
    JsonNode[] out = new JsonNode[16];
    SplittableRandom r = new SplittableRandom(type.hashCode());
    String[] tiers = {"Gold", "Silver", "Bronze ", "Ünïcödé ✓", ""};
    for (int i = 0; i < out.length; i++) {
      ArrayNode a = NODES.arrayNode();
      a.add(customField(1, "Account Tier", "Text", "List", 0, TextNode.valueOf(tiers[i % tiers.length])));
      a.add(customField(2, "Renewal Date", "Date", "Date", 0, i % 4 == 3 ? null : dates[r.nextInt(dates.length)]));
      a.add(customField(3, "Managed", "Checkbox", "EntryField", 0, BooleanNode.valueOf(i % 3 == 0)));
      a.add(customField(4, "Seats", "Number", "EntryField", 2,
          i % 5 == 4 ? null : NODES.numberNode(new BigDecimal(new String[] {"0.00", "12.50", "250"}[i % 3]))));
      out[i] = Compact.share(a);
    }
    return out;
  }

  private static ObjectNode customField(int id, String caption, String type, String entryMethod, int decimals,
      @Nullable JsonNode value) {
    ObjectNode f = NODES.objectNode();
    f.put("id", id);
    f.put("caption", caption);
    f.put("type", type);
    f.put("entryMethod", entryMethod);
    f.put("numberOfDecimals", decimals);
    if (value != null) {
      // ConnectWise leaves "value" out of a custom field nobody filled in.
      f.set("value", value);
    }
    f.put("connectWiseId", new UUID(id * 7919L, caption.hashCode()).toString());
    return f;
  }

  private static Map<String, Map<String, Predicate<ObjectNode>>> conditional() {
    Predicate<ObjectNode> deleted = rec -> rec.path("deletedFlag").asBoolean(false);
    Predicate<ObjectNode> closedDate = rec -> rec.has("closedDate");
    Predicate<ObjectNode> closed = rec -> rec.path("closedFlag").asBoolean(false);
    Predicate<ObjectNode> cancelled = rec -> rec.path("cancelledFlag").asBoolean(false);
    Predicate<ObjectNode> inactive = rec -> rec.path("inactiveFlag").asBoolean(false);
    return Map.of(
        "company/companies", Map.of("dateDeleted", deleted, "deletedBy", deleted),
        "sales/opportunities", Map.of("closedDate", closedDate, "closedBy", closedDate),
        "finance/agreements", Map.of("dateCancelled", cancelled, "reasonCancelled", cancelled, "endDate", cancelled),
        "service/tickets", Map.of("closedDate", closed, "closedBy", closed, "dateResolved", closed),
        "project/tickets", Map.of("closedDate", closed, "closedBy", closed),
        "system/members", Map.of("inactiveDate", inactive));
  }

  /** The fields of a type that {@link #CONDITIONAL} lists. */
  static Set<String> conditionalFields(String type) {
    return CONDITIONAL.getOrDefault(type, Map.of()).keySet();
  }
}
